#!/bin/sh
# usage: sh run.sh VEILLE_CLI OUT_DIR: build (two ingests for the updates), enrich, export,
# score with f-dates31's scorer
set -e
here=$(cd "$(dirname "$0")" && pwd)
cli=$1; out=$2
rm -rf "$out"; mkdir -p "$out"
python3 "$here/make_cases.py"
python3 "$here/build.py" "$here/cases.jsonl" "$out/r1.jsonl" "$out/r2.jsonl"
"$cli" --data-dir "$out/d" ingest "$out/r1.jsonl" > /dev/null
"$cli" --data-dir "$out/d" ingest "$out/r2.jsonl"
"$cli" --data-dir "$out/d" enrich > /dev/null
"$cli" --data-dir "$out/d" export --format jsonl > "$out/e.jsonl"
python3 "$here/../f-dates31/score_ho.py" "$here/cases.jsonl" "$out/e.jsonl"
