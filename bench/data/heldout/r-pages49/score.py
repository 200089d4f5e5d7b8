#!/usr/bin/env python3
"""Score the r-pages49 held-out set: an article's parts and publication date in captures.

Usage: python3 score.py VEILLE_CLI [WORK_DIR] [-v]
  e.g. python3 score.py /work/vbin-r-pages49 /tmp/r-pages49-score

Each case is copied into WORK_DIR (its file time set to 2026-12-05T06:00Z, so a "today,
23:58" dateline is later than the file), ingested alone into its own data directory and
read back with ``veille export --format jsonl``. Checks (one point each) named by the gold
line: ``title``, ``section`` (exact after whitespace normalisation), ``authors`` (the exact
list), ``roles`` (``content.author_roles``: name -> role), ``truncated`` (the flag),
``absent`` (strings in neither the title, the lead nor the body paragraphs), ``published``
(the same instant, or none), ``zone_inferred`` (``evidence.timezone`` says "inferred" and
not "(UTC)"), ``note`` (a word ``evidence.published`` must contain).
Prints one line per failed check, then "checks R / N".
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILE_TIME = datetime.fromisoformat("2026-12-05T06:00:00+00:00").timestamp()


def norm(text: str | None) -> str:
    return " ".join((text or "").split())


def same_instant(got: str | None, want: str | None) -> bool:
    if want is None or got is None:
        return want is got
    return datetime.fromisoformat(got) == datetime.fromisoformat(want)


def main() -> int:
    args = [a for a in sys.argv[1:] if a != "-v"]
    verbose = "-v" in sys.argv
    cli = args[0]
    work = Path(args[1] if len(args) > 1 else "/tmp/r-pages49-score")
    shutil.rmtree(work, ignore_errors=True)
    gold = [json.loads(line) for line in (HERE / "gold.jsonl").read_text().splitlines() if line]
    right = total = 0
    for n, case in enumerate(gold):
        data = work / f"d{n}"
        data.mkdir(parents=True)
        path = work / case["file"]
        shutil.copy(HERE / "cases" / case["file"], path)
        os.utime(path, (FILE_TIME, FILE_TIME))
        subprocess.run([cli, "--data-dir", str(data), "ingest", str(path)],
                       capture_output=True, text=True)
        out = subprocess.run([cli, "--data-dir", str(data), "export", "--format", "jsonl"],
                             capture_output=True, text=True).stdout
        lines = [x for x in out.splitlines() if x.startswith("{")]
        content = json.loads(lines[0]).get("content") or {} if lines else {}
        evidence = content.get("evidence") or {}
        checks: list[tuple[str, object, object]] = []
        for field in ("title", "section"):
            if field in case:
                checks.append((field, norm(case[field]), norm(content.get(field))))
        if "authors" in case:
            checks.append(("authors", case["authors"], content.get("authors")))
        if "roles" in case:
            checks.append(("roles", case["roles"], content.get("author_roles")))
        if "truncated" in case:
            checks.append(("truncated", case["truncated"], content.get("truncated")))
        texts = [content.get("title") or "", content.get("lead") or "",
                 *(content.get("paragraphs") or [])]
        for word in case.get("absent", []):
            found = [t for t in texts if word in t]
            checks.append((f"absent {word!r}", [], found[:1]))
        if "published" in case:
            got = content.get("published")
            ok = same_instant(got, case["published"])
            checks.append(("published", case["published"], case["published"] if ok else got))
        if case.get("zone_inferred"):
            said = evidence.get("timezone") or ""
            ok = "inferred" in said and "(UTC)" not in said
            checks.append(("zone_inferred", True, ok if ok else said))
        if "note" in case:
            said = evidence.get("published") or ""
            checks.append(("note", True, True if case["note"] in said else said))
        for name, want, got in checks:
            total += 1
            if want == got:
                right += 1
                if verbose:
                    print(f"ok   {case['file']} {name}")
            else:
                print(f"MISS {case['file']} {name}: want {want!r} got {got!r}")
    print(f"checks {right} / {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
