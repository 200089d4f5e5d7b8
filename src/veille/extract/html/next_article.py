"""A page that holds more than one article: an infinite scroll ("Article suivant") puts the
next article, with its own headline, byline and date, after the first (newuser15b X15:
L'Express's next story in a second ``<article>``; verify16 Z2: franceinfo's next story
under an ``<h2>`` in ``div.next-article``, two ``div.article-container`` each with an
``<h1>``).

The rule, on the markup's shape rather than on tag names: the article's own box is the
deepest container of the body's first block that also holds a headline (an ``<h1>`` or
``itemprop=headline``). A later heading (``<h1>``, ``<h2>``, ``itemprop=headline``) outside
that box, not itself a link, opens another article when the smallest container around it
that holds a byline or a date (a ``<time>``, an element whose class or ``itemprop`` names
an author, a byline, a signature or a date, or a byline-shaped line right after the
heading) lies outside the box too: the body's blocks inside that container are the other
article's, not body. Headings and cards inside the box (a live blog's posts, an embedded
related card) are never another article; a heading with no byline nor date of its own (a
section's title) is none either. Text captures do the same
(:mod:`veille.extract.text_capture`, ``other_article``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from veille.extract.html.parse import LexborNode, clean_text
from veille.extract.html.walk import Block
from veille.extract.textshape import is_byline, is_dateline

__all__ = ["without_next_articles"]

#: Ancestors looked at from a heading.
MAX_UP = 40
#: A later article's byline or date marks, by markup.
_MARK_SELECTOR = ("time, [itemprop=author], [itemprop=datePublished], [rel=author], "
                  + ", ".join(f"[class*={word} i]" for word in (
                      "byline", "author", "auteur", "signature", "date", "published",
                      "timestamp")))
"""Elements that may be marks, matched by the parser (a class holding one of
:data:`_MARK_CLASS`'s words, any case); :func:`_is_mark` then reads the class as the
pattern does (``\bdate``). Every element with a class was read before (issue 13)."""
_MARK_CLASS = re.compile(r"byline|author|auteur|signature|\bdate|pub-?date|published|timestamp",
                         re.IGNORECASE)
_HEADINGS = "h1, h2, h3, h4, h5, h6, [itemprop=headline]"
#: Elements a heading's byline line may be (the element right after the heading).
_LINE_TAGS = frozenset(("p", "div", "span", "time", "address"))


def _ancestors(node: LexborNode) -> list[LexborNode]:
    """``node``'s ancestors, nearest first (at most :data:`MAX_UP`)."""
    found: list[LexborNode] = []
    parent = node.parent
    while parent is not None and len(found) < MAX_UP:
        found.append(parent)
        parent = parent.parent
    return found


def _is_mark(node: LexborNode) -> bool:
    """An element that says who wrote or when: a ``<time>``, a byline or date class or
    ``itemprop``, an author link."""
    if node.tag == "time":
        return True
    attrs = node.attributes
    if attrs.get("itemprop") in ("author", "datePublished") or attrs.get("rel") == "author":
        return True
    return bool(_MARK_CLASS.search(attrs.get("class") or ""))


def _byline_after(heading: LexborNode) -> bool:
    """The element right after ``heading`` is a byline or a date line ("Par Camille
    Laurent", "1 déc. 2026 à 09h40")."""
    sibling = heading.next
    while sibling is not None and sibling.tag == "-text":
        sibling = sibling.next
    if sibling is None or sibling.tag not in _LINE_TAGS:
        return False
    text = clean_text(sibling.text(deep=True, separator=" "))
    return bool(text) and (is_byline(text) or is_dateline(text))


def _own_mark(mark: LexborNode, container: LexborNode, heading: LexborNode) -> bool:
    """``mark`` (inside ``container``) is the heading's, not that of an item nested in the
    container under a heading of its own (a list of teasers under a section's title, each
    card with its ``<time>``)."""
    for ancestor in _ancestors(mark):
        if ancestor.mem_id == container.mem_id:
            return True
        held = ancestor.css_first(_HEADINGS)
        if held is not None and held.mem_id != heading.mem_id:
            return False
    return False


Marks = list[tuple[LexborNode, frozenset[int]]]
"""The page's byline and date marks (:func:`_is_mark`), each with the ids of its
ancestors (:func:`_ancestors`), in document order."""


def _page_marks(node: LexborNode) -> Marks:
    """The :data:`Marks` of the page holding ``node``, read once per page: a container's
    marks are then those whose ancestors hold it, with no query of each container up the
    tree (every element with a class, again and again: issue 13)."""
    root = node
    while root.parent is not None:
        root = root.parent
    return [(mark, frozenset(a.mem_id for a in _ancestors(mark)))
            for mark in root.css(_MARK_SELECTOR) if _is_mark(mark)]


def _marked(container: LexborNode, heading: LexborNode, inside: set[int],
            marks: Marks) -> bool:
    """``container`` holds a byline or date mark of ``heading``'s own, outside it
    (``inside``: the ids of ``heading``'s own nodes; ``marks``: the page's). A mark more
    than :data:`MAX_UP` levels below the container is no mark of its own, as
    :func:`_own_mark` reads it."""
    return any(container.mem_id in above and mark.mem_id not in inside
               and _own_mark(mark, container, heading) for mark, above in marks)


def _in_link(heading: LexborNode, ancestors: list[LexborNode]) -> bool:
    """The heading is a link, or sits in one: a teaser's headline, not an article's."""
    text = clean_text(heading.text(deep=True))
    links = sum(len(clean_text(a.text(deep=True))) for a in heading.css("a"))
    return links >= 0.8 * len(text) or any(a.tag == "a" for a in ancestors[:3])


def _other_box(heading: LexborNode, own: int, first_path: set[int], *,
               headline: bool, marks: Callable[[], Marks]) -> LexborNode | None:
    """The container of ``heading``'s own article when it is another article than the one
    whose box is ``own`` (``first_path``: the containers of the body's first block); a
    ``headline`` (``<h1>``, ``itemprop=headline``) in an ``<article>`` of its own needs no
    byline nor date (newuser15b X15)."""
    ancestors = _ancestors(heading)
    ids = [a.mem_id for a in ancestors]
    if own in ids or heading.mem_id == own:
        return None  # inside the article's own box
    linked = _in_link(heading, ancestors)  # a teaser's headline, unless in an <article>
    # what is the heading's own, and a byline right after it, are the same for every
    # container up the tree: read once, not once a container
    byline_after = not linked and _byline_after(heading)
    inside = {n.mem_id for n in heading.traverse()} if not linked else set()
    for ancestor in ancestors:
        if ancestor.mem_id in first_path:
            return None  # reached a container of the article itself: no box of its own
        if headline and ancestor.tag == "article":
            return ancestor
        if not linked and (byline_after or _marked(ancestor, heading, inside, marks())):
            return ancestor
    return None


def _own_box(first: Block, headlines: list[LexborNode]) -> int | None:
    """The deepest container of ``first`` (the body's first paragraph) holding a
    headline."""
    holders: set[int] = set()
    for node in headlines:
        holders.update(a.mem_id for a in _ancestors(node))
    return next((box for box in reversed(first.path) if box in holders), None)


def without_next_articles(blocks: list[Block], headlines: list[LexborNode],
                          headings: list[LexborNode] | None = None) -> tuple[list[Block], str]:
    """(``blocks`` without those of a later article, that article's headline or ``""``
    when none was cut); ``blocks`` is the chosen body, ``headlines`` the page's headline
    elements (``<h1>``, ``itemprop=headline``), ``headings`` its ``<h1>`` and ``<h2>``
    (module docstring)."""
    if not blocks:
        return blocks, ""
    headlines = [h for h in headlines if h.tag != "meta"]  # an itemprop in the <head>
    # The first paragraph, not a caption or a heading the run may open with.
    at = next((i for i, b in enumerate(blocks) if b.kind == "p"), 0)
    first = blocks[at]
    own = _own_box(first, headlines)
    if own is None:
        return blocks, ""
    first_path = set(first.path)
    body_boxes = {box for block in blocks for box in block.path}
    cuts: dict[int, str] = {}
    seen: set[int] = set()
    heads = [(h, True) for h in headlines] + [(h, h.tag == "h1") for h in headings or []]
    read: list[Marks] = []

    def marks() -> Marks:
        if not read:
            read.append(_page_marks(heads[0][0]))
        return read[0]

    for heading, headline in heads:
        if heading.mem_id in seen:
            continue
        seen.add(heading.mem_id)
        title = clean_text(heading.text(deep=True, separator=" "))
        if len(title.split()) < 3:
            continue
        box = _other_box(heading, own, first_path, headline=headline, marks=marks)
        if box is not None and box.mem_id in body_boxes and box.mem_id not in cuts:
            cuts[box.mem_id] = title
    # A box holding the body's opening (up to its first paragraph) is this article's.
    for block in blocks[:at + 1]:
        for container in block.path:
            cuts.pop(container, None)
    if not cuts:
        return blocks, ""
    kept = [b for b in blocks if not cuts.keys() & set(b.path)]
    if len(kept) == len(blocks) or not kept:
        return blocks, ""
    cut = next(cuts[i] for b in blocks for i in b.path if i in cuts)
    return kept, cut
