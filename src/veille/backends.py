"""Which store and which search index a data directory uses, from its settings.

``store_url`` empty: the embedded SQLite file; ``postgresql://…``: a PostgreSQL database.
``index_url`` empty: the embedded tantivy index; ``postgresql://…``: PostgreSQL search.
``read_url``: a read replica that serves searches and pages (docs/deploy.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    runs SQLiteStore's logic on PostgreSQL), so callers keep their types.
    """
    _check("store_url", settings.store_url)
    _check("read_url", settings.read_url)
    if read and settings.read_url:
        from veille.store.postgres import PostgresStore

        return PostgresStore.open_url(settings.read_url, readonly=True)
    if settings.store_url:
        from veille.store.postgres import PostgresStore

        return PostgresStore.open_url(settings.store_url)
    return SQLiteStore.open(settings.store_path)


def open_pg_index(settings: Settings, *, read: bool = False) -> PgIndex:
    """The PostgreSQL search index of ``settings`` (``read``: on the replica if any)."""
    from veille.index.pg_index import PgIndex

    _check("index_url", settings.index_url)
    url = settings.read_url if read and settings.read_url else settings.index_url
    return PgIndex(url, readonly=read,
                   default_language=settings.default_language)
