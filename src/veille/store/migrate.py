"""Move an embedded store to PostgreSQL (``veille migrate-store --to postgresql://…``).

**Which tables.** The tables copied are not a list kept apart from the schema: they are read
from the source's own catalogue (``sqlite_master``), so a table a later migration adds is
copied without anyone remembering to add it here. The only tables left behind are those in
:data:`NOT_COPIED`, each with the reason. Before anything is written every source table is
checked against the target's catalogue (``information_schema.columns``): a table (or a
column) the target lacks stops the copy with an error naming it, instead of being dropped.

**How.** Each table is copied row for row with ``COPY`` (fast, one round trip per table),
in an order that satisfies the foreign keys (read from ``PRAGMA foreign_key_list``): the raw
archive stays compressed as it is, articles keep their ``seq``, the change log its sequence
numbers, and every follower of the log its position (``view_state``, ``log_followers``)
beside what it derived (enrichment, alert matches, the alert outbox with what was already
delivered): so after the move nothing is enriched or alerted twice and nothing is lost, and
each lag (``veille stats``) is the truth. The source is read in one snapshot (one read
transaction) and the target written in one transaction: a failed or killed copy leaves the
target as it was, and the command can simply be run again. PostgreSQL's sequences then
continue after the highest id copied or ever handed out (SQLite's ``sqlite_sequence``), so
no id is reused.

The target must hold no rows in the tables copied (copying into a used store would mix two
histories), except those in :data:`REPLACED`, which a new store seeds itself.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from veille.errors import StoreError
from veille.store.data_files import save_files
from veille.store.postgres import PostgresStore, _clean, redact

NOT_COPIED: dict[str, str] = {
    "sqlite_sequence": "SQLite's AUTOINCREMENT high-water marks: they set PostgreSQL's "
    "sequences instead, so no id is ever reused",
    "sqlite_stat1": "SQLite's query-planner statistics (ANALYZE): PostgreSQL gathers its own",
    "sqlite_stat4": "SQLite's query-planner statistics (ANALYZE): PostgreSQL gathers its own",
}
"""Source tables deliberately not copied, with why. Any other table is copied, or the
copy fails naming it."""

REPLACED = ("counters", "log_followers")
"""Tables a new PostgreSQL store seeds itself (its migrations insert counters; a follower
of an empty store has applied nothing): their rows are replaced by the source's."""


def source_tables(lite: sqlite3.Connection) -> list[str]:
    """The source's tables to copy, parents before the tables whose foreign keys name them
    (else in creation order); :data:`NOT_COPIED` left out."""
    names = [str(r[0]) for r in lite.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")]
    tables = [n for n in names if n not in NOT_COPIED]
    parents = {t: {str(r[2]) for r in lite.execute(f'PRAGMA foreign_key_list("{t}")')} - {t}
               for t in tables}
    ordered: list[str] = []
    while len(ordered) < len(tables):
        ready = [t for t in tables if t not in ordered and parents[t] <= set(ordered)]
        if not ready:  # a cycle, or a key naming a table not copied: leave it to the target
            ready = [t for t in tables if t not in ordered]
        ordered.append(ready[0])
    return ordered


def columns(lite: sqlite3.Connection, table: str) -> list[str]:
    return [str(r[1]) for r in lite.execute(f'PRAGMA table_info("{table}")')]


def check_target(lite: sqlite3.Connection, pg: Any, tables: list[str], url: str) -> None:
    """Raise :class:`StoreError` naming the first source table (or column) the target has
    no place for, or the first copied table that already holds rows there."""
    target: dict[str, set[str]] = {}
    for table, column in pg.execute("SELECT table_name, column_name FROM "
                                    "information_schema.columns "
                                    "WHERE table_schema = current_schema()"):
        target.setdefault(str(table), set()).add(str(column))
    where = redact(url)
    for table in tables:
        if table not in target:
            raise StoreError(
                f"the table {table!r} of the SQLite store has no counterpart in the store at "
                f"{where}: migrate-store will not drop it",
                hint="run the same veille on both sides; a table veille did not create must "
                "be removed from the SQLite store first (or listed in "
                "veille.store.migrate.NOT_COPIED with the reason)")
        missing = [c for c in columns(lite, table) if c not in target[table]]
        if missing:
            raise StoreError(
                f"the column {table}.{missing[0]} of the SQLite store has no counterpart in "
                f"the store at {where}: migrate-store will not drop it",
                hint="run the same veille on both sides")
    for table in sorted(tables, key=lambda t: t != "articles"):  # the usual case first
        if table in REPLACED:
            continue
        if pg.execute(f'SELECT EXISTS (SELECT 1 FROM "{table}")').fetchone()[0]:
            what = "articles" if table == "articles" else f"rows in {table}"
            raise StoreError(f"the store at {where} already holds {what}",
                             hint="migrate into a new, empty database")


def copy_store(source: Path, url: str, *,
               progress: Callable[[str, int], None] | None = None,
               data_dir: Path | None = None) -> dict[str, int]:
    """Copy every table of the SQLite store at ``source`` (but :data:`NOT_COPIED`) into the
    (new or empty) PostgreSQL store at ``url``, and, in the same transaction, the files of
    ``data_dir`` the store keeps (:mod:`veille.store.data_files`: the user's alias table);
    returns the rows copied per table. Raises
    :class:`StoreError` when the source cannot be read, has a table or column the target
    lacks, or the target already holds rows."""
    if not source.is_file():
        raise StoreError(f"no store at {source}", hint="check --data-dir")
    target = PostgresStore.open_url(url)
    lite = sqlite3.connect(f"file:{source}?mode=ro", uri=True, isolation_level=None)
    try:
        check_version(lite)
        lite.execute("BEGIN")  # one snapshot of every table, whatever writes meanwhile
        tables = source_tables(lite)
        pg = target.pg
        check_target(lite, pg, tables, url)
        copied: dict[str, int] = {}
        with pg.transaction():
            for table in REPLACED:
                if table in tables:
                    pg.execute(f'DELETE FROM "{table}"')
            for table in tables:
                names = ", ".join(f'"{c}"' for c in columns(lite, table))
                count = 0
                with pg.cursor().copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
                    for row in lite.execute(f'SELECT {names} FROM "{table}"'):
                        copy.write_row(_clean(row))
                        count += 1
                copied[table] = count
                if progress:
                    progress(table, count)
            set_sequences(lite, pg, tables)
            if data_dir is not None:
                save_files(pg, data_dir)
        lite.execute("COMMIT")
        return copied
    finally:
        lite.close()
        target.close()


def set_sequences(lite: sqlite3.Connection, pg: Any, tables: list[str]) -> None:
    """Make each PostgreSQL sequence of a copied table go on after the highest value
    copied, or ever handed out by SQLite's AUTOINCREMENT (``sqlite_sequence``)."""
    handed: dict[str, int] = {}
    if lite.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").fetchone():
        handed = {str(n): int(s) for n, s in lite.execute("SELECT name, seq FROM sqlite_sequence")}
    serial = pg.execute("SELECT table_name, column_name FROM information_schema.columns "
                        "WHERE table_schema = current_schema() "
                        "AND (column_default LIKE 'nextval(%' OR is_identity = 'YES')"
                        ).fetchall()
    for table, column in serial:
        if table not in tables:
            continue
        high = int(pg.execute(f'SELECT COALESCE(MAX("{column}"), 0) FROM "{table}"'
                              ).fetchone()[0])
        pg.execute(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), "
                   "%s, false)", (max(high, handed.get(table, 0)) + 1,))


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
