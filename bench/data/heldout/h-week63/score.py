"""Score veille on the h-week63 held-out set (issue 14, t-final63 #2, #7, #11: a
see-also label's teaser kept as a body paragraph, a capture dated only by its URL or by a
footer line under its text left undated, a "Name - Weekday d month yyyy" byline lost).

Each case of ``gold.jsonl`` (a plain-text capture under ``cases/``) is ingested alone and
read back with ``veille export`` (``lib/exported_cases.score_cases``). Checks, as the gold
line names them: ``day`` (the day of ``published``, YYYY-MM-DD), ``authors`` (the list),
``body_lacks`` (text no body paragraph may contain), ``body_has`` (text some paragraph
must contain: the article goes on after the teaser).

Usage: python score.py VEILLE_CLI [WORK_DIR]  (prints one line per check, "total: R/N")
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.exported_cases import score_cases  # noqa: E402


def week_checks(case: dict[str, Any], rows: list[dict[str, Any]]
                ) -> Iterator[tuple[str, str, Any, Any]]:
    """The checks ``(file, name, wanted, found)`` of one case and its exported records."""
    content = (rows[0].get("content") or {}) if rows else {}
    body = "\n".join(content.get("paragraphs") or [])
    name = case["file"]
    if "day" in case:
        yield name, "published day", case["day"], (content.get("published") or "")[:10]
    if "authors" in case:
        yield name, "authors", case["authors"], content.get("authors")
    for text in case.get("body_lacks", []):
        yield name, f"body lacks {text!r}", False, text in body
    for text in case.get("body_has", []):
        yield name, f"body has {text!r}", True, text in body


if __name__ == "__main__":
    sys.exit(score_cases(HERE, sys.argv[1:], "/tmp/h-week63/heldout", week_checks))
