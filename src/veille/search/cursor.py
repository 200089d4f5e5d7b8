"""Paging cursors: what the pages of one list already gave, so the next one is exact.

A list read page by page while articles arrive, are corrected or move between stories
shifts under offsets: an article shown twice or never (issue 14). A cursor carries

- ``snapshot``: where the first page stood (the store's change log position for search,
  its last article sequence number for stories): what arrived after it is left out of
  every later page and of the count;
- ``ids``: every row already accounted for, in the order given (for a search collapsed
  by story, each row's matching articles too), so a later page skips them wherever the
  order now puts them: relevance scores move with every article indexed (BM25's document
  frequencies and average lengths), so no position or score bound stays exact;
- ``pages``: per page given, ``(ids, rows)``, so the link to the previous page is the
  same cursor less the last page;
- ``binding``: a digest of the list's parameters (query, sort, collapse...), so a cursor
  is refused by another list rather than silently skipping its rows.

The encoding is compact (an article id of 16 hex digits, ``record.article_id``, takes 9
bytes) and bounded: :data:`MAX_IDS` ids at most (a list paged deeper goes on by offset,
as before: docs/web.md), :data:`MAX_CHARS` characters. A malformed or foreign cursor is
:class:`CursorError` (the lists then start again from their first page, with a warning).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass

from veille.errors import VeilleError

VERSION = 1
MAX_VERSION = 15
"""The highest first byte read as a cursor of another (later) version of veille: any other
first byte is a string that never was a cursor (t-reader19 R11: ``zzz`` was said to be "of
another version")."""
MALFORMED = "malformed cursor: not one that veille gave"
OTHER_VERSION = "a cursor of another version of veille"
MAX_IDS = 1000
"""Ids a cursor holds at most (~12,000 characters): past it the next page goes by offset."""
MAX_CHARS = 16_000
"""The longest cursor read (uvicorn's request line and headers fit in 16 KB... with it)."""
MAX_PAGES = 200
_HEX16 = re.compile(r"[0-9a-f]{16}")
_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


class CursorError(VeilleError):
    """A cursor that cannot be read, or that belongs to another list."""

    hint = "start again from the first page (leave `cursor` out)"


def binding(*parts: object) -> bytes:
    """4 bytes naming the list a cursor pages through (its parameters, ``repr``'d)."""
    return hashlib.blake2b(repr(parts).encode(), digest_size=4).digest()


@dataclass(frozen=True, slots=True)
class Cursor:
    """What the pages before this one gave (see the module)."""

    snapshot: int
    ids: tuple[str, ...] = ()
    pages: tuple[tuple[int, int], ...] = ()
    """Per page given: ``(ids it accounted for, rows it showed)``."""
    binding: bytes = b"\0\0\0\0"

    @property
    def page(self) -> int:
        """The page this cursor leads to (1-based)."""
        return len(self.pages) + 1

    @property
    def rows(self) -> int:
        """Rows shown by the pages before."""
        return sum(rows for _ids, rows in self.pages)

    def then(self, ids: list[str], rows: int) -> Cursor | None:
        """The cursor of the page after this one, which gave ``ids`` in ``rows`` rows;
        ``None`` past :data:`MAX_IDS` or :data:`MAX_PAGES`."""
        if len(self.ids) + len(ids) > MAX_IDS or len(self.pages) + 1 >= MAX_PAGES:
            return None
        return Cursor(self.snapshot, (*self.ids, *ids), (*self.pages, (len(ids), rows)),
                      self.binding)

    def back(self) -> Cursor | None:
        """The cursor of the page before this one's (``None``: that is the first page)."""
        if len(self.pages) < 2:
            return None
        count = self.pages[-1][0]
        return Cursor(self.snapshot, self.ids[:len(self.ids) - count], self.pages[:-1],
                      self.binding)

    def encode(self) -> str:
        out = bytearray([VERSION])
        out += self.binding
        _varint(out, self.snapshot)
        _varint(out, len(self.pages))
        for count, rows in self.pages:
            _varint(out, count)
            _varint(out, rows)
        for article_id in self.ids:
            if _HEX16.fullmatch(article_id):
                out.append(0)
                out += bytes.fromhex(article_id)
            else:
                raw = article_id.encode("ascii")
                out.append(len(raw))
                out += raw
        return base64.urlsafe_b64encode(bytes(out)).rstrip(b"=").decode("ascii")


def decode(text: str, expected: bytes) -> Cursor:
    """The cursor ``text`` encodes, for the list whose :func:`binding` is ``expected``.

    Raises :class:`CursorError` when it is malformed, too long, or another list's."""
    if len(text) > MAX_CHARS:
        raise CursorError(f"cursor longer than {MAX_CHARS} characters")
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise CursorError(MALFORMED) from None
    reader = _Reader(data)
    version = reader.byte()
    if version != VERSION:
        # The smallest cursor holds its version, a 4-byte binding, a snapshot and a page
        # count; a string of another first byte, or shorter, was never a cursor.
        raise CursorError(OTHER_VERSION if 1 < version <= MAX_VERSION and len(data) >= 7
                          else MALFORMED)
    bound = reader.take(4)
    if bound != expected:
        raise CursorError("this cursor pages through another list (another query, sort or "
                          "page size)")
    snapshot = reader.varint()
    count = reader.varint()
    if count > MAX_PAGES:
        raise CursorError(MALFORMED)
    pages = tuple((reader.varint(), reader.varint()) for _ in range(count))
    total = sum(n for n, _rows in pages)
    if total > MAX_IDS:
        raise CursorError(MALFORMED)
    ids = []
    for _ in range(total):
        size = reader.byte()
        if size == 0:
            ids.append(reader.take(8).hex())
            continue
        value = reader.take(size).decode("ascii", errors="replace")
        if not _ID.fullmatch(value):
            raise CursorError(MALFORMED)
        ids.append(value)
    if not reader.done():
        raise CursorError(MALFORMED)
    return Cursor(snapshot, tuple(ids), pages, bound)


def _varint(out: bytearray, value: int) -> None:
    value = max(0, value)
    while True:
        low = value & 0x7F
        value >>= 7
        out.append(low | (0x80 if value else 0))
        if not value:
            return


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.at = data, 0

    def take(self, size: int) -> bytes:
        if self.at + size > len(self.data):
            raise CursorError(MALFORMED)
        chunk = self.data[self.at:self.at + size]
        self.at += size
        return chunk

    def byte(self) -> int:
        return self.take(1)[0]

    def varint(self) -> int:
        value = shift = 0
        while True:
            part = self.byte()
            value |= (part & 0x7F) << shift
            if not part & 0x80:
                return value
            shift += 7
            if shift > 63:
                raise CursorError(MALFORMED)

    def done(self) -> bool:
        return self.at == len(self.data)
