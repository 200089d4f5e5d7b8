"""The headline and the standfirst of a text capture, chosen by evidence.

A whole-page capture holds dozens of headline-shaped lines above the article: menu items,
teaser cards, section labels, account and subscription widgets ("Pour ajouter l'article à
vos sélections identifiez-vous"), bylines and datelines. The shape of a line cannot tell
them apart; what the article is *about* can. Each candidate line among the blocks before
the body is scored on:

* **aboutness**: the share of its words (weighted by how rare they are in the article, so
  "the", "de", "dans" count for little in any language) that the article's opening uses:
  the first paragraphs and any prose between the candidate and the body;
* **confirmation**: a copy of it elsewhere in the capture with a site suffix ("Title -
  Site", a ``<title>`` leftover, a breadcrumb) or a JSON-LD ``headline``;
* **shape**: 3 to 30 words, no final full stop, not a byline, dateline, credit, furniture
  notice or breadcrumb (:func:`textshape.title_score`);
* **position**: followed closely by what follows a headline (a standfirst, a byline, a
  dateline, the body), and not far above the body.

The standfirst (chapô) is the first prose block after the headline and before the body's
run (bylines, datelines, widgets, a photo may come between), of one to three sentences,
longer than the headline and about the body; a teaser that repeats the body's own text, a
photo's caption or a promotion is not one (:func:`find_standfirst`).

Cost: the words of each block in the window (at most :data:`WINDOW` blocks) and of the
first :data:`OPENING` paragraphs are read once; nothing here is quadratic in the page.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from veille.extract import textshape as ts
from veille.extract.bare_byline import byline_before_date, place_shaped
from veille.extract.blocks import kicker_line
from veille.extract.caption_credit import carries_caption
from veille.extract.capture_meta import _ld_values as ld_values
from veille.extract.chrome_lines import reading_time_line
from veille.extract.datelines import opens_dispatch
from veille.extract.furniture_title import furniture_reason, unfounded_label
from veille.extract.masthead import control_line, known_outlet, menu_shaped, names_outlet
from veille.extract.notice_stance import stands_as_chrome
from veille.extract.read_also import cue_alone, cue_headline
from veille.extract.short_headline import headline_over_deck, topic_headline

WINDOW = 60
OPENING = 4
STEM = 5
MIN_STANDFIRST_SHARE = 0.25
#: ... or this share when the block's place says it is the standfirst: right under the
#: headline and right above the byline or dateline (an interview's chapô speaks of the
#: guest, its body opens on questions: newuser11 T17).
MIN_PLACED_STANDFIRST_SHARE = 0.1
#: Page-furniture terms (:func:`textshape.furniture_hits`) that refuse a standfirst
#: standing as a notice (:func:`_stands_as_notice`; prose about subscriptions is a media
#: story's standfirst: t-final53b A1): one is allowed when the block shares
#: :data:`MIN_STANDFIRST_SHARE` of its words with the body (its place under the headline
#: then earns it no leniency).
STANDFIRST_FURNITURE_HITS = 2
#: How many times the headline's words a line right under it has at least to be taken
#: for its standfirst rather than the headline, when it ends without a full stop: a
#: headline of twelve words under a teaser of ten stays the headline (newuser18b V4).
STANDFIRST_LENGTH = 1.5
#: The fewest words of a headline above such a line: a section label or a kicker above a
#: long headline ("Real Estate", "Faits divers") is no headline.
HEADLINE_WORDS = 5
#: What a line right under an article's byline or dateline (after its standfirst) loses
#: as a headline.
UNDER_THE_HEAD = 6
#: What a Markdown level-1 heading ("# Title") adds to a headline's score: the page's
#: own mark of its headline, weighed like a JSON-LD headline (html2text, pandoc;
#: newuser13 a-C7, h2-C6).
MARKDOWN_HEADING = 12
#: What a line opening on the capture's source's name (its masthead: "Le Quotidien de la
#: Réunion" for ``lequotidien.re``; :func:`~veille.extract.masthead.names_outlet`), or
#: that is an outlet's whole name in veille's tables ("Les Échos"), loses as a headline: it
#: stays one only when no other line is (:func:`_masthead`).
MASTHEAD = 8
_SUFFIX_SPLIT = re.compile(r"\s+[-|–—·>»/]\s+")
_SUFFIX_MARK = re.compile(r"[-|–—·>»/]")
"""The separators of :data:`_SUFFIX_SPLIT` alone: one scan for a character of a set, which
the ``re`` engine makes without trying the pattern at each space. Nine blocks of ten hold
none (AEB captures), and then there is nothing to split."""
_BREADCRUMB = re.compile(r"\s(?:>|»|›|/|\|)\s")
_HEAD_MATTER = frozenset({"byline", "dateline", "credit", "caption", "notice", "site", "repeat",
                          "link", "linklabel", "label", "other", "short", "layout",
                          "correction", "listed"})
_NOT_TITLE = frozenset({"byline", "dateline", "credit", "caption", "prose", "layout",
                        "correction", "listed"})


@dataclass(slots=True)
class Head:
    """The headline (None when none qualifies), how it was chosen, the standfirst (its
    text, "" when none, and its block index) and the headline's block index (-1: none)."""

    title: str | None
    how: str
    standfirst: str = ""
    standfirst_at: int = -1
    at: int = -1


def split_suffix(text: str) -> str | None:
    """"Headline - Site name" -> "Headline", when one side is clearly the headline."""
    if not _SUFFIX_MARK.search(text):
        return None
    parts = _SUFFIX_SPLIT.split(text)
    if len(parts) < 2:
        return None
    longest = max(parts, key=len)
    rest = sum(ts.word_count(p) for p in parts if p is not longest)
    return longest if rest <= 5 and ts.word_count(longest) >= 3 else None


