"""A story list's page is read in one snapshot (brief r-perf67 item 3; r-perf66 report §4.2).

``dedup_sql.stories`` picks the page's stories by one statement (``story_page``), then reads
their figures by others. A writer committing between them (another process: ``veille
ingest`` while the web server lists stories) merged a page story away, and the page came
back one story short, with the surviving story's figures from after the merge. Read in one
read transaction, the page is the one of the store before the write; the next read sees the
write.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from veille.store import dedup_sql
from veille.store.sqlite import SQLiteStore

DAYS = ["2026-03-01T08:00:00+00:00", "2026-03-02T09:00:00+00:00",
        "2026-03-03T10:30:00+00:00", "2026-03-04T11:00:00+00:00"]


@pytest.fixture
def path(tmp_path: Path) -> Iterator[Path]:
    """A real store: stories s0 (2 articles), s1 (1), s2 (1), s3 (1), newest last."""
    path = tmp_path / "store.sqlite3"
    SQLiteStore.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    members = [("s0", DAYS[0]), ("s1", DAYS[1]), ("s0", DAYS[2]), ("s2", DAYS[2]),
               ("s3", DAYS[3])]
    for i, (story, when) in enumerate(members):
        conn.execute("INSERT INTO raw_inputs (raw_id, origin, media_type, source, "
                     "fetched_at, size, codec, data) VALUES (?,?,?,?,?,?,?,?)",
                     (f"r{i}", "file", "text/plain", "s", when, 1, "raw", b"x"))
        conn.execute("INSERT INTO articles (id, raw_id, source, url, title, language, "
                     "published, first_seen, sort_time, doc) VALUES (?,?,?,?,?,?,?,?,?,?)",
                     (f"a{i}", f"r{i}", f"src{i}", f"https://s{i}.fr/{i}", f"Titre {i}",
                      "fr", when, when, when, "{}"))
        conn.execute("INSERT INTO story_members (article_id, story_id, source, reprint, "
                     "at, reason) VALUES (?,?,?,?,?,?)",
                     (f"a{i}", story, f"src{i}", 0, when, None))
    conn.commit()
    conn.close()
    yield path


def _merge_s1_into_s0(path: Path) -> None:
    """Another process's write: story s1 merged into s0, committed."""
    writer = sqlite3.connect(path, timeout=5)
    writer.execute("UPDATE story_members SET story_id = 's0' WHERE story_id = 's1'")
    writer.commit()
    writer.close()


def _page(conn: sqlite3.Connection) -> list[tuple[str, int, int]]:
    return [(s.story_id, s.articles, s.sources)
            for s in dedup_sql.stories(conn, limit=3, offset=0, min_articles=1)]


@pytest.mark.parametrize("autocommit", [True, False])
def test_a_write_between_the_page_and_its_figures_is_not_seen(
        path: Path, monkeypatch: pytest.MonkeyPatch, autocommit: bool) -> None:
    reader = sqlite3.connect(path, isolation_level=None if autocommit else "")
    before = _page(reader)
    assert before == [("s3", 1, 1), ("s0", 2, 2), ("s2", 1, 1)]
    chosen = dedup_sql.page_story_ids

    def then_a_write(*args: object, **kwargs: object) -> list[str] | None:
        page = chosen(*args, **kwargs)  # type: ignore[arg-type]
        _merge_s1_into_s0(path)
        return page

    monkeypatch.setattr(dedup_sql, "page_story_ids", then_a_write)
    assert _page(reader) == before, "the page as the store was when it was chosen"
    assert not reader.in_transaction, "the read transaction ended"
    monkeypatch.setattr(dedup_sql, "page_story_ids", chosen)
    assert _page(reader) == [("s3", 1, 1), ("s0", 3, 3), ("s2", 1, 1)], "then the write"
    reader.close()


def test_inside_the_callers_transaction_the_caller_reads(path: Path) -> None:
    """A caller's own transaction is neither ended nor nested."""
    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("BEGIN")
    assert [s.story_id for s in dedup_sql.stories(reader, limit=2, offset=0,
                                                  min_articles=1)] == ["s3", "s0"]
    assert reader.in_transaction
    reader.execute("COMMIT")
    reader.close()


def test_the_store_reads_a_page_and_stays_writable(path: Path) -> None:
    store = SQLiteStore.open(path)
    try:
        assert [s.story_id for s in store.stories(limit=2)] == ["s3", "s0"]
        assert not store.conn.in_transaction
        store.conn.execute("BEGIN IMMEDIATE")  # a writer's batch can begin next
        store.conn.execute("ROLLBACK")
    finally:
        store.close()
