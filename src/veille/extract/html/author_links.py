"""A byline made only of links to the authors' pages, with no byline class and no "Par" or
"By" (El País' ``<div class="a_md_a"><a href="/autor/...">``, CSS-module class names such as
``sc-1x2y3z``): the link's target says what the class no longer does (newuser4 N34).

A link into an author page (``/auteur/``, ``/autor/``, ``/author/``, ``/journaliste/``,
``/profil/``...) is site-independent evidence: it is how content management systems route
an author's archive. Its box is a byline when it holds nothing but such links and the
words between them ("y", "et", "and"), and comes before the text (the first paragraph of
prose), so an author box or a list of related articles lower on the page is not taken.
"""

from __future__ import annotations

import re

from veille.extract.html.parse import LexborNode

AUTHOR_PAGE_SEGMENTS = ("auteur", "auteurs", "autor", "autores", "autore", "autori", "author",
                        "authors", "journaliste", "journalistes", "profil", "profile",
                        "redacteur", "redacteurs")
MAX_BYLINE_CHARS = 150
PROSE_CHARS = 80


#: Any of AUTHOR_PAGE_SEGMENTS as a whole path segment ("/auteur/"), in one search: the
#: same test as a substring test per segment, in C (the body's links before its first
#: paragraph are tested, tens a page).
_AUTHOR_SEGMENT = re.compile("/(?:" + "|".join(map(re.escape, AUTHOR_PAGE_SEGMENTS)) + ")/")


def _author_href(node: LexborNode) -> bool:
    href = (node.attributes.get("href") or "").lower()
    return _AUTHOR_SEGMENT.search(href) is not None


def author_link_box(root: LexborNode) -> LexborNode | None:
    """The element holding the first link to an author page met in ``root`` (the page's
    body) before the first paragraph of prose (:data:`PROSE_CHARS` characters or more),
    when it holds nothing but such links and the words between them; None otherwise. An
    author box or related articles after the text are never reached."""
    first: LexborNode | None = None
    for node in root.traverse():
        if node.tag == "p" and len(node.text(deep=True)) >= PROSE_CHARS:
            return None
        if node.tag == "a" and _author_href(node):
            first = node
            break
    box = first.parent if first is not None else None
    if box is None:
        return None
    text = " ".join(box.text(deep=True, separator=" ").split())
    if not text or len(text) > MAX_BYLINE_CHARS:
        return None
    if not all(_author_href(a) for a in box.css("a")):
        return None
    return box