def stems(text: str) -> frozenset[str]:
    """Folded word stems (first :data:`STEM` letters) of words of three letters or more:
    a crude stemmer that works alike in every language written with spaces."""
    return folded_stems(ts.fold(text))


@ts.short_text_cache
def folded_stems(folded: str) -> frozenset[str]:
    """:func:`stems` of a text already folded (:func:`textshape.fold`)."""
    return stems_of_words(ts.words(folded))


def stems_of_words(words: Sequence[str]) -> frozenset[str]:
    """:func:`folded_stems` of a folded text whose words (:func:`textshape.words`) are
    ``words``."""
    return frozenset(w[:STEM] for w in words if len(w) >= 3 and not w.isdigit())


def _is_breadcrumb(text: str) -> bool:
    return len(_BREADCRUMB.findall(text)) >= 2


#: Words of each part of a section's path, at most ("Valencia Ciudad > Sucesos").
SECTION_PART_WORDS = 3


def _section_path(text: str) -> bool:
    """Whether ``text`` is a section's path over an article ("Valencia Ciudad > Sucesos",
    "Hong Kong / Transport"): two parts or more set apart by a spaced ">", "»", "/" or
    "|", each of one to :data:`SECTION_PART_WORDS` words, capitalised, with no stop or
    colon."""
    parts = [p.strip() for p in _BREADCRUMB.split(text)]
    return len(parts) >= 2 and all(
        p and len(p.split()) <= SECTION_PART_WORDS and p[0].isupper() and ":" not in p
        and not ts.ends_sentence(p) for p in parts)


class _Aboutness:
    """How much of a line the article's opening speaks of, with words weighted by rarity
    across the article's paragraphs (a word in every paragraph says little)."""

    def __init__(self, opening: list[frozenset[str]], body: list[frozenset[str]]) -> None:
        """``opening`` and ``body``: the stems of folded blocks (:func:`folded_stems`)."""
        # One count over all the blocks' stems, in C (Counter of a chained iterable).
        self.df: Counter[str] = Counter(itertools.chain.from_iterable(body))
        self.n = max(1, len(body))
        self.opening: set[str] = set().union(*opening)
        # Each stem's weight, computed once (a logarithm per distinct count, the same
        # expression as :meth:`weight`); a stem the body lacks has the largest one.
        logs = {count: math.log((self.n + 1) / (count + 0.5)) for count in set(self.df.values())}
        self.weights = {stem: logs[count] for stem, count in self.df.items()}
        self.unseen = self.weight("")

    def weight(self, stem: str) -> float:
        return math.log((self.n + 1) / (self.df.get(stem, 0) + 0.5))

    def __call__(self, folded: str) -> float:
        """Aboutness of a folded line."""
        mine = folded_stems(folded)
        if not mine:
            return 0.0
        weights, unseen = self.weights, self.unseen
        total = sum(weights.get(s, unseen) for s in mine)
        shared = sum(weights.get(s, unseen) for s in mine if s in self.opening)
        return shared / total if total > 0 else 0.0


def _is_teaser_of(text: str, body_text: str) -> bool:
    """A block whose words the body already holds nearly all of (a teaser, not a chapô)."""
    tokens = ts.words(ts.fold(text.rstrip(".… ")))
    if len(tokens) < 5:
        return False
    shingles = {tuple(tokens[i: i + 3]) for i in range(len(tokens) - 2)}
    body = ts.words(body_text)
    have = {tuple(body[i: i + 3]) for i in range(len(body) - 2)}
    return sum(1 for s in shingles if s in have) >= 0.9 * len(shingles)


_META = frozenset({"byline", "dateline"})


def _meta_after_prose(kinds: Sequence[str], at: int, start: int) -> bool:
    """Whether the run of byline and dateline blocks ending at ``at`` follows a prose
    block (a standfirst): the head of an article, headline, standfirst, byline, is above."""
    j = at
    while j >= start and kinds[j] in _META:
        j -= 1
    return j >= start and kinds[j] == "prose"


def _standfirst_shaped(text: str, kind: str, title: str, placed: bool = False,
                       framed: bool = False) -> bool:
    """One to three sentences, longer than the headline; a subtitle without a final stop
    counts when it is long enough (12 words) not to be a label. ``placed``: the block sits
    right under the headline and right above the byline or dateline, where a sentence
    shorter than the headline is the standfirst too ("Ancien propriétaire du Léon de Lyon,
    il avait formé des générations de cuisiniers."; newuser13 a-C4). ``framed``: the block
    sits between the headline and the author's name over the date (the whole head around
    it), where a deck a little shorter than the headline is the standfirst too, at least
    :data:`FRAMED_SHARE` of the headline's length (El País, the SCMP; t-final34 A5, A13)."""
    n = ts.word_count(text)
    if n > 90 or ts.letter_ratio(text) < 0.55:
        return False
    # A sentence framed by the head (the headline above, the byline or date below) is the
    # deck at a shorter length too, in words
    # (a Russian deck says in seven what a French one says in ten: "Синоптики обещают, что
    # снегопад продлится до четверга") and beside the headline ("Les vents ont dépassé
    # 200 km/h sur le nord de l'île", 0.63 of its headline; t-final60 #15).
    framed_sentence = ((framed or placed) and _sentence_case(text) and n >= FRAMED_SENTENCE_WORDS
                       and len(text) >= FRAMED_SENTENCE_SHARE * len(title))
    if len(text) <= len(title) and not (placed and kind == "prose" and ts.ends_sentence(text)) \
            and not ((framed or placed and kind == "other" and _sentence_case(text))
                     and (n >= FRAMED_DECK_WORDS and len(text) >= FRAMED_SHARE * len(title)
                          or framed_sentence)
                     and ts.fold(text) not in ts.fold(title)):
        return False
    if kind == "prose":
        return n >= 8 and ts.sentence_count(text) <= 3
    # A subtitle line of a capture whose head is taken for a list of links (a masthead
    # label above it "introduces" them) is one too, when it sits under the headline
    # (newuser18b V4).
    # Framed by the whole head (headline above, byline over the date below), a deck of
    # :data:`FRAMED_DECK_WORDS` is one: no label sits there (t-final55b A5, "Los sindicatos
    # mantienen los paros hasta el viernes" under El País's headline was lost).
    # A "Topic : statement" line is a headline's form, no deck's (short_headline).
    shorter = len(text) <= len(title)  # a deck a little shorter than the headline
    least = FRAMED_DECK_WORDS if (framed or placed and shorter) and not topic_headline(text) \
        else 12
    if framed_sentence and not topic_headline(text):
        least = FRAMED_SENTENCE_WORDS
    return (kind == "other" or kind == "link" and placed) and n >= least \
        and ts.sentence_count(text) <= 2


