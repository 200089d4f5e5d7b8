"""The change log's compaction on PostgreSQL (``store_url`` and ``index_url``): the index
registers its position, compaction keeps what it lacks, and an index left behind by
compaction resyncs from the store (store/changelog.py)."""

from __future__ import annotations

from pathlib import Path

import veille
from capture_kit import make_capture
from veille.store.postgres import PostgresStore


def _corpus(root: Path, start: int, stop: int) -> Path:
    root.mkdir(exist_ok=True)
    for i in range(start, stop):
        (root / f"{i}.txt").write_text(make_capture(i).text, "utf-8")
    return root


def test_compaction_and_a_gap_on_postgresql(tmp_path: Path, pg_url: str) -> None:
    settings = {"store_url": pg_url, "index_url": pg_url, "changelog_keep_hours": 0.0,
                "changelog_compact_rows": 0}
    with veille.open(tmp_path / "data", **settings) as v:
        v.ingest(_corpus(tmp_path / "a", 0, 4), source="quotidien.example")
        index_at = v.keeper.applied_seq()
        other = PostgresStore.open_url(pg_url)  # another writer, the index not following
        try:
            doomed = next(iter(other.iter_articles())).id
            other.delete_articles([doomed])
        finally:
            other.close()
        done = v.compact()
        assert done.compacted_seq <= index_at and v.store.changes(after=index_at)
        v.ingest(_corpus(tmp_path / "b", 4, 6), source="quotidien.example")
        v.release()
        for follower in v.store.followers():
            v.store.forget_follower(follower.name)
        other = PostgresStore.open_url(pg_url)
        try:
            gone, also = [a.id for a in other.iter_articles()][:2]
            other.delete_articles([gone])
            other.delete_articles([also])  # two changes: the newest one always stays
        finally:
            other.close()
        assert v.compact().compacted_seq > v.keeper.applied_seq()
        assert v.check().gap
        assert v.sync().ok
        assert not v.check().found
        assert v.stats()["log_rows"] == 1 and v.stats()["index_lag"] == 0
        assert gone not in {h.id for h in v.search("quotidien", per_page=50).hits}


def test_a_compacted_store_moved_to_postgresql_fills_a_new_index(tmp_path: Path,
                                                                  pg_url: str) -> None:
    """``veille migrate-store`` carries the compacted seq; the PostgreSQL index, a new
    follower from 0, finds the gap and fills itself from the store."""
    from veille.cli.main import main

    data = tmp_path / "data"
    with veille.open(data, changelog_keep_hours=0.0, changelog_compact_rows=0) as v:
        v.ingest(_corpus(tmp_path / "a", 0, 5), source="quotidien.example")
        done = v.compact()
        assert done.compacted_seq > 0 and v.stats()["log_rows"] == 1
    assert main(["--data-dir", str(data), "migrate-store", "--to", pg_url]) == 0
    with veille.open(data, store_url=pg_url, index_url=pg_url) as v:
        assert v.store.compacted_seq() == done.compacted_seq
        assert v.sync().ok
        assert not v.check().found
        assert v.keeper.live().count() == 5
