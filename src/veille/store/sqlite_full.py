"""The store's SQLite connection, which tells a full disk as :class:`~veille.errors.DiskFull`.

Every statement of the store goes through :meth:`sqlite3.Connection.execute` (or
``executemany``/``executescript``), so mapping ``SQLITE_FULL`` there covers every write
(a batch's ``COMMIT``, enrichment, the change log, sources' state) at the store's boundary,
and no caller needs to know (newuser8 Q30: a 13-frame traceback at ``COMMIT``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from veille import diskfull
from veille.errors import DiskFull


def disk_full(where: Path | str, exc: BaseException) -> DiskFull:
    """The one-line error for the store whose data directory is ``where``."""
    return DiskFull(diskfull.message("the store", where, exc), hint=diskfull.HINT)


class Connection(sqlite3.Connection):
    """A connection (``sqlite3.connect(..., factory=Connection)``) whose statements raise
    :class:`~veille.errors.DiskFull` when the disk holding :attr:`where` is full; other
    errors are SQLite's own. Every ``except: ROLLBACK; raise`` of the store relies on
    :meth:`execute` to keep the first error."""

    where: Path | str = ""
    """The data directory named in the error (set after connecting)."""

    @contextmanager
    def _told(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.OperationalError as exc:
            if diskfull.is_disk_full(exc):
                raise disk_full(self.where, exc) from exc
            raise

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        """SQLite's ``execute``; a ``ROLLBACK`` after SQLite rolled the transaction back
        itself (it may on a full disk, an I/O error, no memory: "Response To Errors Within
        A Transaction", https://www.sqlite.org/lang_transaction.html) does nothing, so the
        error that caused it is the one the caller raises, not "cannot rollback - no
        transaction is active"."""
        if sql == "ROLLBACK" and not self.in_transaction:
            return self.cursor()
        with self._told():
            return super().execute(sql, parameters)

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> sqlite3.Cursor:
        with self._told():
            return super().executemany(sql, parameters)

    def executescript(self, sql_script: str, /) -> sqlite3.Cursor:
        with self._told():
            return super().executescript(sql_script)
