"""Parsing an HTML page within bounds, with selectolax's lexbor parser.

Why lexbor: on the 181 pages of the article extraction benchmark, parsing and walking
every node took 1.4 ms a page with selectolax (lexbor) against 5.6 ms with lxml (see
docs/html-extraction.md), and the body walk is the hot loop of HTML extraction.

Bounds: the text handed to the parser is capped (:data:`MAX_HTML_CHARS`), after the
contents of scripts and styles and long attribute values are taken out of a page over it
(:mod:`.bulk`: they are never text, and spent the bound before the article); what lies past
the cap is almost never the article (it is scripts, footers, comment threads), and the
cap keeps a 50 MB page from costing seconds and hundreds of megabytes. Lexbor's tree is
built without recursion, and veille walks it with explicit stacks; nesting deeper than 512
levels and tags with too many attributes, which make the parser itself quadratic, are
flattened by the linear pre-scan of :mod:`.prescan`. The scan costs three to five times
the parse (3.6 ms a page on AEB against 0.7 ms), so a page with few tags and no long one
(:func:`~.prescan.parse_first`), on which the parser's worst case is bounded, is parsed
first, and scanned (then parsed again) only when its tree is deeper than the bound: the
scan then runs on one page in a thousand rather than on every page.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from veille.errors import ExtractionError
from veille.extract.html.bulk import without_bulk
from veille.extract.html.prescan import MAX_DEPTH, bound_markup, parse_first

#: Characters of HTML parsed at most. News pages are 50 KB to 2 MB; 6 M leaves room.
MAX_HTML_CHARS = 6_000_000
#: What a ``<br>`` becomes: LINE SEPARATOR, which ``str.split()`` reads as whitespace.
BREAK = "\u2028"
#: Line breaks turned into text at most (the rest are read as nothing).
MAX_BREAKS = 20_000

#: A selector matching an element with more than MAX_DEPTH elements around it, itself
#: included: lexbor checks it from each element up its parents, in C.
_TOO_DEEP = " > ".join(["*"] * (MAX_DEPTH + 1))
#: The same at a depth few pages reach, checked first: lexbor parses a selector on every
#: call, and the 2,000 characters of _TOO_DEEP took 0.12 ms to parse, half of the check.
#: (2 of the 181 AEB pages are deeper than 48).
SHALLOW_DEPTH = 48
_DEEP = " > ".join(["*"] * SHALLOW_DEPTH)

#: Control characters that text never holds (tab, newlines, form feed and escape aside).
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")

__all__ = ["MAX_HTML_CHARS", "LexborNode", "parse_html"]


def parse_html(html: str, *, origin: str = "") -> tuple[LexborHTMLParser, str]:
    """The parsed tree, and what was cut to parse it within bounds (``""``: nothing):
    the size (:data:`MAX_HTML_CHARS`), nesting or attributes (:mod:`.prescan`)."""
    bulk = 0
    if len(html) > MAX_HTML_CHARS:  # scripts, styles, long attributes do not count
        html, bulk = without_bulk(html)
    cut = len(html) > MAX_HTML_CHARS
    if cut:
        html = html[:MAX_HTML_CHARS]
    data = _utf8(html)
    quick = parse_first(html) if data is None else parse_first(data, html)
    bounded = None if quick else bound_markup(html)
    if bounded is not None and bounded.html is not html:
        html, data = bounded.html, _utf8(bounded.html)
    tree = _parse(html, origin, data)
    # One walk of the page finds the line breaks and, on a page parsed before the scan,
    # any element deeper than SHALLOW_DEPTH (a <br> is no parent: an element past
    # MAX_DEPTH has a parent past SHALLOW_DEPTH that is no <br>).
    found = tree.css(f"br, {_DEEP}" if quick else "br")
    breaks = [node for node in found if node.tag == "br"]
    if len(breaks) < len(found) and tree.css_first(_TOO_DEEP) is not None:
        bounded = bound_markup(html)
        tree = _parse(bounded.html, origin)
        breaks = tree.css("br")
    notes = "; ".join(n for n in (
        f"{bulk:,} characters of scripts, styles and long attribute values left out"
        if bulk else "",
        f"HTML cut at the size bound ({MAX_HTML_CHARS:,} characters)" if cut else "",
                                  bounded.note if bounded else "") if n)
    # A line break is a word boundary that text() would otherwise drop ("un<br>deux"),
    # and two in a row separate paragraphs; a mark of its own tells them from the source's
    # newlines.
    for br in breaks[:MAX_BREAKS]:
        br.replace_with(BREAK)
    return tree, notes


def _utf8(html: str) -> bytes | None:
    """``html`` in UTF-8, what lexbor parses (selectolax encodes a text itself, dropping
    lone surrogates); ``None`` when it holds a lone surrogate. Encoded once, the page is
    searched as bytes: ``b"\\x00" in`` is ``memchr`` (0.02 ms a page against 0.14 ms for
    a text with characters past U+00FF), counting ``<`` is faster too."""
    try:
        return html.encode("utf-8")
    except UnicodeEncodeError:
        return None


def _parse(html: str, origin: str, data: bytes | None = None) -> LexborHTMLParser:
    """Lexbor's tree of ``html`` (``data``: its UTF-8 bytes, when known); raises
    :class:`ExtractionError` on binary data, an empty page, or a parser failure."""
    head = html[:8192]
    controls = len(_CONTROLS.findall(head))
    if controls > max(4, len(head) // 100):
        raise ExtractionError("binary data, not HTML", origin=origin, reason="binary",
                              hint="the page is not text; check what was fetched")
    # A NUL is one byte 0 in UTF-8, and no other character holds that byte.
    has_nul = b"\x00" in data if data is not None else "\x00" in html
    if has_nul:
        html = html.replace("\x00", "")
        data = None if data is None else data.replace(b"\x00", b"")
    if not html or html.isspace():  # strip() would copy the whole page
        raise ExtractionError("empty HTML page", origin=origin, reason="no-text",
                              hint="the page holds no markup or text")
    try:
        tree = LexborHTMLParser(html if data is None else data)
    except Exception as exc:  # lexbor reports failures as plain exceptions
        raise ExtractionError(f"HTML could not be parsed: {exc}", origin=origin,
                              reason="unparsable", hint="is this really HTML?") from exc
    return tree


def attr(node: LexborNode, name: str) -> str:
    """An attribute's value, stripped, or ``""``."""
    value = node.attrs.get(name)
    return value.strip() if isinstance(value, str) else ""


def clean_text(text: str) -> str:
    """Whitespace collapsed (non-breaking spaces kept as spaces for the eye)."""
    return " ".join(text.split())


def clean_prefix(text: str, limit: int) -> str:
    """``clean_text(text)[:limit]``, reading only as much of ``text`` as that takes: the
    text of a node holding the whole article (a ``<time>``'s parent) is megabytes, and
    splitting it all into words cost ~10 bytes a character (issue 13). The cleaned
    text of a prefix of ``text`` is a prefix of the cleaned text (its last word at worst
    cut short), so once it reaches ``limit`` characters it gives the same ones."""
    size = 4 * limit + 64
    while size < len(text):
        cleaned = clean_text(text[:size])
        if len(cleaned) >= limit:
            return cleaned[:limit]
        size *= 4
    return clean_text(text)[:limit]
