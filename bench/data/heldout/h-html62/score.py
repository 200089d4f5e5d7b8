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
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.exported_cases import exported_cases, print_checks  # noqa: E402


def main(argv: list[str]) -> int:
    cli = argv[0]
    work = Path(argv[1] if len(argv) > 1 else "/tmp/h-html62/heldout")
    checks: list[tuple[str, str, object, object]] = []
    for case, rows in exported_cases(HERE, cli, work):
        content = (rows[0] if rows else {}).get("content") or {}
        body = "\n".join(content.get("paragraphs") or [])
        file = case["file"]
        for key in ("title", "lead"):
            if key in case:
                checks.append((file, key, case[key], content.get(key)))
        if "body_has" in case:
            checks.append((file, "body_has", True, case["body_has"] in body))
        if "body_lacks" in case:
            checks.append((file, "body_lacks", True, bool(rows) and case["body_lacks"] not in body))
    right, total = print_checks(checks)
    print(f"total: {right}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
