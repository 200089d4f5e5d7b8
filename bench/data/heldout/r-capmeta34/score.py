#!/usr/bin/env python3
"""Score r-capmeta34's held-out set through the CLI (see README.md):
authors exact, masthead read as the outlet (site_name / source shown) when there is no
--source, and no chrome line (share bar, "a | b | c" links, e-mail, label) left in the body.

    python3 score.py VEILLE_WRAPPER WORK_DIR [-v]
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).lower().split())


def run(veille: str, data: Path, *args: str) -> str:
    return subprocess.run([veille, "--data-dir", str(data), *args], capture_output=True,
                          text=True, timeout=300).stdout


def main() -> None:
    veille, work = sys.argv[1], Path(sys.argv[2])
    verbose = "-v" in sys.argv
    gold = [json.loads(line) for line in (HERE / "gold.jsonl").read_text().splitlines() if line]
    score = total = 0
    for case in gold:
        data = work / case["file"].split(".")[0]
        shutil.rmtree(data, ignore_errors=True)
        run(veille, data, "ingest", str(HERE / "cases" / case["file"]))
        rows = [json.loads(x) for x in run(veille, data, "latest", "--json").splitlines() if x]
        got: dict = {"authors": None, "site": None, "chrome": None}
        if len(rows) == 1:
            shown = json.loads(run(veille, data, "show", rows[0]["id"], "--json"))
            content = shown["content"]
            got["authors"] = content.get("authors") or []
            got["site"] = content.get("site_name") or shown.get("source")
            body = "\n".join([content.get("lead") or "", *(content.get("paragraphs") or [])])
            got["chrome"] = case["chrome"] is not None and case["chrome"] in body
        checks = {"authors": got["authors"] is not None
                  and sorted(map(fold, got["authors"])) == sorted(map(fold, case["authors"]))}
        if case["site"]:
            checks["site"] = fold(got["site"] or "") == fold(case["site"])
        if case["chrome"]:
            checks["chrome"] = got["chrome"] is False
        score += sum(checks.values())
        total += len(checks)
        if verbose or not all(checks.values()):
            bad = {k: got[k] for k, v in checks.items() if not v}
            print(f"{case['file']:34} {'ok' if not bad else bad}")
    print(f"checks passed {score}/{total}")


if __name__ == "__main__":
    main()
