#!/bin/sh
# usage: sh score.sh VEILLE_CLI ; ingests stories.jsonl and misc.jsonl in a fresh data dir,
# enriches, scores with score.py
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
D=$(mktemp -d)
"$1" --data-dir "$D" ingest "$HERE/stories.jsonl" "$HERE/misc.jsonl" > /dev/null 2>&1
"$1" --data-dir "$D" enrich > /dev/null 2>&1
python3 "$HERE/score.py" "$HERE/gold.json" "$D" "$1"
rm -rf "$D"
