"""Read local inputs: files, directories (recursively), gzip files and standard input.

This module owns the file-system I/O of ingest; it yields :class:`RawInput` items, or
:class:`~veille.errors.InputError` for an item that cannot be read, and never stops a walk
because one file is bad. Sizes are bounded before reading: a file over ``max_bytes`` is
refused without being read, a gzip file may not inflate past ``max_bytes`` either (in time
linear in its size, however many members it has), and a JSON record longer than
:data:`MAX_RECORD_BYTES` is read with its texts cut to the article bound
(:mod:`veille.extract.json_bound`).

Files met in a walk are opened without blocking and read only when they are regular files,
whatever their name (a FIFO named ``*.warc`` hung ingest forever); a symbolic link that
points outside the folder being read is refused unless ``follow_symlinks_outside`` says
otherwise. File names are kept losslessly: bytes that are not UTF-8 are shown as ``\\xNN``
in origins, which every store and terminal accepts (issue #11).
"""

from __future__ import annotations

import errno
import fcntl
import gzip
import io
import os
import re
import stat
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from veille.collect.broken_feeds import broken_feed
from veille.collect.feed_files import FEED_SUFFIXES, feed_file_items, listing_kind
from veille.collect.inflate import inflate_gzip_prefix
from veille.collect.sniff import describe, opens_as_html
from veille.collect.urls import safe_url
from veille.collect.warc import is_warc, looks_like_warc, read_warc
from veille.collect.wire import sniff_wire, wire_items
from veille.errors import InputError, InputNote
from veille.extract.encoding import decode_bytes
from veille.extract.json_bound import MAX_RECORD_BYTES, bounded_json_text
from veille.extract.jsondepth import too_deep
from veille.extract.nitf import NITF
from veille.extract.stage import HTML, RECORD, TEXT
from veille.extract.wire import G2, NINJS
from veille.record import (
    EXPORTED_FIRST_SEEN_HINT,
    EXPORTED_ID_HINT,
    EXPORTED_ORIGINAL_HINT,
    ITEM_HINT,
    MAX_MERGED_IDS,
    MERGED_IDS_HINT,
    READ_AT_HINT,
    UNPUBLISHED_HINT,
    ZONE_HINT,
    RawInput,
    folder_item,
)

_SUFFIX_TYPES = {".txt": TEXT, ".text": TEXT, ".html": HTML, ".htm": HTML, ".xhtml": HTML,
                 ".jsonl": RECORD, ".ndjson": RECORD, ".json": RECORD}
_WHOLE_JSON = ".json"
_JSON_LINES = (".jsonl", ".ndjson")
# wire files, WARC archives (.warc.gz too) and saved feeds (veille.collect.feed_files)
_OTHER_INPUTS = (".xml", ".warc", *FEED_SUFFIXES)
SKIPPED_NAMES = {".git", ".svn", "__pycache__", ".DS_Store"}
# A news article as a JSON record is rarely over 1 MB; parsing JSON costs about 30 times its
# size in memory (one 40 MB line cost 1.3 GB, issue #11), so a record is bounded apart from
# the file that holds it, and a whole ``.json`` document (one object or an array) too.
# A longer line is read with its texts cut to the article bound (veille.extract.json_bound).
MAX_JSON_DOCUMENT_BYTES = 16 * 1024 * 1024
TOO_LARGE_HINT = "raise max_input_bytes (VEILLE_MAX_INPUT_BYTES) if it is genuine"


@dataclass(frozen=True, slots=True)
class Options:
    """How to read inputs: the size bound, an optional source name for them all,
    whether a symbolic link met in a folder may point outside it, and whether the files of
    a folder are identified by their path in it (``folder_items``: a folder source's;
    :func:`with_folder_identity`)."""

    max_bytes: int
    source: str | None = None
    archive_progress: Callable[[int], None] | None = None
    file_progress: Callable[[int], None] | None = None
    """Told 1 as each file of a walk is read through (t-final36 B4: a progress bar counting
    the files, beside the archives' bytes)."""
    follow_symlinks_outside: bool = False
    folder_items: bool = False
    zone: str = ""
    """The source's time zone setting, given to every input (:data:`veille.record.
    ZONE_HINT`)."""


