#!/bin/sh
# usage: sh score.sh VEILLE_CLI   (e.g. /work/vbin-main or /work/vbin-f-stories29)
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
D=$(mktemp -d)
"$1" --data-dir "$D" ingest "$HERE/articles.jsonl" > /dev/null
"$1" --data-dir "$D" ingest "$HERE/updates.jsonl" > /dev/null
"$1" --data-dir "$D" export > "$D/e.jsonl"
"$1" --data-dir "$D" stories --json > "$D/s.json"
python3 "$HERE/../t-reader22/score.py" "$HERE/gold.json" "$D/e.jsonl" "$D/s.json"
rm -rf "$D"
