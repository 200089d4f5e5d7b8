#!/usr/bin/env python3
"""Bench the change log (issue 10, "bench/changelog"): ingest throughput with the change
log and the index following it, against veille 0.1's ingest, in the same run.

Why: every change now writes a log row in the store's transaction, and the index records
the applied sequence number in each of its commits; the goal is that this costs under 5%
of ingest throughput.

- **0.1**: the code of commit ``9d55ad2`` (``git archive`` into a temporary directory, run
  in a subprocess with that ``src`` first on ``PYTHONPATH``), ingesting as its CLI did
  (``ingest_paths`` with the ``IndexSink`` that commits the index after each batch).
- **now**: this checkout's ``veille.service.Veille.ingest`` (what ``veille ingest`` runs).

Each run ingests the same generated corpus (``--files`` text captures of three paragraphs,
seeded, from tests/capture_kit.py) into an empty data directory, in a fresh process; the
time counts the ingest and the index's final commit, not Python's start-up. Runs alternate
between the two codes, ``--runs`` each; medians and their ratio are printed.

Usage (from the repository root)::

    .venv/bin/python bench/changelog.py                  # 3000 files, 5 runs each
    .venv/bin/python bench/changelog.py --write-docs     # also update docs/benchmarks.md
    .venv/bin/python bench/changelog.py --compact 100000,1000000 --runs 3 --write-docs

``--compact N,M`` benches the log's compaction instead (``veille compact``,
:mod:`veille.store.changelog`): a SQLite store whose log holds N changes, all applied by
every follower, compacted by veille (chunks of 50,000 rows, one transaction each) and by
the plain way (one ``DELETE`` in one transaction), alternated, while a writer beside inserts
one change every 5 ms: the time, and the longest a write waited for the lock.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BASELINE = "9d55ad2"

OLD = """
import json, sys, time
from pathlib import Path
from veille.index.sync import IndexSink
from veille.index.tantivy_index import TantivyIndex
from veille.ingest import ingest_paths
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore
corpus, data = Path(sys.argv[1]), Path(sys.argv[2])
settings = Settings(data_dir=data)
started, cpu = time.perf_counter(), time.process_time()
store = SQLiteStore.open(settings.store_path)
index = TantivyIndex(settings.index_dir)
summary = ingest_paths(store, [corpus], settings=settings, sinks=[IndexSink(index)])
index.close()
store.close()
print(json.dumps({"seconds": time.perf_counter() - started, "cpu": time.process_time() - cpu,
                  "new": summary.new,
                  "indexed": TantivyIndex(settings.index_dir).count()}))
"""

NEW = """
import json, sys, time
from pathlib import Path
from veille.service import Veille
from veille.settings import Settings
corpus, data = Path(sys.argv[1]), Path(sys.argv[2])
settings = Settings(data_dir=data)
started, cpu = time.perf_counter(), time.process_time()
service = Veille(settings)
summary = service.ingest(corpus)
service.close()
seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
assert summary.index_pending == 0 and not summary.index_error, summary.index_error
print(json.dumps({"seconds": seconds, "cpu": cpu, "new": summary.new,
                  "indexed": Veille(settings).reader().count()}))
"""


def write_corpus(root: Path, files: int) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from capture_kit import make_capture

    root.mkdir(parents=True)
    for i in range(files):
        (root / f"{i:06d}.txt").write_text(make_capture(i).text, "utf-8")


def checkout_baseline(target: Path) -> Path:
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", BASELINE, "src"],
                             capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return target / "src"


def run_once(code: str, src: Path, corpus: Path, data: Path) -> dict[str, float]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VEILLE_")}
    env["PYTHONPATH"] = str(src)
    result = subprocess.run([sys.executable, "-c", code, str(corpus), str(data)], env=env,
                            capture_output=True, check=False, text=True)
    if result.returncode != 0:
        raise SystemExit(f"a bench run failed:\n{result.stderr}")
    return dict(json.loads(result.stdout))


class Writer(threading.Thread):
    """Another writer: one change every 5 ms, each its own transaction; keeps the longest
    wait (seconds) for SQLite's write lock."""

    def __init__(self, path: Path) -> None:
        super().__init__(daemon=True)
        self.path, self.longest, self.writes = path, 0.0, 0
        self.stop = threading.Event()

    def run(self) -> None:
        conn = sqlite3.connect(self.path, isolation_level=None, timeout=60)
        while not self.stop.is_set():
            started = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO changes (article_id, kind, at) VALUES "
                         "('beside', 'new', '2020-01-01T00:00:00+00:00')")
            conn.execute("COMMIT")
            self.longest = max(self.longest, time.perf_counter() - started)
            self.writes += 1
            time.sleep(0.005)
        conn.close()