def origin_of(path: Path | str) -> str:
    """A path as text any store and terminal accepts, without losing what it names: bytes
    of the name that are not UTF-8 (Python keeps them as surrogates) become ``\\xNN``."""
    text = os.fspath(path)
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def is_ingestible_name(name: str) -> bool:
    """Whether a file met in a directory walk is an input: a known suffix (``.txt``,
    ``.html``, ``.jsonl``...), gzipped or not, or no suffix at all (sniffed). Other files
    (a README, images, PDFs) are passed over; a file named explicitly is always read."""
    stem = name[:-3] if name.lower().endswith(".gz") else name
    suffix = Path(stem).suffix.lower()
    return suffix in _SUFFIX_TYPES or suffix in _OTHER_INPUTS or suffix == ""


def list_files(paths: list[Path], passed: list[Path] | None = None) -> Iterator[Path]:
    """The input files under ``paths``, directories walked recursively in a stable order.
    ``passed``, when given, receives the files of a walk whose name is of no input kind
    (:func:`is_ingestible_name`), to be told (t-final55 B1: a folder's ``junk.bin`` was
    passed over without a word); hidden files and :data:`SKIPPED_NAMES` are not."""
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if d not in SKIPPED_NAMES)
                for name in sorted(files):
                    if name in SKIPPED_NAMES or name.startswith("."):
                        continue
                    if is_ingestible_name(name):
                        yield Path(root) / name
                    elif passed is not None:
                        passed.append(Path(root) / name)
        else:
            yield path


def passed_over_note(folder: Path, passed: list[Path]) -> InputNote | None:
    """The one line telling the files of ``folder`` a walk passed over (no input kind by
    their name: a README, a picture, a ``.bin``), counted by suffix, with up to three
    names and what to do to read one; None when there are none."""
    if not passed:
        return None
    kinds = Counter(p.suffix.lower() or p.name for p in passed)
    counted = ", ".join(f"{kind} {n}" for kind, n in kinds.most_common(6))
    names = ", ".join(origin_of(p.relative_to(folder)) for p in passed[:3])
    more = f" and {len(passed) - 3} more" if len(passed) > 3 else ""
    return InputNote(
        f"passed over {len(passed)} {'file' if len(passed) == 1 else 'files'} whose name "
        f"is of no input kind ({counted}): "
        f"{names}{more}", origin=origin_of(folder), reason="not-an-input",
        hint="name a file to read it whatever its name (`veille ingest FILE`), or give it a "
             "suffix veille reads (.txt, .html, .xml, .json, .jsonl, .warc...)")


def media_type_for(name: str, data: bytes) -> str:
    """The media type from the file name, else sniffed from the first bytes."""
    suffix = Path(name).suffix.lower()
    if suffix in _SUFFIX_TYPES:
        return _SUFFIX_TYPES[suffix]
    if opens_as_html(data):
        return HTML
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
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
    """Raw inputs in one file's bytes: one for a page, one per line for JSON Lines, one
    per page of a WARC archive (recognised by its content, :func:`looks_like_warc`)."""
    if looks_like_warc(data):
        yield from read_warc(Path(name), max_bytes=options.max_bytes, source=options.source,
                             stream=io.BytesIO(data), origin=origin)
        return
    damage: InputError | None = None
    if name.lower().endswith(".gz") or data[:2] == b"\x1f\x8b":
        try:
            data, damage = inflate_gzip_prefix(data, limit=options.max_bytes, origin=origin)
        except InputError as exc:
            yield exc
            return
        name = name[:-3] if name.lower().endswith(".gz") else name
        if damage is not None:
            kept = _whole_lines(data, name)
            if kept.strip():
                yield from _read_inflated(kept, name=name, origin=origin, options=options)
            yield _kept_before(damage, kept)
            return
    yield from _read_inflated(data, name=name, origin=origin, options=options)


def _whole_lines(data: bytes, name: str) -> bytes:
    """What a damaged gzip file of JSON Lines held in whole lines (up to its last line
    break); nothing for any other kind of file, where a cut document is no document."""
    if media_type_for(name, data) != RECORD or name.lower().endswith(_WHOLE_JSON):
        return b""
    return data[:data.rfind(b"\n") + 1]


