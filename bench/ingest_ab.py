#!/usr/bin/env python3
"""A/B of a whole capture ingest, in CPU seconds, two trees taking turns (issue #13,
r-perf65).

Each round runs, for each tree (``--before SRC``, another checkout's ``src``, and this
one's), a child process that ingests the capture bench's renders
(``bench/.cache/captures/<set>/<renderer>/*.txt``, made by ``bench/captures.py``) into a
fresh SQLite store once to warm up, then once timed (``time.process_time`` around
:func:`veille.ingest.ingest_texts`); the trees' order flips each round so the machine's load
falls on both alike. Prints each run, the medians in captures per CPU second and their
ratio. Lighter than ``bench/ingest_stages.py --before`` (no stage timers, one scenario)::

    PYTHONPATH=src python bench/ingest_ab.py --before /tmp/base/src --renderers w3m,flat \
        --rounds 3
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RENDERS = ROOT / "bench" / ".cache" / "captures"

CHILD = r'''
import gc, json, sys, tempfile, time
from pathlib import Path
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore
root = Path(sys.argv[1])
captures = [(f"{r}-{p.name}", p.read_bytes()) for r in sys.argv[2].split(",")
            for p in sorted((root / r).glob("*.txt"))]
def run():
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore.open(Path(tmp) / "store.sqlite3")
        started = time.process_time()
        ingest_texts(store, captures)
        seconds = time.process_time() - started
        store.close()
    return seconds
run()
gc.freeze()
print(json.dumps({"captures": len(captures), "cpu": run()}))
'''


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", type=Path, required=True, metavar="SRC")
    parser.add_argument("--set", default="aeb")
    parser.add_argument("--renderers", default="w3m,flat")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    trees = {"before": str(args.before.resolve()), "after": str(ROOT / "src")}
    runs: dict[str, list[float]] = {name: [] for name in trees}
    count = 0
    for i in range(args.rounds):
        for name in (list(trees) if i % 2 == 0 else list(trees)[::-1]):
            env = dict(os.environ, PYTHONPATH=trees[name])
            out = subprocess.run([sys.executable, "-c", CHILD, str(RENDERS / args.set),
                                  args.renderers], env=env, capture_output=True, text=True,
                                 check=True).stdout
            found = json.loads(out.strip().splitlines()[-1])
            count = int(found["captures"])
            runs[name].append(float(found["cpu"]))
            print(f"round {i + 1} {name}: {found['cpu']:.2f} CPU s", flush=True)
    medians = {name: statistics.median(values) for name, values in runs.items()}
    for name, value in medians.items():
        print(f"{name}: median {value:.2f} CPU s for {count} captures, "
              f"{count / value:.1f} captures per CPU s")
    print(f"after/before speed: {medians['before'] / medians['after']:.3f}x")


if __name__ == "__main__":
    main()
