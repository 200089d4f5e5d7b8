"""The visible standfirst (chapô) printed between the headline and the article's text.

News pages print a standfirst right under the headline, often inside the article's
``<header>`` or a metadata section (Le Monde's ``article__desc``, Le Parisien's
``subheadline``, El País's subtitle ``<h2>``), outside the container the body is read
from. When it is not also the page's meta description, it used to be in no field of the
record (newuser9 R2, R22, R26). It is the record's ``lead``: what the reader sees first.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from veille.extract.html.parse import clean_text
from veille.extract.textshape import fold

#: A standfirst is a sentence or two: at least this many words, at most this many chars.
MIN_WORDS, MAX_CHARS = 10, 600
#: Headings looked at for the headline, in page order.
MAX_HEADINGS = 20
#: A byline or a date line is no standfirst: a clock time or a "Par/By/Von" opening.
_META_LINE = re.compile(r"\b\d{1,2}\s?[:h]\s?\d{2}\b|^(?:par|by|von|por|door)\s", re.IGNORECASE)


def visible_standfirst(tree: LexborHTMLParser, headlines: set[str],
                       headings: list[LexborNode] | None = None) -> str:
    """The text of the element right after the page's headline (the first ``<h1>`` or
    ``<h2>`` whose folded text is one of ``headlines``: title, first ``<h1>``), when it
    reads as a standfirst: a ``<p>`` or sub-heading of :data:`MIN_WORDS` words or more, at
    most :data:`MAX_CHARS`, mostly outside links, not a byline or date line. Read from the
    DOM, not the walk: the headline's container is often named like chrome (``meta``,
    ``<header>``) and skipped by it. Empty when there is none. ``headings``: the page's
    first ``<h1>`` and ``<h2>`` (at least :data:`MAX_HEADINGS`), when already read
    (:func:`~.sources.page_nodes`)."""
    if headings is None:
        headings = tree.css("h1, h2")
    for heading in headings[:MAX_HEADINGS]:
        if fold(clean_text(heading.text(deep=True))) not in headlines:
            continue
        after = heading.next
        while after is not None and after.tag in ("-text", "-comment"):
            if (after.text_content or "").strip():
                return ""
            after = after.next
        if after is None or after.tag not in ("p", "h2", "h3", "div"):
            return ""
        # A <div> holding blocks is a container, not a standfirst; lexbor's query of a node
        # matches the node itself, which is left out (newuser15b X2: L'Obs's
        # ``<div class="ObsArticle-chapo">`` was never read).
        if after.tag == "div" and any(n.mem_id != after.mem_id
                                      for n in after.css("p, div, h1, h2, h3, ul")):
            return ""
        text = clean_text(after.text(deep=True, separator=" "))
        links = sum(len(clean_text(a.text(deep=True))) for a in after.css("a"))
        if (len(text.split()) >= MIN_WORDS and len(text) <= MAX_CHARS
                and links <= 0.2 * len(text) and not _META_LINE.search(text)):
            return text
        return ""
    return ""
