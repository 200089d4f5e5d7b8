#!/usr/bin/env python3
"""Bench the entity and place facets of a search: what they add to one search page.

A seeded synthetic corpus of French articles (real sentences from ``../shared/data``, see
lib/search_corpus.py) is indexed with tantivy; each article gets 3 to 12 entities drawn
(Zipf-like) from 2,000 ids, a third of them places, written to a real SQLite store's
enrichment tables. For a fixed seeded mix of queries, the table gives the median and p90
time of the search page alone (``veille.search.service.search``, 10 hits with its
source/language/day facets) and of ``veille.search.entity_facets.entity_facets`` (the top
entities and places among the first 300 matches), and their ratio. There is no peer to
compare with here: the figure is the overhead of the feature on veille's own search.

Usage (from the repository root)::

    .venv/bin/python bench/entity_facets.py              # 20,000 articles, 300 queries
    .venv/bin/python bench/entity_facets.py --docs 100000
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from lib.checkout import put_checkout_sources  # noqa: E402

put_checkout_sources(ROOT)

from lib.search_corpus import generate, query_mix, sentence_pool  # noqa: E402

from veille.index.base import IndexDoc  # noqa: E402
from veille.index.tantivy_index import TantivyIndex  # noqa: E402
from veille.search.entity_facets import entity_facets  # noqa: E402
from veille.search.service import search  # noqa: E402
from veille.search.types import SearchRequest  # noqa: E402
from veille.store.sqlite import SQLiteStore  # noqa: E402

SHARED = Path(os.environ.get("VEILLE_SHARED_DIR", ROOT.parent / "shared")) / "data"


def build(root: Path, docs: int, seed: int) -> tuple[TantivyIndex, SQLiteStore, list[str]]:
    pool = sentence_pool(SHARED)
    index = TantivyIndex(root / "index", writer_threads=2)
    store = SQLiteStore.open(root / "veille.sqlite3")
    rng = random.Random(seed)
    batch: list[IndexDoc] = []
    entities, places = [], []
    for doc in generate(pool, docs, seed=seed):
        batch.append(IndexDoc(id=doc.id, title=doc.title, body=doc.body, source=doc.source,
                              language="fr", date=doc.date, published=doc.date))
        for n in {int(rng.paretovariate(1.2)) % 2000 for _ in range(rng.randint(3, 12))}:
            if n % 3 == 0:
                places.append((doc.id, f"geonames:{n}", f"Lieu {n}", "city", "FR", "11",
                               48.0, 2.0, 1))
                entities.append((doc.id, f"geonames:{n}", "LOC", f"Lieu {n}", 1))
            else:
                entities.append((doc.id, f"Q{n}", "PER" if n % 2 else "ORG", f"Nom {n}", 2))
        if len(batch) == 5000:
            index.add_docs(batch, replace=False)
            batch = []
    index.add_docs(batch, replace=False)
    index.commit()
    index.refresh()
    with store.conn:
        store.conn.executemany("INSERT OR REPLACE INTO article_entities VALUES (?,?,?,?,?)",
                               entities)
        store.conn.executemany(
            "INSERT OR REPLACE INTO article_places VALUES (?,?,?,?,?,?,?,?,?)", places)
    return index, store, [q.text for q in query_mix(pool, 300, seed=seed)]


def timed(run: object) -> float:
    started = time.perf_counter()
    run()  # type: ignore[operator]
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()
    if not (SHARED / "corpora").is_dir():
        sys.exit(f"{SHARED} is absent: this bench needs ../shared/data "
                 "(or VEILLE_SHARED_DIR)")
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        index, store, queries = build(Path(tmp), args.docs, args.seed)
        print(f"built {args.docs:,} articles in {time.perf_counter() - started:.0f} s")
        for q in queries[:30]:  # warm-up
            search(SearchRequest(q), index=index)
            entity_facets(q, index=index, store=store)
        page = [timed(lambda q=q: search(SearchRequest(q), index=index)) for q in queries]
        facets = [timed(lambda q=q: entity_facets(q, index=index, store=store))
                  for q in queries]

        def p90(values: list[float]) -> float:
            return statistics.quantiles(values, n=10)[-1]

        print(f"\n{len(queries)} queries, {args.docs:,} articles (synthetic; real French "
              "sentences from ../shared/data)\n")
        print("| step | median ms | p90 ms |")
        print("|---|---:|---:|")
        print(f"| search page (10 hits, facets) | {statistics.median(page):.2f} | "
              f"{p90(page):.2f} |")
        print(f"| entity and place facets (300 matches) | {statistics.median(facets):.2f} | "
              f"{p90(facets):.2f} |")
        print(f"| ratio facets / page | {statistics.median(facets) / statistics.median(page):.2f}"
              f" | {p90(facets) / p90(page):.2f} |")
        store.close()
        index.close()


if __name__ == "__main__":
    main()
