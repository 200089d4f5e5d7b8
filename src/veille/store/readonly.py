"""Opening the store of a data directory veille may not write (issue 11: a read-only data
directory gave no way to read what it holds).

Commands that only read (``latest``, ``show``, ``export``, ``stats``, ``stories``,
``duplicates``, ``sources list``, ``search``, ``check`` without ``--repair``, the web app
without a write token) open the store with
:func:`open_for_reading`: read-write as usual when they can (so an old schema is upgraded),
else read-only. A store in WAL mode needs its ``-shm`` file to be read even read-only; in a
directory that cannot be written and holds none, SQLite's ``immutable=1`` reads the file
as it is, without locks (https://www.sqlite.org/uri.html#uriimmutable): right for a
directory nobody writes, and a snapshot that may be inconsistent if someone else does.
Commands that write get :func:`read_only_error` from ``SQLiteStore.open``, one line saying
what to do.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from veille.errors import StoreError
from veille.store.migrations import SCHEMA_VERSION

if TYPE_CHECKING:
    from veille.store.sqlite import SQLiteStore

READ_COMMANDS = ("latest, show, export, stats, stories, duplicates, search and check (without "
                 "--repair)")


def can_write(path: Path) -> bool:
    """Whether the store file at ``path`` and its directory (which SQLite's journal files
    go into) can be written, or created when they do not exist yet."""
    directory = path.parent
    while not directory.exists() and directory != directory.parent:
        directory = directory.parent
    if not os.access(directory, os.W_OK):
        return False
    return not path.exists() or os.access(path, os.W_OK)


def read_only_error(path: Path) -> StoreError:
    """The one-line error of a command that must write to a read-only data directory."""
    return StoreError(
        f"the data directory {path.parent} is read-only, and this command writes to it",
        hint=f"pass --data-dir a writable copy (a snapshot or a read-only mount cannot be "
             f"written), or make it writable (chmod -R u+w {path.parent}); {READ_COMMANDS} "
             "still read it as it is")


def open_for_reading(path: Path) -> SQLiteStore:
    """The store at ``path`` for reading: read-write when possible, else read-only.

    Raises :class:`StoreError` when there is no store to read, or when its schema is older
    than this veille reads and cannot be upgraded in place.
    """
    from veille.store.sqlite import SQLiteStore  # it imports this module

    if can_write(path):
        return SQLiteStore.open(path)
    if not path.is_file():
        raise StoreError(f"no store at {path}, and its directory is read-only",
                         hint="check --data-dir (or VEILLE_DATA_DIR)")
    return open_read_only(path)


def open_read_only(path: Path) -> SQLiteStore:
    """A read-only connection to the store at ``path``, whether or not SQLite can create
    its journal files beside it (see the module docstring)."""
    from veille.store.sqlite import SQLiteStore

    uri = "file:" + quote(str(path.resolve()))
    last: sqlite3.Error | None = None
    for query in ("mode=ro", "mode=ro&immutable=1"):
        conn = sqlite3.connect(f"{uri}?{query}", uri=True, isolation_level=None, timeout=30,
                               check_same_thread=False)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        except sqlite3.Error as exc:
            conn.close()
            last = exc
            continue
        if version != SCHEMA_VERSION:
            conn.close()
            raise StoreError(
                f"the store at {path} has schema version {version}, this veille reads "
                f"{SCHEMA_VERSION}, and the read-only directory cannot be upgraded",
                hint=f"make {path.parent} writable once, or use the veille that wrote it")
        return SQLiteStore(conn, path)
    raise StoreError(f"cannot read the store at {path}: {last}",
                     hint="check the file's permissions")
