#!/usr/bin/env python3
"""Score f-capmeta33's held-out set: authors and source (outlet) names of captures and
saved pages, through the CLI (see README.md).

    python3 score.py VEILLE_WRAPPER WORK_DIR [-v]
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).lower().split())


def run(veille: str, data: Path, *args: str) -> str:
    done = subprocess.run([veille, "--data-dir", str(data), *args], capture_output=True,
                          text=True, timeout=300)
    return done.stdout


def one(veille: str, work: Path, case: dict) -> dict:
    data = work / case["file"].split(".")[0]
    shutil.rmtree(data, ignore_errors=True)
    given = ["--source", case["source"]] if case["source"] else []
    run(veille, data, "ingest", *given, str(HERE / "cases" / case["file"]))
    rows = [json.loads(line) for line in run(veille, data, "latest", "--json").splitlines()
            if line.strip()]
    out = {"file": case["file"], "authors": None, "shown": None, "queries": {}}
    if len(rows) != 1:
        return out
    article = rows[0]
    shown = json.loads(run(veille, data, "show", article["id"], "--json"))
    out["authors"] = shown["content"].get("authors") or []
    for line in run(veille, data, "latest").splitlines():
        if line.startswith(article["id"]):
            parts = re.split(r"\s{2,}", line.strip())
            out["shown"] = parts[-2] if len(parts) >= 3 else None
    for value in case["queries"]:
        found = json.loads(run(veille, data, "search", "--json", f'source:"{value}"') or "{}")
        out["queries"][value] = any(h.get("id") == article["id"] for h in found.get("hits", []))
    return out


def main() -> None:
    veille, work = sys.argv[1], Path(sys.argv[2])
    verbose = "-v" in sys.argv
    work.mkdir(parents=True, exist_ok=True)
    gold = [json.loads(line) for line in (HERE / "gold.jsonl").read_text().splitlines()
            if line.strip()]
    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(lambda c: one(veille, work, c), gold))
    authors = shown = queries = n_queries = 0
    for case, got in zip(gold, results, strict=True):
        a_ok = got["authors"] is not None and sorted(map(fold, got["authors"])) == sorted(
            map(fold, case["authors"]))
        s_ok = got["shown"] is not None and fold(got["shown"]) in {fold(s) for s in case["shown"]}
        q_ok = sum(got["queries"].values())
        authors += a_ok
        shown += s_ok
        queries += q_ok
        n_queries += len(case["queries"])
        if verbose or not (a_ok and s_ok and q_ok == len(case["queries"])):
            print(f"{case['file']:40} authors {'ok' if a_ok else got['authors']!r:<20} "
                  f"shown {'ok' if s_ok else got['shown']!r:<24} "
                  f"source: {q_ok}/{len(case['queries'])} "
                  f"{[q for q, v in got['queries'].items() if not v] or ''}")
    n = len(gold)
    print(f"authors exact {authors}/{n}; source shown {shown}/{n}; "
          f"source: queries {queries}/{n_queries}; total {authors + shown + queries}/"
          f"{2 * n + n_queries}")


if __name__ == "__main__":
    main()
