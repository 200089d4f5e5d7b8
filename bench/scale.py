#!/usr/bin/env python3
"""Bench veille past one machine: SQLite + tantivy against PostgreSQL, local against Dask.

In the same run, on the same generated articles:

1. **Ingest** ``--docs`` articles through each backend's write path: the store's
   ``put_batch`` (raw archive, articles, change log, in batches of 1,000) and the search
   index following the log after each batch (``catch_up``), as ``veille ingest`` does
   minus extraction (measured apart, in 3). Reports articles/s for the store, the index
   and both.
2. **Search**: the query mix of ``bench/search.py`` (1,000 seeded queries: words, ANDs,
   phrases, filters, date-sorted; top 10 with the total count; after 100 warm-up queries),
   p50 and p99 in ms; and the **storage** size (SQLite file + tantivy directory; the
   PostgreSQL database, ``pg_database_size``).
3. **Re-extraction** of ``--reextract`` stored text captures (SQLite store), with the local
   executor and with a Dask cluster of 2 worker processes (``dask-local:2``), records
   compared equal.

Articles are made of real French sentences (rpm2 in ``../shared/data`` when present, and
the repository's demo Wikinews articles), as in bench/search.py. PostgreSQL 15 runs on
127.0.0.1 from this machine's binaries (``veille.store.pgcluster``) with fsync and
synchronous commits **on** (``durable``), shared_buffers 256 MB; SQLite runs in WAL mode
with ``synchronous = NORMAL`` (veille's defaults). Both share the machine's cores.

Usage (from the repository root)::

    .venv/bin/python bench/scale.py --docs 100000 --reextract 20000
    .venv/bin/python bench/scale.py --docs 1000000 --reextract 100000   # the issue's target
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lib.search_corpus import (  # noqa: E402
    BenchDoc,
    _clean_sentences,
    generate,
    query_mix,
)

from search import _pct  # noqa: E402
from veille.index.query import parse_query  # noqa: E402
from veille.record import Article, Content, Dedup, RawInput  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("VEILLE_SHARED_DIR", REPO.parent / "shared")) / "data"
BATCH = 1000


def pool() -> list[str]:
    """French sentences: rpm2 (when ../shared is here) and the demo Wikinews articles."""
    sentences: list[str] = []
    for path in sorted((SHARED / "clustering" / "rpm2" / "documents").glob("*.txt")):
        sentences.extend(_clean_sentences(path.read_text(encoding="utf-8-sig")))
    for line in (REPO / "demo" / "wikinews-fr" / "articles.jsonl").read_text("utf-8").splitlines():
        record = json.loads(line)
        sentences.extend(_clean_sentences(str(record.get("text") or record.get("body") or "")))
    return list(dict.fromkeys(sentences))


def article(doc: BenchDoc) -> Article:
    """A stored article as ingest leaves it: a text capture (title, blank line, paragraphs)
    and its extracted content."""
    paragraphs = [doc.body]
    data = f"{doc.title}\n\n{doc.body}\n".encode()
    raw = RawInput(data=data, origin=f"bench/{doc.id}.txt", media_type="text/plain",
                   url=f"https://{doc.source}/{doc.id}", source=doc.source,
                   fetched_at=doc.date)
    content = Content(title=doc.title, paragraphs=paragraphs, published=doc.date,
                      language="fr", extractor="bench")
    return Article(raw=raw, first_seen=doc.date, content=content,
                   dedup=Dedup(fingerprint=f"bench-{doc.id}"))


def batches(docs: list[BenchDoc]) -> Iterator[list[Article]]:
    for start in range(0, len(docs), BATCH):
        yield [article(d) for d in docs[start:start + BATCH]]


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def ingest(store: Any, index: Any, docs: list[BenchDoc]) -> dict[str, float]:
    from veille.index.sync import IndexView, catch_up

    view = IndexView(index)
    store_s = index_s = 0.0
    for batch in batches(docs):
        started = time.perf_counter()
        store.put_batch(batch)
        middle = time.perf_counter()
        catch_up(store, view)
        index_s += time.perf_counter() - middle
        store_s += middle - started
    return {"store_s": store_s, "index_s": index_s, "docs": len(docs)}


def queries(index: Any, mix: list[Any]) -> dict[str, float]:
    for q in mix[:100]:
        index.search(parse_query(q.text).node, limit=10, sort=q.sort)
    times = []
    for q in mix:
        started = time.perf_counter()
        index.search(parse_query(q.text).node, limit=10, sort=q.sort)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {"p50": _pct(times, 50), "p99": _pct(times, 99)}


def run_embedded(work: Path, docs: list[BenchDoc], mix: list[Any]) -> dict[str, Any]:
    from veille.index.tantivy_index import TantivyIndex
    from veille.store.sqlite import SQLiteStore

    store = SQLiteStore.open(work / "veille.sqlite3")
    index = TantivyIndex(work / "index")
    result: dict[str, Any] = ingest(store, index, docs)
    index.close()
    reader = TantivyIndex(work / "index")
    result.update(queries(reader, mix))
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    result["store_bytes"] = (work / "veille.sqlite3").stat().st_size
    result["index_bytes"] = dir_size(work / "index")
    store.close()
    return result


def run_postgres(cluster: Any, docs: list[BenchDoc], mix: list[Any]) -> dict[str, Any]:
    import psycopg

    from veille.index.pg_index import PgIndex
    from veille.store.postgres import PostgresStore

    url = cluster.create_database("bench")
    store = PostgresStore.open_url(url)
    index = PgIndex(url)
    result: dict[str, Any] = ingest(store, index, docs)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
        result["store_bytes"] = int(conn.execute(
            "SELECT SUM(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n "
            "ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' "
            "AND c.relname NOT LIKE 'search_%'").fetchone()[0])
        result["index_bytes"] = int(conn.execute(
            "SELECT pg_total_relation_size('search_docs')").fetchone()[0])
    result.update(queries(index, mix))
    index.close()
    store.close()
    return result


def run_reextract(work: Path, docs: list[BenchDoc]) -> dict[str, Any]:
    from veille.executors import open_executor
    from veille.maintenance import reextract
    from veille.store.sqlite import SQLiteStore

    base = work / "base"
    base.mkdir()
    store = SQLiteStore.open(base / "veille.sqlite3")
    for batch in batches(docs):
        store.put_batch(batch)
    store.close()
    results: dict[str, Any] = {}
    records: dict[str, list[dict[str, Any]]] = {}
    for name, spec in (("local", "local"), ("dask-2", "dask-local:2")):
        copy = work / name
        shutil.copytree(base, copy)
        store = SQLiteStore.open(copy / "veille.sqlite3")
        executor = open_executor(spec)  # the cluster's start is not timed
        started = time.perf_counter()
        outcome = reextract(store, executor=executor, batch_size=500)
        seconds = time.perf_counter() - started
        executor.close()
        records[name] = [a.to_dict() for a in store.iter_articles()]
        store.close()
        results[name] = {"seconds": seconds, "seen": outcome.seen, "failed": outcome.failed,
                         "changed": outcome.changed}
    results["same_records"] = records["local"] == records["dask-2"]
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--reextract", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--skip", choices=["sqlite", "postgresql", "reextract"],
                        action="append", default=[])
    args = parser.parse_args()
    from veille.store import pgcluster

    sentences = pool()
    docs = list(generate(sentences, args.docs, seed=args.seed))
    mix = query_mix(sentences, seed=args.seed)
    print(f"# bench/scale.py, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores, "
          f"{args.docs:,} articles, {len(sentences):,} sentences in the pool", flush=True)
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="veille-scale-") as tmp:
        work = Path(tmp)
        if "sqlite" not in args.skip:
            (work / "sqlite").mkdir()
            results["sqlite+tantivy"] = run_embedded(work / "sqlite", docs, mix)
            print(json.dumps(results["sqlite+tantivy"]), flush=True)
        if "postgresql" not in args.skip:
            with pgcluster.running(durable=True, shared_buffers="256MB") as cluster:
                results["postgresql"] = run_postgres(cluster, docs, mix)
            print(json.dumps(results["postgresql"]), flush=True)
        if "reextract" not in args.skip:
            (work / "re").mkdir()
            results["reextract"] = run_reextract(work / "re", docs[:args.reextract])
            print(json.dumps(results["reextract"]), flush=True)
    report(results, args)
    return 0


def report(results: dict[str, Any], args: argparse.Namespace) -> None:
    print()
    if "sqlite+tantivy" in results or "postgresql" in results:
        backends(results, args)
    reextracted(results)


def backends(results: dict[str, Any], args: argparse.Namespace) -> None:
    print(f"| backend ({args.docs:,} articles) | store art/s | index art/s | ingest art/s "
          "| search p50 ms | p99 ms | store MB | index MB | bytes/article |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name in ("sqlite+tantivy", "postgresql"):
        r = results.get(name)
        if not r:
            continue
        total = r["store_bytes"] + r["index_bytes"]
        print(f"| {name} | {r['docs'] / r['store_s']:,.0f} | {r['docs'] / r['index_s']:,.0f} | "
              f"{r['docs'] / (r['store_s'] + r['index_s']):,.0f} | {r['p50']:.2f} | "
              f"{r['p99']:.2f} | {r['store_bytes'] / 1e6:,.0f} | {r['index_bytes'] / 1e6:,.0f} "
              f"| {total / r['docs']:,.0f} |")


def reextracted(results: dict[str, Any]) -> None:
    re = results.get("reextract")
    if re:
        local, dask = re["local"], re["dask-2"]
        print()
        print(f"| re-extraction of {local['seen']:,} articles | seconds | articles/s | "
              "ms/article |")
        print("|---|---|---|---|")
        for name, r in (("local executor", local), ("Dask, 2 workers", dask)):
            print(f"| {name} | {r['seconds']:.1f} | {r['seen'] / r['seconds']:,.0f} | "
                  f"{1000 * r['seconds'] / max(1, r['seen']):.2f} |")
        print(f"\nDask/local speed-up: {local['seconds'] / dask['seconds']:.2f}x; same records: "
              f"{re['same_records']}; failed: {local['failed']} / {dask['failed']}")


if __name__ == "__main__":
    raise SystemExit(main())
