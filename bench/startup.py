#!/usr/bin/env python3
"""Bench the CLI's start-up: each command's wall time and CPU time, "before" vs "after".

Each command runs as its own process (the ``veille`` script of this virtualenv), ``--runs``
times for each tree, the two trees taking turns so that the machine's load falls on both
alike; the table gives the median wall time and the median CPU time of the child (user +
system, ``RUSAGE_CHILDREN``: what a shared machine's load moves least). A tree is a
``src`` directory put first on ``PYTHONPATH``: ``--before`` (default ``/work/main/src``)
and ``--after`` (default this checkout's ``src``).

The commands read a store: ``--data-dir`` names one (the demo's, after ``veille ingest
demo/`` and ``veille enrich``); without it a store is made in a temporary directory from
``demo/wikinews-fr`` (ingest only, with the "after" tree), which takes a minute.

Usage (from the repository root)::

    .venv/bin/python bench/startup.py --data-dir /tmp/demo-store
    .venv/bin/python bench/startup.py --runs 3 --before /path/to/other/src
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

COMMANDS: list[tuple[str, list[str]]] = [
    ("import veille.cli.main", ["-c", "from veille.cli.main import main"]),
    ("veille --help", ["--help"]),
    ("veille latest -n 5", ["latest", "-n", "5"]),
    ("veille search Syrie", ["search", "Syrie"]),
    ("veille search place:Syrie", ["search", "place:Syrie"]),
    ('veille search place:"Saint-Denis (Seine-Saint-Denis)"',
     ["search", 'place:"Saint-Denis (Seine-Saint-Denis)"']),
    ("veille stats", ["stats"]),
    ("veille ingest (one new text capture)", ["ingest", "{capture}"]),
]
"""(label, arguments): arguments starting with ``-c`` run with Python itself, the others
with the ``veille`` script. ``{capture}``: a new text capture each run (the next of
``tests/fixtures/captures/*.txt``), ingested by each tree into its own copy of the store
(so both ingest the same new file; r-perf67): the first run of the "after" tree also
writes the data directory's kept place tables (``veille.kept_tables``), the later ones
read them."""
CAPTURES = ROOT / "tests" / "fixtures" / "captures"


def run_once(src: Path, args: list[str], data_dir: Path) -> tuple[float, float]:
    """(wall seconds, child CPU seconds) of one run of ``args`` with ``src`` first."""
    env = {**os.environ, "PYTHONPATH": str(src), "VEILLE_DATA_DIR": str(data_dir)}
    venv_bin = Path(sys.executable).parent
    argv = [sys.executable, *args] if args[0] == "-c" else [str(venv_bin / "veille"), *args]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def make_store(src: Path, data_dir: Path) -> None:
    """Ingest ``demo/wikinews-fr`` into ``data_dir`` with the tree ``src``."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    subprocess.run([str(Path(sys.executable).parent / "veille"), "--data-dir", str(data_dir),
                    "ingest", str(ROOT / "demo" / "wikinews-fr")], env=env, check=True,
                   stdout=subprocess.DEVNULL)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, default=Path("/work/main/src"))
    parser.add_argument("--after", type=Path, default=ROOT / "src")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--only", default="", help="run the commands whose label has this")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = args.data_dir
        if data_dir is None:
            data_dir = Path(tmp) / "store"
            make_store(args.after, data_dir)
        trees = {"before": args.before, "after": args.after}
        print(f"before: {args.before}\nafter:  {args.after}\nstore:  {data_dir}\n"
              f"median of {args.runs} runs; wall s (CPU s)\n")
        width = max(len(label) for label, _ in COMMANDS)
        print(f"{'command':<{width}} | {'before':>15} | {'after':>15} | wall ×")
        print(f"{'-' * width}-|-{'-' * 15}-|-{'-' * 15}-|-------")
        captures = sorted(CAPTURES.glob("*.txt"))
        for label, command in COMMANDS:
            if args.only not in label:
                continue
            got: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
            stores = {name: data_dir for name in trees}
            if "{capture}" in command:
                for name in trees:
                    stores[name] = Path(tmp) / f"ingest-{name}"
                    shutil.copytree(data_dir, stores[name], dirs_exist_ok=True)
            for i in range(args.runs):
                run_command = [captures[i % len(captures)].as_posix() if a == "{capture}"
                               else a for a in command]
                for name, src in trees.items():
                    got[name].append(run_once(src, run_command, stores[name]))
            cells = {name: (statistics.median(w for w, _ in rows),
                            statistics.median(c for _, c in rows))
                     for name, rows in got.items()}
            b, a = cells["before"], cells["after"]
            print(f"{label:<{width}} | {b[0]:6.2f} ({b[1]:5.2f}) | {a[0]:6.2f} ({a[1]:5.2f}) | "
                  f"{b[0] / a[0]:5.1f}", flush=True)


if __name__ == "__main__":
    main()
