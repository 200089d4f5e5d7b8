"""Score veille on the h-head52 held-out set: each plain-text capture ingested alone into its
own data directory (``--source`` when the case gives one), then two checks read from
``veille export``: the headline stored (``content.title``) and the authors (joined by ", ").
Prints one line per check ("ok" or "MISS", with what was wanted and what came out), then
"checks R / N".

Usage: python score.py VEILLE_CLI [WORK_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.exported_cases import exported_cases  # noqa: E402


def main(argv: list[str]) -> int:
    cli = argv[0]
    work = Path(argv[1] if len(argv) > 1 else "/tmp/h-head52/heldout")
    right = total = 0
    for case, rows in exported_cases(HERE, cli, work):
        content = (rows[0] if rows else {}).get("content") or {}
        checks = [("title", case["title"], content.get("title")),
                  ("author", case["author"], ", ".join(content.get("authors") or []))]
        for name, want, have in checks:
            total += 1
            if want == have:
                right += 1
                print(f"ok   {case['file']} {name}")
            else:
                print(f"MISS {case['file']} {name}: want {want!r} got {have!r}")
    print(f"checks {right} / {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