def filled_store(path: Path, rows: int) -> Any:
    """A store whose change log holds ``rows`` changes (the articles do not matter to
    compaction), all old enough to go."""
    sys.path.insert(0, str(ROOT / "src"))
    from veille.store.sqlite import SQLiteStore

    store = SQLiteStore.open(path)
    store.conn.execute("BEGIN IMMEDIATE")
    store.conn.executemany("INSERT INTO changes (article_id, kind, at) VALUES (?, 'new', ?)",
                           ((f"a{i:08d}", "2020-01-01T00:00:00+00:00") for i in range(rows)))
    store.conn.execute("COMMIT")
    return store


def one_delete(store: Any) -> int:
    """The plain way: everything but the newest change, in one statement and transaction."""
    store.conn.execute("BEGIN IMMEDIATE")
    head = store.conn.execute("SELECT MAX(seq) FROM changes").fetchone()[0]
    removed = store.conn.execute("DELETE FROM changes WHERE seq < ?", (head,)).rowcount
    store.conn.execute("UPDATE counters SET value = ? WHERE name = 'changes_compacted'",
                       (head - 1,))
    store.conn.execute("COMMIT")
    return int(removed)


def compact_bench(sizes: list[int], runs: int) -> str:
    results: dict[tuple[int, str], list[tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory(prefix="veille-bench-compact-") as tmp:
        for rows in sizes:
            for run in range(runs):
                for name in ("veille", "plain"):
                    path = Path(tmp) / f"{name}-{rows}-{run}.sqlite3"
                    store = filled_store(path, rows)
                    writer = Writer(path)
                    writer.start()
                    time.sleep(0.05)
                    started = time.perf_counter()
                    if name == "veille":
                        removed = store.compact_log(keep_age=timedelta(0),
                                                    follower_age=timedelta(days=7)).removed
                    else:
                        removed = one_delete(store)
                    seconds = time.perf_counter() - started
                    writer.stop.set()
                    writer.join()
                    store.close()
                    assert removed >= rows - 1, (name, removed)
                    results.setdefault((rows, name), []).append((seconds, writer.longest))
                    path.unlink()
    lines = [f"Compaction of a SQLite change log of N changes, all applied by every follower, "
             f"while another writer inserts one change every 5 ms; {runs} runs each, "
             f"alternated; {platform.processor() or platform.machine()}, {os.cpu_count()} "
             f"cores, Python {platform.python_version()}, {date.today()}.", "",
             "| N changes | how | median s | changes/s | longest wait beside, ms (median) |",
             "| ---: | --- | ---: | ---: | ---: |"]
    labels = {"veille": "veille compact (chunks of 50,000, one transaction each)",
              "plain": "one DELETE in one transaction"}
    for rows in sizes:
        for name, label in labels.items():
            seconds = statistics.median(s for s, _ in results[(rows, name)])
            wait = statistics.median(w for _, w in results[(rows, name)])
            lines.append(f"| {rows:,} | {label} | {seconds:.2f} | {rows / seconds:,.0f} | "
                         f"{wait * 1000:.0f} |")
    lines.append("")
    for rows in sizes:
        def median(name: str, i: int, rows: int = rows) -> float:
            return statistics.median(r[i] for r in results[(rows, name)])

        lines.append(f"At {rows:,} changes: veille / one DELETE time ratio "
                     f"{median('veille', 0) / median('plain', 0):.2f}; the writer beside "
                     f"waited at most {median('veille', 1) * 1000:.0f} ms against "
                     f"{median('plain', 1) * 1000:.0f} ms.")
    lines += ["", "The chunks cost a little time (each re-reads the followers' positions "
              "and finds its end) and bound how long a write beside waits: one chunk, "
              "not the whole compaction."]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--compact", default="", metavar="N,M",
                        help="bench the log's compaction at these sizes instead")
    parser.add_argument("--write-docs", action="store_true")
    args = parser.parse_args()
    if args.compact:
        sizes = [int(n) for n in args.compact.split(",")]
        text = compact_bench(sizes, args.runs)
        print(text)
        if args.write_docs:
            sys.path.insert(0, str(ROOT / "bench"))
            from lib.docs_section import write_section

            command = (f".venv/bin/python bench/changelog.py --compact {args.compact} "
                       f"--runs {args.runs}")
            write_section("changelog-compaction",
                          "## Change log compaction (bench/changelog.py --compact)\n\n"
                          "How long `veille compact` takes at N changes, against removing them "
                          "in one statement, and how long a writer beside waits meanwhile "
                          "(generated rows; nothing tuned on them).\n\n"
                          f"```sh\n{command} --write-docs\n```\n\n{text}\n")
        return
    with tempfile.TemporaryDirectory(prefix="veille-bench-changelog-") as tmp:
        work = Path(tmp)
        corpus = work / "corpus"
        write_corpus(corpus, args.files)
        old_src = checkout_baseline(work)
        times: dict[str, list[float]] = {"0.1": [], "now": []}
        cpus: dict[str, list[float]] = {"0.1": [], "now": []}
        for run in range(args.runs):
            for name, code, src in (("0.1", OLD, old_src), ("now", NEW, ROOT / "src")):
                outcome = run_once(code, src, corpus, work / f"data-{name}-{run}")
                assert outcome["new"] == outcome["indexed"] == args.files, outcome
                times[name].append(outcome["seconds"])
                cpus[name].append(outcome["cpu"])
    labels = {"0.1": "veille 0.1 (9d55ad2): ingest + index sink",
              "now": "veille now: ingest + change log + index following it"}
    lines = [f"{args.files} generated text captures (tests/capture_kit.py), batch 200, "
             f"{args.runs} runs each, alternated; {platform.processor() or platform.machine()}, "
             f"{os.cpu_count()} cores, Python {platform.python_version()}, {date.today()}.",
             "", "| code | median CPU s | min–max CPU s | median wall s | articles/s (wall) |",
             "| --- | ---: | ---: | ---: | ---: |"]
    for name, label in labels.items():
        wall = statistics.median(times[name])
        lines.append(f"| {label} | {statistics.median(cpus[name]):.2f} | "
                     f"{min(cpus[name]):.2f}–{max(cpus[name]):.2f} | {wall:.2f} | "
                     f"{args.files / wall:,.0f} |")
    cpu_ratio = statistics.median(cpus["now"]) / statistics.median(cpus["0.1"])
    wall_ratio = statistics.median(times["now"]) / statistics.median(times["0.1"])
    lines += ["", f"Cost of the change log: {(cpu_ratio - 1) * 100:+.1f}% of ingest CPU time "
                  f"(ratio now / 0.1 = {cpu_ratio:.3f}; wall clock {wall_ratio:.3f}); goal: "
                  "under +5%. CPU time (all threads of the ingesting process) is the figure: "
                  "on a shared machine the wall clock mostly measures the neighbours. The two "
                  "codes differ in more than the log (0.1 also made versions of a source's "
                  "near copies at other URLs)."]
    text = "\n".join(lines)
    print(text)
    if args.write_docs:
        sys.path.insert(0, str(ROOT / "bench"))
        from lib.docs_section import write_section

        command = f".venv/bin/python bench/changelog.py --files {args.files} --runs {args.runs}"
        write_section("changelog", "## Change log (bench/changelog.py)\n\n"
                      "What issue 10's change log and index catch-up cost an ingest, against "
                      "0.1's ingest of the same corpus in the same run (not in-sample: "
                      "nothing is tuned on it).\n\n"
                      f"```sh\n{command} --write-docs\n```\n\n{text}\n")


if __name__ == "__main__":
    main()
