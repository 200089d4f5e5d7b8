"""HTML carried inside other inputs: a ninjs body, a JSON Lines ``text`` or ``html`` field.

Such a fragment is read with the rules an HTML body is read with
(docs/html-extraction.md, "HTML carried by other inputs"): the elements a browser never
renders (scripts, styles...) are no text, each block element (``<p>``, ``<h2>``, ``<li>``,
``<blockquote>``...) is one paragraph, inline markup (``<b>``, ``<a>``) is dropped and
entities are decoded. :func:`looks_like_html` says when a field that may hold either plain
text or markup holds markup. Pure functions, bytes never touched.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from veille.collect.safexml import local
from veille.extract.html.unrendered import strip_unrendered

#: Elements whose text is one paragraph (HTML Living Standard, "grouping content" and
#: "sections": the block elements an article body is written in).
BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt",
          "figcaption"}

#: HTML element names (HTML Living Standard, section 4) whose tags mark a text as markup:
#: the block elements, the sectioning ones and the common inline ones. A ``<`` followed by
#: anything else ("a < b", "<3", "<nom>") is text.
_ELEMENTS = (r"p|div|span|br|hr|h[1-6]|ul|ol|li|dl|dd|dt|blockquote|pre|b|i|u|em|strong|"
             r"small|sub|sup|mark|q|cite|a|img|figure|figcaption|table|thead|tbody|tr|td|th|"
             r"article|section|header|footer|aside|main|nav|abbr|time|code|s|del|ins|html|"
             r"body|script|style")
_OPENS_WITH_TAG = re.compile(rf"\s*<(?:{_ELEMENTS})(?:\s[^<>]*)?/?>", re.IGNORECASE)
_CLOSING = re.compile(rf"</({_ELEMENTS})\s*>", re.IGNORECASE)
_BREAK = re.compile(r"<(?:br|hr)\s*/?>|<p(?:\s[^<>]*)?>", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """Whether a text field holds HTML markup rather than plain text: it opens with an HTML
    element's tag (``<p>``, ``<div class="x">``), or it holds a line break or paragraph
    tag (``<br>``, ``<p>``), or an element closed after it was opened (``<b>…</b>``).
    "a < b", "<3", "x<y>z" and an unknown tag stay text."""
    if _OPENS_WITH_TAG.match(text) or _BREAK.search(text):
        return True
    for closing in _CLOSING.finditer(text):
        name = closing.group(1)
        if re.search(rf"<{name}(?:\s[^<>]*)?>", text[:closing.start()], re.IGNORECASE):
            return True
    return False


def paragraphs_of(element: Any) -> list[str]:
    """Block-level text of an XML or HTML body, in order; the whole text, split on blank
    lines, when no blocks. Scripts, styles and the other elements a browser never renders
    are no text: they are removed from ``element`` first
    (:func:`~veille.extract.html.unrendered.strip_unrendered`)."""
    strip_unrendered(element)
    found = [" ".join("".join(node.itertext()).split()) for node in element.iter()
             if isinstance(node.tag, str) and local(node.tag).lower() in BLOCKS]
    found = [p for p in found if p]
    if found:
        return found
    return [p for p in (" ".join(line.split()) for line in
                        "".join(element.itertext()).split("\n\n")) if p]


def fragment_of(markup: str) -> Any | None:
    """``markup`` parsed as an HTML fragment under a ``<div>``; None when lxml cannot."""
    try:
        return lxml_html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return None


def html_paragraphs(markup: str, read: Callable[[Any], list[str]] | None = None) -> list[str]:
    """The paragraphs of an HTML fragment (``read`` of it, :func:`paragraphs_of` by
    default); [] for an empty one, and the text split on blank lines when lxml cannot
    parse it at all."""
    if not markup.strip():
        return []
    fragment = fragment_of(markup)
    if fragment is None:
        return [p for p in (" ".join(b.split()) for b in markup.split("\n\n")) if p]
    return (read or paragraphs_of)(fragment)


def html_text(markup: str) -> str:
    """The text of a one-line HTML fragment (a headline: "Budget : <b>le Sénat</b>" is
    "Budget : le Sénat"), whitespace folded; the markup itself when lxml cannot parse it."""
    fragment = fragment_of(markup) if markup.strip() else None
    if fragment is None:
        return " ".join(markup.split())
    strip_unrendered(fragment)
    return " ".join("".join(fragment.itertext()).split())
