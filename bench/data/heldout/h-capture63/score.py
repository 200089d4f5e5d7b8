"""Score veille on the h-capture63 held-out set (issue 14, t-check62 #2 and #8: an agency's
dateline under a standfirst, or with its place's country or province in brackets, left
unread, so the capture was undated and credited no agency; a capture's masthead over a menu
copied with wide gaps, or named again by its copyright line or newsroom credit, not taken
for its outlet, so the capture had no source).

Each case of ``gold.jsonl`` (a plain-text capture under ``cases/``, its file time set to
2026-12-05 12:00 UTC, the capture time year-less datelines are read against) is ingested
alone into its own data directory and read back with ``veille export``
(``lib/exported_cases.exported_cases``). Checks, as the gold line names them: ``title``;
``day``, the published date's day (ISO, or null when the capture prints no date);
``credit``, the agency ``content.evidence.credit`` names (case aside; the "origin" `veille
show` prints); ``source``, one of the listed values (the host for a capture ending on its
address, the outlet's name otherwise; "" or null when no line names the outlet);
``site_name``, the outlet's name read from its masthead.

Usage: python score.py VEILLE_CLI [WORK_DIR]  (prints one line per check, "total: R/N")
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.exported_cases import exported_cases, print_checks  # noqa: E402

#: The capture time every case's file is given (POSIX seconds).
CAPTURED = datetime(2026, 12, 5, 12, tzinfo=UTC).timestamp()


def checks_of(case: dict[str, Any], rows: list[dict[str, Any]]) -> list[tuple[str, str, Any, Any]]:
    """This set's checks of one case and the records its store exported."""
    row = rows[0] if rows else {}
    content = row.get("content") or {}
    name = case["file"]
    checks: list[tuple[str, str, Any, Any]] = [(name, "title", case["title"], content.get("title"))]
    if "day" in case:
        checks.append((name, "day", case["day"], (content.get("published") or "")[:10] or None))
    if "credit" in case:
        credits = [c.strip().casefold() for c in
                   ((content.get("evidence") or {}).get("credit") or "").split(",")]
        checks.append((name, f"credit {case['credit']}", True, case["credit"].casefold() in credits))
    checks.append((name, "source", True, row.get("source") in case["source"]))
    if "site_name" in case:
        checks.append((name, "site_name", case["site_name"], content.get("site_name")))
    return checks


def main(argv: list[str]) -> int:
    """Run the set with the CLI ``argv[0]``; work under ``argv[1]`` when given."""
    work = Path(argv[1] if len(argv) > 1 else "/tmp/h-capture63/heldout")
    checks: list[tuple[str, str, Any, Any]] = []
    for case, rows in exported_cases(HERE, argv[0], work, CAPTURED):
        checks.extend(checks_of(case, rows))
    right, total = print_checks(checks)
    print(f"total: {right}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
