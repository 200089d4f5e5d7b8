"""What only the SQLite backend promises: WAL, the versioned schema, compressed raw inputs,
read-only access, and one-line errors when the file cannot be used."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from veille.cli.main import main
from veille.errors import SchemaError, StoreError
from veille.record import Article, Content, Dedup, RawInput
from veille.settings import Settings
from veille.store.migrations import SCHEMA_VERSION
from veille.store.sqlite import SQLiteStore


def one(n: int, data: bytes | None = None) -> Article:
    raw = RawInput(data=data or f"capture {n}".encode(), origin=f"{n}.txt",
                   media_type="text/plain")
    return Article(raw=raw, content=Content(title=f"T{n}", paragraphs=[f"P{n}."]),
                   dedup=Dedup(f"fp{n}"))


def test_wal_mode_and_pragmas(store: SQLiteStore) -> None:
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    other = sqlite3.connect(store.path)
    try:
        assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"  # persistent
    finally:
        other.close()


def test_schema_version_is_recorded(store: SQLiteStore) -> None:
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 1
    tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master "
                                               "WHERE type = 'table'")}
    assert tables >= {"raw_inputs", "articles", "duplicates", "failures", "site_blocks"}


def test_reopening_does_not_migrate_again(settings: Settings) -> None:
    first = SQLiteStore.open(settings.store_path)
    first.put_batch([one(1)])
    first.close()
    second = SQLiteStore.open(settings.store_path)
    try:
        assert second.counts()["articles"] == 1
        assert second.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        second.close()


def test_an_empty_sqlite_file_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "veille.sqlite3"
    sqlite3.connect(path).close()
    store = SQLiteStore.open(path)
    try:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        store.close()


def test_newer_schema_is_refused_and_left_untouched(settings: Settings) -> None:
    store = SQLiteStore.open(settings.store_path)
    store.put_batch([one(1)])
    store.close()
    conn = sqlite3.connect(settings.store_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(SchemaError) as info:
        SQLiteStore.open(settings.store_path)
    assert info.value.one_line() == (
        f"this store has schema version 99, newer than this veille's {SCHEMA_VERSION} "
        "(upgrade veille, or point --data-dir at another directory)")
    conn = sqlite3.connect(settings.store_path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 99
        assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1
    finally:
        conn.close()


def test_newer_schema_through_the_cli_is_one_line(settings: Settings,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    SQLiteStore.open(settings.store_path).close()
    conn = sqlite3.connect(settings.store_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    assert main(["--data-dir", str(settings.data_dir), "latest"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: this store has schema version 99") and err.count("\n") == 1


def test_raw_inputs_are_stored_compressed(store: SQLiteStore) -> None:
    data = ("Le conseil municipal a voté le budget. " * 2000).encode()
    article = one(1, data)
    store.put_batch([article])
    codec, size, blob = store.conn.execute(
        "SELECT codec, size, data FROM raw_inputs WHERE raw_id = ?",
        (article.raw.raw_id,)).fetchone()
    assert codec == "zstd" and size == len(data)
    assert len(blob) < len(data) // 20
    assert store.get_raw(article.raw.raw_id).data == data


def test_readonly_store_reads_and_does_not_create(tmp_path: Path, store: SQLiteStore) -> None:
    with pytest.raises(StoreError) as info:
        SQLiteStore.open(tmp_path / "missing" / "veille.sqlite3", readonly=True)
    assert "cannot open the store" in info.value.one_line()
    assert not (tmp_path / "missing").exists()
    store.put_batch([one(1)])
    reader = SQLiteStore.open(store.path, readonly=True)
    try:
        assert [a.id for a in reader.latest()] == [one(1).id]
        with pytest.raises(sqlite3.OperationalError):
            reader.conn.execute("DELETE FROM articles")
    finally:
        reader.close()


def test_a_reader_sees_only_committed_batches(store: SQLiteStore) -> None:
    store.put_batch([one(1)])
    reader = SQLiteStore.open(store.path, readonly=True)
    try:
        store.conn.execute("BEGIN IMMEDIATE")
        store.conn.execute("DELETE FROM articles")
        assert reader.counts()["articles"] == 1  # WAL: the writer does not block readers
        store.conn.execute("ROLLBACK")
    finally:
        reader.close()


def test_a_file_that_is_not_a_store_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "veille.sqlite3"
    path.write_bytes(b"not a database at all" * 200)
    with pytest.raises(StoreError) as info:
        SQLiteStore.open(path)
    assert "not a database" in info.value.one_line()


def test_a_data_dir_that_cannot_be_created_is_a_store_error(tmp_path: Path) -> None:
    """Regression: the OSError from creating the directory escaped as a traceback."""
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError) as info:
        SQLiteStore.open(tmp_path / "file" / "data" / "veille.sqlite3")
    assert "cannot open the store" in info.value.one_line()


def test_integrity_check(store: SQLiteStore) -> None:
    store.put_batch([one(i) for i in range(50)])
    assert store.integrity_ok()
