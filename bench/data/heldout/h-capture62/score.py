"""Score veille on the h-capture62 held-out set (issue 14, t-final61 #2 and #10: a
capture's headline lost to its standfirst, its dateline and newsroom credit dropped as
"[link or menu]", its last-line address never read, its standards footer kept as text).

Each case of ``gold.jsonl`` (a plain-text capture under ``cases/``) is ingested alone into
its own data directory and read back with ``veille export``. Checks, as the gold line
names them: ``title``, ``lead`` (the standfirst), ``published`` (ISO 8601 with offset),
``url`` (the record's address; null when the last line is another document's link),
``source`` (the stored source is one of the listed names: the host or the masthead),
``body_lacks`` (lines the body must not hold).

Prints one line per check ("ok" or "MISS"), "checks R / N", then "total: R/N".

Usage: python score.py VEILLE_CLI [WORK_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.exported_cases import exported_cases, print_checks  # noqa: E402


def main(argv: list[str]) -> int:
    cli = argv[0]
    work = Path(argv[1] if len(argv) > 1 else "/tmp/h-capture62/heldout")
    checks: list[tuple[str, str, object, object]] = []
    for case, rows in exported_cases(HERE, cli, work):
        row = rows[0] if rows else {}
        content = row.get("content") or {}
        file = case["file"]
        for key in ("title", "lead", "published", "url"):
            if key in case:
                checks.append((file, key, case[key], content.get(key)))
        if "source" in case:
            checks.append((file, "source", True, row.get("source") in case["source"]))
        for line in case.get("body_lacks", []):
            checks.append((file, f"body_lacks {line[:30]!r}", False,
                           line in (content.get("paragraphs") or [])))
    right, total = print_checks(checks)
    print(f"total: {right}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
