"""The story state a writer ended with, persisted (migration 20): ``story_state``.

A mixin of :class:`~veille.store.sqlite.SQLiteStore` (and so of the PostgreSQL store,
which runs the same SQL). A row (one per ``name``: ``writer``) holds a writer's story
state as :mod:`veille.dedup.story_state` encodes it, the version of its rules and format
(``version``), the change log's position it reflects (``seq``: every change at or below it
is in the state, none after) and a digest of the encoded state (``digest``).

The row is **derived data** (issue #13, r-perf36): the store's articles and change log are
the source of truth. It is written after the articles it reflects, in a transaction of its
own, replacing the row before; a crash in between leaves the older row, whose position is
older, and the next writer replays the log from there. A row missing (a store older than
migration 20), of another version, corrupt, or whose position the log no longer reaches
(compacted) is read as no row: the writer replays the store's latest articles, as before.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager


class StateTables:
    """Read and write the persisted story state."""

    conn: sqlite3.Connection
    _lock: threading.RLock
    _write: Callable[[], AbstractContextManager[None]]  # CollectTables'

    def story_state(self, name: str) -> tuple[str, int, bytes, bytes] | None:
        """The row ``name`` as ``(version, seq, digest, state)``, or ``None``."""
        with self._lock:
            row = self.conn.execute(
                "SELECT version, seq, digest, state FROM story_state WHERE name = ?",
                (name,)).fetchone()
        if row is None:
            return None
        return str(row[0]), int(row[1]), bytes(row[2]), bytes(row[3])

    def story_state_head(self, name: str) -> tuple[str, int, bytes] | None:
        """The row ``name`` as ``(version, seq, digest)`` (not its state), or ``None``:
        whether a state to write is already there (r-perf49)."""
        with self._lock:
            row = self.conn.execute(
                "SELECT version, seq, digest FROM story_state WHERE name = ?",
                (name,)).fetchone()
        if row is None:
            return None
        return str(row[0]), int(row[1]), bytes(row[2])

    def put_story_state(self, name: str, version: str, seq: int, digest: bytes,
                        state: bytes) -> None:
        """Write the row ``name`` (replacing the one before), in one transaction."""
        with self._write():
            self.conn.execute(
                "INSERT INTO story_state (name, version, seq, digest, state) "
                "VALUES (?,?,?,?,?) ON CONFLICT(name) DO UPDATE SET "
                "version = excluded.version, seq = excluded.seq, "
                "digest = excluded.digest, state = excluded.state",
                (name, version, seq, digest, state))

    def drop_story_state(self, name: str) -> None:
        """Remove the row ``name`` (a writer whose state it could not keep)."""
        with self._write():
            self.conn.execute("DELETE FROM story_state WHERE name = ?", (name,))
