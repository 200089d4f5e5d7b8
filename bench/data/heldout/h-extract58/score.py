"""Score veille on the h-extract58 held-out set (issue 14): text captures whose head or
foot hides a fault of the kinds t-final58 found (items 2, 3, 8, 12, 13, 20), written anew
in five languages. Each case is ingested alone into its own data directory (``--source``
given), read back with ``veille export``; some checks read ``veille show`` too.

Checks per case (those its gold line names): ``title``, ``lead`` (the stored standfirst,
"" for none), ``authors``, ``standfirst`` (whether the record says its lead is a standfirst
printed apart: false for a capture that prints none), ``paragraphs`` (how many the body holds), ``last`` (the body's
last paragraph), ``truncated``, ``credit`` (the agency in ``evidence.credit``),
``show_once`` (a phrase of the first paragraph printed once by ``show``), ``show_has``
(a phrase ``show`` prints). One more case is made here, not stored: a capture past
veille's 1,000,000-character bound, whose ``show`` must name that bound as the cut.

Prints one line per check ("ok" or "MISS"), then "checks R / N" and "total: R/N".

Usage: python score.py VEILLE_CLI [WORK_DIR]
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.exported_cases import ENV, exported_cases, print_checks  # noqa: E402


def _show(cli: str, data: Path, article: str) -> str:
    return subprocess.run([cli, "--data-dir", str(data), "show", article], capture_output=True,
                          text=True, env=ENV).stdout


def _bound_case(cli: str, work: Path) -> list[tuple[str, str, object, object]]:
    """A capture of about 1.2 million characters: one headline, then paragraphs."""
    data = work / "bound"
    data.mkdir(parents=True)
    path = work / "bound.txt"
    para = ("Le conseil municipal de Bellerive a examiné pendant la nuit le budget annexe "
            "des transports scolaires, article par article, jusqu'au vote final. ")
    path.write_text("Bellerive : la séance budgétaire la plus longue de l'histoire\n\n"
                    + "\n\n".join(f"{n}. {para * 3}" for n in range(2600)), "utf-8")
    run = [cli, "--data-dir", str(data)]
    subprocess.run([*run, "ingest", "--source", "bellerive.fr", str(path)],
                   capture_output=True, env=ENV)
    ids = subprocess.run([*run, "latest"], capture_output=True, text=True,
                         env=ENV).stdout.split()
    shown = _show(cli, data, ids[0]) if ids else ""
    line = next((x for x in shown.splitlines() if "(truncated" in x), "")
    return [("bound.txt", "show_bound", True, "1,000,000" in line),
            ("bound.txt", "show_not_page", False, "the page cut" in line)]


def main(argv: list[str]) -> int:
    cli = argv[0]
    work = Path(argv[1] if len(argv) > 1 else "/tmp/h-extract58/heldout")
    checks: list[tuple[str, str, object, object]] = []
    for n, (case, rows) in enumerate(exported_cases(HERE, cli, work)):
        row = rows[0] if rows else {}
        content = row.get("content") or {}
        paragraphs = content.get("paragraphs") or []
        file = case["file"]
        for name in ("title", "lead", "authors", "truncated"):
            if name in case:
                have = content.get(name)
                checks.append((file, name, case[name], have if have is not None else ""))
        if "standfirst" in case:  # a standfirst printed apart from the body, or none
            said = (content.get("evidence") or {}).get("lead", "")
            checks.append((file, "standfirst", case["standfirst"], said.startswith("standfirst")))
        if "paragraphs" in case:
            checks.append((file, "paragraphs", case["paragraphs"], len(paragraphs)))
        if "last" in case:
            checks.append((file, "last", case["last"], paragraphs[-1] if paragraphs else ""))
        if "credit" in case:
            credit = (content.get("evidence") or {}).get("credit", "")
            checks.append((file, "credit", True, case["credit"] in credit.split(", ")))
        if "show_once" in case or "show_has" in case:
            shown = _show(cli, work / f"d{n}", row.get("id", "")) if row else ""
            flat = " ".join(shown.split())
            if "show_once" in case:
                checks.append((file, "show_once", 1, flat.count(case["show_once"])))
            if "show_has" in case:
                checks.append((file, "show_has", True, case["show_has"] in flat))
    checks += _bound_case(cli, work)
    right, total = print_checks(checks)
    print(f"total: {right}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
