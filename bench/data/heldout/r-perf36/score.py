#!/usr/bin/env python3
"""Held-out check of r-perf36 (issue 13, the writer's saved story state): ingest
``articles.jsonl`` (14 records written by us, 6 events) into a fresh SQLite store by five
successive writers (each a new ``StoryFollower``, as each ``veille ingest`` is), in a fixed
shuffled order, and print each article's story (by URL) and a digest of them.

Run it with the tree to score on ``PYTHONPATH``; the figure is the digest and the number of
stories. A tree whose writers save their state (``StoryFollower(snapshots=...)``) is run
twice, with and without, and the number of articles whose story differs is printed: 0 is
the goal. Compare the digest with the unchanged tree's (the full replay).

    PYTHONPATH=src .venv/bin/python bench/data/heldout/r-perf36/score.py
"""

from __future__ import annotations

import hashlib
import inspect
import json
import tempfile
from pathlib import Path

from veille.collect.files import Options, items_from_bytes
from veille.ingest import Ingestor, StoryFollower
from veille.record import RawInput
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

HERE = Path(__file__).resolve().parent
LINES = (HERE / "articles.jsonl").read_text(encoding="utf-8").splitlines()
ORDER = [9, 3, 12, 0, 6, 10, 4, 13, 1, 7, 11, 2, 8, 5]
CUTS = [(0, 3), (3, 6), (6, 9), (9, 12), (12, 14)]


def run(snapshots: bool | None) -> tuple[dict[str, str], int]:
    """URL -> the URL of its story's id article (or the id), and the writers that loaded."""
    loads = 0
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore.open(Path(tmp) / "s.sqlite3")
        for lo, hi in CUTS:
            kwargs = {} if snapshots is None else {"snapshots": snapshots}
            follower = StoryFollower(store, **kwargs)
            data = "".join(LINES[i] + "\n" for i in ORDER[lo:hi]).encode()
            options = Options(max_bytes=Settings().max_input_bytes)
            items = [i for i in items_from_bytes(data, name="h.jsonl", origin=f"h{lo}.jsonl",
                                                 options=options) if isinstance(i, RawInput)]
            Ingestor(store, batch_size=2, stories=follower).run(items)
            loads += getattr(follower, "loads", 0)
        articles = store.latest(limit=100)
        url = {a.id: a.url or a.id for a in articles}
        stories = {a.url or a.id: url.get(a.dedup.story_id or "", a.dedup.story_id or "")
                   for a in articles if a.dedup}
        store.close()
    return stories, loads


def main() -> None:
    saves = "snapshots" in inspect.signature(StoryFollower).parameters
    stories, loads = run(True if saves else None)
    digest = hashlib.sha256(json.dumps(sorted(stories.items())).encode()).hexdigest()[:16]
    for page, story in sorted(stories.items(), key=lambda kv: (kv[1], kv[0])):
        print(f"{story}  <-  {page}")
    print(f"articles {len(stories)}, stories {len(set(stories.values()))}, "
          f"writers that loaded a saved state {loads} of {len(CUTS)}, digest {digest}")
    if saves:
        replayed, _ = run(False)
        differ = sum(stories[k] != replayed.get(k) for k in stories)
        print(f"articles whose story differs from every writer replaying: {differ}")


if __name__ == "__main__":
    main()
