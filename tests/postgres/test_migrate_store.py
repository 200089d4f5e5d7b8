"""``veille migrate-store``: an embedded store moves to PostgreSQL with its raw archive and
change log, and the service then runs on it unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

import veille
from capture_kit import make_capture
from veille.cli.main import main
from veille.store.postgres import PostgresStore
from veille.store.sqlite import SQLiteStore


def test_an_embedded_store_moves_to_postgresql(tmp_path: Path, pg_url: str,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "captures"
    corpus.mkdir()
    for i in range(6):
        (corpus / f"{i}.txt").write_text(make_capture(i).text, "utf-8")
    (corpus / "empty.txt").write_text("", "utf-8")  # a failure, with its raw input
    data = tmp_path / "data"
    with veille.open(data) as v:
        v.ingest(corpus, source="quotidien.example")
        v.ingest_bytes([("again.txt", make_capture(0).bytes())])  # a duplicate
    lite = SQLiteStore.open(data / "veille.sqlite3")
    assert main(["--data-dir", str(data), "migrate-store", "--to", pg_url]) == 0
    assert "copied 6 articles" in capsys.readouterr().err
    moved = PostgresStore.open_url(pg_url)
    try:
        assert moved.counts() == lite.counts()
        assert moved.changes(after=0, limit=100) == lite.changes(after=0, limit=100)
        assert [a.to_dict() for a in moved.iter_articles()] == \
            [a.to_dict() for a in lite.iter_articles()]
        for article in lite.iter_articles():
            assert moved.get_raw(article.raw.raw_id) == lite.get_raw(article.raw.raw_id)
        seq = moved.change_seq()
        moved.put_batch([], seen_again=1)
        extra = make_capture(40)
        with veille.open(data, store_url=pg_url, index_url=pg_url) as v:
            assert v.reindex() == 6
            assert v.ingest_bytes([("new.txt", extra.bytes())]).new_ids
            assert v.store.changes(after=seq)[0].seq == seq + 1  # the log goes on
            assert v.stats()["index_lag"] == 0
    finally:
        moved.close()
        lite.close()
    # Into a store that holds articles: refused, nothing changed.
    assert main(["--data-dir", str(data), "migrate-store", "--to", pg_url]) == 2
    assert "already holds articles" in capsys.readouterr().err