#: The share of a deck's words, at least, that open in lower case: a sentence, even in
#: German (its nouns capitalised), not a line of names ("Lisa Kaczke and Trevor J. Mitchell
#: Sioux Falls Argus Leader", a byline without "By" under an AEB headline).
DECK_LOWER_SHARE = 0.3


def _sentence_case(text: str) -> bool:
    """Whether :data:`DECK_LOWER_SHARE` of ``text``'s words open on a lower-case letter."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return bool(words) and sum(1 for w in words if w[0].islower()) >= DECK_LOWER_SHARE * len(
        words)


HEAD_MATTER = 3.0
FRAMED_SHARE = 0.7
#: The fewest words of a deck without a final stop framed by the whole head.
FRAMED_DECK_WORDS = 8
#: A framed deck in sentence case (:func:`_sentence_case`): this many words at least, and
#: this share of its headline's length (:func:`_standfirst_shaped`; t-final60 #15).
FRAMED_SENTENCE_WORDS = 6
FRAMED_SENTENCE_SHARE = 0.5
FRAMED_ABOUTNESS = 0.75
"""A headline-shaped line over a framed deck is its headline when its aboutness is at
least this share of the deck's (:func:`choose_head`)."""
""":func:`_followed_by_head_matter`'s score for a byline or dateline under the line."""
COPIED_DECK = 0.95
"""... or whatever its share of the deck's, when the deck's aboutness is at least this (its
words are all the opening's: a deck restating the lead, as headlines, written in their own
words, seldom do) and the line's is at least :data:`FRAMED_FLOOR` (it speaks of this text,
not of another article's): El País's "Tres muertos por la dana en la provincia de Valencia"
(0.34) over a deck copying its lead (1.0) lost to it (t-final54 A1)."""
FRAMED_FLOOR = 0.15
#: A headline may run past :func:`textshape.title_score`'s 30 words or 250 characters
#: (Les Échos printed one of 42 words, 282 characters; t-final54 A1): up to this many words
#: and characters, one sentence without a final stop, it is a candidate still, its shape
#: score scaled down by its length (:func:`_long_headline_shape`).
LONG_HEADLINE_WORDS = 60
LONG_HEADLINE_CHARS = 400
_TITLE_WORDS, _TITLE_CHARS = 30, 250
_LONG_END = re.compile(r"[.!?…:;|]$")


def _long_headline_shape(text: str) -> float:
    """The shape score of a headline longer than :func:`textshape.title_score` allows: 12
    (a full headline's) times 30 over its words, for one sentence of :data:`LONG_HEADLINE_WORDS`
    words and :data:`LONG_HEADLINE_CHARS` characters at most, ending on no stop, colon or
    bar, mostly letters; 0 for any other line (a paragraph, a standfirst ends on its stop)."""
    n = ts.word_count(text)
    if not (n > _TITLE_WORDS or len(text) > _TITLE_CHARS):
        return 0.0
    if n > LONG_HEADLINE_WORDS or len(text) > LONG_HEADLINE_CHARS:
        return 0.0
    if _LONG_END.search(text.rstrip()) or ts.sentence_count(text) > 1 \
            or ts.letter_ratio(text) < 0.55 or ts.is_byline(text) or ts.is_dateline(text):
        return 0.0
    return 12.0 * _TITLE_WORDS / max(n, _TITLE_WORDS)


def _followed_by_head_matter(blocks: list[str], kinds: list[str], at: int, first: int) -> float:
    """What a headline is followed by: a byline or a dateline within a few blocks (links,
    labels, repeats and photo credits may come between), or a standfirst-shaped sentence
    right after it."""
    seen = 0
    for j in range(at + 1, min(first + 1, len(kinds))):
        if kinds[j] in {"byline", "dateline"}:
            return HEAD_MATTER
        if seen == 0 and kinds[j] == "prose" and j < first and ts.sentence_count(blocks[j]) <= 3:
            return 2.0
        if kinds[j] not in {"repeat", "credit", "caption", "label", "linklabel"}:
            seen += 1
            if seen >= 3:
                break
    return 0.0


_URL = re.compile(r"https?://|www\.\w|\.(?:com|org|net|html?)\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_PLACEHOLDER = re.compile(r"^\[[^\]]*\]|\[[^\]]*\]$")
_LIST_NUMBER = re.compile(r"^(\d{1,2})[.)]\s")


