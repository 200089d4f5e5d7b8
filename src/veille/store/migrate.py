"""Move an embedded store to PostgreSQL (``veille migrate-store --to postgresql://…``).

Every table is copied row for row with ``COPY`` (fast, one round trip per table): the raw
archive stays compressed as it is, articles keep their ``seq`` and the change log its
sequence numbers, so a derived view that follows the log (a PostgreSQL search index)
builds from the same positions. The whole copy is one transaction: a failed or killed
copy leaves the target as it was, and the command can simply be run again. The target
must hold no articles (copying into a used store would mix two histories).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from veille.errors import StoreError
from veille.store.postgres import PostgresStore, redact

TABLES = ("raw_inputs", "articles", "duplicates", "failures", "site_blocks", "signatures",
          "article_links", "article_versions", "story_members", "sources", "fetch_state",
          "responses", "wire_versions", "changes", "counters", "raw_hints")
"""In an order that satisfies the foreign keys (raw inputs before what refers to them)."""
IDENTITIES = (("articles", "seq"), ("failures", "id"), ("changes", "seq"))


def copy_store(source: Path, url: str, *,
               progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Copy the SQLite store at ``source`` into the (new or empty) PostgreSQL store at
    ``url``; returns the rows copied per table. Raises :class:`StoreError` when the target
    already holds articles or the source cannot be read."""
    if not source.is_file():
        raise StoreError(f"no store at {source}", hint="check --data-dir")
    target = PostgresStore.open_url(url)
    lite = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        check_version(lite)
        pg = target.pg
        if pg.execute("SELECT EXISTS (SELECT 1 FROM articles)").fetchone()[0]:
            raise StoreError(f"the store at {redact(url)} already holds articles",
                             hint="migrate into a new, empty database")
        copied: dict[str, int] = {}
        with pg.transaction():
            pg.execute("DELETE FROM counters")
            for table in TABLES:
                columns = [r[1] for r in lite.execute(f"PRAGMA table_info({table})")]
                names = ", ".join(columns)
                count = 0
                with pg.cursor().copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                    for row in lite.execute(f"SELECT {names} FROM {table}"):
                        copy.write_row(row)
                        count += 1
                copied[table] = count
                if progress:
                    progress(table, count)
            for table, column in IDENTITIES:
                pg.execute(f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "
                           f"COALESCE((SELECT MAX({column}) FROM {table}), 0) + 1, false)")
        return copied
    finally:
        lite.close()
        target.close()


def check_version(conn: sqlite3.Connection) -> None:
    """Refuse a source store older than this veille (open it once with veille to migrate
    it) or newer (upgrade veille)."""
    from veille.store.migrations import SCHEMA_VERSION

    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version != SCHEMA_VERSION:
        raise StoreError(f"the store at hand has schema version {version}, this veille "
                         f"writes {SCHEMA_VERSION}",
                         hint="run any `veille` command on it first (it migrates), "
                         "or upgrade veille")
