#!/bin/sh
# usage: sh run.sh VEILLE_CLI OUT_DIR: the dates mentioned (f-dates31's builder and
# scorer on this set's cases.jsonl), then the update times of the saved captures.
set -e
here=$(cd "$(dirname "$0")" && pwd)
cli=$1; out=$2
sh "$here/../f-dates31/run.sh" "$cli" "$out" "$here/cases.jsonl"
rm -rf "$out/u"; mkdir -p "$out/u/in"
cp "$here"/captures/* "$out/u/in/"   # copies: their file time is now, no capture time
"$cli" --data-dir "$out/u/d" ingest "$out/u/in" > /dev/null
"$cli" --data-dir "$out/u/d" export --format jsonl > "$out/u/e.jsonl"
python3 "$here/score_updates.py" "$out/u/e.jsonl"