def _kept_before(damage: InputError, kept: bytes) -> InputError:
    """The damaged gzip file's error, saying what of it was read (the records before the
    damage) and that ingesting it again adds only what is new."""
    if not kept.strip():
        return damage
    lines = kept.count(b"\n")
    return InputError(f"{damage}: the {lines} whole lines before the damage were "
                      "read", origin=damage.origin, reason=damage.reason,
                      hint="re-download or re-compress the file, then ingest it again: the "
                           "records already stored are not stored twice")


def _read_inflated(data: bytes, *, name: str, origin: str,
                   options: Options) -> Iterator[RawInput | InputError]:
    """Raw inputs in one file's bytes once inflated (see :func:`items_from_bytes`)."""
    if not data or data.isspace():  # strip() would copy the whole input
        yield InputError("empty file", origin=origin, reason="empty",
                         hint="nothing to ingest; check the file")
        return
    media_type = media_type_for(name, data)
    wire = sniff_wire(data) if media_type in (TEXT, RECORD) else None
    if wire == NINJS and name.lower().endswith(_JSON_LINES):
        wire = None  # each line is looked at on its own (:func:`_record_or_wire`)
    if wire is not None:  # NewsML-G2 (.xml) or ninjs (.json)
        yield from wire_items(data, media_type=wire, origin=origin, source=options.source)
        return
    listing = listing_kind(data) if media_type == TEXT or name.lower().endswith(
        (".xml", _WHOLE_JSON)) else ""
    if not listing and media_type == RECORD and _json_feed_document(data):
        listing = "a JSON Feed"  # on standard input, or saved without ".json" (t-final36 A3)
    if listing:  # a saved feed: one article per item (t-final24 F1)
        yield from feed_file_items(data, kind=listing, origin=origin, source=options.source)
        return
    broken = broken_feed(data, origin=origin) if name.lower().endswith(FEED_SUFFIXES) \
        else None
    if broken is not None:  # a feed that does not parse is no text capture (F11 d)
        yield broken
        return
    if name.lower().endswith(".xml"):
        yield _not_wire_xml(data, origin)
        return
    if media_type != RECORD:
        yield RawInput(data=data, origin=origin, media_type=media_type, source=options.source)
        return
    if name.lower().endswith(_WHOLE_JSON):
        yield from _json_document(data, origin=origin, options=options)
        return
    numbered = ((number, line) for number, line in _lines(data) if line.strip())
    first, second = next(numbered, None), next(numbered, None)
    if first is not None and second is None:  # the file's only line
        broken = _only_line_broken(first[1].strip(), origin=f"{origin}#{first[0]}")
        if broken is not None:
            yield broken
            return
    for number, line in (pair for pair in (first, second) if pair is not None):
        yield from _record_or_wire(line.strip(), origin=f"{origin}#{number}",
                                   options=options)
    for number, line in numbered:
        yield from _record_or_wire(line.strip(), origin=f"{origin}#{number}",
                                   options=options)


def _json_feed_document(data: bytes) -> bool:
    """Whether ``data`` (sniffed as JSON, whatever its name) is one JSON Feed document: a
    JSON object whose "version" is a ``https://jsonfeed.org/version/…`` URL and that has
    "items". Its content says so, not its name: a feed piped to standard input or saved
    without ``.json`` was read as JSON Lines, one broken record a line (t-final36 A3). A
    JSON Lines file is no single object, and is not taken for one."""
    import json

    if len(data) > MAX_JSON_DOCUMENT_BYTES or listing_kind(data) != "a JSON Feed":
        return False  # the head names no JSON Feed version: the usual, cheap answer
    try:
        document = json.loads(data)
    except (ValueError, RecursionError):
        return False
    return (isinstance(document, dict) and isinstance(document.get("items"), list)
            and str(document.get("version", "")).startswith("https://jsonfeed.org/version/"))


def _only_line_broken(line: bytes, *, origin: str) -> InputError | None:
    """The error of a JSON Lines file's only line when it is no JSON (a cut line), its
    hint saying so: "the other lines were read" is untrue of a file of one line
    (t-final27 F11 c); None when the line parses (its record is read as usual)."""
    from veille.extract.records import read_record_line

    try:
        read_record_line(line, origin=origin)
    except InputError as exc:
        if exc.reason != "bad-json" or not str(exc).startswith("broken JSON line"):
            return None
        return InputError(str(exc), origin=origin, reason="bad-json",
                          hint="fix the line; it is the file's only line, so nothing was read")
    return None