def _in_numbered_list(blocks: list[str], i: int) -> bool:
    """Whether block ``i`` is an item of a numbered list: it starts with a number ("2. ",
    "3) ") and a neighbouring block carries the number before or after it ("Les plus lus
    1. … 2. … 3. …"). A headline is never an item of such a list (newuser4 N29: a short
    headline lost to item 2 of the most-read list above it)."""
    number = _LIST_NUMBER.match(blocks[i])
    if number is None:
        return False
    n = int(number.group(1))
    for j, step in ((i - 1, -1), (i + 1, 1)):
        if 0 <= j < len(blocks):
            other = _LIST_NUMBER.match(blocks[j])
            if other is not None and int(other.group(1)) == n + step:
                return True
    return False


def _not_a_headline(text: str) -> bool:
    """A web address, an image placeholder ("[photo-1234]"), a breadcrumb, a reading time
    ("Temps de Lecture 3 min.": repeated on the page, it was "a headline repeated,
    confirmed"; found by tests/extract/test_properties.py), a signature block read as one
    line, a name before its date (:func:`~veille.extract.bare_byline.byline_before_date`),
    or a caption printed twice (an image's alt text and its caption: "A b c A b c"), or a
    "read also" cue and another article's headline on one line
    (:func:`~veille.extract.read_also.cue_headline`: "Leggi anche: Pesaro, nuovo parcheggio
    alla stazione" over the headline took its place; h-capture67b).
    Datelines, bylines and credits are already out (:func:`textshape.title_score`)."""
    if _URL.search(text) or _PLACEHOLDER.search(text) or _is_breadcrumb(text) \
            or reading_time_line(text) or cue_headline(text):
        return True
    if _DIGIT.search(text) and byline_before_date(text):
        # A signature block read as one line, a name before its date ("Jean Dupont France
        # Télévisions Rédaction Culture Publié le 01/12/2026 18:20 …"): a byline.
        return True
    half = len(text) // 2
    return len(text) > 20 and text[:half].strip() == text[half:].strip()


def _furniture_line(text: str) -> bool:
    """Whether a line is page furniture by its own shape ("Read more", "Continue reading
    the main story", "Sign in": :func:`textshape.block_shape`'s ``notice``), whatever kind
    a later pass gave its block: a furniture line above a list of links becomes that list's
    label (``linklabel``), and a headline right under it one of its links, yet the line is
    no headline; repeated on the page, it is chrome, not "a headline confirmed" (an AEB
    page's capture came out titled "Continue reading the main story")."""
    return ts.block_shape(text).head == "notice"


def _named_then_dated(blocks: list[str], kinds: list[str], at: int, first: int) -> bool:
    """Whether block ``at`` is a bare name line (two to four words, no stop) with a byline
    or dateline right under it: the author's name and the date that close a head, even
    when the name was taken for a link ("Julie Rieu" / "Le 02/12/2026 à 07:30"), or with
    the reporter's place between them (:func:`~veille.extract.bare_byline.place_shaped`)."""
    if 2 <= ts.word_count(blocks[at]) <= 4 and not ts.ends_sentence(blocks[at]):
        if at + 1 < first and kinds[at + 1] in _META:
            return True
        # the reporter's place between them ("Pablo Sanchis" / "Valencia" / "Lunes, 23
        # noviembre 2026, 22:40": Las Provincias; t-final64 #1)
        # The place may repeat the section's place line above the headline (Levante-EMV:
        # "Valencia" over "Sucesos" and again under the author's name), a "repeat" then
        # (t-final64 #1, the deck lost), or be read as a menu's link under a masthead
        # (Las Provincias: "Carlos Ferrer" / "Valencia" / "Viernes, 4 de diciembre 2026";
        # t-final65 A2).
        return (at + 2 < first and kinds[at + 2] in _META
                and kinds[at + 1] in ("label", "repeat", "link")
                and place_shaped(blocks[at + 1]) and not ts.ends_sentence(blocks[at + 1]))
    return False


#: Words of the author's slot over the date, at most, when it was read as a link.
NAME_SLOT_WORDS = 3


def _name_slot(text: str, kind: str) -> bool:
    """Whether a block under a deck and over the date holds the byline's place: a byline,
    a label, or a few words read as a link because the masthead above seemed to introduce
    a list ("Redacción", "Анна Соколова": the head's blocks all marked "link"; r-extract61),
    at most :data:`NAME_SLOT_WORDS` words and no sentence."""
    return kind in ("byline", "label") or (
        kind == "link" and ts.word_count(text) <= NAME_SLOT_WORDS and not ts.ends_sentence(text))


def _deck_at(blocks: list[str], headline: int) -> int:
    """Where the standfirst of the headline at ``headline`` sits when it has one: the next
    block, or the one after a kicker in capitals set over it ("INTEMPÉRIES" / "Les vents
    ont dépassé 200 km/h…": :func:`~veille.extract.blocks.kicker_line`; t-final60 #15)."""
    deck = headline + 1
    return deck + 1 if deck + 1 < len(blocks) and kicker_line(blocks[deck]) else deck


