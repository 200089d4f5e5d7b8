"""Score veille on the r-extract54 held-out set: each input ingested alone into its own
data directory, then the checks of ``gold.jsonl``: those of the r-extract52 set (its
``score.py``: ``body_has``, ``body_lacks``, ``dropped_has``, read from ``veille export``),
``once`` (text the body holds exactly once) and ``shown`` (the outlet's name that
``veille latest`` lists and ``veille show`` prints on its ``source:`` line). Prints one
line per miss (every check with ``-v``), then "checks R / N".

Usage: python score.py VEILLE_CLI [WORK_DIR] [-v]
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.exported_cases import ENV, exported_cases  # noqa: E402

_SPEC = importlib.util.spec_from_file_location("score_r_extract52",
                                               HERE.parent / "r-extract52" / "score.py")
assert _SPEC is not None and _SPEC.loader is not None
_R52 = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_R52)


def _run(cli: str, data: Path, *args: str) -> str:
    return subprocess.run([cli, "--data-dir", str(data), *args], capture_output=True,
                          text=True, env=ENV).stdout


def _more(case: dict, row: dict, cli: str, data: Path) -> list[tuple[str, bool, str]]:
    content = row.get("content") or {}
    paragraphs = "\n".join(content.get("paragraphs") or [])
    found = [(f"once {t[:30]!r}", paragraphs.count(t) == 1, str(paragraphs.count(t)))
             for t in case.get("once", [])]
    if "shown" in case:
        latest = _run(cli, data, "latest")
        found.append(("latest shows the outlet", case["shown"] in latest, latest[:160]))
        show = _run(cli, data, "show", str(row.get("id") or "-"))
        line = next((x.strip() for x in show.splitlines()
                     if x.strip().startswith("source:")), "")
        found.append(("show names the outlet", case["shown"] in line, line))
    return found


def main(argv: list[str]) -> int:
    args = [a for a in argv if a != "-v"]
    verbose = "-v" in argv
    work = Path(args[1] if len(args) > 1 else "/tmp/r-extract54/heldout")
    right = total = 0
    for n, (case, rows) in enumerate(exported_cases(HERE, args[0], work)):
        row = rows[0] if rows else {}
        checks = _R52._checks(case, row) + _more(case, row, args[0], work / f"d{n}")
        for name, ok, got in checks:
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
