"""Score veille on the h-html63 held-out set (issue 14, t-check62 #7: an HTML page's short
headline vanishes; a broken page is "(untitled)" though it has an ``<h1>``, a ``<title>``
or an ``og:title``). New pages in eight languages, each ingested alone into its own store
and read back with ``veille export`` (:mod:`lib.exported_cases`).

Checks per case: ``title`` (the stored headline; "" for the controls, whose only heading
is a site's name or a section label) and ``body_has`` (a phrase of the article's text that
must be stored: the page was read, not refused).

Prints one line per check ("ok" or "MISS"), then "checks R / N" and "total: R/N".

Usage: python score.py VEILLE_CLI [WORK_DIR]
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.exported_cases import Check, field_checks, score_cases  # noqa: E402


def headline_checks(case: dict[str, Any], rows: list[dict[str, Any]]) -> Iterator[Check]:
    """The stored headline against the gold's, then whether the text holds its phrase."""
    content = (rows[0] if rows else {}).get("content") or {}
    yield from field_checks(case, content, ["title"])
    text = " ".join(content.get("paragraphs") or [])
    yield case["file"], "body_has", True, case["body_has"] in text


if __name__ == "__main__":
    sys.exit(score_cases(HERE, sys.argv[1:], "/tmp/h-html63/heldout", headline_checks))