def find_standfirst(blocks: list[str], kinds: list[str], headline: int, kept: list[int]) -> int:
    """Index of the standfirst after ``headline``, or -1.

    It is the first prose block after the headline (head matter in between is skipped),
    of one to three sentences and longer than the headline, before the body's run (a first
    paragraph inside the run stays a paragraph: the record's lead is then that paragraph),
    not a photo's caption (a credit right after it), free of page-furniture words, not a
    teaser of the body, and sharing at least :data:`MIN_STANDFIRST_SHARE` of its words with
    the body's opening (:data:`MIN_PLACED_STANDFIRST_SHARE` when it sits between the
    headline and the byline or dateline).
    """
    if headline < 0 or not kept:
        return -1
    first = kept[0]
    deck = _deck_at(blocks, headline)
    for j in range(headline + 1, first):
        placed = (j == deck and j + 1 < first
                  and (kinds[j + 1] in _META or _named_then_dated(blocks, kinds, j + 1,
                                                                   first))
                  # or right above the body's first paragraph opening on an agency's
                  # dateline, the dispatch's start (t-check62 #2)
                  or j == deck and j + 1 == first and opens_dispatch(blocks[first]))
        # Framed by the whole head: the headline above, the author's name (a byline, or a
        # bare name line: "Marc Vignaud", a label's shape) and the dateline right below.
        # The place alone says it is the standfirst, even when a paywall leaves too little
        # body to share words with (newuser17b X4: L'Opinion's paywalled capture).
        # A subtitle without a final stop (a "link" when a masthead label above seemed to
        # introduce a list) framed by a bare name and a dateline is one too (newuser18b V4).
        framed = (j == deck and j + 2 < first and (
            kinds[j] in ("prose", "other", "link") and _name_slot(blocks[j + 1], kinds[j + 1])
            and kinds[j + 2] == "dateline"
            or kinds[j] in ("prose", "link", "other")
            and _named_then_dated(blocks, kinds, j + 1, first))
            # or the dateline alone right below it ("Coinvolte anche le linee per Campiglia
            # Marittima e Piombino" / "FIRENZE, 30 NOV": La Nazione's deck, a "link" under
            # its masthead, was dropped as chrome; t-check66 F10), in sentence case (no
            # line of names or menu items)
            or j + 1 < first and kinds[j] in ("prose", "link", "other")
            and kinds[j + 1] == "dateline" and _sentence_case(blocks[j]))
        placed = placed or framed
        if not _standfirst_shaped(blocks[j], kinds[j], blocks[headline], placed, framed):
            if kinds[j] in _HEAD_MATTER:
                continue
            return -1
        if (j + 1 < len(kinds) and kinds[j + 1] == "credit"  # a photo's caption
                and not carries_caption(blocks[j + 1])):
            return -1
        rest = [blocks[k] for k in kept[:OPENING]]
        # The same text again as the body's last block (of two or more) is the page
        # repeating its standfirst at the foot (a teaser of the article's own lead), no
        # sign that this block is a teaser of the body: that copy leaves the body once the
        # standfirst is chosen (t-final58 #2).
        foot = kept[-1] if len(kept) >= 2 and ts.fold(blocks[kept[-1]]) == ts.fold(
            blocks[j]) else -1
        own_text = [blocks[k] for k in kept[:OPENING] if k != foot]
        if placed:
            # In the deck's place (under the headline, over the byline or date), a teaser
            # copies the lead, the body's first paragraph; a later paragraph restating the
            # deck ("La Aemet mantiene la alerta roja hasta el viernes por la mañana",
            # closing a three-paragraph text) is the text coming back to it, and the deck
            # took the title (t-final61 #2).
            own_text = own_text[:1]
        # One furniture word in a sentence about the body's subject is the subject ("Une
        # publication partagée des milliers de fois sur Facebook affirme…", every
        # fact-check's chapô; newuser13 a-C3); two are furniture when the block stands as
        # chrome (a paywall line, or it addresses the reader: notice_stance), as for any
        # block: "Le quotidien breton mise sur ses newsletters locales et sur un abonnement
        # à 9,99 euros par mois." is a media story's own standfirst (t-final53b A1).
        hits = ts.furniture_hits(blocks[j])
        if hits >= STANDFIRST_FURNITURE_HITS and _stands_as_notice(blocks[j]) \
                or _is_teaser_of(blocks[j], ts.fold(" ".join(own_text))):
            return -1
        need = MIN_PLACED_STANDFIRST_SHARE if placed and not hits else MIN_STANDFIRST_SHARE
        if framed and not hits:
            need = 0.0
        # The body may open on a list of short lines (a programme's fixtures: t-final50
        # A2), whose names the standfirst need not share: its first paragraphs count too.
        prose = [blocks[k] for k in kept if kinds[k] == "prose"][:OPENING]
        return j if _share_of_words(blocks[j], rest + prose) >= need else -1
    return -1


def _stands_as_notice(text: str) -> bool:
    """Whether a block with the page furniture's words is a notice, not prose about them:
    a stock paywall sentence (:func:`~veille.extract.textshape.paywall_text`) or a block
    that stands as chrome (:func:`~veille.extract.notice_stance.stands_as_chrome`: it
    addresses the reader, reports no one, holds no clause of narration)."""
    return bool(ts.paywall_text(text)) or stands_as_chrome(text, ts.furniture_hits)


def _share_of_words(text: str, others: list[str]) -> float:
    mine = stems(text)
    if not mine:
        return 0.0
    theirs: set[str] = set()
    for other in others:
        theirs |= stems(other)
    return len(mine & theirs) / len(mine)


def _masthead(text: str, outlet: str) -> bool:
    """Whether ``text`` is the outlet's masthead: it opens on the given source's name
    (:func:`~veille.extract.masthead.names_outlet`) or it is the whole name of an outlet of
    veille's tables (:func:`~veille.extract.masthead.known_outlet`: "Les Échos", "Le
    Figaro"), which names the page's outlet, not its story (t-final52 A4)."""
    return names_outlet(text, outlet) or bool(known_outlet(text)[1])


#: Words of a control line over an article's head ("Se connecter", "Iniciar sesión").
CONTROL_WORDS = 2


