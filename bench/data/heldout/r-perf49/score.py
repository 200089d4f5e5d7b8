#!/usr/bin/env python3
"""Held-out check of r-perf49 (issue 13: a small ingest must not re-cluster the store):
ingest ``articles.jsonl`` (12 records written by us, 5 events and a hard negative) into a
fresh SQLite store by four successive writers (each a new ``StoryFollower``, as each
``veille ingest`` is), in two fixed orders (one shuffled, with the August backfill in the
middle; and its reverse), then dump every stored row (the tables
``scripts/dump_store.py`` dumps: its caches ``story_terms``/``story_state`` left out) and
print each article's story (by URL), a digest of the rows, and the CPU seconds of the
ingests.

The figure is the digest: a speed change must leave it as the unchanged tree gives it.

    PYTHONPATH=src .venv/bin/python bench/data/heldout/r-perf49/score.py
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
spec = importlib.util.spec_from_file_location("dump_store", ROOT / "scripts" / "dump_store.py")
assert spec is not None and spec.loader is not None
dump_store = importlib.util.module_from_spec(spec)
sys.modules["dump_store"] = dump_store
spec.loader.exec_module(dump_store)
dump_store._freeze_clock()

from veille.collect.files import Options, items_from_bytes  # noqa: E402
from veille.ingest import Ingestor, StoryFollower  # noqa: E402
from veille.record import RawInput  # noqa: E402
from veille.settings import Settings  # noqa: E402
from veille.store.sqlite import SQLiteStore  # noqa: E402

LINES = (HERE / "articles.jsonl").read_text(encoding="utf-8").splitlines()
SHUFFLED = [7, 3, 11, 0, 10, 5, 8, 1, 9, 4, 2, 6]
ORDERS = {"shuffled": SHUFFLED, "reversed": SHUFFLED[::-1]}
CUTS = [(0, 3), (3, 6), (6, 9), (9, 12)]


def run(order: list[int]) -> tuple[list[str], dict[str, str], float]:
    cpu = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "s.sqlite3"
        store = SQLiteStore.open(path)
        for lo, hi in CUTS:
            follower = StoryFollower(store)
            data = "".join(LINES[i] + "\n" for i in order[lo:hi]).encode()
            options = Options(max_bytes=Settings().max_input_bytes)
            items = [i for i in items_from_bytes(data, name="h.jsonl", origin=f"h{lo}.jsonl",
                                                 options=options) if isinstance(i, RawInput)]
            start = time.process_time()
            Ingestor(store, batch_size=2, stories=follower).run(items)
            cpu += time.process_time() - start
        articles = store.latest(limit=100)
        url = {a.id: a.url or a.id for a in articles}
        stories = {a.url or a.id: url.get(a.dedup.story_id or "", a.dedup.story_id or "")
                   for a in articles if a.dedup}
        store.close()
        rows = [json.dumps(r, ensure_ascii=False, sort_keys=True, default=str)
                for r in dump_store._rows(path)]
    return rows, stories, cpu


def main() -> None:
    whole = hashlib.sha256()
    cpu = 0.0
    for name, order in ORDERS.items():
        rows, stories, spent = run(order)
        cpu += spent
        digest = hashlib.sha256("\n".join(rows).encode()).hexdigest()[:16]
        whole.update(digest.encode())
        print(f"== {name}: {len(rows)} rows, digest {digest}")
        for page, story in sorted(stories.items(), key=lambda kv: (kv[1], kv[0])):
            print(f"   {story}  <-  {page}")
        print(f"   articles {len(stories)}, stories {len(set(stories.values()))}")
    print(f"digest {whole.hexdigest()[:16]}, ingest CPU s {cpu:.2f}")


if __name__ == "__main__":
    main()