#: Wire formats veille does not read, by the root element of their XML (IPTC NewsML 1.x
#: ``<NewsML>``, NewsML-G2's predecessor; IPTC's
#: SportsML/EventsML ``<sportsml>``/``<eventsml>``): named so that a refusal says which
#: format a file is, not only that it is no NewsML-G2 item (newuser16b C10).
OTHER_WIRE_ROOTS = {"newsml": "NewsML 1.x (IPTC, the predecessor of NewsML-G2)",
                    "sportsml": "SportsML (IPTC)", "eventsml": "EventsML (IPTC)"}


def other_wire_format(what: str) -> str:
    """The name of the wire format an XML file is in when veille does not read it
    (:data:`OTHER_WIRE_ROOTS`), from :func:`veille.collect.sniff.describe`'s "XML whose
    root element is <nitf>"; "" for any other XML."""
    root = re.match(r"XML whose root element is <(?:[\w.-]+:)?([\w.-]+)>", what)
    return OTHER_WIRE_ROOTS.get(root.group(1).lower(), "") if root else ""


def _not_wire_xml(data: bytes, origin: str) -> InputError:
    """Why a ``.xml`` file that is no wire file is refused, naming what it holds
    (:func:`veille.collect.sniff.describe`): a file that is not XML at all (an image saved
    under that name) is not "XML, but not a NewsML-G2 news item" (newuser12 W13), and only
    a feed or sitemap gets the hint about feeds."""
    what = describe(data)
    if not what.startswith(("XML", "an RSS", "an Atom", "a sitemap")):
        return InputError(f"not XML: the file holds {what}", origin=origin,
                          reason="not-xml",
                          hint="check the file: its name says XML but its content is not")
    other = other_wire_format(what)
    if other:
        return InputError(f"{other}: a wire format veille does not read ({what})",
                          origin=origin, reason="unsupported",
                          hint="veille reads NewsML-G2 (2.x) items and messages, ninjs and "
                               "NITF documents; ask the provider for one of these (most agencies "
                               "offer NewsML-G2 or ninjs beside older formats)")
    if what.startswith("XML"):
        return InputError(f"XML, but not a NewsML-G2 news item ({what})", origin=origin,
                          reason="unsupported",
                          hint="veille reads NewsML-G2 items and messages from .xml files")
    return InputError(f"XML, but not a NewsML-G2 news item: {what}", origin=origin,
                      reason="unsupported",
                      hint="feeds and sitemaps are followed with `veille sources add URL`")


def _lines(data: bytes) -> Iterator[tuple[int, bytes]]:
    """Numbered lines, as ``bytes.splitlines`` cuts them, one at a time (no list of them
    all)."""
    number, start = 0, 0
    while start < len(data):
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        for piece in data[start:end].removesuffix(b"\r").split(b"\r"):
            number += 1
            yield number, piece
        start = end + 1


def _json_document(data: bytes, *, origin: str,
                   options: Options) -> Iterator[RawInput | InputError]:
    """A ``.json`` file: one article object, or an array of them."""
    import json

    if len(data) > MAX_JSON_DOCUMENT_BYTES:
        yield InputError(f"JSON document of {len(data)} bytes is over the limit of "
                         f"{MAX_JSON_DOCUMENT_BYTES}", origin=origin, reason="too-large",
                         hint="write large exports as JSON Lines (.jsonl), one record a line")
        return
    try:
        doc = json.loads(decode_bytes(data, origin=origin).text)
    except InputError as exc:
        yield exc
        return
    except RecursionError:
        yield too_deep("JSON", origin=origin)
        return
    except ValueError as exc:
        yield InputError(f"broken JSON ({exc})", origin=origin, reason="bad-json",
                         hint="fix the file; JSON Lines files should end in .jsonl")
        return
    records = doc if isinstance(doc, list) else [doc]
    for number, record in enumerate(records, start=1):
        where = f"{origin}#{number}" if isinstance(doc, list) else origin
        if isinstance(doc, list) and not isinstance(record, dict):
            yield InputError(f"element {number} of the array is {json_kind(record)}, where "
                             "an article record or a ninjs item is an object", origin=where,
                             reason="bad-json", hint="fix that element or remove it; the "
                                                     "other elements were read")
            continue
        line = json.dumps(record, ensure_ascii=False).encode("utf-8")
        yield from _record_or_wire(line, origin=where, options=options)


