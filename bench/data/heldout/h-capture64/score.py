"""Score veille on the h-capture64 held-out set (issue 14, t-check63 #6 and #7, t-final63
#6: an agency's dateline alone on its line, the lead under it, left unread so the capture
had no date or agency credit and lost its standfirst; an agency's rights notice kept as
the last paragraph; an outlet's name on line 1 with no address, or on line 2 under the
address with no menu, not taken for the outlet; dates printed only in the address or a
footer line).

Each case of ``gold.jsonl`` (a plain-text capture under ``cases/``, its file time set to
2026-12-05 12:00 UTC, the capture time year-less datelines are read against) is ingested
alone and read back with ``veille export`` (``lib/exported_cases.score_cases``). Checks, as
the gold line names them: ``day`` (the day of ``published``, YYYY-MM-DD); ``credit`` (an
agency ``content.evidence.credit`` names, case aside); ``source`` (one of the listed
values: the host when the capture prints its address, else the outlet's name);
``site_name``; ``lead_has`` (text the lead, the standfirst, must hold); ``body_lacks`` and
``body_has`` (text no paragraph / some paragraph holds).

Usage: python score.py VEILLE_CLI [WORK_DIR]  (prints one line per check, "total: R/N")
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.exported_cases import score_cases  # noqa: E402

#: The capture time every case's file is given (POSIX seconds).
CAPTURED = datetime(2026, 12, 5, 12, tzinfo=UTC).timestamp()


def capture_checks(case: dict[str, Any], rows: list[dict[str, Any]]
                   ) -> Iterator[tuple[str, str, Any, Any]]:
    """The checks ``(file, name, wanted, found)`` of one case and its exported records."""
    row = rows[0] if rows else {}
    content = row.get("content") or {}
    body = "\n".join(content.get("paragraphs") or [])
    name = case["file"]
    if "day" in case:
        yield name, "day", case["day"], (content.get("published") or "")[:10] or None
    if "credit" in case:
        said = (content.get("evidence") or {}).get("credit") or ""
        credits = {c.strip().casefold() for c in said.split(",")}
        yield name, f"credit {case['credit']}", True, case["credit"].casefold() in credits
    yield name, "source", True, row.get("source") in case["source"]
    if "site_name" in case:
        yield name, "site_name", case["site_name"], content.get("site_name")
    if "lead_has" in case:
        yield name, "lead has standfirst", True, case["lead_has"] in (content.get("lead") or "")
    for text in case.get("body_lacks", []):
        yield name, f"body lacks {text!r}", False, text in body
    for text in case.get("body_has", []):
        yield name, f"body has {text!r}", True, text in body


if __name__ == "__main__":
    sys.exit(score_cases(HERE, sys.argv[1:], "/tmp/h-capture64/heldout", capture_checks,
                         captured=CAPTURED))
