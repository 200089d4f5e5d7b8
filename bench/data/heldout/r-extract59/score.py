"""Score veille on the r-extract59 held-out set: each capture or page ingested alone into
its own data directory, its file time (the capture time) set to 2026-04-08 12:00 UTC, then
read back from ``veille export`` (:mod:`lib.exported_cases`). Checks per case (gold.jsonl):

* ``published``: ``content.published`` starts with this day (null: no publication date);
* ``credit``: ``content.evidence.credit`` is this agency (absent: not checked);
* ``lead_starts``: ``content.lead`` starts with this (the dateline is out of the lead).

Prints one line per check, then "checks R / N".

Usage: python score.py VEILLE_CLI [WORK_DIR]
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.exported_cases import exported_cases, print_checks  # noqa: E402

CAPTURED = datetime(2026, 4, 8, 12, 0, tzinfo=UTC).timestamp()


def _checks(case: dict[str, Any], content: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """``(name, wanted, found)`` for each check of one case."""
    published = content.get("published")
    want = case["published"]
    out: list[tuple[str, Any, Any]] = [
        ("published", want, published if want is None else (published or "")[:len(want)])]
    if "credit" in case:
        out.append(("credit", case["credit"], (content.get("evidence") or {}).get("credit")))
    lead = content.get("lead") or ""
    out.append(("lead", case["lead_starts"], lead[:len(case["lead_starts"])]))
    return out


def main() -> None:
    cli = sys.argv[1] if len(sys.argv) > 1 else "veille"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tmp)
        print_checks((case["file"], name, want, have)
                     for case, rows in exported_cases(HERE, cli, work, CAPTURED)
                     for name, want, have in _checks(case, rows[0]["content"] if rows else {}))


if __name__ == "__main__":
    main()
