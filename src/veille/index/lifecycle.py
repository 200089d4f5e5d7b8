"""Where the index lives, how a new one replaces it, and how its files are checked.

``settings.index_dir`` holds generations, one directory each (``gen-<time>-<pid>``), and a
``CURRENT`` file naming the live one. ``veille reindex`` builds a new generation beside the
live one, which keeps answering, then swaps ``CURRENT`` with one atomic rename: a reader or
writer sees the old index or the new one, never a mix, and a killed rebuild leaves the old
index as it was (the next rebuild removes the half-built generation). Readers compare
:meth:`IndexHome.token` with what they opened and reopen after a swap.

An index directory of veille 0.1 (the files directly in ``index_dir``) is read as the
current generation until the first rebuild, which removes its files. Anything else found
in ``index_dir`` (a stray file, a damaged generation) is never read, so a rebuild works
whatever state the old index is in.

Corruption: every tantivy segment file ends with a footer holding the CRC-32 of its
content (tantivy ``directory/footer.rs``); :func:`verify_files` recomputes them for the
segments the index's ``meta.json`` lists, so flipped bits are found by ``veille check``.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import struct
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from veille.errors import SearchIndexError

CURRENT = "CURRENT"
GENERATION = re.compile(r"^gen-\d+-\d+$")
LEGACY_FILE = re.compile(r"^([0-9a-f]{32}\..+|meta\.json|\.managed\.json|\.tantivy-.*\.lock|"
                         r"veille-index\.json)$")
SWAP_LEFTOVER = re.compile(r"^CURRENT\.\d+\.tmp$")
FOOTER_MAGIC = 1337
"""``FOOTER_MAGIC_NUMBER`` of tantivy's file footer."""
SEGMENT_PARTS = ("idx", "pos", "term", "store", "fast", "fieldnorm")
LEGACY_META = "veille-index.json"


class IndexHome:
    """The generations of the index in ``root`` and the pointer to the live one."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def token(self) -> str:
        """What ``CURRENT`` says now ('' before the first index); changes at each swap."""
        try:
            return (self.root / CURRENT).read_text("utf-8").strip()
        except (FileNotFoundError, NotADirectoryError):
            return ""
        except OSError as exc:
            raise SearchIndexError(f"cannot read {self.root / CURRENT}: {exc}",
                                   hint="check the data directory's permissions") from exc

    def current(self) -> Path | None:
        """The live generation, or None when there is no index yet; raises
        :class:`SearchIndexError` when ``root`` is not a directory."""
        if self.root.exists() and not self.root.is_dir():
            raise self._not_a_directory()
        name = self.token()
        if name and GENERATION.match(name) and (self.root / name).is_dir():
            return self.root / name
        if not name and (self.root / LEGACY_META).is_file():
            return self.root
        return None

    def make_root(self) -> None:
        """Create ``root`` when missing; raises :class:`SearchIndexError` when something
        that is not a directory is in its place (it is never moved or removed: it may be
        someone's data)."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError) as exc:
            raise self._not_a_directory() from exc

    def _not_a_directory(self) -> SearchIndexError:
        return SearchIndexError(f"{self.root} is not a directory, so the search index "
                                "cannot live there",
                                hint="move it away, then run `veille reindex`")

    @contextmanager
    def locked(self, name: str = ".lock", *, wait: bool = True) -> Iterator[bool]:
        """An exclusive lock file in ``root`` (released when the process dies); yields
        False when ``wait`` is off and someone else holds it."""
        self.make_root()
        with open(self.root / name, "a+b") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
            except BlockingIOError:
                yield False
                return
            try:
                yield True
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def new_generation(self) -> Path:
        """An empty directory for a new index, beside the live one."""
        self.make_root()
        path = self.root / f"gen-{time.time_ns()}-{os.getpid()}"
        path.mkdir()
        return path

    def swap(self, generation: Path) -> Path | None:
        """Make ``generation`` the live index (one atomic rename); returns the previous."""
        previous = self.current()
        temporary = self.root / f"{CURRENT}.{os.getpid()}.tmp"
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write(generation.name + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.root / CURRENT)
        directory = os.open(self.root, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
        return previous

    def remove_stale(self) -> list[str]:
        """Remove every generation but the live one, and the files of a 0.1 index; returns
        what was removed. Call it holding the rebuild lock (nothing else builds then)."""
        live = self.current()
        removed: list[str] = []
        for entry in sorted(self.root.iterdir()) if self.root.is_dir() else []:
            if entry == live:
                continue
            if entry.is_dir() and GENERATION.match(entry.name):
                shutil.rmtree(entry, ignore_errors=True)
                removed.append(entry.name)
            elif entry.is_file() and SWAP_LEFTOVER.match(entry.name):
                entry.unlink(missing_ok=True)  # a swap killed before its rename
                removed.append(entry.name)
            elif live != self.root and entry.is_file() and LEGACY_FILE.match(entry.name):
                entry.unlink(missing_ok=True)
                removed.append(entry.name)
        return removed


def verify_files(path: Path) -> list[str]:
    """Problems with the committed files of the index in ``path`` (empty when sound):
    an unreadable ``meta.json``, a segment file missing, or one whose CRC-32 does not
    match its footer."""
    meta_path = path / "meta.json"
    try:
        meta = json.loads(meta_path.read_text("utf-8"))
        segments = list(meta["segments"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return [f"{meta_path}: unreadable ({exc})"]
    problems: list[str] = []
    for segment in segments:
        prefix = str(segment["segment_id"]).replace("-", "")
        names = [f"{prefix}.{part}" for part in SEGMENT_PARTS]
        deletes = segment.get("deletes")
        if deletes:
            names.append(f"{prefix}.{deletes['opstamp']}.del")
        for name in names:
            problem = _check_footer(path / name)
            if problem:
                problems.append(f"{path / name}: {problem}")
    return problems


def _check_footer(path: Path, chunk: int = 1 << 20) -> str:
    """Check one file's footer, reading it in ``chunk``-byte pieces (bounded memory)."""
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size < 8:
                return "truncated"
            handle.seek(size - 8)
            length, magic = struct.unpack("<II", handle.read(8))
            if magic != FOOTER_MAGIC or length + 8 > size:
                return "no valid footer (damaged or truncated)"
            handle.seek(size - 8 - length)
            try:
                expected = int(json.loads(handle.read(length))["crc"])
            except (ValueError, KeyError, TypeError):
                return "unreadable footer"
            handle.seek(0)
            crc, left = 0, size - 8 - length
            while left > 0:
                piece = handle.read(min(chunk, left))
                if not piece:
                    return "truncated"
                crc, left = zlib.crc32(piece, crc), left - len(piece)
    except FileNotFoundError:
        return "missing"
    except OSError as exc:
        return f"unreadable ({exc})"
    if crc != expected:
        return "checksum mismatch (the file is corrupted)"
    return ""
