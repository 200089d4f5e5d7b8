"""The application service on PostgreSQL (``store_url`` and ``index_url``): the same write
path, change log following, check, reindex and reextract as on the embedded backends."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

import veille
from capture_kit import make_capture
from veille.errors import ConfigError


def _corpus(root: Path, n: int) -> Path:
    corpus = root / "captures"
    corpus.mkdir()
    for i in range(n):
        (corpus / f"{i}.txt").write_text(make_capture(i).text, "utf-8")
    return corpus


def test_ingest_search_check_reindex_reextract(tmp_path: Path, pg_url: str) -> None:
    corpus = _corpus(tmp_path, 5)
    with veille.open(tmp_path / "data", store_url=pg_url, index_url=pg_url) as v:
        summary = v.ingest(corpus, source="quotidien.example")
        assert (summary.new, summary.index_pending, summary.index_error) == (5, 0, "")
        article = v.latest(10)[0]
        assert article.content is not None
        word = article.content.title.split()[-2]
        assert any(hit.id == article.id for hit in v.search(word, per_page=50).hits)
        stats = v.stats()
        assert stats["articles"] == 5 and stats["index_lag"] == 0 and stats["store_seq"] >= 5
        assert not v.check().found
        assert v.reindex() == 5
        assert v.stats()["index_seq"] == stats["store_seq"]
        result = v.reextract()
        assert (result.seen, result.failed, result.index_pending) == (5, 0, 0)
    assert not (tmp_path / "data" / "veille.sqlite3").exists()  # nothing went to SQLite
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT COUNT(*) FROM search_docs").fetchone() == (5,)


def test_reextract_keeps_what_enrichment_wrote(tmp_path: Path, pg_url: str) -> None:
    """newuser6 M22: the enrichment view rewrites ``doc`` as ``jsonb`` text; an article
    re-extracted the same is still equal to it (compared as JSON), so not rewritten."""
    corpus = _corpus(tmp_path, 3)
    with veille.open(tmp_path / "data", store_url=pg_url, index_url=pg_url) as v:
        v.ingest(corpus, source="quotidien.example")
        v.reextract()  # settles what this run learns of the site's chrome
        v.enrich()
        with psycopg.connect(pg_url) as conn:
            before = conn.execute("SELECT id, doc FROM articles ORDER BY id").fetchall()
        result = v.reextract()
        assert (result.seen, result.changed, result.enrich_pending) == (3, 0, 0)
        with psycopg.connect(pg_url) as conn:
            assert conn.execute("SELECT id, doc FROM articles ORDER BY id").fetchall() == before


def test_check_finds_and_repairs_drift(tmp_path: Path, pg_url: str) -> None:
    corpus = _corpus(tmp_path, 3)
    with veille.open(tmp_path / "data", store_url=pg_url, index_url=pg_url) as v:
        v.ingest(corpus, source="quotidien.example")
        gone = v.latest(1)[0].id
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute("DELETE FROM search_docs WHERE id = %s", (gone,))
        drift = v.check()
        assert drift.found and drift.missing == [gone]
        assert v.check(repair_drift=True).repaired == 1
        assert not v.check().found


def test_a_store_url_that_is_not_postgresql_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="store_url"), \
            veille.open(tmp_path / "data", store_url="mysql://x") as v:
        v.latest(1)


def test_the_postgresql_store_opens_only_urls(tmp_path: Path) -> None:
    from veille.errors import StoreError
    from veille.store.postgres import PostgresStore

    with pytest.raises(StoreError, match="not a PostgreSQL URL"):
        PostgresStore.open(tmp_path / "veille.sqlite3")


def test_search_hits_own_time_and_story_coverage_on_postgres(tmp_path: Path,
                                                              pg_url: str) -> None:
    """newuser7 P3/P4 on PostgreSQL: a hit carries its record's own offset (the SQL of
    ``store.published_times``) and its story's coverage (``store.story_sources``)."""
    import json
    from datetime import timedelta
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps({
        "url": "https://bbc.example/late", "title": "Westminster late vote",
        "published": "2026-11-30T23:10:00-05:00",
        "text": "Westminster late vote. The members voted the budget late at night after a "
                "long sitting on amendments."}) + "\n", "utf-8")
    with veille.open(tmp_path / "data", store_url=pg_url, index_url=pg_url) as v:
        v.ingest(records)
        [hit] = v.search("westminster date:2026-11-30", collapse=True).hits
        assert hit.published is not None and hit.published.utcoffset() == timedelta(hours=-5)
        assert (hit.others, hit.other_sources, hit.story_sources) == (0, 0, 1)


def test_reindex_names_the_postgresql_target(tmp_path: Path, pg_url: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """Regression (newuser7 P13 e): with ``index_url = postgresql://…``, ``veille reindex``
    said "indexed N articles in <data dir>/index", a directory it never touched."""
    from veille.cli.main import main

    corpus = _corpus(tmp_path, 2)
    data = tmp_path / "data"
    with veille.open(data, store_url=pg_url, index_url=pg_url) as v:
        v.ingest(corpus, source="quotidien.example")
    config = data / "veille.toml"
    config.write_text(f'store_url = "{pg_url}"\nindex_url = "{pg_url}"\n', "utf-8")
    assert main(["--data-dir", str(data), "reindex"]) == 0
    said = capsys.readouterr().err.strip().splitlines()[-1]
    assert said.startswith("indexed 2 articles in PostgreSQL search_docs on "), said
    assert str(data / "index") not in said

