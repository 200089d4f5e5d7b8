"""Score the h-dates64 held-out set: python score.py /path/to/veille-cli [WORK_DIR].

Each page of ``cases/`` (a line of ``gold.jsonl``) is stored alone in ``WORK/dN`` (N its
line), captured 2026-11-18 12:00 UTC, enriched and exported
(:func:`bench.lib.exported_cases.score_cases`). Checks:

- per ``[mention, prefix]`` of ``dates``: the value of the first date mentioned whose text
  holds ``mention`` starts with ``prefix``;
- ``listed_once``: ``veille show`` lists that wording once under the dates mentioned, though
  the page says it in its headline and again in its body.

Prints one line per check, then ``total: K/N``."""
import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parents[3]))
from bench.lib.exported_cases import ENV, Check, score_cases  # noqa: E402

CLI = sys.argv[1] if len(sys.argv) > 1 else "veille"
WORK = Path(sys.argv[2] if len(sys.argv) > 2 else "/tmp/h-dates64-score")
ORDER = [json.loads(x)["file"] for x in (here / "gold.jsonl").read_text("utf-8").splitlines()
         if x.strip()]


def listed(case: dict[str, Any], article: str) -> int:
    """How many lines of ``show``'s dates mentioned quote a wording holding
    ``case["listed_once"]``."""
    data = WORK / f"d{ORDER.index(case['file'])}"
    shown = subprocess.run([CLI, "--data-dir", str(data), "show", article],
                           capture_output=True, text=True, env=ENV).stdout
    block = shown.split("Dates mentioned", 1)[-1].split("Quotes", 1)[0]
    return sum(1 for line in block.splitlines() if line.lstrip().startswith("- ") and
               case["listed_once"] in line.partition("“")[2].rpartition("”")[0])


def checks(case: dict[str, Any], rows: list[dict[str, Any]]) -> Iterator[Check]:
    """The checks of one page: its mentions' values, and how often ``show`` lists one."""
    row = rows[0] if rows else {}
    found = (row.get("enrichment") or {}).get("dates") or []
    for mention, prefix in case["dates"]:
        value = next((d.get("value") for d in found if mention in d.get("text", "")), None)
        yield case["file"], f"{mention!r} resolved", prefix, (value or "")[:len(prefix)] or None
    if "listed_once" in case:
        count = listed(case, str(row.get("id", ""))) if row else 0
        yield case["file"], f"{case['listed_once']!r} listed once by show", 1, count


sys.exit(score_cases(here, sys.argv[1:], str(WORK), checks,
                     captured=datetime(2026, 11, 18, 12, tzinfo=UTC).timestamp(), enrich=True))
