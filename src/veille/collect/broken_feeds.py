"""Why a file saved as a feed (``.rss``, ``.atom``, ``.rdf``) is no readable feed.

A feed file whose XML does not parse from its first byte (text before the root element,
a download cut mid-tag) was not recognised as a feed, then read as a plain-text capture
and refused as "no article text found", which says nothing of the real fault (t-final27
F11 d). When such a file holds a feed's root element (``<rss``, ``<feed``, ``<rdf:RDF``),
this says what is wrong, from the XML parser's own report (the standard library's expat,
which reads nothing outside the bytes given: no entity, no DTD): text before the root,
the XML ending early (at which line), or the first syntax error (line and expat's words).
"""

from __future__ import annotations

import re
from xml.parsers import expat

from veille.errors import InputError

_ROOTS = re.compile(rb"<(rss|feed|rdf:RDF)[\s>/]")
_KINDS = {b"rss": "an RSS feed", b"feed": "an Atom feed", b"rdf:RDF": "an RSS 1.0 feed"}
_PROLOGUE = re.compile(rb"(?:\s|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>|\xef\xbb\xbf)*", re.S)
_AT_THE_END = {expat.errors.codes[expat.errors.XML_ERROR_NO_ELEMENTS],
               expat.errors.codes[expat.errors.XML_ERROR_UNCLOSED_TOKEN],
               expat.errors.codes[expat.errors.XML_ERROR_PARTIAL_CHAR],
               expat.errors.codes[expat.errors.XML_ERROR_UNCLOSED_CDATA_SECTION]}
"""expat's codes of a document that stops before it is whole."""
HINT = ("save or download the feed again, whole: a feed is its root element alone, from "
        "its opening to its closing tag; to follow it as it changes, `veille sources add URL`")


def _first_error(data: bytes) -> tuple[int, int, str] | None:
    """(line, code, message) of expat's first error in ``data``, or None when it parses."""
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        return exc.lineno, exc.code, expat.errors.messages[exc.code]
    return None


def broken_feed(data: bytes, *, origin: str) -> InputError | None:
    """The error of a feed file ``data`` whose XML is broken, saying where and what (text
    before the root element, an early end "at line N", another syntax error); None when
    it holds no feed root element or parses whole (then it is read as any input is)."""
    root = _ROOTS.search(data[:65536])
    if root is None:
        return None
    kind = _KINDS[root.group(1)]
    faults = []
    before = data[:root.start()]
    offset = before.count(b"\n")
    prologue = _PROLOGUE.match(before)
    if prologue is None or prologue.end() < len(before):
        line = before[:prologue.end() if prologue else 0].count(b"\n") + 1
        faults.append(f"text before its <{root.group(1).decode()}> element (line {line})")
    error = _first_error(data[root.start():])
    if error is not None:
        line, code, message = error
        if code in _AT_THE_END:
            faults.append(f"its XML ends early, at line {line + offset}")
        else:
            faults.append(f"its XML is broken at line {line + offset} ({message})")
    if not faults:
        return None
    return InputError(f"{kind} that cannot be read: {' and '.join(faults)}", origin=origin,
                      reason="bad-feed", hint=HINT)