def _chrome_line(blocks: list[str], kinds: list[str], j: int, gapped: Collection[int],
                 outlet: str) -> bool:
    """Whether block ``j`` is one of the page's chrome lines :func:`_under_chrome` knows."""
    return (j in gapped or kinds[j] in ("notice", "site") or _masthead(blocks[j], outlet)
            or j == 0 and kinds[j] == "linklabel"  # the page's first line over its menu
            or menu_shaped(blocks[j]) or _section_path(blocks[j]) or control_line(blocks[j])
            or ts.word_count(blocks[j]) <= CONTROL_WORDS and not ts.ends_sentence(blocks[j])
            and not cue_alone(blocks[j]))


def _under_chrome(blocks: list[str], kinds: list[str], at: int, start: int,
                  gapped: Collection[int], outlet: str) -> bool:
    """Whether every block of the window before block ``at`` (from ``start``) is the page's
    chrome: a menu (set apart by wide gaps, :attr:`~veille.extract.blocks.Blocks.gapped`,
    or of known labels, :func:`~veille.extract.masthead.menu_shaped`), a section's path
    (:func:`_section_path`), site or notice text, the outlet's masthead (:func:`_masthead`,
    or the page's first line over its menu's links: a ``linklabel``), or a control of
    :data:`CONTROL_WORDS` words at most ("Accedi", "Se connecter") that is no "read also"
    cue (:func:`~veille.extract.read_also.cue_alone`), or a line of the header's controls
    however long (:func:`~veille.extract.masthead.control_line`: "Iniciar sesión
    Suscríbete"; t-check66 F3, the headline under it lost to its deck); and there is at
    least one. A teaser
    of another article (a headline-shaped line, under a "Lire aussi") is none of these."""
    if at <= start:
        return False
    return all(_chrome_line(blocks, kinds, j, gapped, outlet) for j in range(start, at))


#: Words of a header line at most (an edition, a widget, a label: "Journal du jour").
HEADER_LINE_WORDS = 4


def _header_shaped(text: str) -> bool:
    """Whether a line has the shape of a header's line rather than a story's: at most
    :data:`HEADER_LINE_WORDS` words between spaces ("Edición Valencia Hemeroteca", "Como 6°
    Sereno", "Le Courrier de l'Aube", which :func:`~veille.extract.textshape.word_count`
    counts five), ending no sentence, holding no colon, no "read also" cue
    (:func:`~veille.extract.read_also.cue_alone`: a teaser follows one)."""
    return (len(text.split()) <= HEADER_LINE_WORDS and not ts.ends_sentence(text)
            and ":" not in text and not cue_alone(text))


def _first_headline(blocks: list[str], kinds: list[str], at: int, start: int,
                    gapped: Collection[int], widgets: Collection[int], outlet: str) -> bool:
    """Whether block ``at`` is the window's first headline-shaped line: every block above
    it (from ``start``, one at least) is chrome (:func:`_chrome_line`), a line of two short
    items set apart by a wide gap (``widgets``:
    :attr:`~veille.extract.blocks.Blocks.widgets`, "Edición Comunitat Valenciana  7 dic") or
    header-shaped (:func:`_header_shaped`). The chrome tests cannot know every edition
    link, widget or label a header prints; a story's line (a teaser of another article, a
    brief) is longer than these and has no gap between short items (h-capture67b; the
    t-check66 F3 capture with "Edición Valencia  Hemeroteca" for its login line)."""
    if at <= start:
        return False
    return all(j in widgets or _chrome_line(blocks, kinds, j, gapped, outlet)
               or _header_shaped(blocks[j]) for j in range(start, at))


def _heads_the_page(blocks: list[str], kinds: list[str], at: int, start: int,
                    gapped: Collection[int], widgets: Collection[int], outlet: str,
                    deck: int) -> bool:
    """Whether block ``at``, a headline-shaped line over the longer line ``deck``, opens the
    article's head: it sits under the page's chrome (:func:`_under_chrome`), or it is the
    window's first headline-shaped line (:func:`_first_headline`) ending no sentence and
    ``deck`` has more words (a deck restates the lead at more length than its headline)."""
    if _under_chrome(blocks, kinds, at, start, gapped, outlet):
        return True
    return (not ts.ends_sentence(blocks[at])
            and ts.word_count(blocks[deck]) > ts.word_count(blocks[at])
            and _first_headline(blocks, kinds, at, start, gapped, widgets, outlet))


def _heads_over_deck(about: float, deck_about: float, heads_page: Callable[[], bool],
                     deck_of_it: Callable[[], bool], longer: bool) -> bool:
    """Whether a headline-shaped line of aboutness ``about`` (:class:`_Aboutness`) over a
    line of aboutness ``deck_about`` (both between a headline's place and the byline or
    date) is the headline, that line its deck. ``heads_page``: whether the line opens the
    article's head (:func:`_heads_the_page`); ``deck_of_it``: whether the standfirst's
    tests take the lower line for its standfirst (:func:`find_standfirst`); both called
    only when needed.

    It is when it speaks of the text nearly as much (:data:`FRAMED_ABOUTNESS` of the
    deck's), or at least :data:`FRAMED_FLOOR` and the deck copies the lead
    (:data:`COPIED_DECK`) or the line opens the head; and the lower line is its standfirst
    (or the deck copies the lead and the line opens the head). A line that opens the head
    over a deck copying the lead needs only to speak of the text at all (aboutness above
    0) when the deck is ``longer`` (more words): a headline in its own words ("Auch ferme
    la halle aux grains pour des travaux de mise aux normes", 0.11, over its deck's 1.0) is
    no teaser of another text there, no story's line being above it (h-capture67b). Over a
    shorter line copying the lead (the headline itself, its words all the lead's), a notice
    under the menu ("Vous pouvez lire Le Quotidien sur un seul appareil à la fois") needs
    the floor still (tests/extract/test_properties.py found it)."""
    copied = deck_about >= COPIED_DECK
    opens = about > 0 and (about >= FRAMED_FLOOR or copied and longer) and heads_page()
    return ((about >= FRAMED_ABOUTNESS * deck_about
             or about >= FRAMED_FLOOR and copied or opens)
            and (copied and opens or deck_of_it()))


