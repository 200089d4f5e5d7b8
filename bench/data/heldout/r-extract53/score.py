"""Score veille on the r-extract53 held-out set: each input ingested alone into its own
data directory (``--source`` when the case gives one), then the checks of ``gold.jsonl``
read from ``veille export``: the source stored (``source``, "-" for none), text the body
must hold (``body_has``) and must not (``body_lacks``), and text that ``evidence.dropped``
must list (``dropped_has``). Prints one line per miss (every check with ``-v``), then
"checks R / N".

Usage: python score.py VEILLE_CLI [WORK_DIR] [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.exported_cases import exported_cases  # noqa: E402


def _checks(case: dict, row: dict) -> list[tuple[str, bool, str]]:
    content = row.get("content") or {}
    body = "\n".join([content.get("lead") or "", *(content.get("paragraphs") or [])])
    dropped = str((content.get("evidence") or {}).get("dropped") or "")
    found: list[tuple[str, bool, str]] = []
    if "source" in case:
        got = row.get("source") or "-"
        found.append(("source", got.casefold() == case["source"].casefold(), got))
    for text in case.get("body_has", []):
        found.append((f"body has {text[:30]!r}", text in body, body[-120:]))
    for text in case.get("body_lacks", []):
        found.append((f"body lacks {text[:30]!r}", bool(body) and text not in body, body[-120:]))
    for text in case.get("dropped_has", []):
        found.append((f"dropped has {text[:30]!r}", text in dropped, dropped[:200]))
    return found


def main(argv: list[str]) -> int:
    args = [a for a in argv if a != "-v"]
    verbose = "-v" in argv
    cli = args[0]
    work = Path(args[1] if len(args) > 1 else "/tmp/r-extract53/heldout")
    right = total = 0
    for case, rows in exported_cases(HERE, cli, work):
        for name, ok, got in _checks(case, rows[0] if rows else {}):
            total += 1
            right += ok
            if not ok:
                print(f"MISS {case['file']} {name}: got {got!r}")
            elif verbose:
                print(f"ok   {case['file']} {name}")
    print(f"checks {right} / {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
