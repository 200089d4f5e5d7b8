"""Reading a tantivy index in a directory veille may not write (a backup snapshot, a
read-only mount: newuser15c D4).

tantivy takes a lock file even to open an index for searching (``.tantivy-meta.lock``,
opened for writing), so an index in a read-only directory cannot be opened in place. The
generation is opened instead through a **shadow directory**: a new temporary directory
holding one symbolic link per file of the generation (tantivy reads and maps them through
the links) and its own lock files, so nothing is copied and nothing is written beside the
index. The shadow is removed when the index object is collected (or at exit). A snapshot
nobody writes is read as it is; a generation that a writer changes meanwhile may be read
inconsistently, like SQLite's ``immutable`` read of a read-only store
(:mod:`veille.store.readonly`).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import weakref
from pathlib import Path

LOCK_FILES = frozenset({".tantivy-meta.lock", ".tantivy-writer.lock"})
"""tantivy's lock files: created afresh in the shadow, never linked."""


def writable(path: Path) -> bool:
    """Whether veille may write in the directory ``path`` (tantivy's lock files)."""
    return os.access(path, os.W_OK)


def shadow(path: Path) -> Path:
    """A new temporary directory of links to every file of the index directory ``path``
    but its lock files. Raises ``OSError`` when ``path`` cannot be listed."""
    target = Path(tempfile.mkdtemp(prefix="veille-index-ro-"))
    try:
        for entry in path.iterdir():
            if entry.name not in LOCK_FILES:
                (target / entry.name).symlink_to(entry.resolve())
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)
        raise
    return target


def remove_with(owner: object, directory: Path) -> None:
    """Remove ``directory`` when ``owner`` is collected, or at exit."""
    weakref.finalize(owner, shutil.rmtree, directory, True)
