#!/bin/sh
# usage: sh score.sh VEILLE_CLI ; ingests wave1..2 in a fresh data dir, scores with ../f-events32/score.py
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
D=$(mktemp -d)
for w in 1 2; do "$1" --data-dir "$D" ingest "$HERE/wave$w.jsonl" > /dev/null; done
"$1" --data-dir "$D" export > "$D/e.jsonl"
"$1" --data-dir "$D" stories --json > "$D/s.json"
python3 "$HERE/../f-events32/score.py" "$HERE/gold.json" "$D/e.jsonl" "$D/s.json"
rm -rf "$D"
