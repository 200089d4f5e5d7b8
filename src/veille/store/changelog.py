"""Compaction of the store's change log, and the registry of the log's followers.

Every change to what readers see is one row of ``changes`` (``seq``, article, kind); derived
views follow the log (:mod:`veille.index.sync`). Without compaction the log grows by one row
per change forever. It is compacted the way PostgreSQL retains its write-ahead log for
replication slots:

- **Each follower registers its position** (``log_followers``: name, the last change it
  applied, when it was last seen): :meth:`ChangeLogTables.confirm_follower`, called by
  :func:`veille.index.sync.catch_up` and the alert view at each catch-up. The registered
  position is never ahead of the follower's real one (it is written after the follower's
  own commit), so a change a follower still needs is never removed.
- **Compaction removes only changes every live follower has applied**
  (:meth:`ChangeLogTables.compact_log`): rows with ``seq`` at or below the lowest live
  position, older than ``keep_age`` (a grace for followers not registered yet, like
  PostgreSQL's ``wal_keep_size`` or Kafka's ``min.compaction.lag.ms``), and never the newest
  row (so ``MAX(seq)`` stays the log's head everywhere). ``counters.changes_compacted``
  records, in the same transaction, the highest ``seq`` removed.
- **A follower not seen for ``follower_age`` stops holding the log** (PostgreSQL's
  ``max_slot_wal_keep_size``), as does one never registered (a new replica, an index whose
  directory was removed). It is not lost silently: a follower whose position is below
  ``changes_compacted`` lacks changes that are gone, :func:`veille.index.sync.catch_up` raises
  :class:`~veille.errors.ChangeLogGap`, and the follower rebuilds from the store's current
  state, the source of truth (docs/architecture.md says how each one does).

Compaction runs in chunks of ``chunk`` rows, each one transaction (``BEGIN IMMEDIATE`` in
SQLite, the writers' advisory lock in PostgreSQL) that re-reads the followers' positions,
deletes its rows and raises ``changes_compacted``: a ``kill -9`` leaves whole chunks or
none, a writer waits at most one chunk, and readers keep their snapshot (WAL, MVCC).

Key-based compaction (Kafka's: keep only each article's last change) is not done: the
store's tables already are that compacted state (one current row per article), which a
follower rebuilding reads directly; and collapsing an article's changes into its last one
would move a ``new`` to a later ``seq`` and drop kinds some followers filter on (the index
skips ``link``, alerts tell ``new`` from ``enrich``), changing what they do.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from veille.crashpoints import crash_point
from veille.record import utcnow

COMPACT_CHUNK = 50_000
"""Changes removed per transaction (a writer beside waits at most one chunk)."""
CONFIRM_EVERY_S = 60.0
"""A follower at the same position confirms it (``seen_at``) at most this often."""
COMPACTED = "changes_compacted"
"""The ``counters`` row holding the highest ``seq`` compaction removed (0: none)."""


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat()


@dataclass(frozen=True, slots=True)
class Follower:
    """A registered follower of the change log: the last change it applied, and when it
    last said so (UTC)."""

    name: str
    applied_seq: int
    seen_at: datetime


@dataclass(slots=True)
class Compaction:
    """What one compaction did: rows removed, the log's compacted seq before and after,
    its head, what held it back (``held_by``: a follower's name, ``keep_age`` or ``the
    newest change``), the followers that no longer hold it (not seen for ``follower_age``)
    and the time it took (seconds)."""

    removed: int = 0
    compacted_before: int = 0
    compacted_seq: int = 0
    head: int = 0
    held_by: str = ""
    expired: list[str] = field(default_factory=list)
    followers: list[Follower] = field(default_factory=list)
    seconds: float = 0.0
    chunks: int = 0


class ChangeLogTables:
    """The change log's followers and its compaction (SQLite; PostgreSQL runs the same)."""

    conn: sqlite3.Connection
    _lock: threading.RLock
    _write: Callable[[], AbstractContextManager[None]]

    def compacted_seq(self) -> int:
        """The highest ``seq`` compaction removed (0: none): a follower whose applied seq is
        below it lacks changes that are gone."""
        try:
            row = self.conn.execute("SELECT value FROM counters WHERE name = ?",
                                    (COMPACTED,)).fetchone()
        except sqlite3.OperationalError:  # a read-only store of an older schema
            return 0
        return int(row[0]) if row else 0

    def confirm_follower(self, name: str, applied_seq: int) -> None:
        """Register (or move) follower ``name`` at ``applied_seq``, seen now. Call it only
        with a position the follower has durably applied (or, before a rebuild, the seq
        the rebuild starts from).

        A moved position is written at once (a small upsert after the follower's own
        commit); an unchanged one at most every :data:`CONFIRM_EVERY_S` seconds (it only
        says the follower is alive)."""
        confirmed: dict[str, tuple[int, float]] = self.__dict__.setdefault("_confirmed", {})
        last, now = confirmed.get(name), time.monotonic()
        if last is not None and last[0] == applied_seq and now - last[1] < CONFIRM_EVERY_S:
            return
        with self._write():
            self.conn.execute(
                "INSERT INTO log_followers VALUES (?,?,?) ON CONFLICT(name) DO UPDATE SET "
                "applied_seq = excluded.applied_seq, seen_at = excluded.seen_at",
                (name, int(applied_seq), _iso(utcnow())))
        confirmed[name] = (applied_seq, now)

    def forget_follower(self, name: str) -> bool:
        """Stop keeping changes for ``name`` (a finished rebuild, a retired replica);
        False when there is no such follower."""
        self.__dict__.setdefault("_confirmed", {}).pop(name, None)
        with self._write():
            cur = self.conn.execute("DELETE FROM log_followers WHERE name = ?", (name,))
            return bool(cur.rowcount)

    def followers(self) -> list[Follower]:
        """Every registered follower, lowest position first."""
        try:
            rows = self.conn.execute("SELECT name, applied_seq, seen_at FROM log_followers "
                                     "ORDER BY applied_seq, name").fetchall()
        except sqlite3.OperationalError:  # a read-only store of an older schema
            return []
        return [Follower(str(r[0]), int(r[1]), datetime.fromisoformat(str(r[2])))
                for r in rows]

    def log_stats(self) -> dict[str, int]:
        """The log's size: ``log_rows`` kept, ``log_oldest_seq`` (the first kept change, 0
        when empty) and ``log_compacted_seq`` (:meth:`compacted_seq`)."""
        row = self.conn.execute("SELECT COUNT(*), COALESCE(MIN(seq), 0) FROM changes"
                                ).fetchone()
        return {"log_rows": int(row[0]), "log_oldest_seq": int(row[1]),
                "log_compacted_seq": self.compacted_seq()}

    def _bound(self, floor: int, upto: int, keep_age: timedelta, follower_age: timedelta,
               result: Compaction) -> int:
        """The highest seq up to ``upto`` that may go now, and why no higher (in
        ``result``); read in the compaction's own transaction (only the rows up to ``upto``
        are read for their age)."""
        now = utcnow()
        head = int(self.conn.execute("SELECT COALESCE(MAX(seq), 0) FROM changes"
                                     ).fetchone()[0])
        result.head = max(head, floor)
        bound, result.held_by = head - 1, "the newest change"
        result.followers = self.followers()
        result.expired = []
        for follower in result.followers:
            if follower.seen_at < now - follower_age:
                result.expired.append(follower.name)
            elif follower.applied_seq < bound:
                bound, result.held_by = follower.applied_seq, follower.name
        young = self.conn.execute(
            "SELECT seq FROM changes WHERE seq > ? AND seq <= ? AND at > ? ORDER BY seq "
            "LIMIT 1", (floor, min(bound, upto), _iso(now - keep_age))).fetchone()
        if young is not None:
            bound, result.held_by = int(young[0]) - 1, "keep_age"
        return bound

    def compact_log(self, *, keep_age: timedelta, follower_age: timedelta,
                    chunk: int = COMPACT_CHUNK, dry_run: bool = False) -> Compaction:
        """Remove the changes every live follower has applied (see the module's
        docstring), ``chunk`` rows per transaction; ``dry_run`` only says what would go
        (``removed`` counts those rows)."""
        started = time.perf_counter()
        result = Compaction()
        result.compacted_before = result.compacted_seq = self.compacted_seq()
        while True:
            with self._write():
                floor = self.compacted_seq()
                end = None if dry_run else self.conn.execute(
                    "SELECT seq FROM changes WHERE seq > ? ORDER BY seq LIMIT 1 OFFSET ?",
                    (floor, max(0, chunk - 1))).fetchone()
                last = int(end[0]) if end is not None else 2**62
                upto = min(last, self._bound(floor, last, keep_age, follower_age, result))
                if dry_run:
                    result.removed = int(self.conn.execute(
                        "SELECT COUNT(*) FROM changes WHERE seq <= ?", (upto,)
                    ).fetchone()[0])
                    break
                if upto <= floor:
                    break
                removed = self.conn.execute("DELETE FROM changes WHERE seq <= ?",
                                            (upto,)).rowcount
                self.conn.execute("UPDATE counters SET value = ? WHERE name = ?",
                                  (upto, COMPACTED))
                crash_point("compact-before-commit")
            result.removed += int(removed)
            result.compacted_seq, result.chunks = upto, result.chunks + 1
            crash_point("compact-after-chunk")
        result.seconds = time.perf_counter() - started
        return result

