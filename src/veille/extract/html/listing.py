"""A page that lists articles rather than holding one: a section front, search results,
a 404 page's suggestions (newuser11 T1).

Such a page's densest run of text is its teasers' summaries, and reading it as an article
gives a headline that is the section's name, a body of unrelated summaries and a date
taken from the first card ("Il y a 12 min"): the front page would lead the latest news.

The rule: the run chosen as the body is made of **teaser cards**, containers that each
hold one heading whose text is a link (to the article it teases) and the card's summary.
When at least :data:`MIN_CARDS` distinct cards hold at least :data:`CARD_SHARE` of the
run's prose, none of them more than :data:`LARGEST_CARD` of the cards' text (a container
holding the article and one linked heading is no card), and the page does not declare
itself an article (``og:type`` ``article``, or a JSON-LD object of an article type), the
page is a listing. A real article's "Lire
aussi" inserts are cards too, but they hold little of its prose; a live blog's posts may
have linked headings, but a live blog declares itself (``LiveBlogPosting``, ``og:type
article``). The Open Graph protocol gives ``website`` as the type of a page that is no
article (ogp.me, "Object Types").
"""

from __future__ import annotations

from typing import Any

from selectolax.lexbor import LexborHTMLParser

from veille.extract.html.jsonld import ARTICLE_TYPES, types_of
from veille.extract.html.walk import Block

#: Distinct teaser cards a listing's body run holds at least.
MIN_CARDS = 3
#: Share of the run's prose characters inside teaser cards for a listing.
CARD_SHARE = 0.6
#: A listing's cards are alike: none holds more than this share of their text.
LARGEST_CARD = 0.5
#: A heading is a teaser's link when links cover this share of its text.
LINKED = 0.8
#: A top card's summary, at most: longer prose in one linked-heading container is an
#: article whose headline links to itself.
LONE_CARD_CHARS = 800
#: Types that make a JSON-LD object a declaration that the page is an article.
_ARTICLE_TYPES = frozenset(t.lower() for t in ARTICLE_TYPES) - {"webpage", "itempage"}


def declares_article(og_types: list[str], objects: list[dict[str, Any]]) -> bool:
    """Whether the page says it is an article: an ``og:type`` of ``article`` (or
    ``article:...``), or a JSON-LD object of an article type (``NewsArticle``,
    ``LiveBlogPosting``...; not a bare ``WebPage``)."""
    if any(t.strip().lower().startswith("article") for t in og_types):
        return True
    return any(t.lower() in _ARTICLE_TYPES for obj in objects for t in types_of(obj))


#: Headings looked at for their links' targets.
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
#: How far up from a link a heading that holds it may be (``<h3><span><a>``).
_UP = 3


def off_page_heading_links(tree: LexborHTMLParser) -> int:
    """How many distinct other pages the page's headings link to: links inside a heading,
    or holding one (``<a><h2>``), whose ``href`` is not an anchor of this page (``#post-…``;
    a link without ``href`` counts by its text).
    A teaser card links to the article it teases; a live blog's post title links to the
    post on the same page (verify11a V2: a live blog that declares nothing was refused)."""
    targets: set[str] = set()
    for link in tree.css("a"):
        # A link without an address (a script's, or a saved page's) counts by its text.
        href = (link.attributes.get("href") or "").strip() or f" {link.text(deep=True)[:200]}"
        if href.startswith("#") or href.lower().startswith("javascript:"):
            continue
        node, heading = link.parent, link.css_first("h1, h2, h3, h4, h5, h6") is not None
        for _ in range(_UP):
            if heading or node is None:
                break
            heading = node.tag in _HEADINGS
            node = node.parent
        if heading:
            targets.add(href.split("#", 1)[0])
    return len(targets)


def teaser_cards(blocks: list[Block], start: int, end: int) -> int:
    """How many distinct teaser cards hold the prose of ``blocks[start:end]``, when they
    hold at least :data:`CARD_SHARE` of its characters; 0 otherwise.

    A card is the innermost container of a linked heading (``<article><h3><a>``); a prose
    block belongs to the card among its containers that is nearest to it."""
    run = blocks[start:end]
    cards: dict[int, int] = {}
    for block in run:
        if block.kind == "h" and block.path and block.links >= LINKED * len(block.text):
            cards.setdefault(block.path[-1], 0)
    if len(cards) < MIN_CARDS:
        return 0
    prose = 0
    for block in run:
        if block.kind == "h":
            continue
        prose += len(block.text)
        card = next((c for c in reversed(block.path) if c in cards), None)
        if card is not None:
            cards[card] += len(block.text)
    held = [chars for chars in cards.values() if chars]
    if len(held) < MIN_CARDS or sum(held) < CARD_SHARE * prose:
        return 0
    if max(held) > LARGEST_CARD * sum(held):  # one "card" is the article's own container
        return 0
    return len(held)


def lone_card(blocks: list[Block], start: int, end: int) -> bool:
    """Whether all the prose of ``blocks[start:end]`` (at most :data:`LONE_CARD_CHARS`)
    sits in teaser cards: containers of a linked heading anywhere on the page (module
    docstring)."""
    cards = {b.path[-1] for b in blocks
             if b.kind == "h" and b.path and b.links >= LINKED * len(b.text)}
    prose = [b for b in blocks[start:end] if b.kind != "h"]
    if not prose or sum(len(b.text) for b in prose) > LONE_CARD_CHARS:
        return False
    return all(any(c in cards for c in b.path) for b in prose)
