#!/bin/sh
# usage: sh score.sh VEILLE_CLI [SET_DIR] ; (SET_DIR: another set of wave1..2 and gold.json, r-stories51) ingests r-stories49's wave1..2 in a fresh data dir, scores
# with ../f-events32/score.py (an undated article's gold "published" is read as last).
set -e
HERE=${2:-$(cd "$(dirname "$0")" && pwd)}
SCORE=$(cd "$(dirname "$0")" && pwd)/../f-events32/score.py
D=$(mktemp -d)
for w in 1 2; do "$1" --data-dir "$D" ingest "$HERE/wave$w.jsonl" > /dev/null; done
"$1" --data-dir "$D" export > "$D/e.jsonl"
"$1" --data-dir "$D" stories --json > "$D/s.json"
python3 -c 'import json,sys; g=json.load(open(sys.argv[1]))
for a in g["articles"].values(): a["published"] = a["published"] or "9999"
json.dump(g, open(sys.argv[2], "w"))' "$HERE/gold.json" "$D/gold.json"
python3 "$SCORE" "$D/gold.json" "$D/e.jsonl" "$D/s.json"
rm -rf "$D"
