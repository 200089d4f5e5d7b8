#!/usr/bin/env python3
"""What the story lists' not-prose filter costs on a large store, and whether a partial
index would pay for a migration (issue #13, brief r-perf65 item 2).

``veille stories`` (and the API's and the web's story lists) leave out by default the
stories of an article of no prose: :data:`veille.store.dedup_sql._PROSE_STORY`,
``m.story_id NOT IN (SELECT p.story_id FROM story_members p WHERE p.reason = ?)``, which
SQLite answers by scanning ``story_members`` once per query (no index on ``reason``). This
builds a real store (:meth:`veille.store.sqlite.SQLiteStore.open`: the schema and its
indexes), fills ``articles`` and ``story_members`` with ``--docs`` synthetic rows (stories
of 1–6 articles, one in ``--not-prose-every`` articles a story of its own of no prose,
reason ``not_prose``) by plain SQL inserts, and times, median of ``--repeat`` calls, in
wall milliseconds (one process, the page cache warm):

* the subquery alone (``SELECT story_id FROM story_members WHERE reason = ?``);
* :func:`veille.store.dedup_sql.stories` (first page of 20) and
  :func:`veille.store.dedup_sql.story_count`, with and without ``prose_only``;

then the same after ``CREATE INDEX story_members_not_prose ON story_members(story_id)
WHERE reason = 'not_prose'`` (the partial index a migration would add), with each query
plan. Usage::

    PYTHONPATH=src python bench/not_prose_scan.py --docs 100000 [--repeat 7]

Only the ratio of a query's two times and its share of the whole list call matter: the
machine is shared (docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PARTIAL_INDEX = ("CREATE INDEX story_members_not_prose ON story_members(story_id) "
                 "WHERE reason = 'not_prose'")


def fill(path: Path, docs: int, not_prose_every: int, seed: int) -> None:
    """Create a store at ``path`` and fill it with ``docs`` articles in stories."""
    from veille.store.sqlite import SQLiteStore

    SQLiteStore.open(path).close()
    rng = random.Random(seed)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    raws, articles, members = [], [], []
    story, left = 0, 0
    for i in range(docs):
        day = f"2026-{1 + i * 12 // docs:02d}-{1 + i % 28:02d}T{i % 24:02d}:00:00+00:00"
        art = f"a{i:07d}"
        raws.append((f"r{i:07d}", "file", "text/plain", f"src{i % 40}", day, 1, "raw", b"x"))
        doc = json.dumps({"id": art, "title": f"Titre {i}", "body": "Un texte."})
        articles.append((art, f"r{i:07d}", f"src{i % 40}", f"https://s{i % 40}.fr/{i}",
                         f"Titre {i}", "fr", day, day, day, doc))
        reason = None
        if i % not_prose_every == 0:
            story += 1
            left = 0
            reason = "not_prose"
        elif left <= 0:
            story += 1
            left = rng.randint(1, 6)
        left -= 1
        members.append((art, f"s{story:07d}", f"src{i % 40}", 0, day, reason))
    conn.executemany("INSERT INTO raw_inputs (raw_id, origin, media_type, source, fetched_at, "
                     "size, codec, data) VALUES (?,?,?,?,?,?,?,?)", raws)
    conn.executemany("INSERT INTO articles (id, raw_id, source, url, title, language, "
                     "published, first_seen, sort_time, doc) VALUES (?,?,?,?,?,?,?,?,?,?)",
                     articles)
    conn.executemany("INSERT INTO story_members (article_id, story_id, source, reprint, at, "
                     "reason) VALUES (?,?,?,?,?,?)", members)
    conn.commit()
    conn.execute("ANALYZE")
    conn.close()


def timed(call: Callable[[], Any], repeat: int) -> float:
    """Median wall milliseconds of ``repeat`` calls, after one untimed."""
    call()
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        runs.append(1000 * (time.perf_counter() - started))
    return statistics.median(runs)


def figures(conn: sqlite3.Connection, repeat: int) -> dict[str, float]:
    """Each query's median ms on ``conn``."""
    from veille.store import dedup_sql

    sub = "SELECT story_id FROM story_members WHERE reason = ?"
    return {
        "subquery alone": timed(lambda: conn.execute(sub, ("not_prose",)).fetchall(), repeat),
        "stories page, all": timed(lambda: dedup_sql.stories(
            conn, limit=20, offset=0, min_articles=1), repeat),
        "stories page, prose only": timed(lambda: dedup_sql.stories(
            conn, limit=20, offset=0, min_articles=1, prose_only=True), repeat),
        "story count, all": timed(lambda: dedup_sql.story_count(conn, min_articles=1),
                                  repeat),
        "story count, prose only": timed(lambda: dedup_sql.story_count(
            conn, min_articles=1, prose_only=True), repeat),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--not-prose-every", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--seed", type=int, default=65)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="veille-notprose-") as tmp:
        path = Path(tmp) / "store.sqlite3"
        started = time.perf_counter()
        fill(path, args.docs, args.not_prose_every, args.seed)
        print(f"store of {args.docs:,} articles filled in {time.perf_counter() - started:.1f} s")
        conn = sqlite3.connect(path)
        plan = "SELECT story_id FROM story_members WHERE reason = 'not_prose'"
        before = figures(conn, args.repeat)
        plan_before = [r[-1] for r in conn.execute(f"EXPLAIN QUERY PLAN {plan}")]
        conn.execute(PARTIAL_INDEX)
        conn.execute("ANALYZE")
        after = figures(conn, args.repeat)
        plan_after = [r[-1] for r in conn.execute(f"EXPLAIN QUERY PLAN {plan}")]
        conn.close()
    print(f"plan without the index: {plan_before}; with it: {plan_after}")
    print(f"{'query':28} {'no index ms':>12} {'partial ms':>11} {'ratio':>6}")
    for name, ms in before.items():
        print(f"{name:28} {ms:12.2f} {after[name]:11.2f} {ms / max(after[name], 1e-9):6.2f}")


if __name__ == "__main__":
    main()
