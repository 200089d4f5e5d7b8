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

from veille.extract.glued_notice import split_glued
from veille.extract.html.date_line import BYLINE_WORDS, is_date_line, opens_byline
from veille.extract.html.parse import clean_text
from veille.extract.html.walk import CONTROL_WORDS
from veille.extract.textshape import fold, is_byline

#: A standfirst is a sentence or two: at least this many words, at most this many chars.
MIN_WORDS, MAX_CHARS = 10, 600
#: Headings looked at for the headline, in page order.
MAX_HEADINGS = 20


#: A byline's or a date's element, by name: what opens the article's text after its header.
_BYLINE_NAME = re.compile(r"byline|author|auteur|signature|\bdate|dateline|published|"
                          r"timestamp|\bmeta\b", re.IGNORECASE)


def meta_line(text: str) -> bool:
    """``text`` is a byline or a date line, no standfirst nor sentence of the text: a line
    that is mostly a date, a time or names (:func:`~.date_line.is_date_line`), or a short
    one opening a byline ("Par Claire Le Goff", :func:`~.date_line.opens_byline`). Not any
    short line with a clock time: "Le trafic a repris à 16 h 40." is the text's (issue 14:
    it made the paragraph before it a standfirst above the byline, out of the body)."""
    return is_date_line(text) or (opens_byline(text) and len(text.split()) <= BYLINE_WORDS)


def _byline_or_date(node: LexborNode) -> bool:
    """``node`` is a byline or a date: a ``<time>``, an element named so, or holding one as
    its only content, or a line that is one (:func:`meta_line`)."""
    if node.tag == "time" or node.css_first("time") is not None:
        return True
    attrs = node.attributes
    if attrs.get("itemprop") in ("author", "datePublished"):
        return True
    if _BYLINE_NAME.search(f"{attrs.get('class') or ''} {attrs.get('id') or ''}"):
        return True
    text = clean_text(node.text(deep=True, separator=" "))
    return bool(text) and meta_line(text)


def standfirst_above_byline(tree: LexborHTMLParser, headlines: set[str],
                            headings: list[LexborNode] | None = None) -> str:
    """:func:`visible_standfirst`'s text when the element right after the standfirst is
    the byline or the date line: the standfirst then belongs to the article's header,
    above the byline, not to its text, even when printed among the body's paragraphs
    (Courrier international's ``div.article-chapo``, then the byline, then the text;
    verify16 Z6: the chapô was the lead and the body's first paragraph too)."""
    node = _standfirst_node(tree, headlines, headings)
    if node is None:
        return ""
    after = node.next
    while after is not None and after.tag in ("-text", "-comment"):
        after = after.next
    if after is None or not _byline_or_date(after):
        return ""
    return clean_text(node.text(deep=True, separator=" "))


def visible_standfirst(tree: LexborHTMLParser, headlines: set[str],
                       headings: list[LexborNode] | None = None) -> str:
    """The text of the element right after the page's headline (the first ``<h1>`` or
    ``<h2>`` whose folded text is one of ``headlines``: title, first ``<h1>``), when it
    reads as a standfirst: a ``<p>`` or sub-heading of :data:`MIN_WORDS` words or more, at
    most :data:`MAX_CHARS`, mostly outside links, not a byline or date line. Read from the
    DOM, not the walk: the headline's container is often named like chrome (``meta``,
    ``<header>``) and skipped by it. Empty when there is none. ``headings``: the page's
    first ``<h1>`` and ``<h2>`` (at least :data:`MAX_HEADINGS`), when already read
    (:func:`~.sources.page_nodes`). A notice glued to its text ("… Partager sur Facebook")
    is cut off (:func:`~veille.extract.glued_notice.split_glued`)."""
    node = _standfirst_node(tree, headlines, headings)
    if node is None:
        return ""
    # A notice glued to it is cut off, as from the body's paragraphs (html/glued.py).
    return split_glued(clean_text(node.text(deep=True, separator=" ")))[1]


def _next_element(node: LexborNode) -> LexborNode | None:
    """The element after ``node`` among its siblings, None when text comes between."""
    after = node.next
    while after is not None and after.tag in ("-text", "-comment"):
        if (after.text_content or "").strip():
            return None
        after = after.next
    return after


def _control(node: LexborNode) -> bool:
    """``node`` is a player's or a toolbar's controls: it holds a ``<button>``, an
    ``<audio>`` or a ``<video>``, and a few words at most, no sentence."""
    if node.tag not in ("div", "span", "section", "figure") or node.css_first(
            "button, audio, video") is None:
        return False
    text = clean_text(node.text(deep=True, separator=" "))
    return len(text.split()) <= CONTROL_WORDS and not text.endswith((".", "!", "?"))


def _is_headline(folded: str, headlines: set[str]) -> bool:
    """A heading's folded text is the headline, maybe after a kicker ("München: S-Bahn-…",
    the Süddeutsche's ``<h2>`` of a kicker and a headline span; newuser17b X4)."""
    return folded in headlines or any(
        len(h) >= 20 and folded.endswith(h) and len(folded) - len(h) <= 40 for h in headlines)


def _standfirst_node(tree: LexborHTMLParser, headlines: set[str],
                     headings: list[LexborNode] | None) -> LexborNode | None:
    """The element :func:`visible_standfirst` reads, or ``None``."""
    if headings is None:
        headings = tree.css("h1, h2")
    for heading in headings[:MAX_HEADINGS]:
        if not _is_headline(fold(clean_text(heading.text(deep=True))), headlines):
            continue
        after = _next_element(heading)
        # The headline alone in its wrapper (the Guardian's ``div[data-gu-name=headline]``):
        # the standfirst follows the wrapper (newuser17b X4).
        if after is None and heading.parent is not None and fold(clean_text(
                heading.parent.text(deep=True))) == fold(clean_text(heading.text(deep=True))):
            after = _next_element(heading.parent)
        # The headline printed under a kicker <h1> ("Vidéo", then an h2 or a div of the
        # title): the standfirst follows it (verify18b V2).
        while after is not None and _is_headline(
                fold(clean_text(after.text(deep=True))), headlines):
            after = _next_element(after)
        # A player's or a toolbar's controls between the headline and the standfirst
        # ("Écouter · Le journal de 8h · 02:14"; newuser17b X3) are no text.
        while after is not None and _control(after):
            after = _next_element(after)
        if after is None or after.tag not in ("p", "h2", "h3", "div"):
            return None
        # A <div> holding blocks is a container, not a standfirst; lexbor's query of a node
        # matches the node itself, which is left out (newuser15b X2: L'Obs's
        # ``<div class="ObsArticle-chapo">`` was never read). A <div> holding one <p> and
        # nothing else (no picture: its <p> is a caption) is that paragraph's box.
        if after.tag == "div":
            inner = [n for n in after.css("p, div, h1, h2, h3, ul") if n.mem_id != after.mem_id]
            if len(inner) == 1 and inner[0].tag == "p" and after.css_first(
                    "img, picture, figure, video, iframe") is None and fold(clean_text(
                    inner[0].text(deep=True))) == fold(clean_text(after.text(deep=True))):
                after = inner[0]
            elif inner:
                return None
        text = clean_text(after.text(deep=True, separator=" "))
        links = sum(len(clean_text(a.text(deep=True))) for a in after.css("a"))
        if (len(text.split()) >= MIN_WORDS and len(text) <= MAX_CHARS
                and links <= 0.2 * len(text) and not meta_line(text)
                and not is_byline(text)):
            return after
        return None
    return None
