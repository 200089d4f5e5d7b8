"""What a browser never shows as text, taken out of a parsed page before any text is read.

An inline ``<script>`` or ``<style>`` inside a paragraph (``… évacuations <script>
dataLayer.push(…)</script> dans la nuit …``) is code, not words: read with the paragraph's
text it would be stored, shown, exported and indexed as part of the article. So every
reader of text in HTML (the body walk, the headline, bylines, dates; feed titles and wire
bodies through :func:`strip_unrendered`) works on a tree from which these elements, and all
they hold, are gone. Removing an element leaves the text on both sides as it was, so the
words around it are joined exactly as a browser renders them (``a <script>…</script> b``
reads "a b", ``a<style>…</style>, b`` reads "a, b").

The elements (:data:`UNRENDERED`):

- ``script``, ``style``, ``template``, ``noembed``, ``noframes``, ``datalist``, ``rp`` and a
  ``title`` inside the body (an SVG tooltip, a stray ``<title>``): the HTML Living Standard,
  §15.3.1 "Hidden elements", gives them ``display: none`` in the user agent's style sheet
  (the other elements of that list, ``area base basefont head link meta param``, hold no
  text). The document's first ``<title>`` stays, wherever it is: it is the page's title
  (§4.2.2, "the first title element in the document, in tree order"), read as metadata,
  and a stray character in the head puts it in the body;
- ``iframe``: its content model is "nothing" and the parser reads what it holds as raw
  text, never shown (the frame shows the document it points to);
- ``noscript``: "represents nothing" when scripting is enabled (§4.12.2), as in the
  browsers people read news with; Mozilla Readability (``_removeScripts``) and trafilatura
  (``MANUALLY_CLEANED``) drop it too, and the body walk skipped it already.

JSON-LD is a script too: its text is read before the scripts go (:func:`take_unrendered`).
Comments and processing instructions are no text for lexbor's ``text()`` nor for lxml's
``itertext()`` already.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree
from selectolax.lexbor import LexborHTMLParser

#: Elements never rendered, whose content must never become text (sources: module doc).
UNRENDERED = ("script", "style", "template", "noscript", "noembed", "noframes", "iframe",
              "datalist", "rp")
#: The same as one lexbor selector, with the ``<title>`` elements of the body, and the
#: elements the page itself hides (filtered by :func:`_hidden_by_page`).
_SELECTOR = ", ".join((*UNRENDERED, "body title", '[hidden]:not([hidden="until-found" i])',
                       '[style*="none" i]', '[style*="hidden" i]'))
#: Elements never removed for a ``hidden`` attribute or style: a page that hides its whole
#: body until a script shows it ("anti-flicker") still has its article.
_NEVER_HIDDEN = frozenset({"html", "head", "body"})


def _hidden_by_page(node: Any) -> bool:
    """An element the page hides: a ``hidden`` attribute (HTML §6.1, "the hidden
    attribute": not rendered; ``hidden="until-found"`` is shown when found, so it stays) or
    an inline ``display: none`` / ``visibility: hidden``. Inside a paragraph it would be
    read with the paragraph's text (fresh user nu3: the body walk already skipped such
    containers, not such inline elements)."""
    if node.tag in _NEVER_HIDDEN:
        return False
    attrs = node.attributes
    if "hidden" in attrs and (attrs.get("hidden") or "").strip().lower() != "until-found":
        return True
    style = (attrs.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style
_JSON_LD = "application/ld+json"
#: One unrendered element in markup, up to its end tag (or the end of the markup): how the
#: HTML tokenizer ends the raw-text elements (``script``, ``style``, ``iframe``...),
#: whose content is never markup; for the others it stops at their first end tag.
_MARKUP = re.compile(rf"<({'|'.join(UNRENDERED)})(?=[\s/>])[^>]*>.*?(?:</\1\s*>|\Z)",
                     re.IGNORECASE | re.DOTALL)

__all__ = ["UNRENDERED", "drop_unrendered_markup", "strip_unrendered", "take_unrendered"]


def take_unrendered(tree: LexborHTMLParser) -> list[str]:
    """Removes from ``tree`` every element of :data:`UNRENDERED` (and the body's
    ``<title>`` elements but the document's title) with all it holds, and returns the
    text of the JSON-LD scripts (``type="application/ld+json"``, compared without ASCII
    case) among them, in page order. One query of the page; the matches are removed last
    first, so an element is never removed after the element around it
    (``<noscript><style>``) took it along. The
    text on both sides of a removed element becomes one text node again (``a<script>…
    </script>b``: "ab", as a browser shows it, also where text nodes are read apart, as
    in a table row's cells)."""
    found = [node for node in tree.css(_SELECTOR)
             if node.tag in UNRENDERED or node.tag == "title" or _hidden_by_page(node)]
    title = tree.css_first("title")
    if title is not None:
        found = [node for node in found if node.mem_id != title.mem_id]
    json_ld = [node.text(deep=True) for node in found if node.tag == "script"
               and (node.attributes.get("type") or "").strip().lower() == _JSON_LD]
    split = False
    for node in reversed(found):
        before, after = node.prev, node.next
        split = split or (before is not None and before.is_text_node and after is not None
                          and after.is_text_node)
        node.decompose()
    if split:
        tree.merge_text_nodes()
    return json_ld


def strip_unrendered(element: Any) -> None:
    """Removes from an lxml tree (HTML, or XHTML in any namespace) every element of
    :data:`UNRENDERED` with all it holds, keeping the text that follows each (its
    ``tail``). Changes ``element`` in place."""
    etree.strip_elements(element, *(f"{{*}}{tag}" for tag in UNRENDERED), with_tail=False)


def drop_unrendered_markup(markup: str) -> str:
    """``markup`` (a short HTML string: a feed's title) without its elements of
    :data:`UNRENDERED` and what they hold, the text on both sides left as it was."""
    return _MARKUP.sub("", markup) if "<" in markup else markup
