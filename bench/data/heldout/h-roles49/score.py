#!/usr/bin/env python3
"""Score the h-roles49 held-out set: the author roles HTML pages print or declare.

Usage: python3 score.py VEILLE_CLI [WORK_DIR]
  e.g. python3 score.py /work/vbin-h-roles49 /tmp/h-roles49-score

Each page of cases/ is ingested alone into its own data directory and read back with
``veille export --format jsonl``. Checks (one point each): every expected author's role in
``content.author_roles`` (the same text after whitespace normalisation and case folding),
and per page no role beyond the expected ones (no name given a role it does not print).
Prints one line per failed check, then "checks R / N".
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

GOLD: dict[str, dict[str, str]] = {
    "01-fr-byline-comma.html": {"Jeanne Martin": "correspondante à Bruxelles"},
    "02-en-jsonld-jobtitle.html": {"Adaeze Okafor": "Midlands correspondent"},
    "03-en-role-under-name.html": {"Tomasz Wiśniewski": "Economics editor"},
    "04-fr-jsonld-two-authors.html": {"Léa Fournier": "Journaliste au service politique"},
    "05-en-no-role-control.html": {},
    "06-en-byline-slash-date.html": {"Kwame Asante-Mensah": "West Africa correspondent"},
}


def norm(text: object) -> str:
    return " ".join(str(text or "").split()).casefold()


def roles_of(cli: str, page: Path, work: Path) -> dict[str, str]:
    data = work / page.stem
    shutil.rmtree(data, ignore_errors=True)
    subprocess.run([cli, "--data-dir", str(data), "ingest", str(page)], check=False,
                   capture_output=True, text=True)
    out = subprocess.run([cli, "--data-dir", str(data), "export", "--format", "jsonl"],
                         check=False, capture_output=True, text=True).stdout
    for line in out.splitlines():
        record = json.loads(line)
        content = record.get("content") or record
        return {norm(k): norm(v) for k, v in (content.get("author_roles") or {}).items()}
    return {}


def main() -> int:
    cli = sys.argv[1]
    work = Path(sys.argv[2] if len(sys.argv) > 2 else "/tmp/h-roles49-score")
    work.mkdir(parents=True, exist_ok=True)
    right = total = 0
    for name, want in GOLD.items():
        got = roles_of(cli, HERE / "cases" / name, work)
        for person, role in want.items():
            total += 1
            if got.get(norm(person)) == norm(role):
                right += 1
            else:
                print(f"FAIL {name}: role of {person}: want {role!r}, got {got.get(norm(person))!r}")
        total += 1
        extra = {k: v for k, v in got.items() if k not in {norm(p) for p in want}}
        if extra:
            print(f"FAIL {name}: roles not printed: {extra}")
        else:
            right += 1
    print(f"checks {right} / {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
