"""Score veille on the h-head64 held-out set (issue 14, t-final64 #1: a capture's headline
lost to its deck, the line between it and the byline over the date; a "Name | Place"
byline dropped as a link, so the article had no author).

Each case of ``gold.jsonl`` (a plain-text capture under ``cases/``, file time 2026-12-05
12:00 UTC) is ingested alone into its own store and read back with ``veille export``
(``lib/exported_cases``). Checks: ``title`` and ``authors`` (the record's
``content.authors``, in order).

Usage: python score.py VEILLE_CLI [WORK_DIR]  (prints one line per check, "total: R/N")
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.exported_cases import Check, field_checks, score_cases  # noqa: E402

#: The capture time every case's file is given (POSIX seconds).
CAPTURED = datetime(2026, 12, 5, 12, tzinfo=UTC).timestamp()


def checks_of(case: dict[str, Any], rows: list[dict[str, Any]]) -> list[Check]:
    """The title and authors checks of one case against its exported record."""
    content = (rows[0] if rows else {}).get("content") or {}
    return field_checks(case, content, ("title", "authors"))


if __name__ == "__main__":
    sys.exit(score_cases(HERE, sys.argv[1:], "/tmp/h-head64/heldout", checks_of,
                         captured=CAPTURED))
