"""An article's HTML body carried by a wire item, sieved by the rules pages are sieved by.

A NewsML-G2 ``inlineXML`` (XHTML or NITF) or a ninjs HTML body is the article already:
no density run is needed to find it, but its blocks hold what a page's article holds
besides prose, a "Lire aussi : <a>…</a>" link to another story, a ``<figcaption>`` with its
photo credit, a desk's closing initials ("jg/mr"). Each block goes through the very sieve
of :func:`veille.extract.html.body.keep` (docs/html-extraction.md), and the closing lines
of :func:`veille.extract.chrome_lines.closing_furniture` are dropped from the end, as they
are from a page (newuser16b C3: wire bodies kept what page bodies lose). Pure functions.
"""

from __future__ import annotations

from typing import Any

from veille.collect.safexml import local
from veille.extract.chrome_lines import closing_furniture
from veille.extract.dropped_blocks import DROPPED_KEY, dropped_evidence
from veille.extract.html.body import keep
from veille.extract.html.dropped import block_reason
from veille.extract.html.fragment import BLOCKS, html_paragraphs, paragraphs_of
from veille.extract.html.unrendered import strip_unrendered
from veille.extract.html.walk import Block

#: The :class:`~veille.extract.html.walk.Block` kind of each block element.
_KINDS = {"p": "p", "li": "li", "dd": "li", "dt": "li", "blockquote": "quote",
          "pre": "pre", "figcaption": "caption"} | {f"h{n}": "h" for n in range(1, 7)}


def _text(node: Any) -> str:
    return " ".join("".join(node.itertext()).split())


def _link_chars(node: Any) -> int:
    """Characters of ``node``'s text inside links (``<a>``), as the page walk counts them."""
    return sum(len(_text(a)) for a in node.iter()
               if isinstance(a.tag, str) and local(a.tag).lower() == "a")


def _in_figure(node: Any) -> bool:
    here = node.getparent()
    while here is not None:
        if isinstance(here.tag, str) and local(here.tag).lower() == "figure":
            return True
        here = here.getparent()
    return False


def fragment_blocks(element: Any) -> list[Block]:
    """The block elements of an XML or HTML body (:data:`~veille.extract.html.fragment.
    BLOCKS`), in order, as :class:`~veille.extract.html.walk.Block`: inside the article,
    no chrome; a block inside a ``<figure>`` is a caption. Unrendered elements (scripts,
    styles) are removed from ``element`` first."""
    strip_unrendered(element)
    found: list[Block] = []
    for node in element.iter():
        if not isinstance(node.tag, str):
            continue
        name = local(node.tag).lower()
        if name not in BLOCKS:
            continue
        text = _text(node)
        if text:
            kind = "caption" if _in_figure(node) else _KINDS.get(name, "p")
            found.append(Block(text, kind, _link_chars(node), False, True, ()))
    return found


Dropped = list[tuple[str, str]]
"""What a sieve left out: (text, reason code) pairs in the body's order, the reasons of
:data:`veille.extract.dropped_blocks.REASONS` (:func:`~veille.extract.html.dropped.
block_reason`), for :func:`~veille.extract.dropped_blocks.dropped_evidence`."""


def sieved_paragraphs(element: Any, dropped: Dropped | None = None) -> list[str]:
    """The article paragraphs of a wire item's XML or HTML body ``element``: its blocks
    (:func:`fragment_blocks`) that :func:`~veille.extract.html.body.keep` keeps, without
    closing furniture or a heading at the end. A body whose blocks would all go (a flash
    of one short line) keeps them all: the sieve drops furniture around an article, never
    the article. A body without blocks is its text split on blank lines
    (:func:`~veille.extract.html.fragment.paragraphs_of`). The blocks left out are
    appended to ``dropped`` when given, each with its reason (r-extract54: wire items and
    records said nothing of what they cut, where captures and pages list it)."""
    blocks = fragment_blocks(element)
    if not blocks:
        return paragraphs_of(element)
    kept = [b for b in blocks if keep(b, include_captions=False)]
    while kept and (kept[-1].kind == "h" or (len(kept) > 1 and closing_furniture(kept[-1].text))):
        kept.pop()
    if dropped is not None and kept:
        held = {id(b) for b in kept}
        dropped.extend((b.text, block_reason(b, True)) for b in blocks if id(b) not in held)
    return [b.text for b in (kept or blocks)]


def sieved_html(markup: str, dropped: Dropped | None = None) -> list[str]:
    """:func:`sieved_paragraphs` of an HTML fragment (a ninjs ``body_html``, a record's
    ``body_html``), by :func:`~veille.extract.html.fragment.html_paragraphs`."""
    return html_paragraphs(markup, lambda element: sieved_paragraphs(element, dropped))


def record_dropped(dropped: Dropped, evidence: dict[str, str]) -> None:
    """Store what a sieve left out (``dropped``) as ``evidence["dropped"]``
    (:func:`~veille.extract.dropped_blocks.dropped_evidence`'s shape), when anything was."""
    found = dropped_evidence(dropped)
    if found:
        evidence[DROPPED_KEY] = found
