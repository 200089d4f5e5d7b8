#!/usr/bin/env python3
"""Bench the story state's cost per poll of ``veille watch`` (docs/benchmarks.md, "Start-up
cost").

Each ingest builds the ingest loop (:class:`veille.ingest.Ingestor`), whose story state was
warmed from the store's 5,000 latest articles at every poll of every source
(:func:`veille.ingest.warm_stories`, their sentences replayed). A watch now keeps it across
polls (:class:`veille.ingest.StoryFollower`) and reads only the change log since its last
poll. Timed with ``time.process_time()`` (CPU seconds of this process), median of
``--rounds``:

- ``warm-up``: an ingest loop built with a story state warmed from the store (what every
  poll of every source paid before; what one ``veille ingest`` still pays once);
- ``poll, nothing new``: an ingest loop built on a watch's kept state, nothing stored since;
- ``poll, N from elsewhere``: the same after another writer stored ``--foreign`` articles
  (replayed from the change log).

Data: ``--articles`` generated articles (``tests/capture_kit.py``'s ``json_record``,
French sentences), one per hour; built once into ``--store`` (kept between runs).

Usage (from the repository root)::

    .venv/bin/python bench/watch_polls.py            # 5,000 articles, 3 rounds
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from capture_kit import json_record  # noqa: E402
from veille.ingest import Ingestor, StoryFollower, ingest_texts  # noqa: E402
from veille.store.sqlite import SQLiteStore  # noqa: E402

START = datetime(2026, 11, 1, tzinfo=UTC)


def records(first: int, count: int) -> bytes:
    return "\n".join(json.dumps(json_record(i, published=(START + timedelta(hours=i))
                                            .isoformat()))
                     for i in range(first, first + count)).encode()


def cpu(work: object) -> float:
    started = time.process_time()
    assert callable(work)
    work()
    return time.process_time() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=5_000)
    parser.add_argument("--foreign", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--store", type=Path, default=Path("/tmp/veille-bench-watch.sqlite3"))
    args = parser.parse_args()
    if not args.store.exists():
        built = SQLiteStore.open(args.store)
        ingest_texts(built, [("a.jsonl", records(0, args.articles))])
        built.close()
    store = SQLiteStore.open(args.store)
    try:
        warm = [cpu(lambda: Ingestor(store)) for _ in range(args.rounds)]
        follower = StoryFollower(store)
        Ingestor(store, stories=follower)  # the watch's first poll warms it
        kept = [cpu(lambda: Ingestor(store, stories=follower)) for _ in range(args.rounds)]
        foreign = []
        head = store.counts()["articles"] + 1_000_000
        for number in range(args.rounds):
            other = SQLiteStore.open(args.store)  # another writer
            ingest_texts(other, [("b.jsonl", records(head + number * args.foreign,
                                                     args.foreign))])
            other.close()
            foreign.append(cpu(lambda: Ingestor(store, stories=follower)))
        assert follower.warm_ups == 1 and follower.replayed == args.foreign * args.rounds
    finally:
        store.close()
    print(f"Story state per poll, {args.articles:,} stored articles (CPU s, median of "
          f"{args.rounds}):\n")
    print("| ingest loop built | CPU s | vs warm-up |\n| --- | ---: | ---: |")
    base = statistics.median(warm)
    for name, times in (("warm-up from the store (every poll before)", warm),
                        ("kept state, nothing new (a poll now)", kept),
                        (f"kept state, {args.foreign} stored by another writer", foreign)):
        median = statistics.median(times)
        print(f"| {name} | {median:.3f} | {median / base:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
