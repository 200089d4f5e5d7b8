"""Which store and which search index a data directory uses, from its settings.

``store_url`` empty: the embedded SQLite file; ``postgresql://…``: a PostgreSQL database.
``index_url`` empty: the embedded tantivy index; ``postgresql://…``: PostgreSQL search.
``read_url``: a read replica that serves searches and pages (docs/deploy.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

from veille.errors import ConfigError
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

if TYPE_CHECKING:
    from veille.index.pg_index import PgIndex

SCHEMES = ("postgresql://", "postgres://")


def is_postgres(url: str) -> bool:
    return url.startswith(SCHEMES)


def _check(name: str, url: str) -> None:
    if url and not is_postgres(url):
        raise ConfigError(f"{name}={url!r} is not supported",
                          hint=f"leave {name} empty (embedded) or give a postgresql:// URL")


def open_store(settings: Settings, *, read: bool = False) -> SQLiteStore:
    """The store of ``settings`` (``read``: the read replica when ``read_url`` is set).

    Both backends share one class hierarchy (:class:`~veille.store.postgres.PostgresStore`
    runs SQLiteStore's logic on PostgreSQL), so callers keep their types. A PostgreSQL
    store first gives the data directory the files it keeps for it and the directory
    lacks (:func:`veille.store.data_files.restore`: the user's alias table).
    """
    _check("store_url", settings.store_url)
    _check("read_url", settings.read_url)
    if read and settings.read_url or settings.store_url:
        from veille.store.data_files import restore
        from veille.store.postgres import PostgresStore

        store = PostgresStore.open_url(settings.read_url, readonly=True) if read and \
            settings.read_url else PostgresStore.open_url(settings.store_url)
        restore(store.pg, settings.data_dir)  # the user's aliases.tsv, kept by the store
        return store
    return SQLiteStore.open(settings.store_path)


def open_pg_index(settings: Settings, *, read: bool = False) -> PgIndex:
    """The PostgreSQL search index of ``settings`` (``read``: on the replica if any)."""
    from veille.index.pg_index import PgIndex

    _check("index_url", settings.index_url)
    url = settings.read_url if read and settings.read_url else settings.index_url
    return PgIndex(url, readonly=read,
                   default_language=settings.default_language)


def index_target(settings: Settings) -> str:
    """Where the search index of ``settings`` lives, for messages: the tantivy directory,
    or PostgreSQL's ``search_docs`` table as ``host:port/database`` (the user name and
    password of ``index_url`` are never shown)."""
    if not settings.index_url:
        return str(settings.index_dir)
    parts = urlsplit(settings.index_url)
    where = parts.hostname or parse_qs(parts.query).get("host", ["localhost"])[0]
    if parts.port:
        where += f":{parts.port}"
    database = parts.path.lstrip("/")
    return f"PostgreSQL search_docs on {where}/{database}" if database else \
        f"PostgreSQL search_docs on {where}"
