"""Score veille on the r-mast51 held-out set: each capture ingested alone into its own data
directory (``--source`` when the case gives one), then four checks read from ``veille export``:
the source stored, the clock named in ``evidence.timezone``, the published instant, the
author. Prints one line per check (``-v``) or per miss, then "checks R / N".

Usage: python score.py VEILLE_CLI [WORK_DIR] [-v]
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.exported_cases import exported_cases  # noqa: E402


def main(argv: list[str]) -> int:
    args = [a for a in argv if a != "-v"]
    verbose = "-v" in argv
    cli = args[0]
    work = Path(args[1] if len(args) > 1 else "/tmp/r-mast51/heldout")
    right = total = 0
    for case, rows in exported_cases(HERE, cli, work):
        row = rows[0] if rows else {}
        content = row.get("content") or {}
        zone = (content.get("evidence") or {}).get("timezone") or ""
        got = content.get("published")
        same = got is not None and (datetime.fromisoformat(got)
                                    == datetime.fromisoformat(case["published"]))
        checks = [
            ("source", case["source"].casefold(), (row.get("source") or "").casefold()),
            ("zone", True, f"({case['zone']}" in zone or f" {case['zone']}" in zone or zone),
            ("published", case["published"], case["published"] if same else got),
            ("author", case["author"], ", ".join(content.get("authors") or [])),
        ]
        for name, want, have in checks:
            total += 1
            if want == have:
                right += 1
                if verbose:
                    print(f"ok   {case['file']} {name}")
            else:
                print(f"MISS {case['file']} {name}: want {want!r} got {have!r}")
    print(f"checks {right} / {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
