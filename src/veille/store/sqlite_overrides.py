"""The user's story overrides in the store (migration 16): ``story_overrides``.

A mixin of :class:`~veille.store.sqlite.SQLiteStore` (and so of the PostgreSQL store,
which runs the same SQL). Adding or removing an override writes the row and an
``override`` change for each article it names, in one transaction: the ``stories``
follower of the change log (:func:`veille.ingest.settle_stories`) sees it and clusters
those articles' window again, so a crash after the write and before the re-clustering is
caught up by the next write or follower run. The semantics are
:mod:`veille.dedup.story_overrides`'.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import Any

from veille.dedup.story_overrides import JOIN, KINDS, StoryOverride
from veille.record import utcnow

_COLUMNS = "id, kind, article_id, other_id, members, created_at"
OVERRIDE_CHANGE = "override"
"""The change log's kind for an override added or removed (one per article it names)."""


def _row(row: Any) -> StoryOverride:
    return StoryOverride(id=int(row[0]), kind=str(row[1]), article_id=str(row[2]),
                         other_id=str(row[3]), members=tuple(json.loads(row[4] or "[]")),
                         created_at=datetime.fromisoformat(row[5]) if row[5] else None)


class OverrideTables:
    """Add, remove and read the user's story overrides."""

    conn: sqlite3.Connection
    _lock: threading.RLock
    _log_rows: list[tuple[str, str]]
    _logged: set[str]

    _write: Callable[[], AbstractContextManager[None]]  # CollectTables'
    _log: Callable[[str, str], None]  # SQLiteStore's
    _write_log: Callable[[], None]  # SQLiteStore's

    def add_story_override(self, kind: str, article_id: str, other_id: str,
                           members: Iterable[str] = ()) -> StoryOverride:
        """Store one override (``kind`` one of :data:`~veille.dedup.story_overrides.KINDS`)
        and log an ``override`` change for ``article_id`` (and ``other_id`` for a join);
        returns it with its id. ``ValueError`` for an unknown kind."""
        if kind not in KINDS:
            raise ValueError(f"unknown override kind {kind!r}")
        at = utcnow().astimezone(UTC).isoformat()
        with self._write():
            self._log_rows, self._logged = [], set()
            row = self.conn.execute(
                "INSERT INTO story_overrides (kind, article_id, other_id, members, "
                f"created_at) VALUES (?,?,?,?,?) RETURNING {_COLUMNS}",
                (kind, article_id, other_id, json.dumps(sorted(set(members))), at)).fetchone()
            self._log(article_id, OVERRIDE_CHANGE)
            if kind == JOIN:
                self._log(other_id, OVERRIDE_CHANGE)
            self._write_log()
        return _row(row)

    def remove_story_overrides(self, ids: Iterable[int]) -> list[StoryOverride]:
        """Remove the overrides ``ids`` (unknown ones are skipped), each logged as an
        ``override`` change of the articles it named; returns those removed."""
        removed: list[StoryOverride] = []
        with self._write():
            self._log_rows, self._logged = [], set()
            for override_id in dict.fromkeys(ids):
                row = self.conn.execute(f"SELECT {_COLUMNS} FROM story_overrides "
                                        "WHERE id = ?", (override_id,)).fetchone()
                if row is None:
                    continue
                self.conn.execute("DELETE FROM story_overrides WHERE id = ?", (override_id,))
                found = _row(row)
                removed.append(found)
                self._log(found.article_id, OVERRIDE_CHANGE)
                if found.kind == JOIN:
                    self._log(found.other_id, OVERRIDE_CHANGE)
            self._write_log()
        return removed

    def story_overrides(self, article_ids: Iterable[str] | None = None
                        ) -> list[StoryOverride]:
        """The overrides, oldest first: all of them, or those naming one of
        ``article_ids`` (as A, or as B of a join, or as the story S a detach took A out
        of)."""
        if article_ids is None:
            rows = self.conn.execute(
                f"SELECT {_COLUMNS} FROM story_overrides ORDER BY id").fetchall()
            return [_row(r) for r in rows]
        wanted = list(dict.fromkeys(article_ids))
        found: dict[int, StoryOverride] = {}
        for chunk in _chunks(wanted, 500):
            marks = ",".join("?" * len(chunk))
            for r in self.conn.execute(
                    f"SELECT {_COLUMNS} FROM story_overrides WHERE article_id IN ({marks}) "
                    f"OR other_id IN ({marks})", (*chunk, *chunk)).fetchall():
                override = _row(r)
                found[override.id] = override
        return [found[i] for i in sorted(found)]


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
