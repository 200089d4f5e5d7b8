"""WARC and WARC.gz archives (Common Crawl's CC-NEWS included), read with FastWARC.

FastWARC was measured against warcio on the same generated archive (``bench/collect.py``;
figures in ``docs/benchmarks.md``) and is several times faster, which matters for CC-NEWS
files of a gigabyte. The archive is streamed record by record, never loaded whole: only
``response`` records of successful HTML pages become raw inputs, each bounded by
``max_bytes``. An interrupted import resumes by itself: the ingest loop skips records whose
raw bytes are already stored before extracting anything, so a re-run costs little more than
reading the archive again.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from veille.collect.inflate import BodyDecoder
from veille.collect.sniff import describe
from veille.collect.urls import safe_url
from veille.errors import InputError, NotAnArticle
from veille.extract.stage import HTML
from veille.record import RawInput

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_warc(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def looks_like_warc(data: bytes) -> bool:
    """True when ``data`` (an archive's first bytes at least, gzip-compressed or not) opens
    with a WARC record: the version line ``WARC/1.0`` or ``WARC/1.1`` (ISO 28500, section
    5: "The first line of a WARC record is the WARC version"). Recognises an archive
    whatever its name (standard input, ``ingest_bytes``, the write API)."""
    head = data[:65536]
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    return head.lstrip(b"\r\n")[:6] in (b"WARC/0", b"WARC/1")


def _date(text: str, cache: dict[str, datetime]) -> datetime:
    """The record's WARC-Date; archives hold many records per second, so parsed once each."""
    value = cache.get(text)
    if value is None:
        try:
            value = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            value = datetime.now(UTC).replace(microsecond=0)
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        if len(cache) > 10_000:
            cache.clear()
        cache[text] = value
    return value


def read_warc(path: Path, *, max_bytes: int, source: str | None = None,
              progress: Callable[[int], None] | None = None,
              stream: BinaryIO | None = None, origin: str | None = None
              ) -> Iterator[RawInput | InputError]:
    """The HTML pages in one archive, as raw inputs whose ``url`` is the record's target.

    ``progress`` is called with the number of archive bytes read since the last call;
    ``origin`` names the archive in errors (its path by default); ``stream`` is the archive
    already opened (and checked: :func:`veille.collect.files.
    open_input`), else ``path`` is opened here. Payloads stored as sent
    (``Transfer-Encoding: chunked``, ``Content-Encoding: gzip``/``deflate``/``br``) are
    decoded here (issue #12, case 12), each bounded by ``max_bytes`` once decoded.
    FastWARC's own ``auto_decode`` was tried: it refuses a de-chunked body under a chunked
    header, and after a record both chunked and gzipped it silently ends the archive.
    """
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    origin = origin or str(path)
    if stream is None:
        try:
            stream = path.open("rb")
        except OSError as exc:
            yield InputError(f"cannot read the archive ({exc.strerror or exc})",
                             origin=origin, reason="unreadable",
                             hint="check the path and its permissions")
            return
    last = 0
    dates: dict[str, datetime] = {}
    with stream:
        start: int | None = 0
        pending: InputError | None = None  # a damaged record, said once its extent is known
        while start is not None:
            seen = start  # where the last record read started
            read_any = False
            try:
                if start:
                    stream.seek(start)
                for count, record in enumerate(ArchiveIterator(stream, parse_http=True)):
                    if pending is not None:
                        yield pending
                        pending = None
                    seen, read_any = int(record.stream_pos), True
                    if progress is not None and count % 256 == 0:
                        position = stream.tell()
                        progress(max(0, position - last))
                        last = max(last, position)
                    if record.record_type != WarcRecordType.response:
                        yield _not_a_page(record, origin)
                        continue
                    yield _page(record, origin=origin, max_bytes=max_bytes, source=source,
                                dates=dates)
                start = None
            except Exception as exc:  # a damaged record: say where, read on after it
                if seen == 0 and stream.seekable() and (other := _not_a_warc(stream)):
                    yield InputError(f"not a WARC archive: the file holds {other}",
                                     origin=origin, reason="not-warc",
                                     hint="give the file a name that says what it holds "
                                          "(.html.gz, .jsonl.gz...) to ingest it as that")
                    break
                resume = _next_record(stream, seen) if stream.seekable() else None
                # Read again from a record start that fails at once: the damage is that
                # record, one failure (verify12 X9: a corrupt gzip member gave two, the
                # first naming the intact record before it).
                where = (f"damaged record at byte {start}" if pending is not None
                         and not read_any else f"damaged record after byte {seen}")
                if pending is not None and read_any:
                    yield pending
                pending = InputError(
                    f"{where} ({exc})" + (
                        f": skipped, reading on from the next record at byte {resume}"
                        if resume is not None else ": nothing readable after it"),
                    origin=origin, reason="bad-warc",
                    hint="the records before and after it are kept" if resume is not None
                    else "the archive ends damaged (cut short or not a WARC): the records "
                         "before it are kept; if it was downloaded, download it again")
                start = resume
        if pending is not None:
            yield pending
        if progress is not None:
            progress(max(0, path.stat().st_size - last))


def _not_a_warc(stream: BinaryIO) -> str:
    """What the archive holds when it does not open with a WARC record (a gzipped page
    named ``.warc.gz``: newuser12 W13, "damaged record... download it again"), as
    :func:`veille.collect.sniff.describe` says it; "" when it opens as a WARC does."""
    stream.seek(0)
    head = stream.read(65536)
    return "" if looks_like_warc(head) else describe(head)


_RECORD_STARTS = (b"\x1f\x8b\x08", b"WARC/1.")
"""What opens a record: a gzip member's header (a .warc.gz holds one member per record, as
CC-NEWS writes them, ISO 28500 Annex D) or a record's version line."""


def _next_record(stream: BinaryIO, after: int) -> int | None:
    """The byte offset of the first record start past ``after`` in ``stream``, else None:
    where reading resumes after a damaged record (a wrong ``Content-Length`` made every
    intact record after it unreadable: newuser12 W10). Each resume starts strictly
    further on, so reading always ends."""
    chunk_size = 1 << 20
    position = after + 1
    while True:
        stream.seek(position)
        chunk = stream.read(chunk_size + 8)
        if not chunk:
            return None
        found = [i for mark in _RECORD_STARTS if (i := chunk.find(mark)) >= 0]
        if found:
            return position + min(found)
        if len(chunk) <= chunk_size:
            return None
        position += chunk_size


def _target(record: Any) -> str:
    """A record's ``WARC-Target-URI`` as written, without the angle brackets wget 1.x
    (WARC/1.0) puts around it, "<https://…>", as the WARC 1.0 grammar's example did
    (newuser12 W21)."""
    target = (record.headers.get("WARC-Target-URI") or "").strip()
    if target.startswith("<") and target.endswith(">"):
        target = target[1:-1].strip()
    return target


def _not_a_page(record: Any, origin: str) -> NotAnArticle:
    """A record that is no response (``warcinfo``, ``request``, ``metadata``, ``revisit``,
    ``resource``...): skipped and counted as "WARC <type> record", so that every record of
    the archive is in the summary (newuser12 W14: 13 records read as 6)."""
    kind = (record.headers.get("WARC-Type") or "").strip().lower()[:40] or "untyped"
    where = _target(record)[:200] or f"{origin}@{record.stream_pos}"
    return NotAnArticle(f"a WARC {kind} record, not a page: skipped", origin=where,
                        reason="not-a-page", kind=f"WARC {kind} record")


def _skipped_response(why: str, kind: str, url: str, origin: str,
                      position: int) -> NotAnArticle:
    """A response that is no article page (not ``200``, not HTML, empty), counted under
    ``kind``."""
    return NotAnArticle(f"{why}, not an article page: skipped",
                        origin=url or f"{origin}@{position}", reason="not-a-page", kind=kind)


def _page(record: Any, *, origin: str, max_bytes: int, source: str | None,
          dates: dict[str, datetime]) -> RawInput | InputError:
    http = record.http_headers
    headers = record.headers
    url = safe_url(_target(record))
    position = int(record.stream_pos)
    if http is None:
        return _skipped_response("a response without HTTP headers", "response without "
                                 "HTTP headers", url or "", origin, position)
    if http.status_code != 200:
        return _skipped_response(f"an HTTP {http.status_code} response", "non-200 response",
                                 url or "", origin, position)
    media_type = (record.http_content_type or "").split(";")[0].strip().lower()
    if media_type not in HTML_TYPES:
        return _skipped_response(f"a {media_type[:80] or 'untyped'} response",
                                 "non-HTML response", url or "", origin, position)
    too_large = InputError(f"record of {url} is over the limit of {max_bytes} bytes",
                           origin=f"{origin}@{record.stream_pos}", reason="too-large",
                           hint="raise max_input_bytes (VEILLE_MAX_INPUT_BYTES) if genuine")
    if record.content_length > max_bytes:  # checked before reading: nothing is allocated
        return too_large
    body = record.reader.read()
    if len(body) < record.content_length:  # the archive ends inside this record
        return InputError(f"record of {url} is cut short: {len(body)} of its "
                          f"{record.content_length} bytes", origin=f"{origin}@"
                          f"{record.stream_pos}", reason="truncated",
                          hint="the archive is incomplete (an interrupted download?): "
                               "download it again; the records before this one are kept")
    if http.get("Transfer-Encoding", "").lower().strip() == "chunked":
        body = dechunk(body)
    encoding = http.get("Content-Encoding", "").strip().lower()
    if encoding not in ("", "identity"):
        try:
            decoder = BodyDecoder(encoding, limit=max_bytes)
            body = decoder.feed(body)
            decoder.finish()
        except OverflowError:
            return too_large
        except ValueError as exc:
            if not _looks_decoded(body):
                return InputError(f"record of {url} cannot be decoded ({exc})",
                                  origin=f"{origin}@{record.stream_pos}", reason="bad-encoding",
                                  hint="the archive holds a damaged payload; it was skipped")
    if not body:
        return _skipped_response("an empty response", "empty response", url or "", origin,
                                 position)
    return RawInput(data=body, origin=url or f"{origin}@{record.stream_pos}",
                    media_type=HTML, url=url, source=source,
                    fetched_at=_date(headers.get("WARC-Date") or "", dates))


_CHUNK_SIZE = re.compile(rb"([0-9a-fA-F]{1,8})[ \t]*(?:;[^\r\n]{0,1024})?\r?\n")


def dechunk(data: bytes) -> bytes:
    """An HTTP/1.1 chunked body (RFC 9112 section 7.1) joined back; a body that does not
    start as a chunked one is returned as it is (some crawlers keep the header but store the
    body de-chunked, as warcio and aut tolerate), and one cut short keeps what it holds.
    Linear; the output is never longer than the input."""
    out = bytearray()
    position = 0
    while position < len(data):
        size_line = _CHUNK_SIZE.match(data, position)
        if size_line is None:
            return bytes(out) if out else data
        size = int(size_line.group(1), 16)
        position = size_line.end()
        if size == 0:
            break
        out += data[position:position + size]
        position += size
        for end in (b"\r\n", b"\n"):
            if data.startswith(end, position):
                position += len(end)
                break
        else:
            if position < len(data):
                return data  # the sizes do not match the data: not chunked after all
    return bytes(out)


def _looks_decoded(body: bytes) -> bool:
    """A payload whose header says compressed but that reads as markup already (some
    tools store bodies decoded and keep the header)."""
    return body.lstrip()[:1] == b"<"


def archive_bytes(paths: list[Path]) -> int:
    """The size of the archives among ``paths`` (directories searched), for a progress bar
    counted in bytes: one archive can hold a hundred thousand pages."""
    total = 0
    for path in paths:
        files = path.rglob("*") if path.is_dir() else [path]
        total += sum(f.stat().st_size for f in files if is_warc(f.name) and f.is_file())
    return total
