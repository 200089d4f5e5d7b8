#!/usr/bin/env python3
"""What the user's story overrides cost a re-clustering (f-detach28), in CPU seconds.

Ingests ``demo/`` and ``tests/fixtures/stories/order-independence.jsonl`` into a fresh
SQLite store, then times :func:`veille.ingest.recluster_stories` over every stored article
(the canonical re-clustering every ingest ends with), best of ``--repeat``: with no
override (the hook's cost alone: one query), then, on a tree that has them, with a detach
override on every story of two or more articles (the heaviest use: each applied to the
partition). Run it on two checkouts to compare (``PYTHONPATH=<src>``)::

    PYTHONPATH=src python bench/story_overrides.py --repeat 3
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import veille
from veille.ingest import recluster_stories

ROOT = Path(__file__).resolve().parent.parent
INPUTS = [ROOT / "demo", ROOT / "tests" / "fixtures" / "stories" / "order-independence.jsonl"]


def timed(store: object, ids: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        recluster_stories(store, ids)  # type: ignore[arg-type]
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, veille.open(Path(tmp) / "data") as v:
        for path in INPUTS:
            v.ingest(path)
        ids = [a.id for a in v.store.latest(limit=10_000)]
        print(f"articles: {len(ids)}, stories: {v.store.story_count()}")
        print(f"recluster, no override: {timed(v.store, ids, args.repeat):.3f} CPU s")
        if not hasattr(v, "detach_article"):
            return
        detached = 0
        for summary in v.store.stories(limit=10_000, min_articles=2):
            members = v.store.story(summary.story_id)
            try:
                v.detach_article(members[-1].article_id)
                detached += 1
            except veille.errors.VeilleError:
                continue
        print(f"recluster, {detached} detach overrides: "
              f"{timed(v.store, ids, args.repeat):.3f} CPU s")


if __name__ == "__main__":
    main()
