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

#: How many ancestors of ``<article>`` are tried for the one holding the headline.
MAX_UP = 4
MAX_NODES = 6


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
