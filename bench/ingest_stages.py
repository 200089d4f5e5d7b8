#!/usr/bin/env python3
"""Where a capture's ingest time goes, stage by stage, in CPU milliseconds per capture.

Reads the capture bench's renders (``bench/.cache/captures/<set>/<renderer>/*.txt``, made
by ``bench/captures.py``) and ingests them with ``veille.ingest.ingest_texts`` into a
fresh SQLite store, pinned to one core, after one warm-up ingest (caches and the place
gazetteer loaded); each stage's function is wrapped by a timer of ``time.process_time``
(inclusive: a stage's time holds the stages it calls). Two scenarios:

* ``fresh``: one renderer's renders into a fresh store (what ``bench/captures.py``'s
  ingest/s column times: one batch, read in date order, so no article is late);
* ``one-store``: every renderer's renders of the set into one store, 200 a batch (the
  default), as ``veille ingest`` of several folders would: the later batches' articles are
  older than the store's newest, so the story state catches up with their days
  (``Stories.catch_up``) for each of them.

The search index is not written by ``ingest_texts``; ``--index`` also times bringing an
index up to the store's change log afterwards (:func:`veille.index.sync.follow`), per
capture. Run it on two checkouts to compare (``PYTHONPATH=<src>``)::

    PYTHONPATH=src python bench/ingest_stages.py --set aeb --repeat 3 --index

Small writers and one-capture ingests (issue #13, r-perf51), with ``--stored M --writers
N``: each renderer's renders in one store, the first ``M`` by one writer (untimed), the next
``--tail`` (default 100) timed twice, into two copies of that store: by one writer, and by
writers of ``N`` captures each (each ``ingest_texts`` call a new writer: its story state
loaded from the store, as one ``veille ingest`` per few files or ``veille watch`` is), CPU
ms a capture of each and their ratio. ``--alone K``: ``K`` renders (evenly spaced), each
ingested by a fresh interpreter into a fresh store (one ``veille ingest`` of one file):
median CPU seconds, and how many built the place gazetteer
(:func:`veille.enrich.places.shipped`).

A/B on one machine: ``--before SRC`` runs the chosen figures ``--rounds`` times for each
tree in child processes (``SRC``, another checkout's ``src``, and this one's), the two trees
taking turns so that the machine's load falls on both alike, and prints the medians and the
before/after ratios (with the default figures: each scenario's CPU ms a capture and each
stage's, :func:`ab_figures`; ``--set`` may be a folder of ``<renderer>/*.txt`` renders)::

    PYTHONPATH=src python bench/ingest_stages.py --set aeb --renderers w3m,lynx \
        --stored 150 --writers 10 --alone 12 --before /tmp/base/src --rounds 3

``--functions`` also times, function by function, the capture extractor's steps (each
function ``veille.extract.text_capture`` calls by name, and ``textshape.block_shape``)
and the story terms' readers (each function ``veille.dedup.stories`` calls: ``terms``,
``arguments``, ``specifics``, ``towns``...), inclusive and outermost call only.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RENDERS = ROOT / "bench" / ".cache" / "captures"

STAGES: list[tuple[str, str, str, str]] = [
    # (module, owner ("" for a module function), attribute, label)
    ("veille.extract.stage", "ExtractStage", "__call__", "extraction (decode, capture)"),
    ("veille.dedup.fingerprint", "FingerprintStage", "__call__", "fingerprint"),
    ("veille.dedup.near", "NearDuplicateStage", "__call__", "near duplicates"),
    ("veille.dedup.stories", "StoryStage", "__call__", "stories (all)"),
    ("veille.dedup.stories", "Stories", "catch_up", "- catch-up of late articles"),
    ("veille.dedup.stories", "Stories", "assign", "- assignment"),
    # every reading of an article's story terms (the memo's misses, where there is one:
    # veille.dedup.terms_memo takes the function wrapped here when it is imported after)
    ("veille.dedup.stories", "", "terms", "- story terms read (stage, settle, catch-up)"),
    ("veille.dedup.terms_memo", "", "terms", "- story terms read (stage, settle, catch-up)"),
    ("veille.store.sqlite", "SQLiteStore", "put_batch", "store writes (put_batch)"),
    ("veille.store.sqlite", "SQLiteStore", "known_raw_ids", "store: inputs known"),
    ("veille.ingest", "Ingestor", "_learn_sites", "learning sites' chrome"),
    ("veille.ingest", "Ingestor", "__init__", "ingest set-up (story warm-up)"),
    ("veille.ingest", "", "recluster_stories", "stories re-clustered (settle)"),
]


def _wrap(times: defaultdict[str, float]) -> None:
    """Wrap each stage of :data:`STAGES` with a CPU timer adding into ``times``."""
    import importlib

    for module_name, owner_name, attribute, label in STAGES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError:
            continue  # an older checkout's (``PYTHONPATH=<src>``): not one of its stages
        owner: Any = getattr(module, owner_name) if owner_name else module
        function = getattr(owner, attribute, None)
        if function is None or getattr(function, "stage_timer", False):
            continue  # a name imported from a module whose function is timed already

        def timed(*args: Any, _f: Callable[..., Any] = function, _l: str = label,
                  **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return _f(*args, **kwargs)
            finally:
                times[_l] += time.process_time() - started

        timed.stage_timer = True  # type: ignore[attr-defined]
        setattr(owner, attribute, timed)


#: With ``--functions``: the names each of these modules looks up (its own functions and
#: those it imports) whose time is read too, inclusive, outermost call only: the capture
#: extractor's steps and the story terms' readers.
FUNCTION_MODULES = ("veille.extract.text_capture", "veille.dedup.stories")
#: Extra functions read with ``--functions``: (module, attribute, label).
FUNCTIONS = [("veille.extract.textshape", "block_shape", "- block shapes (textshape)")]


def _wrap_functions(times: defaultdict[str, float]) -> None:
    """Wrap the functions of :data:`FUNCTION_MODULES` (each name in its namespace) and
    :data:`FUNCTIONS` with a CPU timer adding into ``times`` (``"  module.name"``); a
    recursive or nested call of the same name is not counted twice."""
    import importlib
    import types

    depth: defaultdict[str, int] = defaultdict(int)

    def timed(function: Callable[..., Any], label: str) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            depth[label] += 1
            started = time.process_time() if depth[label] == 1 else None
            try:
                return function(*args, **kwargs)
            finally:
                depth[label] -= 1
                if started is not None:
                    times[label] += time.process_time() - started
        return call

    for module_name in FUNCTION_MODULES:
        module = importlib.import_module(module_name)
        short = module_name.rsplit(".", 1)[-1]
        for name, value in list(vars(module).items()):
            if isinstance(value, types.FunctionType) and not name.startswith("__"):
                setattr(module, name, timed(value, f"  {short}.{name}"))
    for module_name, attribute, label in FUNCTIONS:
        module = importlib.import_module(module_name)
        setattr(module, attribute, timed(getattr(module, attribute), label))


def _renders(set_name: str, renderers: Sequence[str]) -> list[tuple[str, bytes]]:
    return [(f"{r}-{p.name}", p.read_bytes()) for r in renderers
            for p in sorted((RENDERS / set_name / r).glob("*.txt"))]


def _ingest(captures: list[tuple[str, bytes]], times: defaultdict[str, float],
            index: bool) -> float:
    """One ingest into a fresh store; its CPU seconds (``times`` gets the stages')."""
    from veille.ingest import ingest_texts
    from veille.store.sqlite import SQLiteStore

    with tempfile.TemporaryDirectory(prefix="veille-stages-") as tmp:
        store = SQLiteStore.open(Path(tmp) / "store.sqlite3")
        try:
            started = time.process_time()
            ingest_texts(store, captures)
            seconds = time.process_time() - started
            if index:
                from veille.index.sync import follow
                from veille.index.tantivy_index import open_index

                search = open_index(Path(tmp) / "index")
                started = time.process_time()
                follow(store, search)
                times["(after) index catch-up"] += time.process_time() - started
        finally:
            store.close()
    return seconds


def measure(captures: list[tuple[str, bytes]], repeat: int, index: bool,
            times: defaultdict[str, float]) -> dict[str, Any]:
    """The best of ``repeat`` ingests after a warm-up: captures per CPU second, and each
    stage's CPU ms per capture in that ingest (``times``: where the stages' wrappers add,
    :func:`_wrap`)."""
    _ingest(captures, times, index)
    gc.freeze()
    best: tuple[float, dict[str, float]] | None = None
    for _ in range(repeat):
        times.clear()
        seconds = _ingest(captures, times, index)
        if best is None or seconds < best[0]:
            best = (seconds, dict(times))
    assert best is not None
    seconds, stages = best
    n = len(captures)
    return {"captures": n, "ms_per_capture": 1000 * seconds / n,
            "captures_per_s": n / seconds if seconds > 0 else None,
            "stages_ms": {k: 1000 * v / n for k, v in
                          sorted(stages.items(), key=lambda kv: -kv[1])}}


def _runs(store: Any, captures: list[tuple[str, bytes]], size: int) -> float:
    """CPU seconds of ingesting ``captures`` into ``store`` in runs of ``size`` (0: one
    run), each run by a new writer."""
    from veille.ingest import ingest_texts

    step = size or len(captures) or 1
    started = time.process_time()
    for i in range(0, len(captures), step):
        ingest_texts(store, captures[i:i + step])
    return time.process_time() - started


def small_writers(captures: list[tuple[str, bytes]], stored: int, size: int,
                  tail: int) -> dict[str, float]:
    """CPU ms a capture of ``captures[stored:stored + tail]`` ingested after the first
    ``stored`` (one writer, untimed), by one writer and by writers of ``size``, each into
    its own copy of the stored store; after one untimed warm-up of both (the process's
    one-time tables)."""
    import shutil

    from veille.store.sqlite import SQLiteStore

    head, rest = captures[:stored], captures[stored:stored + tail]
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="veille-writers-") as tmp:
        base = Path(tmp) / "base.sqlite3"
        store = SQLiteStore.open(base)
        _runs(store, head, 0)
        store.close()
        for label, writers in (("warm-up", size), ("one writer", 0),
                               (f"writers of {size}", size)):
            copy = Path(tmp) / f"{writers}-{label[0]}.sqlite3"
            shutil.copyfile(base, copy)
            store = SQLiteStore.open(copy)
            try:
                out[label] = 1000 * _runs(store, rest, writers) / max(len(rest), 1)
            finally:
                store.close()
    del out["warm-up"]
    return out


