"""Files of the data directory the store needs, kept in a PostgreSQL store too, so every
data directory pointed at that store has them (t-final60: after ``veille migrate-store`` a
data directory on the migrated store had none of the user's aliases, and
``entity:"Mme Darcourt"`` found 1 article instead of 7).

Which files: :data:`CARRIED`, the user's alias table (``aliases.tsv``,
:mod:`veille.enrich.aliases`), which enrichment and every ``entity:`` query read. The other
files of a data directory belong to one machine: ``veille.toml`` (its settings, the store's
URL among them), the tantivy index (rebuilt by ``veille reindex``), lock and cursor files.

How: ``veille migrate-store`` saves each carried file into the table ``veille_data_files``
(``name``, ``body``, ``updated``; created by the first writer, outside the versioned schema:
a file, not a table of articles), ``veille aliases add|remove`` save the edited file
again, and opening a PostgreSQL store (:func:`veille.backends.open_store`) writes a carried
file the data directory lacks from the store's copy (:func:`restore`). A data directory
that has its own copy keeps it: the last one saved is the store's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

CARRIED = ("aliases.tsv",)
"""The data directory's files the store keeps a copy of (see the module docstring)."""
TABLE = "veille_data_files"
_CREATE = (f"CREATE TABLE IF NOT EXISTS {TABLE} (name text PRIMARY KEY, body text NOT NULL, "
           "updated timestamptz NOT NULL DEFAULT now())")


def save(conn: Any, name: str, body: str) -> None:
    """Keep ``body`` as the store's copy of the data directory's file ``name`` (``conn``:
    a psycopg connection in autocommit mode, or inside the caller's transaction)."""
    conn.execute(_CREATE)
    conn.execute(f"INSERT INTO {TABLE} (name, body) VALUES (%s, %s) ON CONFLICT (name) "
                 "DO UPDATE SET body = EXCLUDED.body, updated = now()", (name, body))


def saved(conn: Any, name: str) -> str | None:
    """The store's copy of the file ``name``, or None (none saved, or no table yet: a store
    no veille of this version wrote to, or a replica of one)."""
    if conn.execute("SELECT to_regclass(%s)", (TABLE,)).fetchone()[0] is None:
        return None
    row = conn.execute(f"SELECT body FROM {TABLE} WHERE name = %s", (name,)).fetchone()
    return None if row is None else str(row[0])


def save_files(conn: Any, data_dir: Path) -> list[str]:
    """Save the carried files (:data:`CARRIED`) ``data_dir`` holds; returns their names."""
    done = []
    for name in CARRIED:
        path = data_dir / name
        if path.is_file():
            save(conn, name, path.read_text("utf-8"))
            done.append(name)
    return done


def restore(conn: Any, data_dir: Path) -> list[str]:
    """Write each carried file ``data_dir`` lacks from the store's copy (atomically: a
    temporary file renamed); returns the names written. A file the directory has is left
    as it is; a directory veille cannot write to is left without it."""
    written = []
    for name in CARRIED:
        path = data_dir / name
        if path.exists():
            continue
        body = saved(conn, name)
        if body is None:
            continue
        tmp = path.with_name(path.name + ".tmp")
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
            tmp.write_text(body, "utf-8")
            tmp.replace(path)
        except OSError:
            continue  # a read-only data directory: veille runs on the shipped table
        written.append(name)
    return written
