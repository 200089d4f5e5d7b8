#!/bin/sh
# Usage: sh run.sh VEILLE_CLI DATA_DIR  (e.g. sh run.sh /work/vbin-main /tmp/ho28-main)
set -e
V=$1; D=$2; H=$(dirname "$0")
rm -rf "$D"; export VEILLE_DATA_DIR="$D"
$V ingest "$H/captures/c1-20minutes-lyon.txt" --source 20minutes.fr >/dev/null 2>&1
$V ingest "$H/captures/c2-france3-normandie.txt" --source france3-regions.francetvinfo.fr >/dev/null 2>&1
$V ingest "$H/captures/c3-control-person.txt" --source lavoixdunord.fr >/dev/null 2>&1
$V ingest "$H/feed.json" "$H/records.jsonl" >/dev/null 2>&1
$V enrich >/dev/null 2>&1
$V export --format jsonl > "$D/export.jsonl"
python3 "$H/score_ho.py" "$H/gold.jsonl" "$D/export.jsonl"
