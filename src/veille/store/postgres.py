"""The PostgreSQL store: the same store as SQLite's, on a server (``store_url``).

It runs the SQL of :class:`~veille.store.sqlite.SQLiteStore` (and of its helpers
``dedup_sql`` and ``sqlite_collect``) through :class:`PgConnection`, which speaks
PostgreSQL for the few statements where the dialects differ: ``INSERT OR IGNORE`` becomes
``ON CONFLICT DO NOTHING``, each ``INSERT OR REPLACE`` (and each upsert whose right side
names a column of the target table unqualified) has its PostgreSQL text in
:data:`PG_STATEMENTS`, and an unknown one is refused loudly, so one store logic serves both
backends and the contract suite (``tests/contract/``) holds them to the same behaviour.

Writers are serialised as in SQLite (``BEGIN IMMEDIATE``): each write transaction first
takes one advisory lock. This is what keeps the change log's ``seq`` order the commit
order, so a derived view reading ``seq > n`` never skips a change committed late by
another writer. Readers never wait for it (MVCC), and a read replica (``read_url``) serves
them off the primary altogether.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import zstandard

from veille import diskfull
from veille.errors import StoreError
from veille.store import pg_fold
from veille.store.dedup_sql import MEMBER_UPSERT
from veille.store.pg_migrations import migrate
from veille.store.sqlite import SQLiteStore
from veille.store.sqlite_collect import FETCH_STATE_UPSERT
from veille.store.sqlite_full import disk_full

_T = TypeVar("_T")

WRITE_LOCK = 0x76656977  # the advisory lock every write transaction takes first
SEND_LOCK = 0x76656978  # the alert sender's session lock (one sender at a time)
_OR_IGNORE = re.compile(r"^\s*INSERT OR IGNORE INTO", re.IGNORECASE)
_JSON_PATH = re.compile(r"json_extract\((\w+(?:\.\w+)?), '\$\.(\w+(?:\.\w+)*)'\)")
"""SQLite ``json_extract(doc, '$.a.b')``, at any depth (``'$.content.evidence.timezone'``:
q-zones25's story head; a depth of 3 was left untranslated; ``'$.first_seen'``, a depth of
1, too: f-seen30's version chain) (:mod:`veille.store.calendar`)."""

PG_STATEMENTS: dict[str, str] = {
    "INSERT OR REPLACE INTO failures (origin, reason, message, raw_id, at) "
    "VALUES (?,?,?,?,?)":
        "INSERT INTO failures (origin, reason, message, raw_id, at) VALUES (%s,%s,%s,%s,%s) "
        "ON CONFLICT (origin, reason, (COALESCE(raw_id, ''))) "
        "DO UPDATE SET message = excluded.message, at = excluded.at",
    "INSERT INTO site_blocks VALUES (?,?,1) ON CONFLICT(source, block) "
    "DO UPDATE SET pages = pages + 1":
        "INSERT INTO site_blocks VALUES (%s,%s,1) ON CONFLICT (source, block) "
        "DO UPDATE SET pages = site_blocks.pages + 1",
    "INSERT OR REPLACE INTO signatures VALUES (?,?,?,?)":
        "INSERT INTO signatures VALUES (%s,%s,%s,%s) ON CONFLICT (article_id) DO UPDATE "
        "SET source = excluded.source, minute = excluded.minute, "
        "signature = excluded.signature",
    MEMBER_UPSERT:
        "INSERT INTO story_members (article_id, story_id, source, reprint, at, reason) "
        "VALUES (%s,%s,%s,%s,%s,%s) ON CONFLICT (article_id) "
        "DO UPDATE SET story_id = excluded.story_id, source = excluded.source, "
        "reprint = excluded.reprint, at = excluded.at, reason = excluded.reason",
    "INSERT OR REPLACE INTO responses VALUES (?,?,?,?,?,?)":
        "INSERT INTO responses VALUES (%s,%s,%s,%s,%s,%s) ON CONFLICT (raw_id, url) "
        "DO UPDATE SET final_url = excluded.final_url, status = excluded.status, "
        "headers = excluded.headers, fetched_at = excluded.fetched_at",
    FETCH_STATE_UPSERT:
        "INSERT INTO fetch_state (url, etag, last_modified, status, fetched_at, raw_id, "
        "error, retry_at) VALUES (%s,%s,%s,%s,%s,%s,%s,%s) ON CONFLICT (url) DO UPDATE "
        "SET etag = COALESCE(excluded.etag, fetch_state.etag), "
        "last_modified = COALESCE(excluded.last_modified, fetch_state.last_modified), "
        "status = excluded.status, fetched_at = excluded.fetched_at, "
        "raw_id = COALESCE(excluded.raw_id, fetch_state.raw_id), error = excluded.error, "
        "retry_at = excluded.retry_at",
    # Enrichment (issue 16, sqlite_enrich.py).
    "INSERT OR REPLACE INTO article_entities VALUES (?,?,?,?,?)":
        "INSERT INTO article_entities VALUES (%s,%s,%s,%s,%s) "
        "ON CONFLICT (article_id, entity_id) DO UPDATE SET label = excluded.label, "
        "name = excluded.name, count = excluded.count",
    "INSERT OR REPLACE INTO article_places VALUES (?,?,?,?,?,?,?,?,?)":
        "INSERT INTO article_places VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s) "
        "ON CONFLICT (article_id, place_id) DO UPDATE SET name = excluded.name, "
        "kind = excluded.kind, country = excluded.country, admin1 = excluded.admin1, "
        "lat = excluded.lat, lon = excluded.lon, count = excluded.count",
    "INSERT INTO view_state VALUES (?, ?) ON CONFLICT(view) DO UPDATE "
    "SET applied_seq = MAX(applied_seq, excluded.applied_seq)":
        "INSERT INTO view_state VALUES (%s, %s) ON CONFLICT (view) DO UPDATE "
        "SET applied_seq = GREATEST(view_state.applied_seq, excluded.applied_seq)",
    "UPDATE articles SET doc = json_set(doc, '$.enrichment', json(?)) WHERE id = ?":
        "UPDATE articles SET doc = jsonb_set(doc::jsonb, '{enrichment}', %s::jsonb)::text "
        "WHERE id = %s",
    # Re-extraction: equal as JSON, not as text (jsonb orders keys its own way).
    "UPDATE articles SET title=?, language=?, published=?, updated=?, sort_time=?, "
    "fingerprint=?, url=?, own_time=?, time_precision=?, doc=? "
    "WHERE id=? AND json(doc) != json(?)":
        "UPDATE articles SET title=%s, language=%s, published=%s, updated=%s, sort_time=%s, "
        "fingerprint=%s, url=%s, own_time=%s, time_precision=%s, doc=%s "
        "WHERE id=%s AND doc::jsonb IS DISTINCT FROM %s::jsonb",
}
"""SQLite statements whose PostgreSQL form is not a mechanical rewrite."""


def translate(sql: str) -> str:
    """The PostgreSQL text of one of the store's SQLite statements.

    Raises :class:`~veille.errors.StoreError` for an ``INSERT OR REPLACE`` it does not
    know (its conflict target cannot be guessed): add it to :data:`PG_STATEMENTS`.
    """
    known = PG_STATEMENTS.get(sql)
    if known is not None:
        return known
    if "INSERT OR REPLACE" in sql.upper() or "PRAGMA" in sql.upper():
        raise StoreError(f"no PostgreSQL form for the statement {sql[:80]!r}",
                         hint="add it to veille.store.postgres.PG_STATEMENTS")
    out = _JSON_PATH.sub(lambda m: f"({m.group(1)}::jsonb #>> "
                         f"'{{{m.group(2).replace('.', ',')}}}')", sql)
    out = out.replace("%", "%%").replace("?", "%s")
    if _OR_IGNORE.match(out):
        out = _OR_IGNORE.sub("INSERT INTO", out, count=1) + " ON CONFLICT DO NOTHING"
    return out


def _clean(params: Sequence[Any]) -> tuple[Any, ...]:
    """PostgreSQL text cannot hold NUL characters (SQLite's can): they become U+FFFD."""
    return tuple(p.replace("\x00", "\ufffd") if isinstance(p, str) and "\x00" in p else p
                 for p in params)


class PgConnection:
    """The part of ``sqlite3.Connection`` the store uses, on a psycopg connection.

    A full disk on the server (SQLSTATE 53100, psycopg's ``errors.DiskFull``) raises
    :class:`~veille.errors.DiskFull` naming ``where``, as the SQLite store's connection does
    (:mod:`veille.store.sqlite_full`); other errors are psycopg's own."""

    def __init__(self, conn: Any, where: str = "the PostgreSQL store") -> None:
        self.raw = conn
        self.where = where
        self._sql: dict[str, str] = {}

    def _run(self, call: Callable[[], _T]) -> _T:
        return told(self.where, call)

    def _text(self, sql: str) -> str:
        text = self._sql.get(sql)
        if text is None:
            text = self._sql[sql] = translate(sql)
        return text

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        if sql == "BEGIN IMMEDIATE":
            self.raw.execute("BEGIN")
            return self.raw.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
        if sql in ("BEGIN", "COMMIT", "ROLLBACK"):
            return self._run(lambda: self.raw.execute(sql))
        text = self._text(sql)
        return self._run(lambda: self.raw.execute(text, _clean(params)))

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        rows = [_clean(r) for r in rows]
        if rows:
            text = self._text(sql)
            with self.raw.cursor() as cursor:
                self._run(lambda: cursor.executemany(text, rows))

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return bool(self.raw.info.transaction_status != TransactionStatus.IDLE)

    def close(self) -> None:
        self.raw.close()


def told(where: str, call: Callable[[], _T]) -> _T:
    """``call()``, with a full disk on the server raised as
    :class:`~veille.errors.DiskFull` (:func:`veille.diskfull.is_disk_full`)."""
    import psycopg

    try:
        return call()
    except psycopg.Error as exc:
        if diskfull.is_disk_full(exc):
            raise disk_full(where, exc) from exc
        raise


def connect(url: str, *, readonly: bool = False) -> Any:
    """A psycopg connection in autocommit mode (transactions are explicit)."""
    import psycopg

    try:
        conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
    except psycopg.Error as exc:
        raise StoreError(f"cannot connect to the store at {redact(url)}: {exc}".strip(),
                         hint="check store_url (or read_url), and that the server runs "
                         "and accepts this user") from exc
    if readonly:
        conn.execute("SET default_transaction_read_only = on")
    return conn


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(//[^:/@]+):[^@/]*@", r"\1:***@", url)


class PostgresStore(SQLiteStore):
    """The PostgreSQL backend of :class:`~veille.store.base.Store` and
    :class:`~veille.store.base.CollectStore` (see the module's docstring)."""

    FOLDED_ARG = "veille_fold(?)"
    """The server's fold (:mod:`.pg_fold`) on both sides of an entity name's ``LIKE``; a
    server without the function (a replica of a primary no veille of this version opened)
    folds case only (:meth:`__init__`)."""

    def __init__(self, conn: PgConnection, url: str) -> None:  # noqa: D107
        if not pg_fold.installed(conn.raw):
            self.FOLDED_NAME, self.FOLDED_ARG = "lower(name)", "lower(?)"
        self.conn = conn  # type: ignore[assignment]
        self.pg: Any = conn.raw
        """The psycopg connection itself (``COPY``, server functions)."""
        self.url = url
        self.path = None  # type: ignore[assignment]
        self._lock = threading.RLock()
        self._compressor = zstandard.ZstdCompressor(level=3)
        self._decompressor = zstandard.ZstdDecompressor()

    @classmethod
    def open_url(cls, url: str, *, readonly: bool = False) -> PostgresStore:
        """Connect to the database at ``url``, creating and migrating its tables unless
        ``readonly`` (a replica, or a reader of a store migrated by a writer)."""
        raw = connect(url, readonly=readonly)
        where = f"the database {redact(url)}"
        try:
            if not readonly:
                told(where, lambda: migrate(raw))
                told(where, lambda: pg_fold.install(raw))
        except BaseException:
            raw.close()
            raise
        return cls(PgConnection(raw, where), url)

    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False) -> PostgresStore:
        """``SQLiteStore.open``'s signature, for a ``postgresql://`` URL."""
        url = str(path)
        if not url.startswith(("postgresql://", "postgres://")):
            raise StoreError(f"{url!r} is not a PostgreSQL URL",
                             hint="give postgresql://user@host/database")
        return cls.open_url(url, readonly=readonly)

    def __repr__(self) -> str:
        return f"PostgresStore({redact(self.url)!r})"

    def try_sender_lock(self) -> bool:
        """A session-level advisory lock (``SEND_LOCK``): one alert sender at a time over
        every machine of the deployment; a sender that dies releases it with its
        connection, so a crash never blocks the next one."""
        return bool(self.conn.execute("SELECT pg_try_advisory_lock(?)",
                                      (SEND_LOCK,)).fetchone()[0])

    def release_sender_lock(self) -> None:
        self.conn.execute("SELECT pg_advisory_unlock(?)", (SEND_LOCK,))

    def integrity_ok(self) -> bool:
        """PostgreSQL checks its own pages; a store that answers is intact to us."""
        return bool(self.conn.execute("SELECT 1").fetchone()[0] == 1)
