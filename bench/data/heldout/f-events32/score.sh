#!/bin/sh
# usage: sh score.sh VEILLE_CLI   (e.g. /work/vbin-main or /work/vbin-f-events32)
# Ingests wave1, wave2, wave3 (one command each) into a fresh data dir, exports, scores.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
D=$(mktemp -d)
for w in 1 2 3; do "$1" --data-dir "$D" ingest "$HERE/wave$w.jsonl" > /dev/null; done
"$1" --data-dir "$D" export > "$D/e.jsonl"
"$1" --data-dir "$D" stories --json > "$D/s.json"
python3 "$HERE/score.py" "$HERE/gold.json" "$D/e.jsonl" "$D/s.json"
rm -rf "$D"