ALONE = """
import sys, tempfile, time
from pathlib import Path
started = time.process_time()
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore
import veille.enrich.places as places
with tempfile.TemporaryDirectory() as tmp:
    store = SQLiteStore.open(Path(tmp) / "s.sqlite3")
    path = Path(sys.argv[1])
    ingest_texts(store, [(path.name, path.read_bytes())])
    store.close()
print(places.shipped.cache_info().currsize, time.process_time() - started)
"""
"""One capture ingested by a fresh interpreter: prints whether it built the gazetteer
(1 or 0) and its CPU seconds."""


def alone(paths: Sequence[Path]) -> dict[str, float]:
    """Median CPU seconds of one fresh interpreter ingesting each of ``paths`` alone, and
    how many of them built the place gazetteer."""
    seconds, built = [], 0
    for path in paths:
        out = subprocess.run([sys.executable, "-c", ALONE, str(path)], check=True,
                             capture_output=True, text=True).stdout.split()
        built += int(out[0])
        seconds.append(float(out[1]))
    return {"alone CPU s (median)": statistics.median(seconds) if seconds else 0.0,
            "alone built the gazetteer": float(built)}


def ab_figures(scenario: str, figures: dict[str, Any]) -> dict[str, float]:
    """What ``--before`` compares of one scenario of :func:`measure`: its CPU ms a capture
    and each stage's (``"<scenario>: <stage>"``), all in ms, lower is faster."""
    out = {f"{scenario}: ms a capture": float(figures["ms_per_capture"])}
    for label, ms in figures["stages_ms"].items():
        out[f"{scenario}: {label.strip()}"] = float(ms)
    return out


