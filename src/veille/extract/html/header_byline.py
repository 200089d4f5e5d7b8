"""A byline printed between the headline and the ``<article>`` element (newuser4 N12).

Templates such as Le Monde's put the headline, the standfirst and the meta section
(``<section class="article__meta"><span class="meta__author">Par …``) in a container
*around* the ``<article>`` that holds only the body. The byline rule reads byline
elements inside ``<article>`` first; when there are none, the ones placed before the
``<article>`` inside the container that also holds the page's ``<h1>`` are the article's
own (those after it belong to teasers and comments). BEM element classes naming the
author (``meta__author``, ``article__author``) count there as byline classes.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from veille.extract.bare_byline import Role, bare_bylines
from veille.extract.html.walk import Block
from veille.extract.textshape import ends_sentence, is_credit, word_count

#: How many ancestors of ``<article>`` are tried for the one holding the headline.
MAX_UP = 4
MAX_NODES = 6
#: How many blocks before the body a bare-name byline may sit, and how far back the
#: headline is looked for.
BARE_WINDOW = 6
HEADLINE_REACH = 8
AFTER_FIRST = 3


def bylines_before(article: LexborNode, selector: str) -> list[LexborNode]:
    """Byline elements (``selector`` plus BEM ``__author`` classes) before ``article`` in
    the nearest ancestor that holds an ``<h1>``, in document order; [] when none."""
    container = article.parent
    for _ in range(MAX_UP):
        if container is None or container.tag in ("body", "html"):
            return []
        if container.css_first("h1") is not None:
            break
        container = container.parent
    else:
        return []
    wanted = {n.mem_id: n for n in container.css(selector + ", [class*=__author]")}
    if not wanted:
        return []
    found: list[LexborNode] = []
    for node in container.traverse():
        if node.mem_id == article.mem_id or len(found) >= MAX_NODES:
            break
        if node.mem_id in wanted:
            found.append(node)
    return found


def _role(block: Block) -> Role:
    if block.kind == "caption" or is_credit(block.text):
        return "media"
    if block.kind not in ("p", "loose", "row"):
        return "skip"  # a heading, a list item (tags, menus), a quote
    if word_count(block.text) <= 4 and not ends_sentence(block.text):
        return "label"
    return "text"


def bare_names_before(blocks: list[Block], first: int, body: list[str]) -> list[str]:
    """Bylines printed as a bare name in an element with no byline class ("<div>Caroline
    Girardon</div>" under the standfirst), among the blocks after the headline (the last
    heading within :data:`HEADLINE_REACH` blocks of the body) and before the body's
    :data:`AFTER_FIRST`-th block (``first`` is the index of the body's first block: a
    standfirst may come before the byline), at most :data:`BARE_WINDOW` before ``first``;
    ``body`` is the article's text, which must not name that person
    (:func:`~veille.extract.bare_byline.bare_bylines`)."""
    low = max(0, first - HEADLINE_REACH)
    headings = [i for i in range(low, first + 1) if blocks[i].kind == "h"]
    begin = max(headings[-1] + 1 if headings else 0, first - BARE_WINDOW)
    end = min(len(blocks), first + AFTER_FIRST)
    return bare_bylines([(b.text, _role(b)) for b in blocks[begin:end]], body)
