"""The body of a page as a flat list of text blocks, in reading order.

Why flat: the article is a run of consecutive blocks, and finding the densest run over a
flat list (the idea :mod:`veille.extract.text_capture` uses on text captures) is both
robust to the endless variety of page templates and fast. The walk keeps the structural
facts the scorer needs with each block: its kind (paragraph, heading, list item, quote,
caption), how much of its text sits in links, and the signals its ancestors give
(a ``class``/``id`` that says comments, related links, sharing, ads, newsletter; being
inside ``<article>`` or an ``articleBody``).

Speed: paragraphs and headings are read in one C call (``text()``), without visiting
their inline children from Python; only containers are walked node by node.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from veille.extract.html.choices import choice_boxes
from veille.extract.html.controls import Controls, body_controls
from veille.extract.html.parse import BREAK, LexborNode, clean_text

#: Never text: scripts, styles, embedded media, form controls, and the page chrome tags.
SKIP_TAGS = frozenset("""script style noscript template svg math iframe frame frameset object
    embed button select input textarea option nav aside footer head link meta canvas video
    audio map dialog picture source track img head title base""".split())
#: Skipped tags whose text is the page's chrome a reader sees: noted for the dropped list.
_NOTED_TAGS = frozenset(("nav", "aside", "footer"))
#: Text-bearing blocks read whole (HTML5 parsing closes a ``<p>`` before any block).
LEAF_TAGS = frozenset("p h1 h2 h3 h4 h5 h6 pre address".split())
#: Blocks read whole unless they hold other blocks.
SOFT_LEAF_TAGS = frozenset("li blockquote dd dt td th figcaption caption summary".split())
INLINE_TAGS = frozenset("""a abbr b bdi bdo cite code data del dfn em font i ins kbd label
    mark q s samp small span strike strong sub sup time tt u var wbr big nobr""".split())
_NESTED_BLOCKS = ("p, div, ul, ol, table, h1, h2, h3, h4, h5, h6, blockquote, section, figure, "
                  "figcaption")
_NESTED_IN_ROW = "table, div, ul, ol, h1, h2, h3, h4, h5, h6, blockquote, section"
#: The soft leaves that hold other blocks, found in one query a page: lexbor parses a
#: selector on every call, which cost more than the match when asked of each ``<li>``.
#: (``blockquote`` and ``figcaption`` are themselves in _NESTED_BLOCKS: never leaves.)
_HOLDS_BLOCKS = f":is(li, dd, dt, td, th, caption, summary):has({_NESTED_BLOCKS})"
_NEVER_SOFT = frozenset(("blockquote", "figcaption"))
#: The page's paragraphs too, in the same walk of the page (a ``p`` is no soft leaf);
#: the metadata's query of the page (:func:`~.sources.page_nodes`) asks this too.
PARAGRAPHS_AND_HOLDERS = f"p, {_HOLDS_BLOCKS}"
#: The tags the holders part of PARAGRAPHS_AND_HOLDERS matches.
HOLDER_TAGS = frozenset(("li", "dd", "dt", "td", "th", "caption", "summary"))
KIND = {"h1": "h", "h2": "h", "h3": "h", "h4": "h", "h5": "h", "h6": "h", "li": "li",
        "dd": "li", "dt": "li", "blockquote": "quote", "pre": "pre",
        "figcaption": "caption", "caption": "caption"}

#: Ancestors named like these hold page chrome, not the article (each alternative starts
#: with a letter, and none is a prefix pattern: see :func:`by_first_letter`).
CHROME_NAMES = (
    r"comment|reaction|r[eé]agir|disqus|related|newsletter|sharing|social|sidebar|breadcrumb|outbrain|taboola|"
    r"advert|sponsor|cookie|subscri|recommend|trending|promo|popular|footer|navbar|"
    r"navigation|byline|signup|read-?more|readnext|more-?stories|jump-?link|toolbar|"
    r"author-?bio|tag-?list|disclaimer|consent|overlay|modal|popup|banner|"
    r"share|teaser|further|external|skip-?link|sr-only|visually-?hidden|ad-?slot|"
    r"dfp|gpt-?ad|adunit|ad-?container|ad-?wrapper|offscreen")


def by_first_letter(alternation: str) -> re.Pattern[str]:
    """``alternation`` (plain alternatives joined by ``|``, each starting with a literal
    letter, no group around them) compiled with its alternatives grouped by that letter:
    ``c(?:omment|ookie)|r(?:eaction|elated)``. The same language, so a search finds a match
    exactly where the flat pattern does; Python's ``re`` tries the branches of an
    alternation one by one at every position of the text, and grouped it tries one per
    first letter (2.5 times faster on the AEB pages' class names, which are searched for
    every container the walk meets)."""
    groups: dict[str, list[str]] = {}
    for alternative in alternation.split("|"):
        if not alternative[:1].isalpha() or alternative[1:2] in ("?", "*", "+", "{"):
            raise ValueError(f"not a plain alternative with a literal first letter: "
                             f"{alternative!r}")
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return re.compile("|".join(f"{letter}(?:{'|'.join(rests)})"
                               for letter, rests in groups.items()))


_CHROME_SUBSTRINGS = by_first_letter(CHROME_NAMES)
_CHROME_TOKENS = frozenset("ad ads nav menu tags meta author credit credits print".split())
#: The tokens and their plurals: a name's token is one of these exactly when it is a
#: chrome token or one with an "s" added (one set test in C, not a loop over the tokens).
_CHROME_TOKEN_FORMS = _CHROME_TOKENS | {f"{token}s" for token in _CHROME_TOKENS}
#: Names that are weak evidence: an article's opening paragraphs sit in a "teaser-content"
#: wrapper on some sites (Washington Post), so inside the article's body they stay.
_WEAK_CHROME = re.compile(r"teaser|further|external|banner")
#: Reader comments: never the article, even when they outweigh it.
_READERS = re.compile(r"comment|reaction|r[eé]agir|disqus|discussion|forum|reply|replies")
#: A caption's box, or a pull quote's ("exergue": a sentence of the article printed again
#: large; newuser11 T19), dropped alike.
_CAPTION = re.compile(r"caption|legend|credit|figure__text|media__text|photo-?desc|"
                      r"pull-?quote|exergue")
_PAYWALL = re.compile(r"paywall|premium-?(?:banner|block|wall)|subscriber-?only|"
                      r"piano|regwall|meter-?(?:wall|block)|locked|restricted")
_ARTICLE = re.compile(r"article-?body|articlebody|entry-?content|story-?body|post-?content|"
                      r"article-?content|article__body|article-?text|body-?text|"
                      r"main-?content|story-?content|content-?body|text-?article")
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
#: Two line breaks in a row (``<br><br>``) separate paragraphs.
_BLANK_LINE = re.compile(BREAK + r"\s*" + BREAK + r"\s*")
#: Container ancestors remembered per block; deeper nesting shares the deepest path.
MAX_PATH = 64
#: A container named like a caption holding more text than this is a wrapper.
MAX_CAPTION_CHARS = 800
#: What ancestors say about a block, in increasing order of doubt.
PLAIN, CAPTION, CHROME = 0, 1, 2


@dataclass(slots=True)
class Block:
    """One block of text and what the page says about it."""

    text: str
    kind: str  # "p", "h", "li", "quote", "pre", "row", "caption", "loose"
    links: int  # characters of the text inside links
    chrome: bool  # an ancestor is named like page chrome, or is a <header>
    in_article: bool  # inside <article>, itemprop=articleBody or an article-body class
    path: tuple[int, ...]  # identities of the container ancestors, outermost first


@dataclass(slots=True)
class Paragraphs:
    """What the walk needs to know of the whole page before it starts: the characters of
    its ``<p>`` elements, and the soft leaves (``<li>``, ``<td>``...) that hold blocks
    (their ``mem_id``), from a query of :data:`PARAGRAPHS_AND_HOLDERS`."""

    chars: int = 0
    holders: set[int] = field(default_factory=set)


@dataclass(slots=True)
class Walk:
    """The blocks of a page, plus what the walk noticed on the way."""

    blocks: list[Block]
    paywall: bool
    chrome_skipped: int
    skipped: list[Skipped] = field(default_factory=list)
    """The page's chrome the walk skipped whole (its menu, share buttons, cookie banner,
    related links, footer), in page order, at most :data:`MAX_SKIPPED_NOTED` of them."""


#: Skipped containers noted at most per page (their text is read to list it as dropped;
#: past this many, the page's chrome is skipped unread, as before).
MAX_SKIPPED_NOTED = 40
#: Characters of a skipped container's text kept, at most.
SKIPPED_CHARS = 300


@dataclass(frozen=True, slots=True)
class Skipped:
    """A container the walk skipped whole: ``at``, the index in :attr:`Walk.blocks` of the
    first block after it; its ``text`` (cut at :data:`SKIPPED_CHARS` characters); ``what``,
    its tag ("nav", "aside", "footer") or the class and id that named it chrome; ``links``,
    how much of its text (0 to 1) is inside links."""

    at: int
    text: str
    what: str
    links: float




@lru_cache(maxsize=8192)
def _weak_only(names: str) -> bool:
    """The chrome words in these names are all weak ones (``teaser``)."""
    lowered = names.lower()
    return bool(_WEAK_CHROME.search(lowered)) and not _name_says(_WEAK_CHROME.sub(" ", lowered))[3]


@lru_cache(maxsize=8192)
def _name_says(names: str) -> tuple[bool, bool, bool, bool]:
    """(paywall, article, caption, chrome) from a ``class`` and ``id``. Cached: templates
    repeat the same class strings hundreds of times a page."""
    names = names.lower()
    # An embedded post ("social-media-embed") is quoted by the article, not chrome.
    # A token counts in the plural too ("fig-content-metas": newuser9 R3).
    chrome = "embed" not in names and (bool(_CHROME_SUBSTRINGS.search(names)) or not
                                       _CHROME_TOKEN_FORMS.isdisjoint(_TOKEN_SPLIT.split(names)))
    return (bool(_PAYWALL.search(names)), bool(_ARTICLE.search(names)),
            bool(_CAPTION.search(names)), chrome)


#: A picture's box holds at most this much text: its caption and credit.
FIGURE_TEXT_CHARS = 300
_PICTURES = frozenset(("img", "picture", "video"))


def _figure_like(node: LexborNode) -> bool:
    """A ``<div>`` used as a ``<figure>``: a picture as its own child, a short text (a
    caption and its credit) and at most one paragraph (RTS's ``<div class="image"><img>
    <p>… [Keystone - Name]</p></div>``, ``<div class="media"><img><span class="legende">``;
    newuser11 T20)."""
    if not any(child.tag in _PICTURES for child in node.iter()):
        return False
    text = node.text(deep=True)
    return len(text.strip()) < FIGURE_TEXT_CHARS and len(node.css("p")) <= 1


def _hidden(attrs: dict[str, str | None]) -> bool:
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style")
    if not style:
        return False
    style = style.replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def _paragraph_chars(node: LexborNode) -> int:
    return sum(len(p.text(deep=True)) for p in node.css("p"))


def _link_chars(node: LexborNode) -> int:
    return sum(len(clean_text(a.text(deep=True))) for a in node.css("a"))


def _heading_link_chars(node: LexborNode) -> int:
    """:func:`_leaf_link_chars` of a heading, without its links to an anchor of the page
    itself (``<h3><a href="#post-16h40">…</a></h3>``): a live blog's post title linking to
    the post's own permalink is the post's heading, not navigation to another page
    (verify11a V3)."""
    return sum(len(clean_text(a.text(deep=True))) for a in node.traverse()
               if a.tag == "a" and not (a.attributes.get("href") or "").startswith("#"))


def _leaf_link_chars(node: LexborNode) -> int:
    """:func:`_link_chars` of a block read whole: the same links (``traverse`` yields the
    node and its descendant elements in order, as the selector matches them), found from
    Python, which on a paragraph's few inline elements costs a quarter of a selector
    query (lexbor parses the selector on every call: about 4 µs)."""
    return sum(len(clean_text(a.text(deep=True))) for a in node.traverse() if a.tag == "a")


#: Inline elements a caption is set in, under its picture.
_CAPTION_STYLES = frozenset(("em", "i", "small", "cite"))


def _leaf_scan(node: LexborNode) -> tuple[int, bool, int]:
    """(link characters, holds a picture, characters in italics or small print) of a block
    read whole, in one pass over its elements (see :func:`_leaf_link_chars`)."""
    links = styled = 0
    picture = False
    for element in node.traverse():
        tag = element.tag
        if tag == "a":
            links += len(clean_text(element.text(deep=True)))
        elif tag in _PICTURES:
            picture = True
        elif tag in _CAPTION_STYLES:
            styled += len(clean_text(element.text(deep=True)))
    return links, picture, styled


def _heading_text(node: LexborNode) -> str:
    """A heading's text. A heading made only of two or more elements, with no text of its
    own between them, is a kicker and a headline styled as separate lines
    (``<h2><span>Streik in Frankreich</span><span>Fluglotsen…</span></h2>``, Der Spiegel,
    newuser9 R30): their texts are joined by a space, not glued into one word."""
    parts = list(node.iter(include_text=True))
    elements = [p for p in parts if p.tag != "-text"]
    if len(elements) < 2 or any(p.tag == "-text" and (p.text_content or "").strip()
                                for p in parts):
        return node.text(deep=True)
    return " ".join(e.text(deep=True) for e in elements)


#: Blocks a heading never holds but an unclosed one swallows: the parser (HTML5's rules,
#: as lexbor and browsers read them) does not end an ``<h1>`` at a ``<p>``, ``<ul>``...
_SWALLOWED = frozenset("p ul ol table blockquote pre figure section div".split())


def open_heading(node: LexborNode) -> tuple[tuple[str, int], list[LexborNode]] | None:
    """``((text, link characters), rest)`` of a heading left open over the article
    (``<h1>Coupure à Lyon<p>Plus de 20 000 foyers…<p>…``, t-final59 "32-broken": its 25
    words were read as one heading and the page refused): the heading's own text, what
    precedes its first child block (:data:`_SWALLOWED`) that holds a ``<p>`` or is one, and
    the children from that block on, to be walked as blocks. None for a heading holding no
    ``<p>`` child, or none after text of its own (``<h1><p>Titre</p></h1>`` stays one
    heading). The ``<p>`` may sit deeper, in a swallowed block ("<h1>Titre<div
    class=chapo>…<div><p>…", t-final61 "broken.html" kind: the whole page was one heading
    and refused, "no article text")."""
    children = list(node.iter(include_text=True))
    first = next((i for i, c in enumerate(children) if c.tag == "p" or (
        c.tag in _SWALLOWED and c.css_first("p") is not None)), None)
    if not first:  # None, or a <p> before any text of the heading's own
        return None
    first = next(i for i, c in enumerate(children[:first + 1]) if c.tag in _SWALLOWED)
    lead = clean_text("".join(c.text(deep=True) for c in children[:first]))
    if not lead:
        return None
    links = sum(len(c.text(deep=True).strip()) for c in children[:first] if c.tag == "a")
    return (lead, min(links, len(lead))), children[first:]


def _children(node: LexborNode) -> list[LexborNode]:
    """A container's children, in order. Whitespace between blocks is left out: it only
    ever reaches an empty buffer (each block flushes the buffer) and reads as nothing,
    and leaving it out in C spares a Python object per line of the page's markup. Where
    text or an inline element sits among the children, whitespace separates words, and
    every child is kept."""
    children = list(node.iter(include_text=True, skip_empty=True))
    for child in children:
        tag = child.tag
        if tag == "-text" or tag in INLINE_TAGS:
            return list(node.iter(include_text=True))
    return children


#: Words of the loose text beside a container's buttons read as their labels, at most.
CONTROL_WORDS = 8


def _control_label(raw: str) -> bool:
    """Loose text beside buttons that is a control's label: a few words, no sentence."""
    text = clean_text(raw)
    return len(text.split()) <= CONTROL_WORDS and not text.endswith((".", "!", "?", "»"))


