#!/usr/bin/env python3
"""Score the r-pages36 held-out set: an article's parts read from captures and pages.

Usage: python3 score.py VEILLE_CLI [WORK_DIR]
  e.g. python3 score.py /work/vbin-r-pages36 /tmp/r-pages36-score

Each case is ingested alone (``veille ingest FILE``) into its own data directory and read
back with ``veille export --format jsonl``. The gold line names the checks of that case:
``title`` and ``lead`` (exact after whitespace normalisation), ``authors`` (the exact
list), ``truncated`` (the flag), ``absent`` (strings that must be in neither the title,
the lead, the body paragraphs nor the authors: a role, a kicker). Each check is one point.
Prints one line per failed check, then "checks R / N".
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def norm(text: str | None) -> str:
    return " ".join((text or "").split())


def main() -> int:
    cli = sys.argv[1]
    work = Path(sys.argv[2] if len(sys.argv) > 2 else "/tmp/r-pages36-score")
    shutil.rmtree(work, ignore_errors=True)
    gold = [json.loads(line) for line in (HERE / "gold.jsonl").read_text().splitlines() if line]
    right = total = 0
    for n, case in enumerate(gold):
        data = work / f"d{n}"
        ingest = subprocess.run([cli, "--data-dir", str(data), "ingest",
                                 str(HERE / "cases" / case["file"])], capture_output=True, text=True)
        out = subprocess.run([cli, "--data-dir", str(data), "export", "--format", "jsonl"],
                             capture_output=True, text=True).stdout
        if not out.strip():  # not stored: every check of the case fails
            failed = (ingest.stdout + ingest.stderr).strip().splitlines()[-1:]
            print(f"MISS {case['file']}: not stored ({' '.join(failed)})")
            content = {"title": None, "lead": None, "authors": None, "truncated": None}
        else:
            content = json.loads(out.splitlines()[0])["content"]
        checks: list[tuple[str, object, object]] = []
        for field in ("title", "lead"):
            if field in case:
                checks.append((field, norm(case[field]), norm(content.get(field))))
        if "authors" in case:
            got = content.get("authors")
            checks.append(("authors", case["authors"], None if got is None else list(got)))
        if "truncated" in case:
            checks.append(("truncated", case["truncated"], content.get("truncated")))
        texts = [content.get("title") or "", content.get("lead") or "",
                 *(content.get("paragraphs") or []), *(content.get("authors") or [])]
        for word in case.get("absent", []):
            found = [t for t in texts if word in t]
            checks.append((f"absent {word!r}", [], found[:1]))
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
