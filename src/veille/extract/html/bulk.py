"""Markup that is no text, taken out of a page too large to parse whole, before it is cut.

A page over :data:`~veille.extract.html.parse.MAX_HTML_CHARS` is cut there before parsing.
The bound is meant for the article's markup, but some pages spend it before the article
on what is never text: a Next.js page's ``<script id="__NEXT_DATA__">`` state (several
MB of JSON in ``<head>``), inline styles, an attribute holding a serialized state
(``<body data-state="…">``). Cut first, such a page lost its whole article and was
refused as "no article text found" (t-scale19 P4). :func:`without_bulk` empties
``<script>`` and ``<style>`` elements (a JSON-LD script up to
:data:`~veille.extract.html.jsonld.MAX_SCRIPT_CHARS` is kept: its metadata is read) and
drops attribute values of :data:`MAX_ATTRIBUTE_CHARS` characters or more, in one linear
pass, so that the bound counts the page's markup and text.
"""

from __future__ import annotations

import re

from veille.extract.html.jsonld import MAX_SCRIPT_CHARS

__all__ = ["MAX_ATTRIBUTE_CHARS", "without_bulk"]

#: An attribute value this long is no text a reader sees (a URL, a class list, a caption
#: in ``alt`` are far shorter): its value is dropped from a page over the size bound.
MAX_ATTRIBUTE_CHARS = 10_000

_RAW_START = re.compile(r"<(script|style)\b[^>]*>", re.IGNORECASE)
_RAW_END = {"script": re.compile(r"</script\s*>", re.IGNORECASE),
            "style": re.compile(r"</style\s*>", re.IGNORECASE)}
_JSON_LD = re.compile(r"""type\s*=\s*["']?application/ld\+json""", re.IGNORECASE)
# A quoted value after "=" of MAX_ATTRIBUTE_CHARS or more characters, none of them a tag's
# bracket: an attribute's value (HTML escapes "<" and ">" in one rarely, never prose).
_AT_LEAST = f"{{{MAX_ATTRIBUTE_CHARS},}}"
_LONG_VALUE = re.compile(rf"""=(\s*)(?:"[^"<>]{_AT_LEAST}"|'[^'<>]{_AT_LEAST}')""")


def without_bulk(html: str) -> tuple[str, int]:
    """``html`` with the contents of its ``<script>`` (JSON-LD aside) and ``<style>``
    elements and its long attribute values taken out, and how many characters went; the
    tags stay, so the page's structure is the same. Linear in ``html``."""
    parts: list[str] = []
    at = 0
    for start in _RAW_START.finditer(html):
        if start.start() < at:  # inside a script already skipped
            continue
        name = start.group(1).lower()
        end = _RAW_END[name].search(html, start.end())
        stop = end.start() if end is not None else len(html)
        if name == "script" and _JSON_LD.search(start.group()) \
                and stop - start.end() <= MAX_SCRIPT_CHARS:
            continue  # read for its metadata: kept (parts are taken up to the next cut)
        parts.append(html[at:start.end()])
        at = stop
    parts.append(html[at:])
    shrunk = "".join(parts)
    shrunk = _LONG_VALUE.sub(lambda m: f'={m.group(1)}""', shrunk)
    return shrunk, len(html) - len(shrunk)
