#!/bin/sh
# usage: VEILLE=/path/to/veille sh run.sh   -> ingests, enriches and scores in a fresh store
set -e
here=$(cd "$(dirname "$0")" && pwd)
D=$(mktemp -d)
V=${VEILLE:-veille}
$V --data-dir "$D" ingest "$here/articles.jsonl" >/dev/null 2>&1
$V --data-dir "$D" enrich >/dev/null
VEILLE=$V python3 "$here/score.py" "$D" --verbose
rm -rf "$D"