def json_kind(value: object) -> str:
    """The JSON type of a parsed value, with its article ("a number", "a string",
    "an array", "null", "true or false"), for messages (RFC 8259 § 3)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    return "a string" if isinstance(value, str) else "an array"


def _record_or_wire(line: bytes, *, origin: str,
                    options: Options) -> Iterator[RawInput | InputError]:
    """One JSON object of an array or a JSON Lines file: a ninjs item when it looks like
    one (:func:`~veille.collect.wire.sniff_wire`, as a whole ``.json`` document is
    recognised), else a veille article record."""
    if sniff_wire(line) == NINJS:
        yield from wire_items(line, media_type=NINJS, origin=origin, source=options.source)
        return
    try:
        url, hints = _quick_fields(line, origin=origin)
    except InputError as exc:  # a long line made of many small values
        yield exc
        return
    yield RawInput(data=line, origin=origin, media_type=RECORD, url=url,
                   source=options.source, hints=hints)


def _quick_fields(line: bytes, *, origin: str = "") -> tuple[str | None, dict[str, str]]:
    """The record's URL, when the line is valid JSON with one (the id derives from it),
    and the hints a line of ``veille export`` gives: its id (a ``content`` object beside
    an ``id``: :data:`~veille.record.EXPORTED_ID_HINT`) and what it says of a page its
    site removed (:data:`~veille.record.UNPUBLISHED_HINT`). A line over
    :data:`MAX_RECORD_BYTES` is read with its texts cut to the article bound
    (:func:`~veille.extract.json_bound.bounded_json_text`, which raises
    :class:`InputError` for one whose structure is over it)."""
    import json

    if len(line) > MAX_RECORD_BYTES:
        try:
            text = decode_bytes(line, origin=origin).text
        except InputError:
            return None, {}
        line = bounded_json_text(text, origin=origin)[0].encode("utf-8")
    try:
        record = json.loads(line)
    except (ValueError, RecursionError):
        try:  # a legacy code page or mojibake: read it the way extraction will
            record = json.loads(decode_bytes(line).text)
        except (ValueError, RecursionError, InputError):
            return None, {}
    if not isinstance(record, dict):
        return None, {}
    exported = record.get("id") if isinstance(record.get("content"), dict) else None
    hints = {EXPORTED_ID_HINT: exported} if isinstance(exported, str) and \
        len(exported) == 16 else {}
    seen = record.get("first_seen")
    if hints and isinstance(seen, str) and seen.strip():
        hints[EXPORTED_FIRST_SEEN_HINT] = seen.strip()[:40]
    dedup = record.get("dedup")
    stated = dedup.get("duplicate_of") if isinstance(dedup, dict) else None
    if hints and isinstance(stated, str) and len(stated) == 16:  # issue 14
        hints[EXPORTED_ORIGINAL_HINT] = stated
    merged = record.get("merged_ids")
    if hints and isinstance(merged, list):
        hints[MERGED_IDS_HINT] = " ".join(
            m for m in merged[:MAX_MERGED_IDS] if isinstance(m, str) and len(m) == 16)
    gone = record.get("unpublished")
    if hints and isinstance(gone, dict) and gone.get("status") in (404, 410) and \
            isinstance(gone.get("seen"), str):
        hints[UNPUBLISHED_HINT] = f"{gone['status']} {gone['seen'][:40]}"
    for key in ("url", "link", "canonical_url"):
        if isinstance(record.get(key), str) and record[key].strip():
            return safe_url(record[key]), hints
    return None, hints


def _not_a_file(origin: str) -> InputError:
    return InputError("not a regular file (a FIFO, socket or device)", origin=origin,
                      reason="not-a-file",
                      hint="veille reads regular files in a folder; name a special file "
                           "explicitly to read it")


def open_input(path: Path, *, options: Options, root: Path | None = None) -> BinaryIO:
    """Open one input file for reading, checked before a byte is read.

    ``root`` is the real path of the folder being walked, or None for a file named
    explicitly. A walked file must resolve inside ``root`` (unless
    ``options.follow_symlinks_outside``), is opened without blocking (a FIFO cannot hang
    the open) and must be a regular file, whatever its name; a file named explicitly may
    be a FIFO or a device (``veille ingest <(zcat x.gz)``), but never an archive. Raises
    :class:`InputError` (``outside-root``, ``not-a-file``, ``too-large``) or
    :class:`OSError`."""
    origin = origin_of(path)
    target = path
    nofollow = 0
    if root is not None:
        target = Path(os.path.realpath(path))
        nofollow = os.O_NOFOLLOW
        if not options.follow_symlinks_outside and not target.is_relative_to(root):
            raise InputError(f"symbolic link to {origin_of(target)}, outside the folder "
                             "being read; not followed", origin=origin, reason="outside-root",
                             hint="set follow_symlinks_outside (VEILLE_FOLLOW_SYMLINKS_OUTSIDE) "
                                  "to read it")
    elif not stat.S_ISREG(os.stat(path).st_mode) and not is_warc(path.name):
        return path.open("rb")  # named explicitly: a request to read it, blocking
    fd = os.open(target, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | nofollow)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _not_a_file(origin)
        if info.st_size > options.max_bytes and not is_warc(path.name):
            raise InputError(f"file is {info.st_size} bytes, over the limit of "
                             f"{options.max_bytes}", origin=origin, reason="too-large",
                             hint=TOO_LARGE_HINT)
        fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~os.O_NONBLOCK)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


#: What to do about a file the system refuses to read, by ``errno`` (POSIX.1-2017,
#: <errno.h>): each cause has its own remedy, and a permission hint for a link loop
#: sends the user to the wrong place (newuser4 N32).
_OS_HINTS = {
    errno.ELOOP: ("a symbolic link that leads back to itself (a link loop)",
                  "fix or remove the link"),
    errno.EACCES: ("permission denied", "check its permissions"),
    errno.EPERM: ("operation not permitted", "check its permissions"),
    errno.EISDIR: ("a folder where a file was expected", "check the path"),
    errno.ENAMETOOLONG: ("its name is too long for the system", "shorten the path"),
    errno.EIO: ("the disk or file system reported an input/output error",
                "check the disk, or copy the file elsewhere"),
    errno.ENXIO: ("a device or socket with nothing behind it", "give a regular file"),
}


def unreadable(exc: OSError, origin: str) -> InputError:
    """The one-line error for a file the system refuses to read, with the remedy of its
    cause (:data:`_OS_HINTS`), the system's own words otherwise."""
    why, hint = _OS_HINTS.get(exc.errno or 0, (exc.strerror or str(exc), "check the file"))
    return InputError(f"cannot read the file: {why}", origin=origin, reason="unreadable",
                      hint=hint)


