#!/usr/bin/env python3
"""Where bench/dedup.py's veille time goes, phase by phase, in CPU microseconds a document.

Runs ``bench/dedup.py``'s veille engine (with its template rule) over the same seeded
wire-copy documents, each phase's function wrapped by a timer of ``time.process_time``
(inclusive: ``place_excerpts`` holds ``placement``, ``drop_templated`` holds
``templated``); "the bench's own" is the rest of ``Veille.__call__`` and ``run`` (wordings
kept, keys, links). Run it on two checkouts to compare (``PYTHONPATH=<src>``)::

    PYTHONPATH=src python bench/dedup_phases.py --docs 20000 --repeat 3

Each figure is the smallest of ``--repeat`` runs (the machine is shared).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _bench() -> Any:
    spec = importlib.util.spec_from_file_location("bench_dedup", ROOT / "bench" / "dedup.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    bench = _bench()
    if not (bench.SHARED / "data").is_dir():
        print("../shared/data is missing: this benchmark needs its French text")
        return 1
    from veille.dedup import near
    from veille.dedup.candidates import CandidateIndex
    from veille.dedup.signature import Shingler

    spent: dict[str, float] = defaultdict(float)

    def timed(owner: Any, name: str) -> None:
        function: Callable[..., Any] = getattr(owner, name)

        def wrapper(*a: Any, **k: Any) -> Any:
            start = time.process_time()
            try:
                return function(*a, **k)
            finally:
                spent[name] += time.process_time() - start
        setattr(owner, name, wrapper)

    for name in ("find_matches", "place_excerpts", "drop_templated"):
        timed(bench, name)
    timed(near, "placement")  # called by place_excerpts
    timed(CandidateIndex, "candidates")
    timed(CandidateIndex, "add")
    timed(Shingler, "signature")
    docs = list(bench.generate(bench.SHARED, args.docs, seed=args.seed))
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        spent.clear()
        start = time.process_time()
        result = bench.run(bench.Veille(), iter(docs))
        spent["total"] = time.process_time() - start
        outer = ("signature", "candidates", "find_matches", "place_excerpts",
                 "drop_templated", "add")
        spent["the bench's own"] = spent["total"] - sum(spent[k] for k in outer)
        for key, value in spent.items():
            best[key] = min(best.get(key, value), value)
    print(f"{args.docs:,} documents, precision {result['precision']:.4f}, "
          f"recall {result['recall']:.4f}; smallest of {args.repeat} runs\n")
    print("| phase | µs a document | share |")
    print("| --- | ---: | ---: |")
    for key in sorted(best, key=lambda k: -best[k]):
        print(f"| {key} | {1e6 * best[key] / args.docs:.1f} | "
              f"{best[key] / best['total']:.1%} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
