"""A full disk while ingesting (newuser8 Q30): the store says so in one line with what to
do, the batch being written is rolled back, and what was committed before is kept and
counted. The disk is filled with SQLite's ``max_page_count`` (the same ``SQLITE_FULL`` a
full disk gives) on a real store file."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from capture_kit import make_capture
from veille import diskfull
from veille.errors import DiskFull
from veille.ingest import IngestStopped, ingest_paths
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore


def _captures(folder: Path, count: int) -> Path:
    folder.mkdir()
    for i in range(count):
        (folder / f"{i:03d}.txt").write_bytes(make_capture(i).bytes())
    return folder


def test_a_full_disk_stops_the_ingest_with_one_line_and_keeps_what_was_stored(
        tmp_path: Path) -> None:
    # More than the run's reorder buffer holds (pipeline/reorder.py), so batches are
    # stored before the end of the run.
    inputs = _captures(tmp_path / "in", 260)
    store = SQLiteStore.open(tmp_path / "d" / "veille.sqlite3")
    try:
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages + 40}")
        with pytest.raises(IngestStopped) as stopped:
            ingest_paths(store, [inputs], settings=Settings(batch_size=10))
        error = stopped.value
        assert isinstance(error.__cause__, DiskFull)
        line = error.one_line()
        assert f"the disk holding {tmp_path / 'd'} is full" in line
        assert diskfull.HINT in line
        done = error.summary
        assert 0 < done.new < 260 and done.unstored > 0
        assert done.read == done.new + done.duplicate + done.failed + done.versions + \
            done.skipped + done.unstored
        # The store holds exactly what the summary says was stored, and stays consistent.
        assert store.counts()["articles"] == done.new
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        store.close()


def test_what_counts_as_a_full_disk() -> None:
    assert diskfull.is_disk_full(OSError(errno.ENOSPC, "No space left on device"))
    assert diskfull.is_disk_full(sqlite3.OperationalError("database or disk is full"))
    assert not diskfull.is_disk_full(sqlite3.OperationalError("database is locked"))
    assert not diskfull.is_disk_full(OSError(errno.EACCES, "Permission denied"))


def test_a_rollback_after_sqlite_rolled_back_keeps_the_first_error(tmp_path: Path) -> None:
    """SQLite may roll a transaction back itself on a full disk; the store's ``except:
    ROLLBACK; raise`` then raised "cannot rollback - no transaction is active" over the
    DiskFull (newuser8 Q30, `watch --once` on a full disk)."""
    store = SQLiteStore.open(tmp_path / "veille.sqlite3")
    try:
        assert not store.conn.in_transaction
        store.conn.execute("ROLLBACK")  # a no-op, not an error
        with pytest.raises(DiskFull), store._write():
            raise DiskFull("the store cannot be written", hint=diskfull.HINT)
    finally:
        store.close()