class _Walker:
    """One page's walk: an explicit stack, so depth costs no recursion."""

    def __init__(self, body: LexborNode, paragraphs: Paragraphs) -> None:
        self.body = body
        self._total_text = 0  # the body's characters, read when first needed
        self.holds_blocks = paragraphs.holders
        self.total = max(paragraphs.chars, 1)
        self.blocks: list[Block] = []
        self.buffer: list[str] = []
        self.buffer_links = 0
        self.paywall = False
        self.skipped = 0
        self.forms: set[int] = set()  # boxes of choices (choice_boxes), skipped whole
        self.controls: set[int] = set()  # containers with a <button> child (a player's)
        self.noted: list[Skipped] = []  # chrome skipped whole, read to list it as dropped

    def note(self, node: LexborNode, what: str) -> None:
        """Note the container ``node``, skipped whole as chrome, for the dropped list
        (bounded: :data:`MAX_SKIPPED_NOTED` containers, :data:`SKIPPED_CHARS` each)."""
        if len(self.noted) >= MAX_SKIPPED_NOTED:
            return
        text = clean_text(node.text(deep=True, separator=" "))
        if text:
            links = min(1.0, _link_chars(node) / len(text))
            self.noted.append(Skipped(len(self.blocks), text[:SKIPPED_CHARS], what, links))

    @property
    def total_text(self) -> int:
        """The characters of the body's text (at least 1). Read on the first chrome-named
        container whose paragraphs do not settle :meth:`holds_article`, not before: the
        body's whole text is the page's, and most pages never need it (issue 13)."""
        if not self._total_text:
            self._total_text = max(len(self.body.text(deep=True)), 1)
        return self._total_text

    def holds_article(self, node: LexborNode) -> bool:
        """Most of the page's paragraphs, or of its text when it has no paragraphs."""
        if self.total > 500 and _paragraph_chars(node) >= 0.5 * self.total:
            return True
        return len(node.text(deep=True)) >= 0.35 * self.total_text

    @staticmethod
    def mostly_prose(node: LexborNode) -> bool:
        """Paragraph text, few links: an article's text rather than a list of teasers."""
        paragraphs = _paragraph_chars(node)
        return paragraphs >= 80 and _link_chars(node) <= 0.1 * paragraphs

    def flush(self, flag: int, in_article: bool, container: tuple[int, ...]) -> None:
        if self.buffer:
            kind = "caption" if flag == CAPTION else "loose"
            raw = "".join(self.buffer)
            if container[-1] in self.controls and _control_label(raw):
                # The labels beside a player's or a toolbar's buttons ("Le journal de 8h",
                # "02:14" by "Écouter"): controls, no text (newuser17b X3).
                self.buffer.clear()
                self.buffer_links = 0
                self.skipped += 1
                return
            pieces = _BLANK_LINE.split(raw) if BREAK in raw else [raw]
            links = self.buffer_links if len(pieces) == 1 else 0
            for piece in pieces:
                text = clean_text(piece)
                if text:
                    self.blocks.append(Block(text, kind, min(links, len(text)),
                                             flag == CHROME, in_article, container))
            self.buffer.clear()
            self.buffer_links = 0

    def leaf(self, node: LexborNode, tag: str, flag: int, art: bool, box: tuple[int, ...],
             in_link: bool) -> None:
        raw = _heading_text(node) if KIND.get(tag) == "h" else node.text(deep=True)
        pieces = _BLANK_LINE.split(raw) if BREAK in raw and tag != "pre" else [raw]
        texts = [text for text in map(clean_text, pieces) if text]
        if not texts:
            return  # an empty block: its links need no counting
        kind = "caption" if flag == CAPTION else KIND.get(tag, "p")
        if in_link:
            links = -1
        elif tag == "p" and len(texts) == 1 and len(texts[0]) < FIGURE_TEXT_CHARS:
            links, picture, styled = _leaf_scan(node)
            # A picture and, under it, its caption in italics (``<p><img><br><em>Des
            # voyageurs …</em></p>``, older CMS and WordPress; verify11a V17).
            if picture and styled >= 0.9 * len(texts[0]):
                kind = "caption"
        elif kind == "h":
            links = _heading_link_chars(node)
        else:
            links = _leaf_link_chars(node)
        total = len(texts[0]) if len(pieces) == 1 else max(len(clean_text(raw)), 1)
        for text in texts:  # each piece gets the node's link density
            share = len(text) if links < 0 else round(links * len(text) / total)
            self.blocks.append(Block(text, kind, share, flag == CHROME, art, box))

    def row(self, node: LexborNode, flag: int, art: bool, box: tuple[int, ...],
            in_link: bool) -> None:
        text = clean_text(node.text(deep=True, separator=" "))
        if text:
            links = len(text) if in_link else _link_chars(node)
            self.blocks.append(Block(text, "row", links, flag == CHROME, art, box))

    def judge(self, node: LexborNode, chrome: int, art: bool) -> tuple[bool, int, bool]:
        """(skip, chrome, in_article) for a container, from its name and attributes."""
        attrs = node.attributes
        if not attrs:
            return False, chrome, art
        if _hidden(attrs):
            return True, chrome, art
        itemprop = attrs.get("itemprop")
        if itemprop and itemprop.lower() == "articlebody":
            return False, chrome, True
        classes, name = attrs.get("class"), attrs.get("id")
        if not classes and not name:
            return False, chrome, art
        names = f"{classes or ''} {name or ''}"
        paywall, article, caption, chrome_named = _name_says(names)
        if paywall:
            self.paywall = True
        if article:
            return False, chrome, True
        if caption and len(node.text(deep=True)) < MAX_CAPTION_CHARS:
            return False, max(chrome, CAPTION), art
        if node.tag == "div" and _figure_like(node):
            return False, max(chrome, CAPTION), art
        if chrome_named:
            # A weak name ("teaser-content") on prose inside the article's body is the
            # article's opening, not chrome.
            if art and _weak_only(names) and self.mostly_prose(node):
                return False, chrome, art
            # A chrome name on the node that holds most of the page's paragraphs is a
            # theme's class on a wrapper ("content-with-sidebar"), not chrome; readers'
            # comments are chrome however long, unless they wrap the headline too.
            readers = bool(_READERS.search(names.lower()))
            if not self.holds_article(node) or (readers and node.css_first("h1") is None):
                self.skipped += 1
                self.note(node, names.strip())
                return True, chrome, art
            return False, chrome, art
        return False, chrome, art

    def run(self, body: LexborNode) -> None:
        # Stack entries: (node, chrome, in_article, container, in_link); None marks the
        # end of a container, where the loose text collected inside it is flushed.
        stack: list[tuple[LexborNode, int, bool, tuple[int, ...], bool] | None] = []
        root_id: tuple[int, ...] = (body.mem_id,)
        for child in reversed(_children(body)):
            stack.append((child, PLAIN, False, root_id, False))
        context = (PLAIN, False, root_id)
        while stack:
            item = stack.pop()
            if item is None:
                if self.buffer:
                    self.flush(*context)
                continue
            node, chrome, art, box, in_link = item
            tag = node.tag
            if tag == "-text":
                piece = node.text_content or ""
                self.buffer.append(piece)
                if in_link:
                    self.buffer_links += len(piece.strip())
                context = (chrome, art, box)
                continue
            if tag is None or tag.startswith("-") or tag in SKIP_TAGS:
                if tag == "button":
                    self.controls.add(box[-1])
                elif tag in _NOTED_TAGS:
                    self.note(node, tag)
                continue
            if self.forms and node.mem_id in self.forms:
                self.skipped += 1
                continue
            if tag in INLINE_TAGS:
                children = list(node.iter(include_text=True))
                for child in reversed(children):
                    stack.append((child, chrome, art, box, in_link or tag == "a"))
                continue
            if self.buffer:
                self.flush(*context)
            if tag == "tr" and node.css_first(_NESTED_IN_ROW) is None:
                skip, chrome, art = self.judge(node, chrome, art)
                if not skip:  # a data table's row: one block, cells apart
                    self.row(node, chrome, art, box, in_link)
                continue
            if tag in LEAF_TAGS or (tag in SOFT_LEAF_TAGS and tag not in _NEVER_SOFT
                                    and node.mem_id not in self.holds_blocks):
                skip, chrome, art = self.judge(node, chrome, art)
                if skip:
                    continue
                if tag in ("figcaption", "caption"):
                    chrome = max(chrome, CAPTION)
                opened = open_heading(node) if KIND.get(tag) == "h" else None
                if opened is not None:  # "<h1>Titre<p>…<p>…": the heading, then its blocks
                    lead, rest = opened
                    self.blocks.append(Block(lead[0], "h", len(lead[0]) if in_link else lead[1],
                                             chrome == CHROME, art, box))
                    stack.append(None)
                    context = (chrome, art, box)
                    for child in reversed(rest):
                        stack.append((child, chrome, art, box, in_link))
                    continue
                self.leaf(node, tag, chrome, art, box, in_link)
                continue
            skip, chrome, art = self.judge(node, chrome, art)
            if skip:
                continue
            if tag == "article":
                art = True
            elif tag == "figcaption":
                chrome = max(chrome, CAPTION)
            elif tag == "header":
                chrome = CHROME
            stack.append(None)
            if len(box) < MAX_PATH:
                box = (*box, node.mem_id)
            context = (chrome, art, box)
            for child in reversed(_children(node)):
                stack.append((child, chrome, art, box, in_link))
        self.flush(*context)