def _none_found(refused: list[str]) -> str:
    """The evidence of a capture without a headline: "none found", and the furniture lines
    refused as one (nearest the body first), if any."""
    if not refused:
        return "none found"
    lines = list(dict.fromkeys(refused))
    shown = "; ".join(repr(line[:60]) for line in lines[:3])
    more = f" and {len(lines) - 3} more" if len(lines) > 3 else ""
    return f"none found (page furniture refused: {shown}{more})"


def choose_head(
    blocks: list[str], kinds: list[str], kept: list[int], json_ld: list[dict[str, Any]],
    seen: Counter[str], folded: Sequence[str] | None = None,
    words_of: Mapping[int, Sequence[str]] | None = None,
    headings: Collection[int] = (),
    floor: int = 0,
    outlet: str = "",
    gapped: Collection[int] = (),
    widgets: Collection[int] = (),
) -> Head:
    """The headline among the :data:`WINDOW` blocks before the body, and the standfirst.

    ``kept`` are the indices of the body's paragraphs, in order; ``seen`` counts each
    folded block on the page; ``folded`` is each block folded (:func:`textshape.fold`),
    computed here when not given; ``words_of`` gives the words (:func:`textshape.words`)
    of some folded blocks, by index, already found (the body's: they are not found
    again); ``headings`` are the blocks a Markdown capture marks as level-1 headings
    ("# Title": the page's own headline; :mod:`~veille.extract.markup`). Returns a
    :class:`Head`; the title is None when no block qualifies and no JSON-LD headline exists.
    ``floor``: no block before it is looked at (another article's, above this one).
    ``outlet``: the capture's source, when given; its masthead loses :data:`MASTHEAD`.
    ``gapped``: the blocks that were lines of short items set apart by wide gaps (a menu
    bar: :attr:`~veille.extract.blocks.Blocks.gapped`), never the headline (t-final35 A2).
    ``widgets``: the header's lines of two short items set apart by a wide gap
    (:attr:`~veille.extract.blocks.Blocks.widgets`), chrome-shaped over a headline.
    """
    if folded is None:
        folded = [ts.fold(b) for b in blocks]
    first = kept[0] if kept else len(blocks)
    ld_titles = {ts.fold(t) for t in ld_values(json_ld, "headline") + ld_values(json_ld, "name")}
    start = max(0, floor, first - WINDOW)
    window = range(start, first)
    cores = [split_suffix(b) for b in blocks]  # each block's, once: the window reads them too
    suffixed = Counter(ts.fold(core) for core in cores if core is not None)
    known = words_of or {}
    body = [stems_of_words(known[i]) if i in known else folded_stems(folded[i])
            for i in kept[:24]]
    prose_before = [folded_stems(folded[i]) for i in window if kinds[i] == "prose"]
    about = _Aboutness(body[:OPENING] + prose_before, body + prose_before)
    text_stems = frozenset().union(*body, *prose_before)
    refused: list[str] = []  # furniture lines that were headline-shaped (the evidence)
    best: tuple[float, int, str, str] | None = None
    heads: dict[int, tuple[str, str, float]] = {}  # each candidate block's text, how, aboutness
    best_of: dict[int, float] = {}
    distance = 0
    for i in range(first - 1, start - 1, -1):
        kind = kinds[i]
        if kind in _NOT_TITLE:
            continue
        if i in gapped:
            refused.append(blocks[i])
            continue
        if kind not in {"notice", "site", "repeat", "link", "linklabel"}:
            distance += 1
        candidates = [(blocks[i], "block")]
        core = cores[i]
        if core is not None:
            candidates.append((core, "block without site suffix"))
        for text, how in candidates:
            # A block's kind already rules out a byline, dateline or credit, unless it was
            # decided before those tests (site chrome, a copyright notice).
            shape = ts.title_score(text, kind_known=how == "block" and kind not in {"notice",
                                                                                  "site"})
            if shape <= 0 and kind == "other" and how == "block":
                shape = _long_headline_shape(text)
            if shape <= 0 or _not_a_headline(text) or _in_numbered_list(blocks, i) \
                    or how != "block" and cue_headline(blocks[i]):  # "Leia também | X"
                continue
            key = folded[i] if how == "block" else ts.fold(text)
            if furniture_reason(text) or (
                    unfounded_label(text, text_stems) and key not in ld_titles
                    and i not in headings and not suffixed[key]
                    and _followed_by_head_matter(blocks, kinds, i, first) < HEAD_MATTER):
                # Page furniture, or a label that names nothing the text speaks of: never
                # the headline, even when nothing else is (furniture_title). A short line
                # right above the byline or dateline is in the headline's place, a pun
                # headline ("Un texte sans source" over "Publié le …": CI on integ) rather
                # than a site's label; only furniture by its own text is refused there.
                refused.append(text)
                continue
            furniture = kind in {"notice", "site"} or _furniture_line(text)
            if furniture and ts.word_count(text) <= 5:
                continue
            aboutness = about(key)
            score = min(shape, 12.0) / 12.0 * (4.0 + 12.0 * aboutness)
            if key in ld_titles:
                score += 12
                how = "JSON-LD headline"
            elif suffixed[key] and how == "block":
                score += 6
                how = "block, confirmed by a 'title - site' copy"
            if i in headings and how == "block":
                score += MARKDOWN_HEADING
                how = "Markdown heading"
            if furniture:
                score -= 3
            if seen[key] > 1 and not furniture:
                # a label repeated is chrome; a headline repeated, confirmed
                score += -5 if ts.word_count(text) <= 3 else 2 if ts.word_count(text) >= 5 else 0
            if how == "block without site suffix":
                score -= 1
            score -= 0.25 * min(distance, 30)
            score += _followed_by_head_matter(blocks, kinds, i, first)
            if i > start and kinds[i - 1] in _META and _meta_after_prose(kinds, i - 1, start):
                # Right under a byline or dateline that close an article's head (a
                # standfirst above them): a match's scoreboard, a kicker, the body's first
                # line, not the headline (newuser13 a-C5).
                score -= UNDER_THE_HEAD
            if _LIST_NUMBER.match(text):  # an item of a numbered list ("4. Title")
                score -= 4
            if _masthead(text, outlet):
                score -= MASTHEAD
            if i not in heads or score > best_of.get(i, -math.inf):
                heads[i], best_of[i] = (text, how, aboutness), score
            if best is None or score > best[0]:
                best = (score, i, text, how)
    if best is None:
        headline = (ld_values(json_ld, "headline") or [""])[0]
        if headline:
            return Head(headline, "JSON-LD headline")
        return Head(None, _none_found(refused))
    _, at, title, how = best
    above = heads.get(at - 1)
    # the line above a kicker in capitals set between a headline and its deck
    kicked = heads.get(at - 2) if at - 2 >= start and kicker_line(blocks[at - 1]) else None
    if (above is not None and how == "block" and ts.word_count(above[0]) >= HEADLINE_WORDS
            and ts.word_count(blocks[at]) >= STANDFIRST_LENGTH * ts.word_count(above[0])
            and not topic_headline(blocks[at])
            and find_standfirst(blocks, kinds, at - 1, kept) == at
            and not _masthead(above[0], outlet)):
        # A long line right under a shorter headline-shaped one about the article, which
        # the standfirst's own tests take for the standfirst of that one: it is, whether or
        # not it ends with a full stop (many sites print none; newuser18b V4). Not under
        # the source's masthead: that line is the headline.
        at, title, how = at - 1, above[0], above[1]
    elif (above is not None and how == "block" and ts.word_count(above[0]) >= HEADLINE_WORDS
          and at + 1 < first and (kinds[at + 1] in _META
                                  or _named_then_dated(blocks, kinds, at + 1, first))
          and _heads_over_deck(above[2], heads[at][2], lambda: _heads_the_page(
              blocks, kinds, at - 1, start, gapped, widgets, outlet, at),
              lambda: find_standfirst(blocks, kinds, at - 1, kept) == at,
              ts.word_count(blocks[at]) > ts.word_count(above[0]))
          and not _masthead(above[0], outlet)):
        # The head's order (headline, standfirst, then the author's name and the date): a
        # line between a headline-shaped one and the name over the date is the standfirst
        # of that one, when that one speaks of the text nearly as much (the SCMP's deck, as
        # long as its headline, was taken for it; t-final34 A5): a teaser of another
        # article above speaks of another text. Right under the page's chrome (the
        # masthead, the menu, the login link), the line is the first of the article's head:
        # its headline, whatever its share of the deck's aboutness (a headline written in
        # its own words, a deck restating the lead: Le Figaro's "Centres de rétention :
        # Nuñez ferme quatre sites…", 0.40 against its deck's 0.79; t-final64 #1), even
        # when the deck, a quote the text repeats, has a headline's shape (La Nazione's
        # 'Il sindaco Daniele Vanni: "Duecentomila visitatori l'anno…"').
        at, title, how = at - 1, above[0], above[1]
    elif (kicked is not None and how == "block"
          and ts.word_count(kicked[0]) >= HEADLINE_WORDS and kicked[2] >= FRAMED_FLOOR
          and at + 1 < first and (kinds[at + 1] in _META
                                  or _named_then_dated(blocks, kinds, at + 1, first))
          and find_standfirst(blocks, kinds, at - 2, kept) == at
          and not _masthead(kicked[0], outlet)):
        # A kicker in capitals between a headline about the text and the line chosen:
        # that line is the headline's standfirst under its kicker (20 Minutes's
        # "INTEMPÉRIES" / "Les vents ont dépassé 200 km/h…": t-final60 #15) when the
        # byline or the date follows it; a kicker over the headline has a menu or the
        # masthead above it, and the standfirst or the text under it.
        at, title, how = at - 2, kicked[0], kicked[1]
    elif (above is not None and how == "block" and above[1] == "block"
          and at + 1 < first and (kinds[at + 1] in _META
                                  or _named_then_dated(blocks, kinds, at + 1, first))
          and headline_over_deck(above[0], blocks[at], seen[folded[at - 1]] > 1)
          and find_standfirst(blocks, kinds, at - 1, kept) == at
          and not _masthead(above[0], outlet)):
        # A short headline over a long deck, the author's name or the date under it
        # ("Ölpest vor Rügen" over its 20-word Unterzeile): the deck repeats its words, as
        # no headline repeats the kicker above it (short_headline).
        at, title, how = at - 1, above[0], above[1]
    standfirst_at = find_standfirst(blocks, kinds, at, kept)
    return Head(title, how, blocks[standfirst_at] if standfirst_at >= 0 else "", standfirst_at,
                at)
