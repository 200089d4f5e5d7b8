"""Tables built from the data veille ships, kept on disk across runs (issue #13, r-perf67).

A process meets the place tables (towns abroad, communes, the stated places' points...) the
first time it reads an article's places, and built them from the shipped gazetteer each
time: about a second of CPU of every ``veille ingest`` start (r-perf66: ~1.3 CPU s once a
process; r-perf67's profile of one one-file ingest: half of its ~2.2 CPU s past the
imports). A builder decorated :func:`kept_once` is :func:`veille.collector.built_once`
whose table is also written, the first time it is built, to one file of the directory
:func:`keep_tables_in` names (the service names ``<data dir>/cache/tables``), and read back
from it by later processes.

A file holds: :data:`MAGIC`, :data:`FORMAT`, the interpreter's bytecode tag, the digest of
every file of the installed package (:func:`package_digest`: its code and its data, so an
upgrade, an edited data file or a changed builder all invalidate it), the digest of the
payload, then the payload (``marshal``: dicts, tuples, frozensets, strings and numbers; the
table comes back with its types and its dicts' order). A file that does not match (another
version, another interpreter, truncated, corrupt, unreadable) is ignored and the table is
built and written again; a write is atomic (a temporary file in the same directory, then
``os.replace``) and a failed one (a read-only or full disk) is left unsaid at DEBUG: the
cache only ever saves time, never stops a run. Nothing is kept when no directory was named
(the library's default): the table is built as before.

``marshal`` reads only what this process (or an earlier one of the same user) wrote into
the data directory, the store's own trust boundary; its payload is checked against its
digest before it is read.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar, cast

from veille.collector import built_once

_T = TypeVar("_T")

log = logging.getLogger(__name__)

MAGIC = b"veille-table\n"
FORMAT = 1
"""The file layout's version (module docstring); a file of another is built again."""
_DIGEST = 16
MAX_BYTES = 64 << 20
"""A kept file larger than this is not read (built again): the largest table, the names
index, is ~4.4 MB (r-perf67)."""

_directory: Path | None = None

KEPT: list[functools._lru_cache_wrapper[object]] = []
"""Every :func:`kept_once` builder, in the order their modules were imported (for the
tests: each one's table read back is compared with the one built)."""


def keep_tables_in(directory: Path | None) -> None:
    """Keep the :func:`kept_once` tables in ``directory`` (made when first written), or
    nowhere (``None``) from now on, for this process. Tables already built stay built."""
    global _directory
    _directory = directory


def kept_in() -> Path | None:
    """Where the tables are kept now (:func:`keep_tables_in`), ``None`` when nowhere."""
    return _directory


@built_once
def package_digest() -> bytes:
    """A digest (16 bytes) of every file of the installed ``veille`` package (relative path
    and bytes), once per process (about 13 MB, ~40 ms)."""
    root = Path(__file__).resolve().parent
    digest = hashlib.blake2b(digest_size=_DIGEST)
    for path in sorted(p for p in root.rglob("*")
                       if p.is_file() and "__pycache__" not in p.parts
                       and p.suffix not in (".pyc", ".pyo")):
        digest.update(path.relative_to(root).as_posix().encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
        digest.update(hashlib.blake2b(path.read_bytes(), digest_size=_DIGEST).digest())
    return digest.digest()


def _header() -> bytes:
    tag = (sys.implementation.cache_tag or "none").encode("ascii", "replace")
    return (MAGIC + FORMAT.to_bytes(2, "big") + marshal.version.to_bytes(2, "big")
            + len(tag).to_bytes(1, "big") + tag + package_digest())


def table_path(directory: Path, name: str) -> Path:
    """The file of the table built by ``name`` (``module.function``) in ``directory``."""
    return directory / f"{name}.table"


def read_table(path: Path) -> tuple[bool, object]:
    """``(True, table)`` kept in ``path`` for this package and interpreter, ``(False,
    None)`` when there is none or it cannot be used (module docstring); never raises."""
    try:
        with path.open("rb") as found:
            raw = found.read(MAX_BYTES + 1)
    except OSError:
        return False, None
    if len(raw) > MAX_BYTES:
        return False, None
    header = _header()
    if not raw.startswith(header) or len(raw) < len(header) + _DIGEST:
        return False, None
    stated = raw[len(header):len(header) + _DIGEST]
    payload = raw[len(header) + _DIGEST:]
    if hashlib.blake2b(payload, digest_size=_DIGEST).digest() != stated:
        return False, None
    try:
        return True, marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return False, None


def write_table(path: Path, table: object) -> bool:
    """Write ``table`` to ``path`` atomically (module docstring); ``False`` (logged at
    DEBUG) when it cannot be written or is not made of what ``marshal`` writes."""
    try:
        payload = marshal.dumps(table)  # type: ignore[arg-type]  # checked: ValueError
    except ValueError as exc:
        log.debug("table %s not kept: %s", path.name, exc)
        return False
    data = _header() + hashlib.blake2b(payload, digest_size=_DIGEST).digest() + payload
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        log.debug("table %s not kept in %s: %s", path.name, path.parent, exc)
        return False
    return True


def kept_once(build: Callable[[], _T]) -> functools._lru_cache_wrapper[_T]:
    """:func:`veille.collector.built_once` for a builder of a table made only of what
    ``marshal`` writes, from the shipped data alone (no setting, no environment): read from
    the kept tables' directory when a valid file is there, else built and written there
    (module docstring)."""
    name = f"{build.__module__}.{build.__qualname__}"

    @functools.wraps(build)
    def read_or_build() -> _T:
        directory = _directory
        if directory is None:
            return build()
        path = table_path(directory, name)
        found, table = read_table(path)
        if found:
            return cast(_T, table)
        built = build()
        write_table(path, built)
        return built

    cached = built_once(read_or_build)
    KEPT.append(cached)
    return cached
