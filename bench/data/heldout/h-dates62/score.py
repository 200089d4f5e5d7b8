"""Score the h-dates62 held-out set: python score.py /path/to/veille-cli [WORK_DIR].

Each case of ``gold.jsonl`` (a capture of ``cases/``, its ``given`` source) is ingested
alone, captured 2026-12-04 12:00 UTC, enriched, and exported
(:func:`bench.lib.exported_cases.exported_cases`). Checks, one line each:

- ``dates``: ``[mention, values]``: the first date mentioned whose text holds ``mention`` has
  a value starting with one of ``values`` (null: no date holds it, a weekday or a day inside
  a street's, a place's or a person's name is no date);
- ``zone_lacks``: ``content.evidence.timezone`` does not name that word (a place word
  glued in a longer name, "Ain Shams", "Nord Stream", votes for no clock).

Prints one line per check, then ``total: K/N``."""
import sys
from datetime import UTC, datetime
from pathlib import Path

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parents[3]))
from bench.lib.exported_cases import exported_cases  # noqa: E402

CAPTURED = datetime(2026, 12, 4, 12, 0, tzinfo=UTC).timestamp()
work = Path(sys.argv[2] if len(sys.argv) > 2 else "/tmp/h-dates62-score")
right = total = 0
for case, rows in exported_cases(here, sys.argv[1], work, CAPTURED, enrich=True):
    record = rows[0] if rows else {}
    dates = (record.get("enrichment") or {}).get("dates") or []
    checks: list[tuple[str, bool, object]] = []
    for mention, values in case.get("dates", []):
        hit = next((d for d in dates if mention in d.get("text", "")), None)
        got = hit and hit.get("value")
        ok = any(got is None if v is None else bool(got) and str(got).startswith(v)
                 for v in values)
        checks.append((f"date {mention!r} want {values}", ok, got))
    zone = ((record.get("content") or {}).get("evidence") or {}).get("timezone") or ""
    for word in case.get("zone_lacks", []):
        checks.append((f"zone lacks {word!r}", bool(record) and word not in zone, zone))
    for name, ok, got in checks:
        total += 1
        right += ok
        print(f"{'ok  ' if ok else 'FAIL'} {case['file']:16} {name} got {got!r}")
print(f"total: {right}/{total}")
