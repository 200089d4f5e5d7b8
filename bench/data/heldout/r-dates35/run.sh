#!/bin/sh
# usage: sh run.sh VEILLE_CLI OUT_DIR: f-dates31's builder and scorer on this set's cases.jsonl
set -e
here=$(cd "$(dirname "$0")" && pwd)
sh "$here/../f-dates31/run.sh" "$1" "$2" "$here/cases.jsonl"
