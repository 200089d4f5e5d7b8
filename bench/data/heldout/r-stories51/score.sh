#!/bin/sh
# usage: sh score.sh VEILLE_CLI ; ingests r-stories51's wave1..2 in a fresh data dir and scores
# them with r-stories49's scorer (../f-events32/score.py).
HERE=$(cd "$(dirname "$0")" && pwd)
exec sh "$HERE/../r-stories49/score.sh" "$1" "$HERE"
