"""Score veille on the r-extract61 held-out set (issue 14: standfirsts and bylines thrown
away as "[link or menu]"; t-final60 #15).

Each case of ``gold.jsonl`` (a plain-text capture under ``cases/``) is ingested alone into
its own data directory with ``--source GIVEN`` and read back with ``veille export``.
Checks, as the gold line names them: ``title`` (the stored headline), ``lead`` (the
standfirst: ``content.lead``), ``authors`` (the stored authors, in order), ``body_has``
(paragraphs the body must hold, whole).

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
    work = Path(argv[1] if len(argv) > 1 else "/tmp/r-extract61/heldout")
    checks: list[tuple[str, str, object, object]] = []
    for case, rows in exported_cases(HERE, cli, work):
        content = (rows[0].get("content") or {}) if rows else {}
        file = case["file"]
        for key in ("title", "lead", "authors"):
            if key in case:
                checks.append((file, key, case[key], content.get(key)))
        for phrase in case.get("body_has", []):
            checks.append((file, f"body_has {phrase[:30]!r}", True,
                           phrase in (content.get("paragraphs") or [])))
    right, total = print_checks(checks)
    print(f"total: {right}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
