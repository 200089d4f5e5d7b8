#!/usr/bin/env python3
"""Indexing cost of numbers in digit groups (index format 9): before and after, one run.

The corpus is bench/search.py's (real French sentences from ``../shared/data``, seeded),
indexed by bench/search.py's own ``index_veille`` into a fresh tantivy index, each time in
a fresh child process whose ``PYTHONPATH`` is the ``src`` of the code measured: ``--before``
(a checkout of the old code, e.g. ``git archive <commit> src | tar -x -C /tmp/before``) and
this repository's. Runs alternate (before, after, before, ...) so a shared machine's load
falls on both; the table gives the medians of the wall clock, of the child's CPU time (what
the load moves least) and the index size, and how many grouped numbers the corpus holds.

Usage::

    .venv/bin/python bench/grouped_numbers.py --before /tmp/before/src [--docs 20000] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO / "bench"

CHILD = """
import json, sys, time
sys.path.insert(0, {bench!r})
from search import dir_size, index_veille
from pathlib import Path
cpu = time.process_time()
out = index_veille(Path({corpus!r}), Path({target!r}))
out["cpu"] = time.process_time() - cpu
out["size"] = dir_size(Path({target!r}))
print(json.dumps(out))
"""


def run_child(src: Path, corpus: Path, target: Path) -> dict[str, float]:
    code = CHILD.format(bench=str(BENCH), corpus=str(corpus), target=str(target))
    env = dict(os.environ, PYTHONPATH=str(src))
    done = subprocess.run([sys.executable, "-c", code], env=env, check=True,
                          capture_output=True, text=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", type=Path, required=True, help="src of the old code")
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, str(BENCH))
    sys.path.insert(0, str(REPO / "src"))
    from search import corpus_file
    from veille.index.analysis import grouped_numbers

    corpus = corpus_file(args.docs, args.seed)
    grouped = 0
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            _id, title, body, *_rest = json.loads(line)
            grouped += len(grouped_numbers(title)) + len(grouped_numbers(body))
    results: dict[str, list[dict[str, float]]] = {"before": [], "after": []}
    for _ in range(args.runs):
        for name, src in (("before", args.before), ("after", REPO / "src")):
            with tempfile.TemporaryDirectory() as tmp:
                results[name].append(run_child(src, corpus, Path(tmp) / "index"))
    print(f"{args.docs:,} articles of bench/search.py's corpus (seed {args.seed}), "
          f"{grouped:,} numbers in digit groups; medians of {args.runs} alternated runs, "
          f"load average {os.getloadavg()[0]:.1f}")
    print("| code | wall s | docs/s | CPU s | index MB |")
    print("|---|---:|---:|---:|---:|")
    for name, runs in results.items():
        wall = statistics.median(r["seconds"] for r in runs)
        cpu = statistics.median(r["cpu"] for r in runs)
        size = statistics.median(r["size"] for r in runs) / 1e6
        print(f"| {name} | {wall:.2f} | {args.docs / wall:,.0f} | {cpu:.2f} | {size:.1f} |")


if __name__ == "__main__":
    main()
