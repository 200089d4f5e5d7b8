"""Score veille on the h-capture62 held-out set (issue 14, t-final61 #2 and #10: a
capture's headline lost to its standfirst, its dateline and newsroom credit dropped as
"[link or menu]", its last-line address never read, its standards footer kept as text).

Each case of ``gold.jsonl`` (a plain-text capture under ``cases/``) is ingested alone into
its own data directory and read back with ``veille export``
(``lib/exported_cases.score_set``). Checks, as the gold line names them: ``title``,
``lead`` (the standfirst), ``published`` (ISO 8601 with offset), ``url`` (null when the
last line is another document's link), ``source`` (one of the listed names: the host or
the masthead), ``body_lacks`` (lines the body must not hold).

Usage: python score.py VEILLE_CLI [WORK_DIR]  (prints one line per check, "total: R/N")
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.exported_cases import field_checks, score_set  # noqa: E402


def checks_of(case: dict[str, Any], rows: list[dict[str, Any]]) -> list[tuple[str, str, Any, Any]]:
    """This set's checks of one case and the records its store exported."""
    row = rows[0] if rows else {}
    content = row.get("content") or {}
    checks = field_checks(case, content, ("title", "lead", "published", "url"))
    if "source" in case:
        checks.append((case["file"], "source", True, row.get("source") in case["source"]))
    checks.extend((case["file"], f"body_lacks {line[:30]!r}", False,
                   line in (content.get("paragraphs") or []))
                  for line in case.get("body_lacks", []))
    return checks


if __name__ == "__main__":
    sys.exit(score_set(HERE, sys.argv[1], Path(sys.argv[2] if len(sys.argv) > 2
                                               else "/tmp/h-capture62/heldout"), checks_of))