def _shown(value: float | None) -> str:
    return f"{value:9.3f}" if value is not None else f"{'-':>9s}"


def _rusage_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def ab(argv: Sequence[str], before: Path, rounds: int) -> int:
    """Run this script with ``argv`` (less ``--before``/``--rounds``) ``rounds`` times for
    each tree, alternating, and print the medians of each figure and their ratios."""
    trees = (("before", before), ("after", ROOT / "src"))
    figures: dict[str, dict[str, list[float]]] = {label: defaultdict(list) for label, _ in trees}
    with tempfile.TemporaryDirectory(prefix="veille-ab-") as tmp:
        for run in range(rounds):
            for label, src in trees:
                out = Path(tmp) / f"{label}-{run}.json"
                subprocess.run([sys.executable, __file__, *argv, "--json", str(out)],
                               env={**os.environ, "PYTHONPATH": str(src)}, check=True,
                               stdout=subprocess.DEVNULL)
                for name, value in json.loads(out.read_text("utf-8"))["ab"].items():
                    figures[label][name].append(value)
            print(f"round {run + 1}: " + "; ".join(
                f"{label} " + ", ".join(f"{k} {v[-1]:.3g}" for k, v in figures[label].items()
                                        if ": " not in k or k.endswith("ms a capture"))
                for label, _ in trees), flush=True)
    print(f"\nmedians of {rounds} alternated rounds (before {before}, after {ROOT / 'src'}):")
    names = list(dict.fromkeys([*figures["before"], *figures["after"]]))
    for name in names:  # a stage one tree has not (an older checkout's): "-"
        old, new = (statistics.median(figures[label][name]) if figures[label].get(name)
                    else None for label, _ in trees)
        ratio = f"x{old / new:.2f}" if old is not None and new else "-"
        print(f"  {name:60s} {_shown(old)} -> {_shown(new)}  {ratio}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", default="aeb", help="render set (bench/.cache/captures/SET)")
    parser.add_argument("--renderers", default="w3m,lynx,flat")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--index", action="store_true", help="also time the index catch-up")
    parser.add_argument("--json", type=Path, default=None, help="write the figures here")
    parser.add_argument("--functions", action="store_true",
                        help="also time the capture extractor's steps and the story terms' "
                             "readers (each function, inclusive; the timers add ~10%%)")
    parser.add_argument("--stored", type=int, default=0,
                        help="small writers: captures stored first by one writer")
    parser.add_argument("--writers", type=int, default=0,
                        help="small writers: captures per writer after --stored")
    parser.add_argument("--tail", type=int, default=100,
                        help="small writers: captures timed after --stored")
    parser.add_argument("--alone", type=int, default=0,
                        help="ingest this many renders, each by a fresh interpreter")
    parser.add_argument("--before", type=Path, default=None,
                        help="A/B: another checkout's src, run in turns with this one")
    parser.add_argument("--rounds", type=int, default=3, help="A/B: rounds of each tree")
    args = parser.parse_args(argv)
    if args.before is not None:
        rest = list(sys.argv[1:] if argv is None else argv)
        for flag in ("--before", "--rounds"):
            while flag in rest:
                del rest[rest.index(flag):rest.index(flag) + 2]
        return ab(rest, args.before, args.rounds)
    renderers = [r for r in args.renderers.split(",") if (RENDERS / args.set / r).is_dir()]
    if not renderers:
        print(f"no renders under {RENDERS / args.set}: run bench/captures.py first",
              file=sys.stderr)
        return 2
    times: defaultdict[str, float] = defaultdict(float)
    _wrap(times)
    if args.functions:
        _wrap_functions(times)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    out: dict[str, Any] = {}
    if args.writers or args.alone:
        found: dict[str, float] = {}
        if args.writers:
            found.update(small_writers(_renders(args.set, renderers), args.stored,
                                         args.writers, args.tail))
            one, small = found["one writer"], found[f"writers of {args.writers}"]
            found["small writers / one"] = small / one if one else 0.0
        if args.alone:
            paths = [p for r in renderers for p in sorted((RENDERS / args.set / r).glob("*.txt"))]
            step = max(len(paths) // args.alone, 1)
            found.update(alone(paths[::step][:args.alone]))
        for name, value in found.items():
            print(f"{name:32s} {value:9.3f}")
        out["ab"] = found
        if args.json:
            args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")
        return 0
    scenarios = [(f"fresh {r}", _renders(args.set, [r])) for r in renderers]
    scenarios.append((f"one-store {'+'.join(renderers)}", _renders(args.set, renderers)))
    out["ab"] = {}
    for name, captures in scenarios:
        figures = measure(captures, args.repeat, args.index, times)
        out[name] = figures
        out["ab"].update(ab_figures(name, figures))
        print(f"{name}: {figures['captures']} captures, {figures['ms_per_capture']:.2f} ms "
              f"a capture, {figures['captures_per_s']:.0f} captures per CPU second")
        for label, ms in figures["stages_ms"].items():
            print(f"    {label:34s} {ms:7.3f} ms")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
