"""Score veille on the r-head55 held-out set: each capture or page ingested alone into its
own data directory, then read back from ``veille export``. Checks per case (gold.jsonl):

* ``title``: the headline stored (``content.title``) is the gold one;
* ``lead``: the standfirst stored (``content.lead``) is the gold one;
* ``para`` (each line): the line is kept as text, the lead or a paragraph, whole;
* ``out`` (each line): the line (a kicker, a section label, a link title, a credit line) is
  neither the title, nor the lead, nor a paragraph;
* ``notlink`` (each line): the line is not listed as a dropped ``link``.

Prints one line per check ("ok" or "MISS", with what was wanted and what came out), then
"checks R / N".

Usage: python score.py VEILLE_CLI [WORK_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.exported_cases import exported_cases, print_checks  # noqa: E402


def _checks(case: dict[str, Any], content: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """``(name, wanted, found)`` for each check of one case."""
    dropped = [line.split("\t", 1) for line in
               (content.get("evidence") or {}).get("dropped", "").splitlines()]
    links = {parts[-1] for parts in dropped if len(parts) == 2 and parts[0] == "link"}
    text = [content.get("lead"), *(content.get("paragraphs") or [])]
    shown = [content.get("title"), *text]
    out: list[tuple[str, Any, Any]] = [("title", case["title"], content.get("title"))]
    if "lead" in case:
        out.append(("lead", case["lead"], content.get("lead")))
    out += [(f"para {line[:30]!r}", True, line in text) for line in case.get("para", [])]
    out += [(f"out {line[:30]!r}", False, line in shown) for line in case.get("out", [])]
    out += [(f"notlink {line[:30]!r}", False, line in links)
            for line in case.get("notlink", [])]
    return out


def main(argv: list[str]) -> int:
    cli = argv[0]
    work = Path(argv[1] if len(argv) > 1 else "/tmp/r-head55/heldout")
    print_checks((case["file"], name, want, have)
                 for case, rows in exported_cases(HERE, cli, work)
                 for name, want, have in _checks(case, ((rows[0] if rows else {})
                                                        .get("content") or {})))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
