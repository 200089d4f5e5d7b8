#!/usr/bin/env python3
"""Migration 15 (``veille.store.copy_repair``) on a generated store: its time beside one
full read of the records (the peer, measured in the same run).

The store holds ``--articles`` articles written straight into the tables (a record of about
``--kb`` KiB each: a headline, paragraphs of filler text, a dedup part), in stories of five;
one article in four is a copy (a reprint or teaser) of an original, ``--chained`` of the
copies are filed under another copy as the code before f-copies22 could file them, and the
stories they open are named after them. The store's schema is set back to 14 and it is
migrated ``--runs`` times (a fresh copy of the file each time); the peer is ``SELECT COUNT(*)
... WHERE json_extract(doc, '$.dedup.duplicate_of') IS NOT NULL`` on the same file, one pass
over every record. ``--postgres`` does the same on PostgreSQL (a throwaway cluster of the
machine's server, ``veille.store.pgcluster``): the store is copied there with
``migrate-store``'s code at schema 15 (the repair not run), set back to 14 and opened (the
peer: the same count with ``doc::jsonb``). No signatures are stored: the re-filed copies'
scores fall back to their own (``_pair_score``), which spares the signature comparison
(~0.1 ms a copy).

Usage::

    .venv/bin/python bench/copy_repair.py [--articles 100000] [--chained 0.04] [--runs 3]
        [--postgres]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from veille.store.copy_repair import repair_copy_links
from veille.store.migrations import SCHEMA_VERSION, migrate
from veille.store.sqlite import SQLiteStore

FILLER = ("Le conseil régional a adopté jeudi un plan pour moderniser les ports de pêche de "
          "la région, frappés par la hausse du prix du gazole. ")


def build(path: Path, articles: int, chained: float, kb: float) -> dict[str, int]:
    """Write the generated store at ``path``; returns what it holds."""
    SQLiteStore.open(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    conn.execute("INSERT INTO raw_inputs (raw_id, origin, media_type, fetched_at, size, codec, "
                 "data) VALUES ('r', 'bench', 'application/json', '2026-11-19T00:00:00+00:00', "
                 "0, 'none', x'')")
    paragraphs = [FILLER * 2] * max(1, int(kb * 1024 / (len(FILLER) * 2)))
    counts = {"articles": articles, "copies": 0, "chained": 0, "named_after_copy": 0}
    rows, members = [], []
    every_chain = max(1, round(1 / chained)) if chained else 0
    for n in range(articles):
        story = n - n % 5
        chain = bool(every_chain) and (n // 5) % every_chain == 0
        # a chained story was opened (and named) by its reprint, the next article
        name = f"{story + 1:016x}" if chain else f"{story:016x}"
        dedup: dict[str, object] = {"relation": "", "duplicate_of": None,
                                    "near_duplicates": [], "similarity": 0.0,
                                    "version_of": None, "story_id": name}
        if n % 5 in (1, 3):  # a copy of its story's first article (an original)
            dedup.update(relation="reprint" if n % 5 == 1 else "teaser",
                         duplicate_of=f"{story:016x}", near_duplicates=[f"{story:016x}"],
                         similarity=0.9)
            counts["copies"] += 1
        if chain and n % 5 == 3:  # the teaser filed under the reprint
            dedup.update(duplicate_of=f"{story + 1:016x}",
                         near_duplicates=[f"{story + 1:016x}", f"{story:016x}"])
            counts["chained"] += 1
            counts["named_after_copy"] += 1
        rows.append((f"{n:016x}", "r", f"source{n % 7}", f"https://s{n % 7}.example/{n}",
                     f"Article {n}", "fr", "2026-11-19T10:00:00+00:00",
                     "2026-11-19T10:00:00+00:00", "2026-11-19T10:00:00+00:00",
                     json.dumps({"content": {"title": f"Article {n}", "paragraphs": paragraphs},
                                 "dedup": dedup}, ensure_ascii=False)))
        members.append((f"{n:016x}", name, f"source{n % 7}",
                        1 if dedup["duplicate_of"] else 0, "2026-11-19T10:00:00+00:00"))
    conn.executemany("INSERT INTO articles (id, raw_id, source, url, title, language, "
                     "published, first_seen, sort_time, doc) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    conn.executemany("INSERT INTO article_links SELECT id, json_extract(doc, "
                     "'$.dedup.duplicate_of'), json_extract(doc, '$.dedup.relation'), 0.9 "
                     "FROM articles WHERE id = ? AND json_extract(doc, '$.dedup.duplicate_of') "
                     "IS NOT NULL", [(r[0],) for r in rows])
    conn.executemany("INSERT INTO story_members VALUES (?,?,?,?,?)", members)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    conn.execute("COMMIT")
    conn.close()
    return counts


def on_postgres(base: Path, runs: int) -> tuple[list[float], list[float]]:
    """The peer's and the migration's times on PostgreSQL, ``runs`` fresh databases."""
    import psycopg

    from veille.store import pgcluster
    from veille.store.migrate import copy_store
    from veille.store.postgres import PostgresStore

    conn = sqlite3.connect(base)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")  # what migrate-store copies
    conn.commit()
    conn.close()
    peer, repair = [], []
    with pgcluster.running() as cluster:
        for run in range(runs):
            url = str(cluster.create_database(f"bench_{run}"))
            copy_store(base, url)
            with psycopg.connect(url, autocommit=True) as pg:
                pg.execute("UPDATE veille_schema SET version = %s", (SCHEMA_VERSION - 1,))
                pg.execute("VACUUM ANALYZE")
                started = time.perf_counter()
                pg.execute("SELECT COUNT(*) FROM articles WHERE "
                           "(doc::jsonb #>> '{dedup,duplicate_of}') IS NOT NULL").fetchone()
                peer.append(time.perf_counter() - started)
            started = time.perf_counter()
            PostgresStore.open_url(url).close()
            repair.append(time.perf_counter() - started)
    return peer, repair


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--chained", type=float, default=0.04,
                        help="share of the stories whose teaser is filed under the reprint")
    parser.add_argument("--kb", type=float, default=2.0, help="KiB of text per record")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--postgres", action="store_true",
                        help="on PostgreSQL (the machine's server binaries)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base.sqlite3"
        counts = build(base, args.articles, args.chained, args.kb)
        size = base.stat().st_size
        peer, repair, result = [], [], None
        if args.postgres:
            peer, repair = on_postgres(base, args.runs)
        for _ in range(0 if args.postgres else args.runs):
            path = Path(tmp) / "run.sqlite3"
            shutil.copy(base, path)
            conn = sqlite3.connect(path, isolation_level=None)
            started = time.perf_counter()
            conn.execute("SELECT COUNT(*) FROM articles WHERE "
                         "json_extract(doc, '$.dedup.duplicate_of') IS NOT NULL").fetchone()
            peer.append(time.perf_counter() - started)
            started = time.perf_counter()
            migrate(conn)
            repair.append(time.perf_counter() - started)
            conn.execute("BEGIN IMMEDIATE")
            result = repair_copy_links(conn)  # what is left: nothing
            conn.execute("ROLLBACK")
            conn.close()
        print(f"store: {counts} ({size / 2**20:.0f} MiB)")
        print(f"full read of the records (peer): median {statistics.median(peer):.2f} s")
        print(f"migration 15: median {statistics.median(repair):.2f} s "
              f"({statistics.median(repair) / statistics.median(peer):.1f}x the peer)")
        if result is not None:
                print(f"a second repair finds: {len(result.refiled)} copies, "
                  f"{len(result.renamed)} stories")


if __name__ == "__main__":
    main()
