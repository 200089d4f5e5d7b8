"""Read local inputs: files, directories (recursively), gzip files and standard input.

This module owns the file-system I/O of ingest; it yields :class:`RawInput` items, or
:class:`~veille.errors.InputError` for an item that cannot be read, and never stops a walk
because one file is bad. Sizes are bounded before reading: a file over ``max_bytes`` is
refused without being read, and a gzip file may not inflate past ``max_bytes`` either.
"""

from __future__ import annotations

import gzip
import os
import stat
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from veille.collect.warc import is_warc, read_warc
from veille.collect.wire import sniff_wire, wire_items
from veille.errors import InputError
from veille.extract.encoding import decode_bytes
from veille.extract.stage import HTML, RECORD, TEXT
from veille.record import RawInput

_SUFFIX_TYPES = {".txt": TEXT, ".text": TEXT, ".html": HTML, ".htm": HTML, ".xhtml": HTML,
                 ".jsonl": RECORD, ".ndjson": RECORD, ".json": RECORD}
_WHOLE_JSON = ".json"
_OTHER_INPUTS = (".xml", ".warc")  # wire files, and WARC archives (.warc.gz too)
SKIPPED_NAMES = {".git", ".svn", "__pycache__", ".DS_Store"}


@dataclass(frozen=True, slots=True)
class Options:
    """How to read inputs: the size bound, and an optional source name for them all."""

    max_bytes: int
    source: str | None = None
    archive_progress: Callable[[int], None] | None = None


def is_ingestible_name(name: str) -> bool:
    """Whether a file met in a directory walk is an input: a known suffix (``.txt``,
    ``.html``, ``.jsonl``...), gzipped or not, or no suffix at all (sniffed). Other files
    (a README, images, PDFs) are passed over; a file named explicitly is always read."""
    stem = name[:-3] if name.lower().endswith(".gz") else name
    suffix = Path(stem).suffix.lower()
    return suffix in _SUFFIX_TYPES or suffix in _OTHER_INPUTS or suffix == ""


def list_files(paths: list[Path]) -> Iterator[Path]:
    """The input files under ``paths``, directories walked recursively in a stable order."""
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if d not in SKIPPED_NAMES)
                for name in sorted(files):
                    if (name not in SKIPPED_NAMES and not name.startswith(".")
                            and is_ingestible_name(name)):
                        yield Path(root) / name
        else:
            yield path


def _inflate(data: bytes, *, max_bytes: int, origin: str) -> bytes:
    """Inflate every member of a gzip file (``cat a.gz b.gz`` is one valid gzip file),
    refusing output past ``max_bytes`` and data cut short."""
    out = bytearray()
    rest = data
    while True:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out += inflater.decompress(rest, max_bytes + 1 - len(out))
        except zlib.error as exc:
            raise InputError(f"broken gzip data ({exc})", origin=origin, reason="bad-gzip",
                             hint="re-download or re-compress the file") from None
        if len(out) > max_bytes:
            raise InputError(f"gzip file inflates past the limit of {max_bytes} bytes",
                             origin=origin, reason="too-large",
                             hint="raise max_input_bytes (VEILLE_MAX_INPUT_BYTES) if it is genuine")
        if not inflater.eof:
            raise InputError("broken gzip data (the file is cut short)", origin=origin,
                             reason="bad-gzip", hint="re-download or re-compress the file")
        rest = inflater.unused_data
        if rest[:2] != b"\x1f\x8b":
            return bytes(out)  # the end, or trailing padding that gzip(1) ignores too


def media_type_for(name: str, data: bytes) -> str:
    """The media type from the file name, else sniffed from the first bytes."""
    suffix = Path(name).suffix.lower()
    if suffix in _SUFFIX_TYPES:
        return _SUFFIX_TYPES[suffix]
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<meta")):
        return HTML
    if head.startswith(b"{") and b'"' in head:
        return RECORD
    return TEXT


def read_stream(stream: BinaryIO, *, origin: str, options: Options) -> bytes:
    """Read at most ``max_bytes`` from a stream, refusing anything larger."""
    data = stream.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        raise InputError(f"input is larger than the limit of {options.max_bytes} bytes",
                         origin=origin, reason="too-large",
                         hint="raise max_input_bytes (VEILLE_MAX_INPUT_BYTES) if it is genuine")
    return bytes(data)


