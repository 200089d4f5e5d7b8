#!/usr/bin/env python3
"""Score the r-pages50 held-out set: headline, authors and author roles of captures and pages.

Usage: python3 score.py VEILLE_CLI [WORK_DIR]
  e.g. python3 score.py /work/vbin-r-pages50 /tmp/r-pages50-score

Each case is ingested alone into its own data directory and read back with
``veille export --format jsonl``. Checks (one point each) named by the gold line:
``title`` (exact after whitespace normalisation), ``authors`` (the exact list, none = []),
``roles`` (``content.author_roles``, name -> role, exact after whitespace normalisation:
no role beyond the gold ones). Prints one line per failed check, then "checks R / N".
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def norm(text: object) -> str:
    return " ".join(str(text or "").split())


def content_of(cli: str, page: Path, data: Path) -> dict:
    subprocess.run([cli, "--data-dir", str(data), "ingest", str(page)],
                   capture_output=True, text=True, check=False)
    out = subprocess.run([cli, "--data-dir", str(data), "export", "--format", "jsonl"],
                         capture_output=True, text=True, check=False).stdout
    lines = [x for x in out.splitlines() if x.startswith("{")]
    return (json.loads(lines[0]).get("content") or {}) if lines else {}


def main() -> int:
    cli = sys.argv[1]
    work = Path(sys.argv[2] if len(sys.argv) > 2 else "/tmp/r-pages50-score")
    shutil.rmtree(work, ignore_errors=True)
    gold = [json.loads(x) for x in (HERE / "gold.jsonl").read_text().splitlines() if x]
    right = total = 0
    for n, case in enumerate(gold):
        content = content_of(cli, HERE / "cases" / case["file"], work / f"d{n}")
        checks: list[tuple[str, object, object]] = []
        if "title" in case:
            checks.append(("title", norm(case["title"]), norm(content.get("title"))))
        if "authors" in case:
            checks.append(("authors", case["authors"], content.get("authors") or []))
        if "roles" in case:
            got = {norm(k): norm(v) for k, v in (content.get("author_roles") or {}).items()}
            checks.append(("roles", {norm(k): norm(v) for k, v in case["roles"].items()}, got))
        for name, want, got in checks:
            total += 1
            if want == got:
                right += 1
            else:
                print(f"MISS {case['file']} {name}: want {want!r} got {got!r}")
    print(f"checks {right} / {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