def page_paragraphs(body: LexborNode) -> Paragraphs:
    """The :class:`Paragraphs` of the page whose body is ``body``, from its own query."""
    found = Paragraphs()
    for node in body.css(PARAGRAPHS_AND_HOLDERS):
        if node.tag == "p":
            found.chars += len(node.text(deep=True))
        else:
            found.holders.add(node.mem_id)
    return found


def walk_body(body: LexborNode, paragraphs: Paragraphs | None = None,
              controls: Controls | None = None,
              objects: list[dict[str, Any]] | None = None) -> Walk:
    """The text blocks under ``body``, in order (``paragraphs``: the page's, when already
    read, else :func:`page_paragraphs`; ``controls``: the body's, when already found, else
    :func:`~.controls.body_controls`; ``objects``: the page's JSON-LD, whose live blog
    updates date posts printed without their time: :func:`.live_posts.stamp_updates`)."""
    walker = _Walker(body, paragraphs or page_paragraphs(body))
    walker.forms = choice_boxes(controls if controls is not None else body_controls(body))
    walker.run(body)
    # imports Block from here: imported late
    from veille.extract.html.glued import split_glued_blocks
    from veille.extract.html.live_posts import join_posts, stamp_updates
    blocks = split_glued_blocks(walker.blocks)
    if objects:
        blocks = stamp_updates(blocks, objects)
    return Walk(join_posts(blocks), walker.paywall,
                walker.skipped, walker.noted)
