"""The story lists' page read off the articles' time index (brief r-perf66 item 2).

``dedup_sql.stories`` grouped every membership before its ``LIMIT`` (0.4–3 s a page at
100,000 articles); ``story_page.page_story_ids`` walks the articles newest first instead. It
must pick the very stories, in the very order, of the ``GROUP BY``: a Hypothesis property on
real SQLite stores (ties of time, undated articles, stories of no prose, snapshots, pages
past the end) compares the two.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veille.store import dedup_sql, story_page
from veille.store.sqlite import SQLiteStore
from veille.store.story_page import PageQuery, page_story_ids

TIMES = ["2026-03-01T08:00:00+00:00", "2026-03-01T09:00:00+00:00",
         "2026-03-02T09:00:00+00:00", "2026-03-03T10:30:00+00:00"]

_article = st.tuples(st.integers(0, 7),            # story
                     st.sampled_from(TIMES),        # sort time (few: ties)
                     st.booleans(),                 # dated
                     st.integers(0, 9))             # 0: a membership of no prose


@contextmanager
def _store(articles: list[tuple[int, str, bool, int]]) -> Iterator[sqlite3.Connection]:
    """A real store (schema and indexes) holding ``articles`` in their stories."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "store.sqlite3"
        SQLiteStore.open(path).close()
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA foreign_keys = OFF")
        for i, (story, when, dated, prose) in enumerate(articles):
            conn.execute("INSERT INTO raw_inputs (raw_id, origin, media_type, source, "
                         "fetched_at, size, codec, data) VALUES (?,?,?,?,?,?,?,?)",
                         (f"r{i}", "file", "text/plain", "s", when, 1, "raw", b"x"))
            conn.execute("INSERT INTO articles (id, raw_id, source, url, title, language, "
                         "published, first_seen, sort_time, doc) VALUES (?,?,?,?,?,?,?,?,?,?)",
                         (f"a{i}", f"r{i}", f"src{i % 3}", f"https://s.fr/{i}", f"Titre {i}",
                          "fr", when if dated else None, when, when, "{}"))
            conn.execute("INSERT INTO story_members (article_id, story_id, source, reprint, "
                         "at, reason) VALUES (?,?,?,?,?,?)",
                         (f"a{i}", f"s{story}", f"src{i % 3}", 0, when,
                          dedup_sql.NOT_PROSE_REASON if prose == 0 else None))
        conn.commit()
        try:
            yield conn
        finally:
            conn.close()


def _grouped(conn: sqlite3.Connection, query: PageQuery) -> list[str]:
    """The page as the ``GROUP BY`` reads it (the list's SQL before r-perf66)."""
    where, args = "", ()
    if query.not_prose_reason is not None:
        where, args = f"WHERE {dedup_sql._PROSE_STORY} ", (query.not_prose_reason,)
    born = f" AND MIN(a.seq) <= {query.until_seq}" if query.until_seq is not None else ""
    return [r[0] for r in conn.execute(
        "SELECT m.story_id FROM story_members m JOIN articles a ON a.id = m.article_id "
        f"{where}GROUP BY m.story_id HAVING COUNT(*) >= ?{born} {dedup_sql._STORY_ORDER}"
        "LIMIT ? OFFSET ?", (*args, query.min_articles, query.limit, query.offset))]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles=st.lists(_article, max_size=25),
       limit=st.integers(0, 6), offset=st.integers(0, 6), min_articles=st.integers(1, 3),
       until_seq=st.none() | st.integers(0, 25), prose_only=st.booleans())
def test_walk_picks_the_group_by_page(articles: list[tuple[int, str, bool, int]], limit: int,
                                      offset: int, min_articles: int, until_seq: int | None,
                                      prose_only: bool) -> None:
    query = PageQuery(limit=limit, offset=offset, min_articles=min_articles,
                      until_seq=until_seq,
                      not_prose_reason=dedup_sql.NOT_PROSE_REASON if prose_only else None)
    with _store(articles) as conn:
        assert page_story_ids(conn, query) == _grouped(conn, query)


def test_first_page_groups_no_membership_outside_it() -> None:
    """The list's first page runs no ``GROUP BY`` over the whole store with a ``LIMIT``."""
    articles = [(i // 2, TIMES[i % 4], i % 5 != 0, 1) for i in range(40)]
    with _store(articles) as conn:
        seen: list[str] = []
        conn.set_trace_callback(seen.append)
        dedup_sql.stories(conn, limit=5, offset=0, min_articles=1)
        conn.set_trace_callback(None)
    assert not [sql for sql in seen if "GROUP BY" in sql and "LIMIT" in sql.split("FROM")[-1]
                and "IN (" not in sql]


def test_summaries_equal_on_either_path(monkeypatch: object) -> None:
    """Whole summaries are the same whether the page is walked or grouped (a page deeper
    than :data:`story_page.MAX_DEPTH` is grouped)."""
    articles = [(i % 9, TIMES[i % 4], i % 3 != 0, i % 7) for i in range(45)]
    with _store(articles) as conn:
        calls = [dict(limit=4, offset=o, min_articles=m, prose_only=p, until_seq=u)
                 for o in (0, 3) for m in (1, 2) for p in (False, True) for u in (None, 20)]
        walked = [dedup_sql.stories(conn, **c) for c in calls]  # type: ignore[arg-type]
        depth = story_page.MAX_DEPTH
        story_page.MAX_DEPTH = 0
        try:
            grouped = [dedup_sql.stories(conn, **c) for c in calls]  # type: ignore[arg-type]
        finally:
            story_page.MAX_DEPTH = depth
    assert walked == grouped
    assert any(walked)