def _missing(path: Path) -> InputError:
    """Why a path named on the command line leads to nothing: no such path, a symbolic
    link to a missing file, or a link loop (``Path.exists`` is false for all three)."""
    if path.is_symlink():
        try:
            os.stat(path)
        except FileNotFoundError:
            return InputError("symbolic link to a missing file", origin=origin_of(path),
                              reason="not-found", hint="fix or remove the link")
        except OSError as exc:
            return unreadable(exc, origin_of(path))
    return InputError("no such file or directory", origin=origin_of(path),
                      reason="not-found", hint="check the path")


def read_path(path: Path, *, options: Options,
              root: Path | None = None) -> Iterator[RawInput | InputError]:
    """Raw inputs from one file (an archive record by record), or an :class:`InputError`
    saying why it cannot be read; ``root`` as :func:`open_input` says."""
    origin = origin_of(path)
    try:
        stream = open_input(path, options=options, root=root)
        if is_warc(path.name):  # streamed record by record, not bounded as a whole
            yield from read_warc(path, max_bytes=options.max_bytes, source=options.source,
                                 progress=options.archive_progress, stream=stream,
                                 origin=origin)
            return
        with stream:
            data = read_stream(stream, origin=origin, options=options)
            saved = _saved_at(stream)
    except InputError as exc:
        yield exc
        return
    except FileNotFoundError:
        yield InputError("no such file", origin=origin, reason="not-found",
                         hint="check the path")
        return
    except OSError as exc:
        yield unreadable(exc, origin)
        return
    for item in items_from_bytes(data, name=path.name, origin=origin, options=options):
        if (isinstance(item, RawInput) and item.media_type not in WIRE_TYPES
                and (item.origin == origin or item.origin.startswith(f"{origin}#"))):
            # read now, whatever the file's time: the mark that its capture time is
            # unknown (t-final32 #3), and the bound of its dates (t-final30 F2); a feed
            # file's items ("f.xml#1") too, read now
            item.hints[READ_AT_HINT] = item.fetched_at.isoformat()
            if saved is not None and saved < item.fetched_at and item.origin == origin:
                item.fetched_at = saved  # dated by the file
        yield item


