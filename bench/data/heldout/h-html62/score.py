"""Score veille on the h-html62 held-out set (issue 14: body paragraphs dropped, headline and
standfirst lost; t-final61 #7 and two "missing or confusing" items), new inputs in five
languages. Each case is ingested alone into its own store (``--source`` when its gold line
gives one) and read back with ``veille export`` (:mod:`lib.exported_cases`).

Checks per case (those its gold line names): ``title`` (the stored headline), ``lead`` (the
stored standfirst or lead), ``body_has`` (a phrase some paragraph must hold: the article's
last paragraph after a see-also link or above a source line), ``body_lacks`` (a phrase no
paragraph may hold: a see-also teaser, its summary, a photo caption).

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
from lib.exported_cases import Check, score_cases  # noqa: E402


def checks_of(case: dict[str, Any], rows: list[dict[str, Any]]) -> Iterator[Check]:
    """The checks of one case: those its gold line names."""
    content = (rows[0] if rows else {}).get("content") or {}
    body = "\n".join(content.get("paragraphs") or [])
    for key in ("title", "lead"):
        if key in case:
            yield case["file"], key, case[key], content.get(key)
    if "body_has" in case:
        yield case["file"], "body_has", True, case["body_has"] in body
    if "body_lacks" in case:
        yield case["file"], "body_lacks", True, bool(rows) and case["body_lacks"] not in body


if __name__ == "__main__":
    sys.exit(score_cases(HERE, sys.argv[1:], "/tmp/h-html62/heldout", checks_of))
