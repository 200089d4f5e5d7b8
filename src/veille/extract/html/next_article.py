"""A page that holds more than one article: an infinite scroll ("Article suivant") puts the
next article, with its own headline, byline and date, in a second ``<article>`` after the
first (newuser15b X15: L'Express's next story glued onto the first one's body).

The rule: each ``<article>`` element that holds its own headline (an ``<h1>``, or an
element marked ``itemprop=headline``) is one article. The body's blocks belong to the
article holding its first block; blocks inside a *later* headed ``<article>`` (one that is
not nested in it) are another article, not body. Text captures do the same
(:mod:`veille.extract.text_capture`, ``other_article``).
"""

from __future__ import annotations

from veille.extract.html.parse import LexborNode, clean_text
from veille.extract.html.walk import Block

__all__ = ["headed_articles", "without_next_articles"]

#: Ancestors looked at from a headline for its ``<article>``.
MAX_UP = 40


def _article_of(node: LexborNode) -> LexborNode | None:
    parent = node.parent
    for _ in range(MAX_UP):
        if parent is None:
            return None
        if parent.tag == "article":
            return parent
        parent = parent.parent
    return None


def headed_articles(headlines: list[LexborNode]) -> list[tuple[LexborNode, str]]:
    """The ``<article>`` elements holding one of ``headlines`` (``<h1>`` and
    ``itemprop=headline`` elements, in page order), each once in page order of its
    headline, with that headline's text."""
    found: dict[int, tuple[LexborNode, str]] = {}
    for node in headlines:
        article = _article_of(node)
        if article is not None and article.mem_id not in found:
            found[article.mem_id] = (article, clean_text(node.text(deep=True, separator=" ")))
    return list(found.values())


def _inside(node: LexborNode, ancestor: int) -> bool:
    parent = node.parent
    for _ in range(MAX_UP):
        if parent is None:
            return False
        if parent.mem_id == ancestor:
            return True
        parent = parent.parent
    return False


def without_next_articles(blocks: list[Block], headlines: list[LexborNode]
                          ) -> tuple[list[Block], str]:
    """(``blocks`` without those of a later headed ``<article>``, that article's
    headline or ``""`` when none was cut); ``blocks`` is the chosen body, ``headlines``
    the page's headline elements (module docstring)."""
    articles = headed_articles(headlines)
    if len(articles) < 2 or not blocks:
        return blocks, ""
    own = next((i for i, (a, _) in enumerate(articles) if a.mem_id in blocks[0].path), None)
    if own is None:
        return blocks, ""
    own_id = articles[own][0].mem_id
    later = {a.mem_id: title for a, title in articles[own + 1:] if not _inside(a, own_id)}
    if not later:
        return blocks, ""
    kept = [b for b in blocks if not later.keys() & set(b.path)]
    if len(kept) == len(blocks) or not kept:
        return blocks, ""
    cut = next(later[i] for b in blocks for i in b.path if i in later)
    return kept, cut