def items_from_bytes(data: bytes, *, name: str, origin: str,
                     options: Options) -> Iterator[RawInput | InputError]:
    """Raw inputs in one file's bytes: one for a page, one per line for JSON Lines."""
    if name.lower().endswith(".gz") or data[:2] == b"\x1f\x8b":
        try:
            data = _inflate(data, max_bytes=options.max_bytes, origin=origin)
        except InputError as exc:
            yield exc
            return
        name = name[:-3] if name.lower().endswith(".gz") else name
    if not data.strip():
        yield InputError("empty file", origin=origin, reason="empty",
                         hint="nothing to ingest; check the file")
        return
    media_type = media_type_for(name, data)
    wire = sniff_wire(data) if media_type in (TEXT, RECORD) else None
    if wire is not None:  # NewsML-G2 (.xml) or ninjs (.json)
        yield from wire_items(data, media_type=wire, origin=origin, source=options.source)
        return
    if name.lower().endswith(".xml"):
        yield InputError("XML, but not a NewsML-G2 news item", origin=origin,
                         reason="unsupported",
                         hint="feeds and sitemaps are followed with `veille sources add URL`")
        return
    if media_type != RECORD:
        yield RawInput(data=data, origin=origin, media_type=media_type, source=options.source)
        return
    if name.lower().endswith(_WHOLE_JSON):
        yield from _json_document(data, origin=origin, options=options)
        return
    for number, line in enumerate(data.splitlines(), start=1):
        if line.strip():
            yield RawInput(data=line.strip(), origin=f"{origin}#{number}", media_type=RECORD,
                           url=_quick_url(line), source=options.source)


def _json_document(data: bytes, *, origin: str,
                   options: Options) -> Iterator[RawInput | InputError]:
    """A ``.json`` file: one article object, or an array of them."""
    import json

    try:
        doc = json.loads(decode_bytes(data, origin=origin).text)
    except InputError as exc:
        yield exc
        return
    except (ValueError, RecursionError) as exc:
        yield InputError(f"broken JSON ({exc})", origin=origin, reason="bad-json",
                         hint="fix the file; JSON Lines files should end in .jsonl")
        return
    records = doc if isinstance(doc, list) else [doc]
    for number, record in enumerate(records, start=1):
        where = f"{origin}#{number}" if isinstance(doc, list) else origin
        line = json.dumps(record, ensure_ascii=False).encode("utf-8")
        yield RawInput(data=line, origin=where, media_type=RECORD, url=_quick_url(line),
                       source=options.source)


def _quick_url(line: bytes) -> str | None:
    """The record's URL, when the line is valid JSON with one (the id derives from it)."""
    import json

    try:
        record = json.loads(line)
    except (ValueError, RecursionError):
        try:  # a legacy code page or mojibake: read it the way extraction will
            record = json.loads(decode_bytes(line).text)
        except (ValueError, RecursionError, InputError):
            return None
    if isinstance(record, dict):
        for key in ("url", "link", "canonical_url"):
            if isinstance(record.get(key), str) and record[key].strip():
                return str(record[key]).strip()
    return None


def read_path(path: Path, *, options: Options,
              regular_only: bool = False) -> Iterator[RawInput | InputError]:
    """Raw inputs from one file, or an :class:`InputError` saying why it cannot be read.

    With ``regular_only`` (files found by walking a directory), a FIFO, socket or device is
    refused: opening a FIFO nobody writes to would block the whole ingest forever.
    """
    origin = str(path)
    try:
        info = path.stat()
        if regular_only and not stat.S_ISREG(info.st_mode):
            yield InputError("not a regular file (a FIFO, socket or device)", origin=origin,
                             reason="not-a-file",
                             hint="veille reads regular files in a directory; name a special "
                                  "file explicitly to read it")
            return
        size = info.st_size
        if size > options.max_bytes:
            yield InputError(f"file is {size} bytes, over the limit of {options.max_bytes}",
                             origin=origin, reason="too-large",
                             hint="raise max_input_bytes (VEILLE_MAX_INPUT_BYTES) if genuine")
            return
        with path.open("rb") as stream:
            data = read_stream(stream, origin=origin, options=options)
    except InputError as exc:
        yield exc
        return
    except FileNotFoundError:
        yield InputError("no such file", origin=origin, reason="not-found",
                         hint="check the path")
        return
    except OSError as exc:
        yield InputError(f"cannot read the file ({exc.strerror or exc})", origin=origin,
                         reason="unreadable", hint="check its permissions")
        return
    yield from items_from_bytes(data, name=path.name, origin=origin, options=options)


def read_inputs(paths: list[Path], *, options: Options,
                stdin: BinaryIO | None = None) -> Iterator[RawInput | InputError]:
    """Every raw input under ``paths`` (``-`` is standard input)."""
    for path in paths:
        if str(path) == "-":
            if stdin is None:
                continue
            try:
                data = read_stream(stdin, origin="<stdin>", options=options)
            except InputError as exc:
                yield exc
                continue
            yield from items_from_bytes(data, name="stdin", origin="<stdin>", options=options)
            continue
        if not path.exists():
            yield InputError("no such file or directory", origin=str(path), reason="not-found",
                             hint="check the path")
            continue
        for file in list_files([path]):
            if is_warc(file.name):  # streamed record by record, not bounded as a whole
                yield from read_warc(file, max_bytes=options.max_bytes, source=options.source,
                                     progress=options.archive_progress)
                continue
            yield from read_path(file, options=options, regular_only=file != path)


def count_files(paths: list[Path]) -> int:
    """How many files a walk will read, for the progress bar."""
    return sum(1 for p in paths if str(p) != "-" for _ in list_files([p]) if p.exists())


def gzip_bytes(data: bytes) -> bytes:
    """Gzip helper for tests and exports."""
    return gzip.compress(data)
