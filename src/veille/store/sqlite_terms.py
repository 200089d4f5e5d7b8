"""Each article's story terms, persisted (migration 17): ``story_terms``.

A mixin of :class:`~veille.store.sqlite.SQLiteStore` (and so of the PostgreSQL store,
which runs the same SQL). A row holds the story terms (:func:`veille.dedup.stories.terms`)
one input of an article gave: ``digest`` is :func:`veille.dedup.terms_memo.terms_key` of
that input (headline, paragraphs less their background sentences, publication day),
``version`` the terms' rules and format (:func:`veille.dedup.stored_terms.terms_version`),
``terms`` the terms as :func:`veille.dedup.stored_terms.encode` writes them. An article
may have several rows (another input: other background sentences cut, an update).

The rows are **derived data** (issue #13, p-warm30): written by a writer after the
articles they belong to, in a transaction of their own; a row missing (a crash in
between, a store older than migration 17) or of another version (the rules changed) is
read as no row, and the terms are read afresh and written again. A deleted article's
rows go with it (:func:`veille.store.dedup_sql.forget`).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager

_CHUNK = 500


class TermsTables:
    """Read and write the persisted story terms."""

    conn: sqlite3.Connection
    _lock: threading.RLock
    _write: Callable[[], AbstractContextManager[None]]  # CollectTables'

    def stored_terms(self, article_ids: Iterable[str],
                     version: str) -> list[tuple[str, bytes, bytes]]:
        """The persisted terms of ``article_ids`` written under ``version``, as
        ``(article_id, digest, encoded terms)`` rows; rows of another version are left
        out."""
        wanted = list(dict.fromkeys(article_ids))
        found: list[tuple[str, bytes, bytes]] = []
        with self._lock:
            for start in range(0, len(wanted), _CHUNK):
                chunk = wanted[start:start + _CHUNK]
                marks = ",".join("?" * len(chunk))
                found.extend((str(a), bytes(d), bytes(t)) for a, d, t in self.conn.execute(
                    "SELECT article_id, digest, terms FROM story_terms WHERE version = ? "
                    f"AND article_id IN ({marks})", (version, *chunk)).fetchall())
        return found

    def put_story_terms(self, rows: Sequence[tuple[str, bytes, bytes]], version: str) -> None:
        """Write ``(article_id, digest, encoded terms)`` rows under ``version``, in one
        transaction; the rows of those articles written under another version go."""
        if not rows:
            return
        with self._write():
            ids = list(dict.fromkeys(r[0] for r in rows))
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start:start + _CHUNK]
                marks = ",".join("?" * len(chunk))
                self.conn.execute(f"DELETE FROM story_terms WHERE article_id IN ({marks}) "
                                  "AND version <> ?", (*chunk, version))
            self.conn.executemany(
                "INSERT INTO story_terms (article_id, digest, version, terms) "
                "VALUES (?,?,?,?) ON CONFLICT(article_id, digest) DO UPDATE SET "
                "version = excluded.version, terms = excluded.terms",
                [(article_id, digest, version, terms) for article_id, digest, terms in rows])
