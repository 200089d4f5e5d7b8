"""The character encoding of an HTML page: BOM, HTTP header, ``<meta charset>``, detection.

HTML has its own rules on top of :mod:`veille.extract.encoding`: the HTTP ``Content-Type``
header and the page's ``<meta charset>`` (or ``http-equiv``) declare an encoding, and the
WHATWG encoding standard maps the labels pages actually use (``iso-8859-1`` and ``ascii``
are read as windows-1252). Declarations lie often, though (a CMS serving UTF-8 under a
``latin-1`` header is the classic), so the order of trust is:

1. a byte-order mark;
2. strict UTF-8 when the bytes hold non-ASCII UTF-8 sequences: legacy text almost never
   decodes as UTF-8 by accident, so this overrules a declaration;
3. the HTTP header's charset, then the meta charset found in the first 1024 bytes;
4. detection (charset-normalizer), then windows-1252, which decodes every byte.

Steps 1, 2 and 4 are :func:`~veille.extract.encoding.decode_bytes`; this module finds the
declaration and hands it over.
"""

from __future__ import annotations

import codecs
import re

from veille.extract.encoding import Decoded, decode_bytes

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{2,40})""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{2,40})""",
                             re.IGNORECASE)
#: WHATWG label mappings that differ from Python's codecs.
_WHATWG = {"iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252",
           "latin-1": "cp1252", "l1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252",
           "iso-8859-9": "cp1254", "tis-620": "cp874", "x-user-defined": "cp1252",
           "utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8"}
#: How far into the page the meta prescan looks (the HTML standard says 1024 bytes;
#: real pages put long scripts first, so a little more).
PRESCAN_BYTES = 4096


def normalise_label(label: str | None) -> str | None:
    """A Python codec name for an encoding label, or None when the label is unknown.

    A meta tag can only be read once the page is decoded with an ASCII-compatible
    encoding, so a page declaring UTF-16 without a BOM is lying (WHATWG reads it as UTF-8).
    """
    if not label:
        return None
    name = _WHATWG.get(label.strip().lower(), label.strip().lower())
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def declared_charset(data: bytes, content_type: str | None = None) -> tuple[str | None, str]:
    """The charset the page declares, and where: ``("cp1252", "http")``, ``(None, "")``."""
    if content_type:
        match = _HEADER_CHARSET.search(content_type)
        name = normalise_label(match.group(1)) if match else None
        if name:
            return name, "http"
    found = _META_CHARSET.search(data[:PRESCAN_BYTES])
    if found:
        name = normalise_label(found.group(1).decode("ascii", "replace"))
        if name:
            return name, "meta"
    return None, ""


#: The page's language, ``<html lang="ar">``, read from the bytes (ASCII-compatible
#: encodings only): detection keeps to the code pages of that language's script.
_HTML_LANG = re.compile(rb"""<html\b[^>]*?\s(?:xml:)?lang\s*=\s*["']?\s*([A-Za-z]{2,3})\b""",
                        re.IGNORECASE)


def page_language(data: bytes) -> str | None:
    """The primary language subtag of the page's ``<html lang>`` (``"ar"``), lowercased,
    or None; read in the first :data:`PRESCAN_BYTES` bytes."""
    found = _HTML_LANG.search(data[:PRESCAN_BYTES])
    return found.group(1).decode("ascii").lower() if found else None


def decode_html(data: bytes, *, content_type: str | None = None, origin: str = "") -> Decoded:
    """Decode an HTML page; raise :class:`~veille.errors.InputError` for binary data."""
    declared, where = declared_charset(data, content_type)
    decoded = decode_bytes(data, declared=declared, origin=origin,
                           language=page_language(data))
    if declared and where and decoded.encoding.endswith("(declared)"):
        return Decoded(decoded.text, f"{declared} (declared in {where})", decoded.repaired)
    if declared and decoded.encoding == "utf-8" and declared != "utf-8" and not data.isascii():
        return Decoded(decoded.text, f"utf-8 (valid UTF-8; {where} said {declared})",
                       decoded.repaired)
    return decoded


def decode_input(data: bytes, media_type: str, *, origin: str = "") -> Decoded:
    """Decode a stored raw input as extraction reads it: an HTML page (``text/html``, the
    media type may carry the HTTP header's ``charset``) with :func:`decode_html`, any other
    text with :func:`~veille.extract.encoding.decode_bytes`. One rule for the extract stage
    and for every view of the raw capture (newuser7 P16: the raw page decoded Latin-1 as
    UTF-8). Raises :class:`~veille.errors.InputError` for binary data."""
    if media_type.split(";", 1)[0].strip().lower() == "text/html":
        return decode_html(data, content_type=media_type, origin=origin)
    # a text capture served with a charset (HTTP ``text/plain; charset=windows-1250``):
    # the transport's declaration wins over detection, as for a page
    declared, _ = declared_charset(b"", media_type)
    decoded = decode_bytes(data, declared=declared, origin=origin)
    if declared and decoded.encoding.endswith("(declared)"):
        return Decoded(decoded.text, f"{declared} (declared in http)", decoded.repaired)
    return decoded
