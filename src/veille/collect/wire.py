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
from veille.extract.wire import G2, NINJS, TEXT_CLASSES, ninjs_class, split_newsml
from veille.record import RawInput

_G2_ROOT = re.compile(rb"<(?:[\w.-]+:)?(newsItem|newsMessage)[\s>]")
_NINJS_KEYS = (b'"headlines"', b'"headline"', b'"body_text"', b'"body_html"', b'"bodies"',
               b'"body_xhtml"', b'"versioncreated"', b'"versionCreated"')


def sniff_wire(data: bytes) -> str | None:
    """``G2``, ``NINJS`` or None, from the first bytes."""
    head = data[:8192]
    if _G2_ROOT.search(head):
        return G2
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") and b'"uri"' in data[:65536]:
        if any(key in data[:65536] for key in _NINJS_KEYS):
            return NINJS
    return None


def wire_items(data: bytes, *, media_type: str, origin: str,
               source: str | None = None) -> Iterator[RawInput | InputError]:
    """One raw input per news item in a wire file."""
    if media_type == NINJS:
        kind = ninjs_class(data)
        yield (RawInput(data=data, origin=origin, media_type=NINJS, source=source)
               if kind in TEXT_CLASSES else _not_text(kind, origin))
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
        if kind not in TEXT_CLASSES:
            yield _not_text(kind, where)
            continue
        yield RawInput(data=item, origin=where, media_type=G2, source=source,
                       hints=dict(hints))


def _not_text(kind: str, origin: str) -> NotAnArticle:
    return NotAnArticle(f"a {kind.split(':')[-1]} item ({kind}), not text: skipped",
                        origin=origin, reason="not-text",
                        hint="veille stores text items; pictures, videos and graphics are "
                             "not articles")
