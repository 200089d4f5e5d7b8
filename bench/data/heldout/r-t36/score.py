#!/usr/bin/env python3
"""Score r-t36's held-out set: the publication date of captures whose date line ends with a
credit after a separator ("Publié le … | AFP"), through the CLI (see README.md).

    python3 score.py VEILLE_WRAPPER WORK_DIR [-v]

Prints one line per failure and "published right N/9; caption kept out M/1".
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run(veille: str, data: Path, *args: str) -> str:
    done = subprocess.run([veille, "--data-dir", str(data), *args], capture_output=True,
                          text=True, timeout=300)
    return done.stdout


def one(veille: str, work: Path, case: dict) -> dict:
    data = work / case["file"].split(".")[0]
    shutil.rmtree(data, ignore_errors=True)
    run(veille, data, "ingest", "--source", case["source"], str(HERE / "cases" / case["file"]))
    rows = [json.loads(line) for line in run(veille, data, "latest", "--json").splitlines()
            if line.strip()]
    if len(rows) != 1:
        return {"published": None, "body": ""}
    content = rows[0]["content"]
    return {"published": content.get("published"),
            "body": "\n".join(content.get("paragraphs") or [])}


def main() -> None:
    veille, work = sys.argv[1], Path(sys.argv[2])
    verbose = "-v" in sys.argv
    work.mkdir(parents=True, exist_ok=True)
    gold = [json.loads(line) for line in (HERE / "gold.jsonl").read_text().splitlines()
            if line.strip()]
    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(lambda c: one(veille, work, c), gold))
    dated = kept_out = n_out = 0
    for case, got in zip(gold, results, strict=True):
        # the wall time as written (the zone is another engineer's: r-pubdates36)
        ok = (got["published"] or "")[:16] == case["published"]
        dated += ok
        out_ok = [w for w in case["not_in_body"] if w not in got["body"]]
        kept_out += len(out_ok)
        n_out += len(case["not_in_body"])
        if verbose or not ok or len(out_ok) != len(case["not_in_body"]):
            print(f"{case['file']:32} published {got['published']!r} "
                  f"(want {case['published']}) caption out {len(out_ok)}/"
                  f"{len(case['not_in_body'])}")
    print(f"published right {dated}/{len(gold)}; caption kept out {kept_out}/{n_out}")


if __name__ == "__main__":
    main()
