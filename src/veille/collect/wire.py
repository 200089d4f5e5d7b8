"""Wire files on disk: recognise NewsML-G2 and ninjs, and split them into items.

A ``.xml`` file may be a NewsML-G2 ``newsItem`` or a ``newsMessage`` carrying several; a
``.json`` file may be a ninjs item rather than a veille record. The bytes of each item
become one raw input with the wire media type; reading the fields is extraction's job
(:mod:`veille.extract.wire`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from veille.errors import InputError, NotAnArticle
from veille.extract.nitf import NITF
from veille.extract.wire import (
    G2,
    NINJS,
    OTHER_ITEMS,
    is_text_class,
    ninjs_class,
    split_newsml,
)
from veille.record import RawInput

_G2_ROOT = re.compile(
    rb"<(?:[\w.-]+:)?(newsItem|newsMessage|packageItem|conceptItem|knowledgeItem|"
    rb"planningItem)[\s>]")
_NINJS_KEYS = (b'"headlines"', b'"headline"', b'"body_text"', b'"body_html"', b'"bodies"',
               b'"body_xhtml"', b'"versioncreated"', b'"versionCreated"')


_NITF_ROOT = re.compile(rb"(?:\xef\xbb\xbf)?(?:\s|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<nitf[\s>]",
                        re.DOTALL | re.IGNORECASE)
"""A NITF document: ``<nitf>`` as its root element, after the XML declaration, comments and
a doctype (a NITF body inside NewsML 1.x or NewsML-G2 is no stand-alone NITF)."""


def sniff_wire(data: bytes) -> str | None:
    """``G2``, ``NINJS``, ``NITF`` (a stand-alone NITF 3.x document) or None, from the
    first bytes (read as UTF-8, or in the UTF-16 or UTF-32 their byte order mark or first
    characters say: a wire file exported by a Windows editorial system is often UTF-16)."""
    data = as_utf8_head(data)
    head = data[:8192]
    if _G2_ROOT.search(head):
        return G2
    if _NITF_ROOT.match(head):
        return NITF
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") and b'"uri"' in data[:65536]:
        if any(key in data[:65536] for key in _NINJS_KEYS):
            return NINJS
    return None


_WIDE = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
         (b"<\x00\x00\x00", "utf-32-le"), (b"\x00\x00\x00<", "utf-32-be"),
         (b"<\x00", "utf-16-le"), (b"\x00<", "utf-16-be"),
         (b"{\x00", "utf-16-le"), (b"\x00{", "utf-16-be"))
"""Byte order marks, and the first character of an XML or JSON document without one
(XML 1.0 Appendix F), of the wide Unicode encodings."""


def as_utf8_head(data: bytes) -> bytes:
    """The first 64 KiB of ``data`` as UTF-8 when they are in a wide Unicode encoding,
    else ``data`` itself (only for recognising the format: the parsers decode the whole)."""
    for mark, codec in _WIDE:
        if data.startswith(mark):
            head = data[:65536]
            head = head[:len(head) - len(head) % (4 if "32" in codec else 2)]
            return head.decode(codec, "replace").lstrip("\ufeff").encode("utf-8")
    return data


def wire_items(data: bytes, *, media_type: str, origin: str,
               source: str | None = None) -> Iterator[RawInput | InputError]:
    """One raw input per news item in a wire file."""
    if media_type == NITF:  # one document, one article
        yield RawInput(data=data, origin=origin, media_type=NITF, source=source)
        return
    if media_type == NINJS:
        kind = ninjs_class(data)
        yield (RawInput(data=data, origin=origin, media_type=NINJS, source=source)
               if is_text_class(kind) else _not_text(kind, origin))
        return
    try:
        items, sent = split_newsml(data, origin=origin)
    except InputError as exc:
        yield exc
        return
    if not items:
        yield InputError("NewsML-G2 message holds no newsItem", origin=origin,
                         reason="not-news", hint="nothing to ingest in this message")
    hints = ({"published": sent, "published_from": "wire envelope sent", "sent": sent}
             if sent else {})
    for where, item, kind in items:
        if kind in OTHER_ITEMS:
            yield _not_news(OTHER_ITEMS[kind], where)
            continue
        if not is_text_class(kind):
            yield _not_text(kind, where)
            continue
        yield RawInput(data=item, origin=where, media_type=G2, source=source,
                       hints=dict(hints))


def _not_text(kind: str, origin: str) -> NotAnArticle:
    code = kind.split(":")[-1]
    return NotAnArticle(f"a {code} item ({kind}), not text: skipped",
                        origin=origin, reason="not-text", kind=code or "item",
                        hint="veille stores text items; pictures, videos and graphics are "
                             "not articles")


def _not_news(kind: str, origin: str) -> NotAnArticle:
    """A NewsML-G2 package, concept, knowledge or planning item: no article, skipped and
    counted under ``kind`` ("package item")."""
    return NotAnArticle(f"a NewsML-G2 {kind}, not a news item: skipped", origin=origin,
                        reason="not-news", kind=kind,
                        hint="veille stores news items; packages, concepts, knowledge and "
                             "planning items are not articles")
