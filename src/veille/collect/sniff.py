"""What a file holds, from its first bytes, in a few words for an error message.

A file whose name promises one format and whose bytes are another (a PNG saved as
``.xml``, a gzipped HTML page named ``.warc.gz``) must be refused for what it is, not as a
damaged or unexpected instance of the format its name promised (newuser12 W13: "XML, but
not a NewsML-G2 news item" for an image; "damaged archive… download it again" for a page).
Signatures are the formats' own magic numbers (PNG, JPEG, GIF, WebP, PDF, ZIP, gzip,
bzip2, xz, zstd: each format's specification), then the first characters of text.
"""

from __future__ import annotations

import re
import zlib

from veille.collect.wire import as_utf8_head
from veille.extract.encoding import looks_binary

_MAGIC = ((b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
          (b"GIF87a", "a GIF image"), (b"GIF89a", "a GIF image"), (b"%PDF-", "a PDF document"),
          (b"PK\x03\x04", "a ZIP archive (or an office document)"),
          (b"BZh", "a bzip2-compressed file"), (b"\xfd7zXZ\x00", "an xz-compressed file"),
          (b"\x28\xb5\x2f\xfd", "a zstd-compressed file"),
          (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
          (b"\x00\x00\x00\x18ftyp", "a video or image (ISO media)"),
          (b"\x00\x00\x00\x1cftyp", "a video or image (ISO media)"),
          (b"\x00\x00\x00\x20ftyp", "a video or image (ISO media)"),
          (b"ID3", "an MP3 audio file"), (b"OggS", "an Ogg audio or video file"))

HTML_HEAD = 2048
"""How much of a document :func:`opens_as_html` reads (characters of a text, bytes of
bytes): comments and an XML declaration before the opening tag fit in it."""
_HTML_OPENING = (
    r"\A(?:\ufeff|\xef\xbb\xbf)?[ \t\n\f\r]*"  # a byte order mark, ASCII whitespace
    r"(?:(?:<!--.*?-->|<\?xml[^>]*>)[ \t\n\f\r]*)*"  # comments, an XML declaration
    r"<(?:!doctype[ \t\n\f\r]+html|html|head|body|meta)(?=[ \t\n\f\r/>]|\Z)")
_HTML_TEXT = re.compile(_HTML_OPENING.replace(r"|\xef\xbb\xbf", ""),
                        re.IGNORECASE | re.DOTALL | re.ASCII)
_HTML_BYTES = re.compile(_HTML_OPENING.replace(r"\ufeff|", "").encode("ascii"),
                         re.IGNORECASE | re.DOTALL)


def opens_as_html(data: str | bytes) -> bool:
    """Whether ``data`` (a decoded text, or bytes in an ASCII-compatible encoding) opens as
    an HTML document, whatever type it was given as: after a byte order mark, ASCII
    whitespace, comments and an XML declaration (XHTML), a doctype ``html`` or an ``html``,
    ``head``, ``body`` or ``meta`` start tag (the HTML Living Standard, 13.1 "Writing HTML
    documents", lets the ``html`` and ``head`` start tags be omitted), in any case. A feed
    or sitemap (``<?xml …?><rss>``) and a text that opens with ``<`` but no such tag
    (``<Titre>``, ``<< Le Monde``) do not. Reads the first :data:`HTML_HEAD` characters
    (or bytes). The one test of content sniffing, ingest (:mod:`veille.collect.files`),
    listings (:mod:`veille.collect.feeds`) and extraction (:mod:`veille.extract.stage`)."""
    if isinstance(data, str):
        return _HTML_TEXT.match(data[:HTML_HEAD]) is not None
    return _HTML_BYTES.match(data[:HTML_HEAD]) is not None


_XML_ROOT = re.compile(rb"<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)")
_FEED_ROOTS = {b"rss": "an RSS feed", b"RDF": "an RSS 1.0 feed", b"feed": "an Atom feed",
               b"urlset": "a sitemap", b"sitemapindex": "a sitemap index"}


def describe(data: bytes) -> str:
    """What ``data`` looks like, as a noun phrase ("a PNG image", "a gzip-compressed HTML
    page", "an RSS feed", "JSON", "plain text", "binary data"), read from at most its first
    64 KiB (a gzip member is inflated for 4 KiB at most, to say what it holds)."""
    head = as_utf8_head(data[:65536])
    if head[:2] == b"\x1f\x8b":
        try:
            inner = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 4096)
        except zlib.error:
            return "a damaged gzip file"
        return f"{describe(inner)}, gzip-compressed" if inner else \
            "an empty gzip file"
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    if head[8:12] == b"WEBP" and head[:4] == b"RIFF":
        return "a WebP image"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not text:
        return "an empty file"
    if looks_binary(head):
        return "binary data"
    if opens_as_html(text):
        return "an HTML page"
    if text[:1024].lower().startswith((b"warc/0", b"warc/1")):
        return "a WARC archive"
    if text[:1] == b"<":
        return xml_kind(text)
    if text[:1] in (b"{", b"["):
        return "JSON"
    return "plain text"


def xml_kind(data: bytes) -> str:
    """An XML document's kind from its root element: "an RSS feed", "a sitemap"...,
    else "XML whose root element is <name>" (processing instructions, comments and a
    doctype before it passed over)."""
    position = 0
    while True:
        start = data.find(b"<", position)
        if start < 0 or start > 16384:
            return "XML"
        if data.startswith((b"<?", b"<!"), start):
            close = (b"?>" if data.startswith(b"<?", start) else
                     b"-->" if data.startswith(b"<!--", start) else b">")
            end = data.find(close, start + 2)
            if end < 0:
                return "XML"
            position = end + len(close)
            continue
        root = _XML_ROOT.match(data, start)
        if root is None:
            return "XML"
        name = root.group(2)
        if name.lower() == b"html":
            return "an HTML page"
        return _FEED_ROOTS.get(name) or \
            f"XML whose root element is <{name[:60].decode('ascii', 'replace')}>"