WIRE_TYPES = (G2, NINJS, NITF)
"""Inputs whose fetch time is when they were read, never their file's modification time: a
wire item carries its own times (``firstCreated``, ``versionCreated``) and no relative
date, and the time an agency's batch tool wrote the file says nothing of when veille saw
it. Dated by the file, every version of an item written in one second was "seen" at that
second, before the article itself (newuser12b D4)."""


def _saved_at(stream: BinaryIO) -> datetime | None:
    """When the open file was last written (UTC), or ``None`` when unknown: a page saved to
    a file was most likely fetched by then, so its relative dates ("hier", "il y a
    2 heures") are read against it, not against the ingest time (newuser9 R14). Not for
    wire items (:data:`WIRE_TYPES`). It is no bound on the page's own dates, since a copy
    or a ``touch`` sets it freely: the reading time, kept in ``hints[READ_AT_HINT]``, is
    (:func:`veille.record.capture_bound`; t-final30 F2)."""
    try:
        mtime = os.fstat(stream.fileno()).st_mtime
    except (OSError, ValueError, io.UnsupportedOperation):
        return None
    return datetime.fromtimestamp(mtime, UTC).replace(microsecond=0) if mtime > 0 else None


def read_inputs(paths: list[Path], *, options: Options,
                stdin: BinaryIO | None = None) -> Iterator[RawInput | InputError]:
    """Every raw input under ``paths`` (``-`` is standard input), each with the source's
    time zone setting when ``options`` has one."""
    yield from zoned(_read_inputs(paths, options=options, stdin=stdin), options.zone)


def zoned(items: Iterable[RawInput | InputError], zone: str
          ) -> Iterator[RawInput | InputError]:
    """``items``, each input given the time zone setting ``zone`` of its source (the hint
    :data:`veille.record.ZONE_HINT`; nothing when ``zone`` is "")."""
    for item in items:
        if zone and isinstance(item, RawInput):
            item.hints[ZONE_HINT] = zone
        yield item


def _read_inputs(paths: list[Path], *, options: Options,
                 stdin: BinaryIO | None) -> Iterator[RawInput | InputError]:
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
            yield _missing(path)
            continue
        root = Path(os.path.realpath(path)) if path.is_dir() else None
        passed: list[Path] = []
        for file in list_files([path], passed):
            items = read_path(file, options=options, root=root)
            if root is not None and options.folder_items and options.source:
                items = with_folder_identity(items, file=file, folder=path,
                                             source=options.source)
            yield from items
            if options.file_progress is not None:
                options.file_progress(1)
        if root is not None and (note := passed_over_note(path, passed)) is not None:
            yield note


def with_folder_identity(items: Iterable[RawInput | InputError], *, file: Path, folder: Path,
                         source: str) -> Iterator[RawInput | InputError]:
    """``items``, read from ``file`` in ``folder`` (the folder source ``source``), as they
    are, except that an item that is the whole file and has no URL gets the file's path in
    the folder as its identity (:func:`veille.record.folder_item`, in the hint
    :data:`veille.record.ITEM_HINT`): a file overwritten in place is then a version of its
    article, as a page is at its URL (newuser8 Q29). Records of a JSON Lines file or an
    archive (origin ``path#n``) keep theirs: their place in the file names nothing."""
    origin = origin_of(file)
    relative = origin_of(file.relative_to(folder).as_posix())
    for item in items:
        if isinstance(item, RawInput) and item.origin == origin and not item.url:
            item.hints[ITEM_HINT] = folder_item(source, relative)
        yield item


def count_files(paths: list[Path]) -> int:
    """How many files a walk will read, for the progress bar."""
    return sum(1 for p in paths if str(p) != "-" for _ in list_files([p]) if p.exists())


def gzip_bytes(data: bytes) -> bytes:
    """Gzip helper for tests and exports."""
    return gzip.compress(data)
