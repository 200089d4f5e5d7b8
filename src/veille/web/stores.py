"""Store access for concurrent requests: a small pool of read-only connections, one writer.

SQLite in WAL mode serves many readers alongside one writer, but one ``sqlite3`` connection
must not run two statements at once from two threads. Requests run in a thread pool, so each
borrows its own read-only connection for its duration; connections are reused rather than
opened per request (opening costs more than most of our queries). Writes (``POST
/api/v1/articles``) go through the application service (:class:`veille.service.Veille`) on
one read-write store, under a lock, as ``veille ingest`` does: the same write path, change
log and index keeping.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from veille.backends import open_store
from veille.service import Veille
from veille.settings import Settings
from veille.store.readonly import can_write, open_for_reading, open_read_only
from veille.store.sqlite import SQLiteStore


class StorePool:
    """Read-only stores lent one per request; grows on demand, keeps up to ``keep`` idle.

    With ``settings`` whose ``store_url`` is PostgreSQL, the stores are connections to it,
    and readers go to the read replica when ``read_url`` is set (docs/deploy.md).
    """

    def __init__(self, path: Path, *, keep: int = 16, settings: Settings | None = None) -> None:
        self.path = path
        self.settings = settings if settings is not None and settings.store_url else None
        self._idle: queue.LifoQueue[SQLiteStore] = queue.LifoQueue(maxsize=keep)
        self._primaries: queue.LifoQueue[SQLiteStore] = queue.LifoQueue(maxsize=2)
        self._writer: SQLiteStore | None = None
        self._write_lock = threading.Lock()
        self.writable = True

    def prepare(self) -> None:
        """Create and migrate the store if needed, so read-only connections can open it;
        in a read-only data directory (embedded store), check that the store can be read."""
        if self.settings is not None:
            self._open(read=False).close()
            return
        self.writable = can_write(self.path)
        (SQLiteStore.open(self.path) if self.writable else open_for_reading(self.path)).close()

    def _open(self, *, read: bool) -> SQLiteStore:
        if self.settings is not None:
            return open_store(self.settings, read=read)
        if read and not self.writable:
            return open_read_only(self.path)
        return SQLiteStore.open(self.path, readonly=read)

    @contextmanager
    def reader(self) -> Iterator[SQLiteStore]:
        try:
            store = self._idle.get_nowait()
        except queue.Empty:
            store = self._open(read=True)
        try:
            yield store
        finally:
            try:
                self._idle.put_nowait(store)
            except queue.Full:
                store.close()

    @contextmanager
    def primary(self) -> Iterator[SQLiteStore]:
        """A read-only store on the primary: the change log's head, when readers go to a
        read replica (``read_url``) whose lag must show (newuser15c D2); the reader's
        store otherwise."""
        if self.settings is None or not self.settings.read_url:
            with self.reader() as store:
                yield store
            return
        try:
            store = self._primaries.get_nowait()
        except queue.Empty:
            from veille.store.postgres import PostgresStore

            store = PostgresStore.open_url(self.settings.store_url, readonly=True)
        try:
            yield store
        finally:
            try:
                self._primaries.put_nowait(store)
            except queue.Full:
                store.close()

    @contextmanager
    def writer(self) -> Iterator[SQLiteStore]:
        """The one read-write store, held for the whole write (ingest reads, then writes)."""
        with self._write_lock:
            if self._writer is None:
                self._writer = self._open(read=False)
            yield self._writer

    @contextmanager
    def service(self, settings: Settings) -> Iterator[Veille]:
        """The write path for one request, on the one read-write store; the index writer is
        given back after it, so `veille ingest` can write meanwhile."""
        with self.writer() as store:
            service = Veille(settings, store=store)
            try:
                yield service
            finally:
                service.close()

    def close(self) -> None:
        for idle in (self._idle, self._primaries):
            while True:
                try:
                    idle.get_nowait().close()
                except queue.Empty:
                    break
        with self._write_lock:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
