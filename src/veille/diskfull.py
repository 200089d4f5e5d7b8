"""A full disk, told as one: what filled up, where, and what to do (newuser8 Q30).

SQLite reports a full disk as ``SQLITE_FULL`` ("database or disk is full", also when a
``max_page_count`` is reached), the system as ``ENOSPC`` (or ``EDQUOT``, a quota reached),
and tantivy as an I/O error whose text carries the system's "No space left on device"
(``os error 28``), and PostgreSQL as SQLSTATE ``53100`` (``disk_full``). The store and
the index map these to their own errors with :data:`HINT` at their boundary, so every
command says the same, and no traceback is shown.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

SQLITE_FULL = 13
"""SQLite's result code for a full disk (https://www.sqlite.org/rescode.html#full)."""

SQLSTATE_DISK_FULL = "53100"
"""PostgreSQL's ``disk_full`` condition (psycopg's ``errors.DiskFull``; PostgreSQL manual,
Appendix A "PostgreSQL Error Codes")."""

HINT = "free space, then run the same command again; what was stored is kept"
"""What to do: nothing is lost (a batch is one transaction, rolled back whole)."""

_TEXTS = ("database or disk is full", "disk is full", "no space left on device",
          "os error 28", "disk quota exceeded", "os error 122")


def is_disk_full(exc: BaseException) -> bool:
    """Whether ``exc`` says the disk (or the user's quota, or SQLite's page limit) is full:
    an :class:`OSError` ``ENOSPC``/``EDQUOT``, a :class:`sqlite3.Error` ``SQLITE_FULL``, a
    psycopg error of SQLSTATE :data:`SQLSTATE_DISK_FULL`, or an error whose text says so
    (tantivy raises :class:`ValueError` with the OS text)."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    if isinstance(exc, sqlite3.Error) and getattr(exc, "sqlite_errorcode", None) == SQLITE_FULL:
        return True
    if getattr(exc, "sqlstate", None) == SQLSTATE_DISK_FULL:  # a psycopg.Error
        return True
    text = str(exc).lower()
    return any(t in text for t in _TEXTS)


def message(what: str, where: Path | str, exc: BaseException) -> str:
    """``what`` (``the store``, ``the search index``) could not be written: the disk
    holding ``where`` is full; the original error in parentheses."""
    return f"{what} cannot be written: the disk holding {where} is full ({exc})"


FREE_MARGIN = 1 << 20
"""Bytes under which a disk counts as full when a library hides why a write failed."""


def no_space_left(path: Path | str) -> bool:
    """Whether the disk holding ``path`` (or its nearest existing parent) has less than
    :data:`FREE_MARGIN` bytes free for this user. Tantivy reports a failed segment write
    only as "An index writer was killed ... (io::Error most likely)", so the free space
    tells what the error does not."""
    place = Path(path)
    while not place.exists() and place != place.parent:
        place = place.parent
    try:
        return shutil.disk_usage(place).free < FREE_MARGIN
    except OSError:
        return False
