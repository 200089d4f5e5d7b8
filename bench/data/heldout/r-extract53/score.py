"""Score veille on the r-extract53 held-out set: each input ingested alone into its own
data directory (``--source`` when the case gives one), then the checks of ``gold.jsonl``
read from ``veille export``, those of the r-extract52 set (its ``score.py``): text the body
must hold (``body_has``) and must not (``body_lacks``), and text that ``evidence.dropped``
must list (``dropped_has``). Prints one line per miss (every check with ``-v``), then
"checks R / N".

Usage: python score.py VEILLE_CLI [WORK_DIR] [-v]
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.exported_cases import exported_cases  # noqa: E402

_SPEC = importlib.util.spec_from_file_location("score_r_extract52",
                                               HERE.parent / "r-extract52" / "score.py")
assert _SPEC is not None and _SPEC.loader is not None
_R52 = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_R52)


def main(argv: list[str]) -> int:
    args = [a for a in argv if a != "-v"]
    verbose = "-v" in argv
    work = Path(args[1] if len(args) > 1 else "/tmp/r-extract53/heldout")
    right = total = 0
    for case, rows in exported_cases(HERE, args[0], work):
        for name, ok, got in _R52._checks(case, rows[0] if rows else {}):
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
