#!/bin/sh
# usage: sh run.sh VEILLE_CLI OUT_DIR [CASES]  (e.g. sh run.sh /work/vbin-m30 /tmp/fd30-before);
# CASES: another set's cases.jsonl (f-dates32), this set's by default
set -e
here=$(cd "$(dirname "$0")" && pwd)
cli=$1; out=$2; cases=${3:-$here/cases.jsonl}
rm -rf "$out"; mkdir -p "$out"
python3 "$here/build_ho.py" "$cases" "$out/r.jsonl"
"$cli" --data-dir "$out/d" ingest "$out/r.jsonl" > /dev/null
"$cli" --data-dir "$out/d" enrich > /dev/null
"$cli" --data-dir "$out/d" export --format jsonl > "$out/e.jsonl"
python3 "$here/score_ho.py" "$cases" "$out/e.jsonl"
