#!/bin/sh
# usage: sh run.sh VEILLE_CLI OUT_DIR  (e.g. sh run.sh /work/vbin-m30 /tmp/fd30-before)
set -e
here=$(cd "$(dirname "$0")" && pwd)
cli=$1; out=$2
rm -rf "$out"; mkdir -p "$out"
python3 "$here/build_ho.py" "$here/cases.jsonl" "$out/r.jsonl"
"$cli" --data-dir "$out/d" ingest "$out/r.jsonl" > /dev/null
"$cli" --data-dir "$out/d" enrich > /dev/null
"$cli" --data-dir "$out/d" export --format jsonl > "$out/e.jsonl"
python3 "$here/score_ho.py" "$here/cases.jsonl" "$out/e.jsonl"
