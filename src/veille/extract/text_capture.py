"""Turn a plain-text capture of a news page back into an article.

The mechanism works from structure and repetition, not from a list of phrases:

1. :mod:`~veille.extract.blocks` splits the capture into blocks, whatever its shape.
2. Each block gets a kind from its shape (:mod:`~veille.extract.textshape`): prose, a short
   sentence, a label, a byline, a dateline, a credit, a furniture notice, a link list after a
   label; blocks repeated on the page or known as the site's chrome are chrome.
3. The article body is the densest run of prose: a maximum-sum run over the blocks, where
   prose earns its length and every other block costs.
4. Inside that run, only prose and short sentences stay; then any block whose text the rest
   of the article already holds (a teaser, cut with "..." or not, a pull quote) is dropped,
   edges first.
5. The headline, bylines and datelines come from the blocks just before the body
   (:mod:`~veille.extract.capture_meta`).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from typing import Any, NamedTuple
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from veille.extract import folded_memo, words_memo
from veille.extract import textshape as ts
from veille.extract.alone_datelines import join_alone_datelines
from veille.extract.article_bound import MAX_ARTICLE_CHARS
from veille.extract.bare_byline import Role, author_roles, bare_bylines, role_line
from veille.extract.blocks import Blocks, kicker_line, split_blocks
from veille.extract.bylines import (
    SIGNATURE_REACH,
    is_agency,
    is_person,
    restore_case,
    split_byline,
)
from veille.extract.caption_credit import caption_of, carries_caption
from veille.extract.capture_address import address_line, footer_address, names_a_page
from veille.extract.capture_comments import comments_start
from veille.extract.capture_head import Head, choose_head, find_standfirst
from veille.extract.capture_listing import glued_date, headline_cards, listing_teasers
from veille.extract.capture_meta import (
    CaptureMeta,
    add_credits,
    byline_and_dates,
    parse_byline,
    read_dateline,
    read_end_signature,
    read_opening_credit,
    read_signature,
    year_by_weekdays,
)
from veille.extract.capture_second import own_head, previous_article_end, second_head
from veille.extract.chrome_lines import (
    closing_furniture,
    reader_prompt,
    reading_time_line,
    support_appeal,
)
from veille.extract.dateline_lines import is_dateline_line
from veille.extract.datelines import opens_dispatch, undated_opening
from veille.extract.dates import url_day
from veille.extract.disclosures import disclosed, disclosure, first_reported, with_headline
from veille.extract.dropped_blocks import DROPPED_KEY, dropped_evidence, reason_of
from veille.extract.language import assumed_zone, detect_language
from veille.extract.list_lines import content_lists
from veille.extract.live_entries import earliest, join_entries
from veille.extract.masthead import known_outlet, masthead_name
from veille.extract.match_sheet import first_score, sheet_facts, sheet_lines
from veille.extract.opening_headline import heads_over, opens_on_headline
from veille.extract.outlet_authors import people_only
from veille.extract.page_layout import post_stamps, print_page_breaks, table_rows
from veille.extract.place_zones import places_reading, split_said, zone_within_country
from veille.extract.read_also import cue_headline
from veille.extract.timezones import (
    ambiguous_zone_by_text,
    country_places_said,
    home_said,
    is_generic_tld,
    named_territory,
    outlet_home_zone,
    page_zone,
    places_said,
)
from veille.extract.trailing_credit import closing_credit

__all__ = ["CaptureResult", "extract_text_capture", "parse_byline"]

#: The characters of a capture that are read: the one article bound
#: (:data:`veille.extract.article_bound.MAX_ARTICLE_CHARS`), cut before any work (said in
#: ``evidence["limits"]``) so that the work stays bounded whatever is pasted.
MAX_CAPTURE_CHARS = MAX_ARTICLE_CHARS
MAX_BLOCKS = 5000
_LEADING_ELLIPSIS = re.compile(r"^\s*(?:\.{3,}|…)\s*")
_LINK_LIST_MAX = 6
KEPT_KINDS = {"prose", "short", "inner", "correction", "listed"}
#: What may open or close the body: a paragraph, or the correction note printed above or
#: under it.
_EDGE_KINDS = frozenset({"prose", "correction", "listed"})
#: Characters of a caption, at least, for a block holding it again to be its copy.
CAPTION_ECHO = 20
MIN_INNER_WORDS = 2
TAIL_DISCOUNT = 0.5
SHORT_REPEAT_CHECKS = 64
#: Words of an appeal's heading, at most (:func:`~veille.extract.chrome_lines.support_appeal`).
APPEAL_HEADING_WORDS = 8


@dataclass(slots=True)
class CaptureResult:
    """What a text capture gave: the article, and why each other block was dropped.

    ``lead`` is the standfirst (chapô) when the page prints one apart from the body; it is
    not repeated in ``paragraphs``. "" when there is none.
    """

    title: str | None
    paragraphs: list[str]
    lead: str = ""
    authors: list[str] = field(default_factory=list)
    published: datetime | None = None
    updated: datetime | None = None
    language: str = ""
    truncated: bool = False
    shape: str = "lines"
    published_has_time: bool = True
    """False when the capture gives only the day of publication."""
    updated_has_time: bool = True
    """False when the capture gives only the day of its update."""
    evidence: dict[str, str] = field(default_factory=dict)
    dropped: list[tuple[str, str]] = field(default_factory=list)
    """The blocks left out, in page order, each with its reason code
    (:func:`~veille.extract.dropped_blocks.reason_of`); ``evidence["dropped"]`` lists them,
    bounded (:func:`~veille.extract.dropped_blocks.dropped_evidence`)."""
    listing: int = 0
    """How many teasers the capture lists when it is a section front or search results
    (:mod:`~veille.extract.capture_listing`), not an article; 0 for an article."""
    headlines: tuple[str, ...] = ()
    """The lines of a page of headlines (a section or tag page: a listing, or a capture
    that keeps no paragraph but holds a run of headline cards), in page order: each card's
    headline, then its summary when it prints one
    (:func:`~veille.extract.capture_listing.headline_cards`); () for an article."""
    headlines_label: str = ""
    """The short line printed right above a page of headlines' first card (its section or
    tag: "Tag : Tramway", "Firenze - Cronaca"), "" when none."""
    masthead: str = ""
    """The outlet's name printed as the capture's masthead above its headline, "" when
    none (:func:`~veille.extract.masthead.masthead_name`): the site name it declares."""
    author_roles: dict[str, str] = field(default_factory=dict)
    """The role printed beside or under an author's name, by author
    (:func:`~veille.extract.bare_byline.author_roles`)."""
    kicker: str = ""
    """The kicker printed in capitals before the headline on its line ("GRÈVE  Les
    aiguilleurs …": :func:`~veille.extract.blocks.kicker_gap`), "" when none: the
    article's section label, no part of its title."""
    dateline_end: int = 0
    """Where the first paragraph's own text starts after the dateline opening it
    ("ROUEN, 30 nov 2026 (AFP) - "), 0 when it has none: :meth:`first_words` leave it out."""

    url: str = ""
    """The page's address when the capture prints it as its first line, "" when not
    (:func:`~veille.extract.capture_address.address_line`)."""

    def first_words(self) -> str:
        """The lead: the standfirst, else the first paragraph without its dateline; a
        correction note is never the lead (the first paragraph after it is)."""
        if self.lead or not self.paragraphs:
            return self.lead
        at = first_reported(self.paragraphs)
        if at < 0:
            return ""
        return self.paragraphs[at][self.dateline_end if at == 0 else 0:].lstrip()


#: Words of a deck copying the lead, at least (:func:`_unmark_copied_deck`): no label.
COPIED_DECK_WORDS = 8


_OWN_HEAD = frozenset({"dateline", "byline"})
"""Head kinds that say something of the page itself, so never site chrome however often
the site prints the same line: pages published in the same minute by one author print the
same "Publié le 01/01/2026 à 06h15" / "Par Marc Lefèvre". The chrome is learnt from the
captures stored before the batch (:meth:`veille.store.base.Store.site_chrome`), so such a
line counted as chrome made a page's date and author, then its story, depend on the batch
size (t-final62 #1: 17 of 300 pages undated with batch 20, none with batch 200)."""


def _kinds(shapes: list[ts.BlockShape], folded: list[str], counts: Counter[str],
           site_chrome: Collection[str]) -> list[str]:
    """Each block's kind, from its :class:`~veille.extract.textshape.BlockShape` (computed
    once per block, in one pass) and from the page: site chrome first, then the kinds a
    block's shape alone decides (notice, credit, byline, dateline), then a repeat on the
    page, then the rest of its shape (link, prose, short, label, other). A dateline or a
    byline is never site chrome (:data:`_OWN_HEAD`)."""
    kinds: list[str] = []
    for shape, key in zip(shapes, folded, strict=True):
        if key in site_chrome and shape.head not in _OWN_HEAD:
            kinds.append("site")
            continue
        if shape.head:
            kinds.append(shape.head)
        elif counts[key] > 1 and not shape.prose:
            kinds.append("repeat")
        else:
            kinds.append(shape.tail)
    _unmark_copied_deck(shapes, folded, counts, kinds)
    return kinds


def _mark_dateline_lines(blocks: list[str], kinds: list[str]) -> None:
    """A place and a date alone on a line, no year needed ("FIRENZE, 30 NOV", "LISBOA, 30
    nov", "BERLIN, 30. Nov."): a dateline (:mod:`~veille.extract.dateline_lines`), read
    like the one opening a first paragraph, whatever kind its shape or the page gave it
    (t-check66 F2: dropped as a link, the article undated)."""
    for i, kind in enumerate(kinds):
        if kind not in _LINE_HEAD_KINDS and is_dateline_line(blocks[i]):
            kinds[i] = "dateline"


_LINE_HEAD_KINDS = frozenset({"dateline", "byline", "credit", "notice", "prose"})
"""Kinds a dateline line (:func:`_mark_dateline_lines`) does not take over."""


def _unmark_copied_deck(shapes: list[ts.BlockShape], folded: list[str], counts: Counter[str],
                        kinds: list[str]) -> None:
    """A deck copying the lead word for word, printed twice around the author's name and
    the date (deck / byline / dateline / the same text), is the deck and the lead, not a
    repeat (page chrome): marked ``repeat``, the deck took the title and the lead left the
    body (r-head55). The first such pair only, of :data:`COPIED_DECK_WORDS` words or more,
    the text printed exactly twice; both copies get their shape's kind back."""
    for i, kind in enumerate(kinds):
        if kind != "repeat" or shapes[i].n_words < COPIED_DECK_WORDS or counts[folded[i]] != 2:
            continue
        j = i + 1
        while j < len(kinds) and kinds[j] in {"byline", "dateline"}:
            j += 1
        if i + 1 < j < len(kinds) and folded[j] == folded[i]:
            kinds[i], kinds[j] = shapes[i].tail, shapes[j].tail
            return


_INLINE_LINK = re.compile(r"(?i)^(?:(?:à|a)\s+lire\s+aussi|lire\s+aussi|à\s+lire|voir\s+aussi|"
                          r"read\s+(?:more|also)|see\s+also|related)"
                          r"(?:\s*[:.—–-]\s*\S|(?-i:[A-ZÀ-Ý]))")
"""A link that carries its label and the linked headline on one line ("Lire aussi :
Rennes. Ligne b du métro : ce qui cloche…"), set inside an article's body; or glued to it
("Lire aussiSénégal : ...", RFI's label and title copied together; newuser11 T4)."""
INLINE_LINK_MAX_WORDS = 30
_SEE_ALSO = re.compile(r"(?i)^[»›►▸▶→>•*\s]*(?:(?:à|a)\s+(?:lire|voir|découvrir|écouter)"
                       r"(?:\s+(?:aussi|également))?|(?:lire|voir)\s+(?:aussi|également)|"
                       r"sur\s+le\s+même\s+sujet|read\s+(?:more|also)|see\s+also|"
                       r"watch\s+(?:more|also)|related(?:\s+\w+)?|"
                       r"le[ae]\s+(?:también|más)|leer\s+más|te\s+puede\s+interesar|"
                       r"leggi\s+(?:anche|pure)|lesen\s+sie\s+(?:auch|mehr)|mehr\s+zum\s+thema|"
                       r"leia\s+(?:também|mais)|veja\s+também|llegiu\s+també|llegeix\s+també|"
                       r"читайте\s+также|اقرأ\s+أيضا\S?)\s*[:>»›→|.…-]*$")
"""A label alone on its line that introduces one link to another article or video ("À voir
aussi", "Lire aussi :", "Sur le même sujet", "LEGGI ANCHE »", "Lesen Sie auch", "Lea
también:"), whatever its case, a mark before it (an arrow, a bullet) or after it (":",
">", "»", "…"): the block after it is that link's teaser however it is shaped, one
sentence with its full stop too ("Vidéo. Les images de la soirée…": newuser15b X19), or a
headline shaped like a data line ("Incendie au Triolet : 40 étudiants évacués", a figure
after a colon: t-final63 #2, it stayed a paragraph and joined two events in one story)."""


#: A table: this many rows of tab-separated cells in a row, as many of them with figures.
TABLE_ROWS = 2


def _table_rows(blocks: list[str], rows: Collection[int]) -> set[int]:
    """The blocks among ``rows`` (lines of tab-separated cells: :attr:`~veille.extract.
    blocks.Blocks.rows`) that make a table: :data:`TABLE_ROWS` or more consecutive rows,
    as many of them holding a figure (a results table, a league table; a menu copied as
    one tabbed line has no figures)."""
    found: set[int] = set()
    run: list[int] = []
    for i in [*sorted(rows), -2]:
        if run and i == run[-1] + 1:
            run.append(i)
            continue
        figures = sum(1 for j in run if any(c.isdigit() for c in blocks[j]))
        if len(run) >= TABLE_ROWS and figures >= TABLE_ROWS:
            found.update(run)
        run = [i]
    return found


def _mark_data_lines(blocks: list[str], kinds: list[str], rows: Collection[int] = ()) -> None:
    """A data line ("Inscrits : 89 204", :func:`~veille.extract.textshape.is_data_line`)
    and a table's row (:func:`_table_rows`: "Aubagne Ensemble (DVD) 7 412 51,1 30", its
    cells apart in the copy) are text, kind "data" while the link lists are marked (they
    neither introduce a list nor are link titles), then "short": kept inside the article,
    never its edge (newuser15b X13: a furniture stem in its label made a data line a
    notice that ended the article; X19: a results table's rows were taken for links)."""
    table = _table_rows(blocks, rows)
    for i, block in enumerate(blocks):
        if i in table or (kinds[i] in {"notice", "label", "other", "short"}
                          and ts.is_data_line(block)):
            kinds[i] = "data"


def _mark_link_lists(blocks: list[str], kinds: list[str], n_words: list[int],
                     spaced: Collection[int] = ()) -> None:
    """After a label that introduces links ("Lire aussi", "Most read:"), the short blocks
    that follow are link titles, even when one ends with a question mark. A label with
    its headline on one line is one link: dropped like a link, it weighs like one, so the
    article's run goes on past it (newuser9 R20: weighed as a notice, "Lire aussi : …"
    ended the article and its last paragraph was lost). ``spaced``: the blocks a blank
    line sets apart (:attr:`~veille.extract.blocks.Blocks.spaced`), read by
    :func:`_mark_teaser_summaries`."""
    for i, block in enumerate(blocks):
        if kinds[i] in {"notice", "label", "other", "short", "prose"} and \
                n_words[i] <= INLINE_LINK_MAX_WORDS and (_INLINE_LINK.match(block)
                                                         or cue_headline(block)):
            kinds[i] = "link"  # cue_headline: "À lire aussi Les …", no colon (t-final59 #5)
    i = 0
    headline = -1  # the article's headline, found after a menu (:func:`_heads_article`)
    while i < len(blocks):
        block = blocks[i]
        introduces = n_words[i] <= 6 and (kinds[i] in {"notice", "label"}
                                          or block.endswith(":")) and kinds[i] != "data"
        if introduces and i == headline + 1 and kinds[i] == "label" and kicker_line(block):
            introduces = False  # the deck's kicker ("INTEMPÉRIES"), no menu (t-final60 #15)
        if not introduces:
            i += 1
            continue
        j = i + 1
        menu = not block.endswith(":") and not _SEE_ALSO.match(block)
        longest = 0
        while j < len(blocks) and j <= i + _LINK_LIST_MAX and n_words[j] <= 25:
            if kinds[j] == "data":  # a figure's line is no link title
                break
            if menu and _heads_article(blocks, kinds, n_words, j, longest):
                if kinds[j] == "prose":  # a question headline: the head, no paragraph
                    kinds[j] = "other"
                kinds[i] = "linklabel"  # the navigation label stays the page's chrome
                headline = j
                break
            if kinds[j] != "credit":
                longest = max(longest, _menu_item_words(blocks[j], n_words[j]))
            if kinds[j] in {"prose", "short", "other", "label"} and not blocks[j].endswith("."):
                kinds[j] = "link"
                kinds[i] = "linklabel"
            elif kinds[j] not in {"credit", "notice", "site", "repeat"}:
                break
            j += 1
        i = j
    # A see-also label whose teaser is a sentence (the list rule above wants no full stop).
    for i, block in enumerate(blocks[:-1]):
        j = i + 1
        if (_SEE_ALSO.match(block) and kinds[j] in {"prose", "short", "other", "label", "data"}
                and n_words[j] <= INLINE_LINK_MAX_WORDS and ts.sentence_count(blocks[j]) <= 2):
            kinds[i], kinds[j] = "linklabel", "link"
    _mark_teaser_summaries(blocks, kinds, n_words, spaced)


#: Words of a see-also teaser's summary line, at most, and its sentences.
TEASER_SUMMARY_WORDS, TEASER_SUMMARY_SENTENCES = 45, 2
_PAGE_TEXT_KINDS = frozenset({"prose", "short", "other", "label", "inner", "correction"})


def _mark_teaser_summaries(blocks: list[str], kinds: list[str], n_words: list[int],
                           spaced: Collection[int] = ()) -> None:
    """A see-also teaser prints the linked article's title, then its summary: "Lire aussi"
    / "Numérique : Bruxelles ouvre une enquête…" / "La Commission a ouvert mercredi une
    enquête approfondie…" (t-final58 #2: that sentence of another article ended the body,
    and its "mercredi" was dated). The summary right under the teaser's title (a label
    alone on its line then one headline of :data:`HEADLINE_AFTER_MENU_WORDS` words or
    more, not "European Space Agency website" under "Related Links"; not after "Related:
    Title" on one line, inside an article's text on AEB pages), of at most
    :data:`TEASER_SUMMARY_WORDS` words and :data:`TEASER_SUMMARY_SENTENCES` sentences, is
    that link's when the page's text does not go on after it (the next block is chrome, or
    none): a paragraph after an inline box, with more text under it, stays the article's.
    So does a paragraph set apart by a blank line (``spaced``) from a title printed on the
    line under its label: the box's lines come together, and where the spacing changes the
    box ended and the article resumed (t-final61 #7: "À lire aussi" / its headline, then the
    article's last paragraph after a blank line, then the newsletter box, lost the
    paragraph). A page that sets every line apart gives no such evidence: the rule holds.
    Nor is a paragraph signed by the author's bare name on the next line
    (:func:`_signature_line`) a teaser's summary."""
    for j in range(1, len(blocks)):
        if kinds[j] not in {"prose", "short"} or kinds[j - 1] != "link":
            continue
        if j in spaced and j - 1 not in spaced:
            continue
        titled = (j >= 2 and kinds[j - 2] == "linklabel" and _SEE_ALSO.match(blocks[j - 2])
                  and n_words[j - 1] >= HEADLINE_AFTER_MENU_WORDS)
        if not titled or n_words[j] > TEASER_SUMMARY_WORDS \
                or ts.sentence_count(blocks[j]) > TEASER_SUMMARY_SENTENCES:
            continue
        if j + 1 < len(blocks) and _signature_line(blocks[j + 1], n_words[j + 1]):
            continue  # the author's name under it closes the article: its last paragraph
        if j + 1 == len(blocks) or kinds[j + 1] not in _PAGE_TEXT_KINDS:
            kinds[j] = "link"


#: A signature under an article's last paragraph: a bare name of this many words at most.
SIGNATURE_NAME_WORDS = 4


def _signature_line(block: str, n: int) -> bool:
    """Whether ``block`` (``n`` words) is an author's bare name signing the text above it
    ("Sophie Marty"): a see-also teaser's summary is not signed, so the paragraph above such
    a line is the article's last (t-final63 #2: "À LIRE AUSSI" / a headline / the
    article's closing quote / "Sophie Marty" lost the quote as the teaser's summary)."""
    return 2 <= n <= SIGNATURE_NAME_WORDS and is_person(block.strip())


#: A menu's items are a few words each: a line of at least this many words, and more than
#: twice the longest item above it, is no item of the menu (the article's headline).
HEADLINE_AFTER_MENU_WORDS = 6
#: How many lines (the headline, its deck) may stand between a menu and the byline or
#: dateline that opens the article.
_HEAD_LINES = 2


#: A menu printed on one line: this many capitalised words at least, no punctuation.
MENU_ROW_WORDS = 3
#: The words of one item of such a row, at most ("Actu", "Vie pratique", "Faits Divers").
MENU_ROW_ITEM_WORDS = 2
_MENU_ROW_WORD = re.compile(r"^[^\W\d_][\w'’-]*$")


def _menu_item_words(block: str, n: int) -> int:
    """The words of the longest menu item ``block`` (``n`` words) may hold, for
    :func:`_heads_article`: a row of capitalised words with no punctuation ("Главное
    Политика Экономика Мир Общество", "Actu Locales Sport Culture Planète": the menu's
    items on one line, their gaps folded) holds items of :data:`MENU_ROW_ITEM_WORDS`
    words at most, not one item of ``n`` words (t-final60 #15: a seven-word Russian
    headline under a five-word menu row was taken for one more item, and its
    standfirst and byline with it). ``n`` for any other block."""
    words = block.split()
    if n >= MENU_ROW_WORDS and len(words) == n and all(
            _MENU_ROW_WORD.match(w) and w[0].isupper() for w in words):
        return min(n, MENU_ROW_ITEM_WORDS)
    return n


def _heads_article(blocks: list[str], kinds: list[str], n_words: list[int], j: int,
                   longest: int) -> bool:
    """Whether block ``j``, reached in the run of short blocks after a navigation label
    (a masthead, "Buscar", "Se connecter": no colon, no "Lire aussi"), is the article's
    headline instead of one more menu item: it is at least
    :data:`HEADLINE_AFTER_MENU_WORDS` words long and more than twice the ``longest`` item
    above it, and a byline or dateline follows it within :data:`_HEAD_LINES` lines
    (headline, deck), and a paragraph follows that. A list of teaser links after "Les plus
    lus :" or "Lire aussi" is headline-shaped throughout, and stays a list (t-final55b A5:
    El País's headline and deck, under "EL PAÍS / Buscar / Iniciar sesión / España", were
    read as the menu's last two links and the deck took the title)."""
    if n_words[j] < HEADLINE_AFTER_MENU_WORDS or n_words[j] <= 2 * longest:
        return False
    lines = 0
    for k in range(j + 1, len(kinds)):
        if kinds[k] in {"byline", "dateline"}:
            after = next((kinds[m] for m in range(k + 1, min(k + 4, len(kinds)))
                          if kinds[m] not in {"byline", "dateline"}), "")
            return after == "prose"
        if kicker_line(blocks[k]):
            continue  # a kicker over the deck ("INTEMPÉRIES"): no line of the head
        lines += 1
        if lines >= _HEAD_LINES:
            return False
    return False


def _mark_byline_roles(blocks: list[str], kinds: list[str]) -> None:
    """A role line right under a byline ("By Jane Doe" / "Staff Writer", "Par Jean Dupont"
    / "Rédaction Culture"; :func:`~veille.extract.bare_byline.role_line`) is part of that
    byline, never a paragraph: between the standfirst and the text it sat between two
    paragraphs, and was kept as one."""
    for i in range(1, len(blocks)):
        if (kinds[i - 1] == "byline" and kinds[i] in {"label", "link", "other", "short"}
                and role_line(blocks[i])):
            kinds[i] = "byline"


#: An outlet's byline of its name then its journalist's ("Ouest-France Cédric Le Goff."):
#: at most this many words, the outlet's name printed alone above (its masthead) in one of
#: the page's first :data:`MASTHEAD_REACH` blocks.
OUTLET_BYLINE_WORDS = 10
MASTHEAD_REACH = 3


def _mark_outlet_bylines(blocks: list[str], kinds: list[str], n_words: list[int]) -> None:
    """A short line that is the page's masthead (a block of at most five words among the
    first :data:`MASTHEAD_REACH`, repeated at the line's start) then a person's name
    (:func:`~veille.extract.bylines.is_person`) is the outlet's byline ("Ouest-France
    Cédric Le Goff.": the two elements of Ouest-France's byline, their gap lost with the
    layout; t-final33 #8): marked a byline, its text the name after "By"."""
    heads = [blocks[k] for k in range(min(MASTHEAD_REACH, len(blocks)))
             if 1 <= n_words[k] <= 5 and not ts.ends_sentence(blocks[k])]
    for i in range(MASTHEAD_REACH, len(blocks)):
        if kinds[i] not in {"prose", "short", "other", "label", "link"} \
                or n_words[i] > OUTLET_BYLINE_WORDS:
            continue
        name = _name_then_outlet(blocks[i], heads)
        if name:
            blocks[i], kinds[i] = f"By {name}", "byline"
            continue
        if kinds[i] == "link":
            continue
        for head in heads:
            if blocks[i].startswith(head + " "):
                name = blocks[i][len(head):].strip(" .")
                if (2 <= len(name.split()) <= 4 and not is_agency(name)
                        and is_person(restore_case(name))):
                    blocks[i], kinds[i] = f"By {name}", "byline"
                break


_NAME_OUTLET = re.compile(r"\s[-–—]\s|,\s")
"""The separator of a byline's name and its outlet ("Jean-Marc Mathurin - franceinfo
Outre-mer la 1ère"): a hyphen inside the name ("Jean-Marc") is none."""


def _name_then_outlet(block: str, heads: list[str]) -> str:
    """The author's name of a byline "Name - Outlet" / "Name – Outlet" / "Name, Outlet"
    (t-final52 A18), or "": the part after the separator opens on the page's masthead (one
    of ``heads``, the short lines at its top) or is the whole name of an outlet of veille's
    tables (:func:`~veille.extract.masthead.known_outlet`), and the part before is a
    person's name of two to four words (:func:`~veille.extract.bylines.is_person`). An
    agency's bare abbreviation is no outlet here: "Ludovic Marin - AFP" is a photo's credit
    as often as a byline."""
    if " - " not in block and " – " not in block and " — " not in block and ", " not in block:
        return ""
    parts = _NAME_OUTLET.split(block.strip(" ."), maxsplit=1)
    if len(parts) != 2:
        return ""
    name, outlet = parts[0].strip(), parts[1].strip()
    if not (2 <= len(name.split()) <= 4):
        return ""
    if not (any(outlet == head or outlet.startswith(head + " ") for head in heads)
            or known_outlet(outlet)[1]):
        return ""
    return name if not is_agency(name) and is_person(restore_case(name)) else ""


def _mark_captions(blocks: list[str], kinds: list[str], n_words: list[int]) -> None:
    """A short one-sentence block next to a photo credit is its caption: the block before
    the credit when it qualifies, else the one after (credits come on either side). A
    caption that carries its credit on its line ("Légende. | ARCHIVES OUEST-FRANCE",
    "Légende. Photo Progrès /X", "Photo d'illustration Sipa/X":
    :func:`~veille.extract.caption_credit.carries_caption`) is its own caption: its
    neighbours are text (newuser13 a-C2, h2-C2)."""
    def qualifies(j: int, most: int) -> bool:
        return 0 <= j < len(blocks) and kinds[j] in {"prose", "short", "other"} and (
            n_words[j] <= most and ts.sentence_count(blocks[j]) <= 1
            and blocks[j][:1] not in "«\"“'‘")

    # A photographer's signature repeated under each photo of a gallery ("Renaud Philippe
    # Le Devoir", two blocks apart, no "Photo" word; verify11a V1) is a credit too.
    def signature(i: int) -> bool:
        return (0 <= i < len(blocks) and kinds[i] == "repeat" and n_words[i] <= 8
                and not ts.ends_sentence(blocks[i]))

    for i in range(len(blocks) - 4):
        # three photos at least: the same signature at i, i + 2, i + 4, a sentence between
        # (two different captions: a line repeated between, "Temps de lecture 3 min.", is
        # no gallery, and its neighbour "Accueil > Société" no photographer)
        if (signature(i) and blocks[i + 2] == blocks[i + 4] == blocks[i]
                and blocks[i + 1] != blocks[i + 3]
                and all(ts.ends_sentence(blocks[k]) for k in (i + 1, i + 3))):
            for k in (i, i + 2, i + 4):
                kinds[k] = "credit"
    credits = []
    for i, kind in enumerate(kinds):
        if kind != "credit":
            continue
        if not carries_caption(blocks[i]):
            credits.append(i)
            continue
        # Its caption printed again beside it (an image's alt text, w3m) is a caption too.
        own = caption_of(blocks[i])
        for j in (i - 1, i + 1):
            if 0 <= j < len(blocks) and kinds[j] in {"prose", "short", "other"} and (
                    (len(blocks[j]) < len(blocks[i]) and blocks[j] in blocks[i])
                    or (len(own) >= CAPTION_ECHO and own in blocks[j])):
                kinds[j] = "caption"
    paired: set[int] = set()
    for chain in _gallery_chains(credits, qualifies):
        # A gallery: credit, caption, credit, caption... The blocks between two credits
        # are captions; of the two ends, the shorter one is the last caption and the
        # other is text (La Presse prints the credit above its caption, most sites below:
        # newuser11 T5).
        for i in chain[:-1]:
            kinds[i + 1] = "caption"
        ends = [j for j in (chain[0] - 1, chain[-1] + 1) if qualifies(j, 35)]
        if ends:
            kinds[min(ends, key=lambda j: n_words[j])] = "caption"
        paired.update(chain)
    # The page's last credit line after its last paragraph of prose ("© Le Dauphiné
    # libéré" closing a copy) is its copyright, no photo's: the paragraph above it is
    # text (verify16 Z3: a short capture lost its closing paragraph as a caption). So is
    # a source line there ("Source: Al Jazeera and news agencies"): the text's sources
    # (t-final61 #7: the closing sentence was dropped as its caption).
    last_prose = max((k for k, kind in enumerate(kinds) if kind == "prose"), default=-1)
    for i in credits:
        if i in paired or (i > last_prose and (_COPYRIGHT_ONLY.match(blocks[i])
                                               or _SOURCE_LINE.match(blocks[i]))):
            continue
        j = i - 1
        if (i < last_prose and j >= 0 and kinds[j] in {"prose", "short", "other"}
                and n_words[j] <= LONG_CAPTION_WORDS
                and ts.sentence_count(blocks[j]) <= LONG_CAPTION_SENTENCES
                and _IMAGE_DEIXIS.search(blocks[j])):
            # A caption of several sentences above its credit, amid the text: it speaks
            # of the picture ("L'image composite…", "Au centre, …", "en bas à droite";
            # newuser17b X17).
            kinds[j] = "caption"
            continue
        for j, most in ((i - 1, 35), (i + 1, 22)):
            if qualifies(j, most):
                kinds[j] = "caption"
                break


#: A long caption, at most: words and sentences (Numerama, Le Monde, franceinfo print
#: captions of two or three sentences above the credit).
LONG_CAPTION_WORDS, LONG_CAPTION_SENTENCES = 70, 3
#: Words by which a caption points into its picture: what it shows and where.
_IMAGE_DEIXIS = re.compile(
    r"(?i)\b(?:l['’]image|cette\s+(?:image|photo)|ce\s+cliché|la\s+photo|"
    r"(?:au|en)\s+(?:centre|premier\s+plan|arrière-plan)|en\s+(?:bas|haut)\s+à\s+"
    r"(?:droite|gauche)|(?:à|de)\s+gauche\s+à\s+droite|ci-dessus|ci-contre|"
    r"(?:this|the)\s+(?:image|photo|picture)|pictured|(?:in\s+the\s+)?"
    r"(?:foreground|background)|from\s+left\s+to\s+right|(?:top|bottom)\s+(?:left|right))\b")

#: A line naming the text's sources, in the languages of the credit pattern
#: (:data:`~veille.extract.textshape._CREDIT`'s source lines): "Source : …", "Sources:",
#: "Fuente:", "Fuentes:", "Quelle:", "Quellen:", "Fonte:", "Fonti:", "Bron:".
_SOURCE_LINE = re.compile(r"(?i)^\W{0,2}(?:sources?|quellen?|fuentes?|fonte|fonti|bron)\s*:")
_COPYRIGHT_ONLY = re.compile(r"(?i)^\s*(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d{2}\s*)?"
                            r"(?!.*\b(?:photos?|crédits?|credits?|archives?)\b)[^\n]{1,80}$")
"""A copyright line with no photo word ("© Le Dauphiné libéré", "© 2026 Le Quotidien")."""

#: Questions an interview's body holds besides its first, at least.
INTERVIEW_QUESTIONS = 2
#: Words of an interview's question, at most.
QUESTION_MAX_WORDS = 40
_QUESTION_KINDS = frozenset({"prose", "short", "other", "inner", "label"})


def _is_question(i: int, blocks: list[str], kinds: list[str], n_words: list[int]) -> bool:
    return (kinds[i] in _QUESTION_KINDS and n_words[i] <= QUESTION_MAX_WORDS
            and blocks[i].rstrip().endswith("?"))


def _keep_first_question(kept: list[int], blocks: list[str], kinds: list[str],
                         n_words: list[int], dropped: dict[int, str]) -> None:
    """An interview printed as questions and answers opens on a question: the block right
    before the first paragraph, ending with "?", when the body holds
    :data:`INTERVIEW_QUESTIONS` more questions. It is the body's first block, not the
    headline nor page furniture (newuser11 T17: "Le Chat a 45 ans. Comment va-t-il ?"
    taken as the headline, its answer left orphaned). ``kept`` and ``dropped`` change in
    place."""
    if not kept or kept[0] == 0:
        return
    before = kept[0] - 1
    questions = sum(1 for i in kept if _is_question(i, blocks, kinds, n_words))
    if questions >= INTERVIEW_QUESTIONS and _is_question(before, blocks, kinds, n_words):
        kept.insert(0, before)
        dropped.pop(before, None)
        kinds[before] = "inner"


#: Words of a short last sentence kept after the article's last paragraph.
CLOSING_MIN_WORDS = 3


def _closing_sentence(kept: list[int], blocks: list[str], kinds: list[str],
                      n_words: list[int]) -> bool:
    """Whether the last kept block is the article's short closing sentence ("Trois
    personnes ont été interpellées.", "Une enquête a été ouverte."): a short sentence of
    :data:`CLOSING_MIN_WORDS` words or more, ending with a full stop, right after a
    paragraph of prose (newuser11 T10). A brief often ends on one; chrome of that shape
    is a notice or a label, not a "short" block."""
    last = kept[-1]
    block = blocks[last]
    return (kinds[last] == "short" and len(kept) >= 2 and kept[-2] == last - 1
            and kinds[last - 1] == "prose" and n_words[last] >= CLOSING_MIN_WORDS
            and block.endswith(".") and not block.endswith("..") and block[:1].isupper())


def _gallery_chains(credits: list[int], qualifies: Callable[[int, int], bool]
                    ) -> list[list[int]]:
    """Runs of two or more credit blocks each two apart with a caption-shaped block
    between them (``qualifies(index, most_words)``)."""
    chains: list[list[int]] = []
    for i in credits:
        if chains and i - chains[-1][-1] == 2 and qualifies(i - 1, 35):
            chains[-1].append(i)
        else:
            chains.append([i])
    return [chain for chain in chains if len(chain) >= 2]


def _mark_reader_prompts(blocks: list[str], kinds: list[str]) -> None:
    """A feedback prompt about the article ("Cet article vous a été utile ?") is a notice
    (:func:`~veille.extract.chrome_lines.reader_prompt`)."""
    for i, kind in enumerate(kinds):
        if kind in {"prose", "short", "other"} and reader_prompt(blocks[i]):
            kinds[i] = "notice"


def _mark_disclosures(blocks: list[str], kinds: list[str]) -> None:
    """An editorial note about how the article was made ("Cet article a été rédigé avec
    l'aide d'un outil d'intelligence artificielle…", "This article was originally published
    in…") is a **disclosure**: furniture, whose fact the evidence keeps
    (:func:`~veille.extract.disclosures.disclosure`). A correction note ("Rectificatif :
    dans une première version de cet article…") is a **correction**: the article's own text
    for its reader, the change its new version brings, kept in the body as HTML pages keep
    it (one rule for both, s-capt14), and noted in the evidence too; it is never the
    headline, the standfirst or the lead (newuser13 h2-C15)."""
    for i, kind in enumerate(kinds):
        if kind in {"prose", "short", "other"}:
            found = disclosure(blocks[i])
            if found:
                kinds[i] = "correction" if found == "corrected" else "disclosure"


def _mark_layout(blocks: list[str], kinds: list[str], listed: Collection[int] = ()) -> None:
    """A printed page's breaks, a table's rows, a live blog's post times, a match sheet
    (:mod:`~veille.extract.match_sheet`) are the page's **layout** inside the article
    (:mod:`~veille.extract.page_layout`): they cost its run little and are never text.
    Not the lines of the article's own list (``listed``: :mod:`~veille.extract.list_lines`,
    a round's results are text, one match's score line is its sheet)."""
    for i in (print_page_breaks(blocks) | table_rows(blocks) | post_stamps(kinds)
              | (sheet_lines(blocks) - set(listed))):
        kinds[i] = "layout"


#: Words of a pitch inside an insert box, at most.
BOX_PITCH_WORDS = 30
#: Blocks of an insert box between the article's head and its run, at most.
BOX_BLOCKS = 5
_BOX_KINDS = frozenset({"notice", "label", "linklabel", "link", "repeat", "site", "credit",
                        "caption", "disclosure"})


def _mark_insert_boxes(blocks: list[str], kinds: list[str], n_words: list[int]) -> None:
    """A short sentence between two furniture notices is the pitch of an insert box
    ("Newsletter Côtes-d'Armor" / "Chaque matin, l'essentiel de l'actualité de votre
    département dans votre boîte mail." / "Je m'inscris"), furniture like them: the
    article's run does not open on it (newuser13 h2-C9). Not between a paywall notice
    and another: a paywalled page's label ("Article réservé aux abonnés") and its "Il vous
    reste 85 % de cet article à lire" frame the one paragraph it shows (newuser15b X10)."""
    for i in range(1, len(kinds) - 1):
        if (kinds[i] in {"prose", "short"} and n_words[i] <= BOX_PITCH_WORDS
                and kinds[i - 1] == "notice" and kinds[i + 1] == "notice"
                and not (ts.paywall_text(blocks[i - 1]) or ts.paywall_text(blocks[i + 1]))):
            kinds[i] = "notice"


#: Words of a paragraph a paywall cut mid-sentence, at least.
CUT_PARAGRAPH_WORDS = 15


def _mark_cut_paragraphs(blocks: list[str], kinds: list[str], n_words: list[int]) -> None:
    """A paragraph the paywall cut mid-sentence ("… malgré la mobilisation des élus et des
    habitants qui") right above a notice saying the text goes on ("Il vous reste 85 % de
    cet article à lire"; :data:`~veille.extract.textshape.GOES_ON_TEXT`) is prose: with
    no sentence end it was no paragraph, and a teaser of one such paragraph was refused as
    "no article text" (r-pages36 held-out 13). At least :data:`CUT_PARAGRAPH_WORDS` words,
    opening with a capital."""
    for i in range(len(kinds) - 1):
        if (kinds[i] in {"other", "short"} and n_words[i] >= CUT_PARAGRAPH_WORDS
                and blocks[i][:1].isupper() and kinds[i + 1] == "notice"
                and len(blocks[i + 1]) < 600 and ts.paywall_text(blocks[i + 1])
                and ts.GOES_ON_TEXT.search(blocks[i + 1]) is not None):
            kinds[i] = "prose"


def _first_paragraph_before_box(kinds: list[str], start: int) -> int:
    """Where the article's run starts, moved back over an insert box (an advertisement's
    label, a newsletter box: at most :data:`BOX_BLOCKS` furniture blocks) to a paragraph
    printed right under the byline or dateline: the article's first paragraph, which the
    box's cost cut from the run (newuser13 h2-C9)."""
    j = start - 1
    while j >= 0 and start - j <= BOX_BLOCKS and kinds[j] in _BOX_KINDS:
        j -= 1
    if (j < start - 1 and j >= 1 and kinds[j] == "prose"
            and kinds[j - 1] in {"byline", "dateline"}):
        return j
    return start


def _mark_inner(kinds: list[str], n_words: list[int], start: int, end: int) -> None:
    """Inside the article, a subheading or a list item between two paragraphs is part of
    it: a block of a few words, not furniture, with prose before and after it."""
    prose = [i for i in range(start, end) if kinds[i] == "prose"]
    if len(prose) < 2:
        return
    for i in range(prose[0] + 1, prose[-1]):
        if kinds[i] in {"other", "label"} and n_words[i] >= MIN_INNER_WORDS:
            kinds[i] = "inner"


def _weight(block: str, kind: str) -> float:
    if kind == "prose":
        return float(len(block))
    if kind in {"short", "correction", "listed"}:
        return 10.0
    if kind in {"link", "linklabel"}:
        return -10.0
    if kind == "dateline":
        return -100.0
    if kind in {"site", "notice", "credit", "repeat", "disclosure"}:
        return -(40.0 + min(len(block), 400))
    return -(20.0 + 0.5 * min(len(block), 400))


#: What a photo's credit or caption line costs the run it sits in.
MEDIA_COST = 5.0


def _weights(blocks: list[str], kinds: list[str]) -> list[float]:
    """Block weights for the densest run. The k-th block of a stretch of chrome costs k times
    its own weight: one label inside an article costs little, a menu or a comment thread's
    furniture costs a lot, so the run does not leap over it. Prose in the last half of the
    page weighs less and less (footers carry long legal text; articles rarely start there).
    """
    weights: list[float] = []
    stretch = 0
    total = max(1, len(blocks) - 1)
    for i, (block, kind) in enumerate(zip(blocks, kinds, strict=True)):
        if kind in {"caption", "layout"} or (kind == "credit"
                                             and "caption" in kinds[max(0, i - 1):i + 2]):
            # A photo's credit and caption are the article's layout, not its end: a
            # gallery between two paragraphs must not cut the text after it (newuser11
            # T5). They cost a little and do not lengthen a stretch of chrome.
            weights.append(-MEDIA_COST)
            continue
        weight = _weight(block, kind)
        stretch = stretch + 1 if weight < 0 else 0
        if weight < 0:
            weight *= min(stretch, 2)
        else:
            weight *= 1.0 - TAIL_DISCOUNT * max(0.0, i / total - 0.5) * 2
        weights.append(weight)
    return weights


def _densest_run(weights: list[float]) -> tuple[int, int]:
    """The run of blocks with the largest total weight (Kadane), as [start, end)."""
    best, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    for i, w in enumerate(weights):
        if total <= 0:
            total, start = 0.0, i
        total += w
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


#: Prose blocks a run may hold before the byline and dateline that end an article's head
#: (a standfirst, or a kicker and a standfirst): past that the run is a body of its own.
HEAD_PROSE = 2


def _body_after_head_meta(weights: list[float], kinds: list[str], start: int,
                          end: int) -> int:
    """The end of the body when the densest run stops at the head's byline and dateline:
    headline, standfirst, "By X", "Fri 4 Dec 2026 21.50 GMT", then ONE paragraph. The
    byline and dateline cost more than a short paragraph after them weighs (discounted at
    the page's foot), so the run kept the standfirst alone and the body was lost with no
    word (t-final50b A1). The text after the date line is the body: the run is extended
    over that meta stretch to the best run of prose after it, when the run held no more
    than a standfirst (:data:`HEAD_PROSE`). ``end`` itself otherwise."""
    if end <= start or sum(1 for k in kinds[start:end] if k == "prose") > HEAD_PROSE:
        return end
    j = end
    while j < len(kinds) and kinds[j] in {"byline", "dateline"}:
        j += 1
    if j == end or "dateline" not in kinds[end:j] or j >= len(kinds) or kinds[j] != "prose":
        return end
    total, best, best_end = 0.0, 0.0, end
    for i in range(j, len(weights)):
        total += weights[i]
        if total <= 0:
            break
        if total > best:
            best, best_end = total, i + 1
    return best_end


def _trailing_ellipsis(text: str) -> tuple[str, bool]:
    """The text without a final ellipsis ("...", "…", and the spaces around it), and
    whether it had one. String methods, not a pattern searched for at the end: a pattern
    like ``\\.{3,}\\s*$`` is tried from every dot of a long run of dots."""
    stripped = text.rstrip()
    if stripped.endswith("…"):
        return stripped[:-1].rstrip(), True
    if stripped.endswith("..."):
        return stripped.rstrip(".").rstrip(), True
    return text, False


def _has_ellipsis(text: str) -> bool:
    """Whether :func:`_repeat_key` has an ellipsis to remove at either end of ``text``
    (when not, the key is the folded text itself)."""
    stripped = text.strip()
    return stripped.startswith((".", "…")) or stripped.endswith(("...", "…"))


def _repeat_key(text: str) -> tuple[str, bool]:
    """The folded text of a possible teaser without its ellipsis (and the cut word)."""
    core, cut = _trailing_ellipsis(text)
    core = _LEADING_ELLIPSIS.sub("", core)
    folded = ts.fold(core)
    if cut and " " in folded:
        folded = folded.rsplit(" ", 1)[0]
    return folded, cut


def _shingles(tokens: tuple[str, ...] | list[str], k: int = 3) -> set[int]:
    """The hashes of the block's k-word shingles (a tuple's hash is not cached, an int's
    lookup is cheap; a 64-bit collision between two shingles of one page is negligible)."""
    if len(tokens) < k:
        return {hash(tuple(tokens))}
    # The windows of k tokens, built and hashed in C (zip of shifted slices).
    return set(map(hash, zip(*(tokens[i:] for i in range(k)), strict=False)))


#: How many words at the start and at the end of a repeat may be its own: a gallery's
#: "2of4" glued to a caption it prints again, a cut caption's "… more" or "less", a quote
#: printed again with its "Cooke said", a credit (AEB captures).
REPEAT_OWN_START = 1
REPEAT_OWN_END = 3
#: A block longer than this (in words) is checked by its shingles alone: a page's whole
#: text printed again as one block (a JSON-LD body, a print version) holds words of its
#: own at every join, and is still the copy to drop, not the paragraphs it holds.
OWN_WORD_MAX_WORDS = 200


def _word_found_nowhere_else(tokens: tuple[str, ...] | list[str],
                             elsewhere: Callable[[int], bool], k: int = 3) -> bool:
    """Whether a word inside ``tokens`` (past :data:`REPEAT_OWN_START` words from the start
    and :data:`REPEAT_OWN_END` from the end) has none of its k-word shingles found
    elsewhere (``elsewhere``, by the shingle's hash); always False past
    :data:`OWN_WORD_MAX_WORDS` words.

    A teaser copies a run of the article's text: each word of it sits in a shingle found
    again, even where a teaser joins the lead to the next paragraph (at most k - 1 shingles
    span the join, none of them holds a word alone). A paragraph of a formulaic report ("À
    9h00, Me Dupond reprend la parole au sujet du contrat numéro 1000, …") shares nearly all
    of its shingles with its look-alikes, yet its own number or name is in none of them: it
    repeats nothing (t-final49 A1: 300 of 1,200 such paragraphs were dropped as teasers).
    """
    if len(tokens) <= k or len(tokens) > OWN_WORD_MAX_WORDS:
        return False
    present = [elsewhere(hash(window))
               for window in zip(*(tokens[i:] for i in range(k)), strict=False)]
    for i in range(REPEAT_OWN_START, len(tokens) - REPEAT_OWN_END):
        if not any(present[j] for j in range(max(0, i - k + 1), min(i + 1, len(present)))):
            return True
    return False


class _Alive:
    """The positions still kept among ``n``, with the rank of each (a Fenwick tree)."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.count = n
        self.tree = [0] * (n + 1)
        for i in range(1, n + 1):
            self.tree[i] += 1
            parent = i + (i & -i)
            if parent <= n:
                self.tree[parent] += self.tree[i]

    def remove(self, pos: int) -> None:
        self.count -= 1
        i = pos + 1
        while i <= self.n:
            self.tree[i] -= 1
            i += i & -i

    def rank(self, pos: int) -> int:
        """How many kept positions come before ``pos``."""
        total, i = 0, pos
        while i > 0:
            total += self.tree[i]
            i -= i & -i
        return total


#: The kinds of blocks that :func:`~veille.extract.bare_byline.bare_bylines` sees as
#: captions or credits, and those that may be a label (a link list's items and its label
#: included: a byline printed under the headline may follow a menu's last item).
_MEDIA_KINDS = frozenset({"credit", "caption"})
_LABEL_KINDS = frozenset({"label", "repeat", "link", "linklabel", "other", "short"})
_TEXT_KINDS = _LABEL_KINDS | {"prose", "dateline", "byline"}
#: How many blocks before the first paragraph a bare-name byline may sit.
BARE_BYLINE_WINDOW = 6


def _bare_role(block: str, kind: str, n_words: int) -> Role:
    if kind in _MEDIA_KINDS:
        return "media"
    if kind not in _TEXT_KINDS:
        return "skip"
    if kind in _LABEL_KINDS and n_words <= 4 and not ts.ends_sentence(block):
        return "label"
    return "text"


def _bare_names(blocks: list[str], kinds: list[str], n_words: list[int], head_at: int,
                first: int, body: list[str]) -> list[str]:
    """Bylines printed as a bare name ("Caroline Girardon", "Paul Kirby" above "Europe
    digital editor") among the blocks after the headline and before the first paragraph,
    at most :data:`BARE_BYLINE_WINDOW` of them (:mod:`~veille.extract.bare_byline`)."""
    start = max(head_at + 1 if head_at >= 0 else 0, first - BARE_BYLINE_WINDOW)
    return bare_bylines([(blocks[i], _bare_role(blocks[i], kinds[i], n_words[i]))
                         for i in range(start, min(first, len(blocks)))], body)


def _drop_repeats(kept: list[int], blocks: list[str], folded_blocks: list[str],
                  dropped: dict[int, str], lead: str = "",
                  words_of: dict[int, tuple[str, ...]] | None = None) -> list[int]:
    """Drop blocks whose text the rest of the article already holds.

    ``lead`` is the standfirst printed apart from the body: it is part of the article's
    text (a teaser at the end often repeats it, cut with "..."), never dropped here.

    When a teaser repeats the lead, each holds the other's words; the teaser is the one to
    drop: first a block cut with an ellipsis, then the longest (a teaser that runs into the
    second paragraph is longer than the lead it repeats), then the one nearest an edge.
    One at a time, since dropping a block can save the block it repeated.

    Linear in the article's words: a shingle count over all kept blocks finds the
    candidates once; a block stops being a candidate only when blocks are dropped (counts
    only fall), so each candidate is checked once, when it comes first in that order.
    Among candidates of one (cut, length) the nearest an edge is the first or the last one,
    whose ranks a Fenwick tree gives. The exact check of a short candidate (its text within
    the others') reads the article once per check, at most :data:`SHORT_REPEAT_CHECKS`
    times. ``words_of`` (block index -> the words of its folded text) holds the words
    already found and takes those found here.
    """
    folded = [folded_blocks[i] for i in kept]
    if words_of is None:
        words_of = {}
    tokens_of = []
    for i in kept:
        tokens = words_of.get(i)
        if tokens is None:
            tokens = words_of[i] = ts.words(folded_blocks[i])
        tokens_of.append(tokens)
    shingles = [_shingles(tokens) for tokens in tokens_of]
    # One count over every block's shingles, in C (the same counts, in the same order, as
    # one update per block).
    counts: Counter[int] = Counter(itertools.chain.from_iterable(shingles))
    lead_folded = ts.fold(lead) if lead else ""
    if lead_folded:
        counts.update(_shingles(ts.words(lead_folded)))
    mine: dict[int, set[int]] = {}
    keys: dict[int, str] = {}
    key_tokens: dict[int, tuple[str, ...] | list[str]] = {}
    groups: dict[tuple[bool, int], list[int]] = {}
    for pos, idx in enumerate(kept):
        block = blocks[idx]
        if _has_ellipsis(block):
            key, cut = _repeat_key(block)
            tokens = ts.words(key)
        else:  # the key is the folded block: its words and shingles are known
            key, cut, tokens = folded[pos], False, tokens_of[pos]
        if len(tokens) < 5:
            continue
        keys[pos] = key
        key_tokens[pos] = tokens
        mine[pos] = shingles[pos] if tokens is tokens_of[pos] else _shingles(tokens)
        groups.setdefault((cut, len(block)), []).append(pos)
    alive = _Alive(len(kept))
    is_alive = [True] * len(kept)
    short_checks = 0

    def still_repeats(pos: int) -> bool:
        nonlocal short_checks
        own = shingles[pos]
        allowed = 0.1 * len(mine[pos])  # shingles found nowhere else, at most
        missing = 0
        for s in mine[pos]:
            if counts[s] - (s in own) <= 0:
                missing += 1
                if missing > allowed:
                    return False
        key = keys[pos]
        if missing and _word_found_nowhere_else(key_tokens[pos],
                                                lambda s: counts[s] - (s in own) > 0):
            return False
        if len(ts.words(key)) >= 12:
            return True
        short_checks += 1
        if short_checks > SHORT_REPEAT_CHECKS:
            return False
        return key in " ".join([lead_folded, *(folded[k] for k in range(len(kept))
                                               if is_alive[k] and k != pos)])

    for group_key in sorted(groups, reverse=True):
        members = groups[group_key]
        lo, hi = 0, len(members) - 1
        while lo <= hi and alive.count > 1:
            first, last = members[lo], members[hi]
            edge_first = alive.rank(first)
            edge_last = alive.count - 1 - alive.rank(last)
            if edge_last <= edge_first:
                pos, hi = last, hi - 1
            else:
                pos, lo = first, lo + 1
            if not still_repeats(pos):
                continue
            is_alive[pos] = False
            alive.remove(pos)
            counts.subtract(shingles[pos])
            dropped[kept[pos]] = "teaser"
            # A higher group may hold a block that no longer repeats, never one that now
            # does (counts only fall), so the order of groups stays right.
    return [idx for pos, idx in enumerate(kept) if is_alive[pos]]


_META_KINDS = frozenset({"byline", "dateline"})


def _head_and_standfirst(blocks: list[str], kinds: list[str], kept: list[int],
                         json_ld: list[dict[str, Any]], counts: Counter[str],
                         folded: list[str], words_of: dict[int, tuple[str, ...]],
                         headings: list[int], outlet: str = "",
                         gapped: Collection[int] = (), widgets: Collection[int] = ()) -> Head:
    """The headline and standfirst (:func:`~veille.extract.capture_head.choose_head`;
    ``outlet``, the capture's source when given, whose masthead is no headline;
    ``gapped``, the menu bars copied with wide gaps, none a headline; ``widgets``, the
    header's two-item lines, :attr:`~veille.extract.blocks.Blocks.widgets`).

    A standfirst with one byline or dateline between it and the body ("Par X | Publié le
    …") earns more than that line costs, so the body's run opens on it; a paragraph is
    never printed above the article's byline, so when the first kept block is followed by
    head matter only (a byline or dateline among it) before the next one, it is read as
    the standfirst, and stays the first paragraph when the standfirst's tests refuse it
    (newuser13 a-C4). So is a first block under which the next one opens on an agency's
    dateline ("Madrid, 4 dic (EFE).- …"), the dispatch's first paragraph, when it opens on
    none itself: the dateline starts the text, the deck sits above it (t-check62 #2, a
    Spanish paper's EFE dispatch with no byline). ``kept`` changes in place."""
    if len(kept) >= 2:
        first, second = kept[0], kept[1]
        between = range(first + 1, second)
        headed = (any(kinds[i] in _META_KINDS for i in between)
                  and all(kinds[i] not in _TEXT_RUN_KINDS for i in between))
        if headed or (all(kinds[i] not in _TEXT_RUN_KINDS for i in between)
                      and opens_dispatch(blocks[second]) and not opens_dispatch(blocks[first])):
            head = choose_head(blocks, kinds, kept[1:], json_ld, counts, folded, words_of,
                               headings, outlet=outlet, gapped=gapped, widgets=widgets)
            if head.standfirst == blocks[first] and head.at < first:
                del kept[0]
                return head
    head = choose_head(blocks, kinds, kept, json_ld, counts, folded, words_of, headings,
                       outlet=outlet, gapped=gapped, widgets=widgets)
    if kept and head.at >= 0:
        # The body's own head (a headline, a byline or dateline right above its first
        # paragraph) below the headline chosen: that one heads another article above
        # (a brief), whose headline and standfirst are not this article's (newuser13
        # h2-C14).
        own = own_head(blocks, kinds, head.at, kept[0])
        if own >= 0:
            head = choose_head(blocks, kinds, kept, json_ld, counts, folded, words_of,
                               headings, floor=own, outlet=outlet, gapped=gapped, widgets=widgets)
    return head


#: Blocks that are the article's text when they sit between two of its paragraphs.
#: Words of a line holding only a dateline's time and zone, at most ("8:41 AM GMT+1").
CLOCK_LINE_WORDS = 5
_TEXT_RUN_KINDS = frozenset({"prose", "short", "inner", "caption", "credit", "listed"})


_CLOCK = re.compile(r"\d\s?(?:[:h]\s?\d\d|[ap]\.?m\b)", re.IGNORECASE)
"""A time of day in a dateline ("4:10 p.m.", "18h30", "9 pm"): only then does the zone matter."""
_AMBIGUOUS_WORD = re.compile(r"\b(?:IST|IDT)\b")
_UNDECIDED = "neither the page's country, domain nor language says which"
_AMBIGUOUS_HOMES = frozenset({"Europe/Dublin", "Asia/Kolkata", "Asia/Jerusalem"})


def _dates_or_names(block: str, zone: tzinfo, now: datetime | None) -> bool:
    """Whether ``block``, read alone as a byline or dateline
    (:func:`~veille.extract.capture_meta.byline_and_dates`), gives an author or a date."""
    meta = byline_and_dates([block], [], zone=zone, now=now)
    return bool(meta.authors or meta.published or meta.updated)


def _outlet_home(site_url: str | None, *names: str) -> tuple[str, str]:
    """(zone, what named it) of the capture's outlet in veille's outlet table
    (:func:`~veille.extract.timezones.outlet_home_zone`): by its address's host, else by
    its masthead's or source's name, or a line above its headline that is that name
    whole ("South China Morning Post" over a menu read as the masthead), when the address
    names no country (no country-code domain: "lesoir.be" is read as Belgian, whatever
    its masthead says)."""
    host = (urlsplit(site_url).hostname or "") if site_url else ""
    found = outlet_home_zone(host)
    if found[0] or (host and len(host.rsplit(".", 1)[-1]) == 2 and not is_generic_tld(host)):
        return found
    # a news agency's masthead ("РИА Новости") is on its country's clock (r-mast51)
    found = outlet_home_zone("", *names)
    return found if found[0] else known_outlet(names[0] if names else "")


def _country_host(site_url: str | None) -> bool:
    """Whether the capture's address is on a country's domain ("lesoir.be")."""
    host = (urlsplit(site_url).hostname or "") if site_url else ""
    return bool(host) and "." in host and len(host.rsplit(".", 1)[-1]) == 2 \
        and not is_generic_tld(host)


def _ambiguous_by_text(zone: tzinfo, meta_blocks: list[str],
                       blocks: list[str]) -> tuple[str, list[str]]:
    """The zone an "IST"/"IDT" printed in the capture's datelines names, read from the
    places its text names (:func:`~veille.extract.timezones.ambiguous_zone_by_text`),
    when the capture's own zone is none of the three; ("", []) otherwise."""
    if getattr(zone, "key", "") in _AMBIGUOUS_HOMES or not any(
            _AMBIGUOUS_WORD.search(b) for b in meta_blocks):
        return "", []
    return ambiguous_zone_by_text("\n".join(blocks))


_WITH_WORD = re.compile(r"(?i)\s(?:avec|with|mit|con)\s")


def _foot_wire_credits(blocks: list[str], kinds: list[str], start: int, end: int,
                       masthead: str = "") -> list[str]:
    """The agencies of the outlet's credit printed at the page's foot, below the text's
    boxes ("Le Monde avec AFP" under "Lire aussi" and the share buttons; t-final58 #12):
    a byline among ``blocks[start:end]`` naming no person, only the outlet "with" agencies
    (:func:`~veille.extract.bylines.split_byline`; the outlet is the page's ``masthead``
    when its name reads as a person's, "Il Gazzettino del Lago con ANSA"), that heads no
    text (no prose under it: a teaser's byline heads its teaser)."""
    found: list[str] = []
    for i in range(start, end):
        joint = _WITH_WORD.search(blocks[i])
        if kinds[i] != "byline" or joint is None or (
                i + 1 < len(kinds) and kinds[i + 1] == "prose"):
            continue
        people, agencies = split_byline(blocks[i])
        if not people or (masthead and blocks[i][:joint.start()].strip() == masthead):
            found.extend(a for a in agencies if a not in found)
    return found


_LAYOUTS: ContextVar[dict[tuple[object, ...], _Layout] | None] = ContextVar(
    "veille_capture_layouts", default=None)


@contextmanager
def one_layout() -> Iterator[None]:
    """Within the block, a capture extracted again with the same arguments but
    ``fetched_at`` reuses the first extraction's layout (:func:`_layout`: blocks, kinds,
    body, headline, time zone; all but the dates) and only reads its dates again. The
    extraction stage opens it around an article's extraction and its relative-date probe
    (``ExtractStage._relative_update_unknown``), which extracts a saved file again a day
    later: the capture's layout is then computed once, not twice (r-speed61, issue 13:
    ~60 % of a probed capture's extraction time). Holds the last capture's layout only,
    for the block's length; a context variable, so threads and nested blocks are apart."""
    token = _LAYOUTS.set({})
    try:
        yield
    finally:
        _LAYOUTS.reset(token)


class _Layout(NamedTuple):
    """What a capture's text alone decides (:func:`_layout`): its blocks and their kinds,
    the body kept, the headline, the blocks read for bylines and dates, the time zone;
    everything before a date is read against the capture time. Indices are into
    ``blocks``; ``live_times`` are the live entries' stamps (hour, minute)."""

    above: int
    address: str
    address_at: int
    blocks: list[str]
    by_places: str
    counts: Counter[str]
    dropped: dict[int, str]
    first: int
    head: Head
    head_start: int
    home: str
    home_named: str
    inside: str
    inside_named: list[str]
    ist_places: list[str]
    ist_zone: str
    kept: list[int]
    kicker: str
    kinds: list[str]
    lang: str
    last: int
    limits: list[str]
    listing: int
    live_times: list[tuple[int, int]]
    main: str
    masthead: str
    meta_at: list[int]
    meta_blocks: list[str]
    n_words: list[int]
    owners: tuple[str, ...]
    paragraphs: list[str]
    parsed: Blocks
    places_named: list[str]
    places_split: list[tuple[str, list[str]]]
    second: int
    split_why: str
    tail_end: int
    territory: str
    title: str | None
    zone: tzinfo


def _layout(text: str, site_chrome: Collection[str], language: str, site_url: str | None,
            keep_folded: bool, zone_setting: str, outlet: str) -> _Layout:
    """The part of :func:`extract_text_capture` that reads no date against the capture
    time (its arguments but ``fetched_at``): computed once per article and capture
    (:func:`one_layout`), whatever the times it is then dated against."""
    limits: list[str] = []
    if len(text) > MAX_CAPTURE_CHARS:
        cut = text.rfind("\n", MAX_CAPTURE_CHARS // 2, MAX_CAPTURE_CHARS)
        cut = cut if cut > 0 else MAX_CAPTURE_CHARS
        limits.append(f"read the first {cut:,} of {len(text):,} characters (no article runs "
                      f"past {MAX_CAPTURE_CHARS:,})")
        text = text[:cut]
    original = text
    text = join_alone_datelines(text)  # "Valencia, 12 feb (EFE).- " alone (t-final63 #6)
    parsed = split_blocks(text)
    blocks = parsed.items[:MAX_BLOCKS]
    if len(parsed.items) > MAX_BLOCKS:
        limits.append(f"read the first {MAX_BLOCKS:,} of {len(parsed.items):,} blocks")
    # A live blog's post times stay with their posts (:mod:`~veille.extract.live_entries`).
    live = join_entries(blocks)
    rows = [i for i in parsed.rows if i < MAX_BLOCKS]
    gapped = [i for i in parsed.gapped if i < MAX_BLOCKS]
    widgets = [i for i in parsed.widgets if i < MAX_BLOCKS]
    kickers = {i for i in parsed.kickers if i < MAX_BLOCKS}
    glued = [i for i in parsed.glued if i < MAX_BLOCKS]
    spaced = frozenset(i for i in parsed.spaced if i < MAX_BLOCKS)
    if len(live.blocks) < len(blocks):
        blocks = live.blocks
        parsed.headings = sorted({live.at[i] for i in parsed.headings if i < len(live.at)})
        rows = []  # a live blog's entries joined: rows are no longer one block each
        gapped = []
        widgets = []
        kickers = set()
        glued = []
        spaced = frozenset()
    # The feature table: each block's folded text and shape, computed once, in one pass.
    # split_blocks gives whitespace-normalised blocks (one space between words, none at the
    # ends), so an ASCII block folds to its lower case (``ts.fold`` would split and join it
    # again; tests/extract/test_blocks.py checks the two agree).
    folded = [b.lower() if b.isascii() else ts.fold(b) for b in blocks]
    if keep_folded and len(parsed.items) <= MAX_BLOCKS:
        folded_memo.remember(original, folded)
    shapes = [ts.block_shape(b) for b in blocks]
    n_words = [shape.n_words for shape in shapes]
    counts = Counter(folded)
    kinds = _kinds(shapes, folded, counts, site_chrome)
    if site_chrome and kinds.count("site") > 0:
        prose_like = sum(1 for shape, k in zip(shapes, kinds, strict=True)
                         if k == "site" and shape.prose)
        if prose_like > sum(1 for k in kinds if k == "prose"):
            kinds = _kinds(shapes, folded, counts, ())
    _mark_dateline_lines(blocks, kinds)
    # A first line that is the page's address: the article's URL, never its headline; its
    # host, more precise than a source's home page, gives the outlet's clock (t-final54 A3).
    address = address_line(blocks[0]) if blocks else ""
    address_at = 0
    if not address and len(blocks) > 1:  # or its last line, read alike (t-final61 #10)
        address, address_at = footer_address(blocks), len(blocks) - 1
    if address:
        kinds[address_at] = "address"
        if not site_url or not names_a_page(site_url):
            site_url = address
    for i in glued:  # a notice cut off the paragraph it was glued to (t-final51b A3)
        kinds[i] = "notice"
    listed = content_lists(blocks, kinds)
    for i in listed:  # an article's own list: text, never link titles (t-final50 A2)
        kinds[i] = "data"
    _mark_data_lines(blocks, kinds, rows)
    _mark_link_lists(blocks, kinds, n_words, spaced)
    kinds = ["short" if k == "data" else k for k in kinds]
    for i in listed:  # text the body may open or close on, never a headline
        kinds[i] = "listed"
    _mark_byline_roles(blocks, kinds)
    _mark_outlet_bylines(blocks, kinds, n_words)
    _mark_captions(blocks, kinds, n_words)
    _mark_reader_prompts(blocks, kinds)
    _mark_disclosures(blocks, kinds)
    _mark_insert_boxes(blocks, kinds, n_words)
    _mark_cut_paragraphs(blocks, kinds, n_words)
    _mark_layout(blocks, kinds, listed)
    weights = _weights(blocks, kinds)
    start, end = _densest_run(weights)
    end = _body_after_head_meta(weights, kinds, start, end)
    if end > start:
        start = _first_paragraph_before_box(kinds, start)
    end = comments_start(blocks, start, end)
    _mark_inner(kinds, n_words, start, end)
    dropped: dict[int, str] = {}
    kept = []
    for i in range(start, end):
        if kinds[i] in KEPT_KINDS:
            kept.append(i)
        else:
            dropped[i] = kinds[i]
    # A second article after the first one (its headline, a byline or dateline, its
    # text): the capture keeps the first (newuser13 a-C8, h2-C14).
    second = second_head(blocks, kinds, kept[0], end) if kept else -1
    if second >= 0:
        for i in kept:
            if i >= second:
                dropped[i] = "another article"
        kept = [i for i in kept if i < second]
    while kept and kinds[kept[0]] not in _EDGE_KINDS:
        dropped[kept.pop(0)] = "edge"
    while kept and kinds[kept[-1]] not in _EDGE_KINDS and not _closing_sentence(
            kept, blocks, kinds, n_words):
        dropped[kept.pop()] = "edge"
    # A paywall notice shaped like a sentence ("Vous avez atteint la limite d'articles
    # gratuits ce mois-ci.") ends the article, not its text (newuser11 T18): it leaves
    # the body, and the check below, on the blocks after it, marks the article truncated.
    while kept and len(blocks[kept[-1]]) < 600 and ts.paywall_text(blocks[kept[-1]]):
        dropped[kept.pop()] = "notice"
    # A newsroom's closing line ("Vous avez un scoop ? Écrivez-nous à …", "Avec les
    # informations de X"; newuser11 T6).
    while len(kept) > 1 and closing_furniture(blocks[kept[-1]]):
        appeal = support_appeal(blocks[kept[-1]])
        dropped[kept.pop()] = "notice"
        # An appeal's own heading above it ("C'est maintenant que tout se joue…"): a few
        # words that end no sentence (newuser15b X5).
        if (appeal and len(kept) > 1 and n_words[kept[-1]] <= APPEAL_HEADING_WORDS
                and not blocks[kept[-1]].rstrip().endswith((".", "!", "?", "»"))):
            dropped[kept.pop()] = "notice"
    _keep_first_question(kept, blocks, kinds, n_words, dropped)
    words_of: dict[int, tuple[str, ...]] = {}
    kept = _drop_repeats(kept, blocks, folded, dropped, words_of=words_of)
    headings = [i for i in parsed.headings if i < MAX_BLOCKS]
    first_line = opens_on_headline(blocks, kinds, kept, outlet)
    first_kind, first_kept = kinds[0] if blocks else "", bool(kept) and kept[0] == 0
    if first_line:  # the first line is the headline, even ending in "?" or "..." (R9)
        if first_kept:
            kept.pop(0)
        kinds[0] = "other"
    head = _head_and_standfirst(blocks, kinds, kept, parsed.json_ld, counts, folded,
                                words_of, headings, outlet, gapped, widgets)
    if first_line and head.at != 0:  # another line won: the first line is what it was
        if first_kept:
            kept.insert(0, 0)
        kinds[0] = first_kind
        head = _head_and_standfirst(blocks, kinds, kept, parsed.json_ld, counts, folded,
                                    words_of, headings, outlet, gapped, widgets)
    if head.at > 0 and heads_over(blocks, kinds, kept, head.at, counts[folded[0]], outlet):
        standfirst = find_standfirst(blocks, kinds, 0, kept)
        head = Head(blocks[0], "first line", blocks[standfirst] if standfirst >= 0 else "",
                    standfirst, 0)
    if head.standfirst:  # a teaser may repeat the standfirst, which the body does not hold
        kept = _drop_repeats(kept, blocks, folded, dropped, lead=head.standfirst,
                             words_of=words_of)
    listing = listing_teasers(blocks, kinds, n_words, kept, parsed.json_ld)
    paragraphs = [blocks[i] for i in kept]
    for i in kept:  # the fingerprint reads the body's folded words: found once, here
        words_memo.remember(blocks[i], words_of[i])
    first = kept[0] if kept else len(blocks)
    title = head.title
    kicker = blocks[head.at - 1] if head.at - 1 in kickers and title == blocks[head.at] else ""
    lang = language or detect_language(" ".join([title or "", *paragraphs[:4]]))
    last = kept[-1] if kept else 0
    # The blocks after the body where its bylines, datelines and paywall notice may sit:
    # not past a second article's headline.
    tail_end = min(len(blocks), last + 4, second if second >= 0 else len(blocks))
    # Bylines and datelines sit around the headline, which may be far above the body when
    # widgets come between them.
    head_start = min(first - 12, head.at if head.at >= 0 else first)
    above = previous_article_end(blocks, kinds, head.at) if head.at > 0 else -1
    if above >= 0:  # another article above this one: its dates are not this one's
        head_start = max(head_start, above)
    # After the body, only the bylines and datelines right after it are the article's ("Publié
    # le …" printed at its foot); past a heading, a related article's teaser, a comment or a
    # ticker ("Sur le même sujet", "3 commentaires", "Dernières infos"), a date is another
    # text's (newuser13a h2 C13); never past a second article's headline (``tail_end``).
    # An agency's credit on its own line ("(avec AFP)") closes the text above a foot date
    # too (t-final35 A5b: "(avec AFP)" / "Publié le 3 déc. 2026 à 16:05" was not read).
    foot = min(len(blocks), last + 1)
    while foot < tail_end and (kinds[foot] in {"byline", "dateline"}
                               or closing_credit(blocks[foot])[0] == 0):
        foot += 1
    meta_at = [
        i for i in range(max(0, head_start), foot)
        if kinds[i] in {"byline", "dateline"}
        # the headline is the news, no dateline ("Kerviel fixé ce matin sur son sort")
        or (first - 12 <= i < first and kinds[i] == "other" and i != head.at)
        # a dateline's time on the next line ("December 2, 2026" / "8:41 AM GMT"; newuser17b
        # X12): read with it (capture_meta._clock_continued)
        or (i > 0 and kinds[i - 1] == "dateline" and n_words[i] <= CLOCK_LINE_WORDS
            and any(c.isdigit() for c in blocks[i])
            # a reading time under the date is no clock: furniture, listed as dropped
            # ("Temps de lecture : 3 min"; t-final51b B4)
            and not reading_time_line(blocks[i]))
    ]
    meta_blocks = [blocks[i] for i in meta_at]
    # The site's country when known (a capture from lapresse.ca is written in Montréal's
    # time), else the language's zone (docs/html-extraction.md, "Time zones").
    zone = page_zone([lang], site_url, setting=zone_setting)[0] \
        if (site_url and lang) or zone_setting else assumed_zone(lang)
    masthead = masthead_name(blocks, kinds, head.at, outlet, gapped) if head.at > 0 else ""
    # An overseas outlet naming its territory ("Réunion la 1ère", "Le Quotidien de La
    # Réunion") writes its times there, not in its country's capital (t-final33 B).
    territory = "" if zone_setting else named_territory(
        getattr(zone, "key", ""), " ".join(filter(None, [masthead, outlet, site_url or ""])))
    if territory:
        zone = ZoneInfo(territory)
    # An outlet of veille's table (al.com, scmp.com, "The Straits Times") writes its times
    # in its home city (t-final34 #5, #8): by the source's host, or by the name its
    # masthead or --source prints when no country's domain said otherwise.
    home, home_named = ("", "") if zone_setting or territory else _outlet_home(
        site_url, masthead, outlet, *blocks[:min(head.at, 4)])
    if home:
        zone = ZoneInfo(home)
    # "IST" is Irish, Indian or Israel time: the places the text names decide (t-final35 B1)
    ist_zone, ist_places = ("", []) if zone_setting or home else _ambiguous_by_text(
        zone, meta_blocks, blocks)
    if ist_zone:
        zone = ZoneInfo(ist_zone)
    # An outlet none of the above places (no address of a country, not in the table)
    # names its own places: their clock, when they agree, is the page's (r-pages49); when
    # only the language's zone was assumed, the places of a country writing that language
    # (La Presse's Montréal, Sherbrooke: t-final49 A4), one rule with HTML pages'.
    language_only = not site_url and bool(lang) and getattr(zone, "key", "") == str(
        getattr(assumed_zone(lang), "key", ""))
    by_places, places_named, places_split, split_on, split_why = ("", [], [], "", "") \
        if zone_setting or territory or home or ist_zone or _country_host(site_url) \
        or not any(_CLOCK.search(b) for b in meta_blocks) \
        else places_reading("\n".join(blocks[max(head.at, 0):]), lang,
                            getattr(zone, "key", "") if language_only else "")
    if by_places and by_places != getattr(zone, "key", ""):
        zone = ZoneInfo(by_places)
    else:
        by_places = ""
    if places_split and split_on and split_on != getattr(zone, "key", ""):
        zone = ZoneInfo(split_on)  # not UTC, wrong for every clock of the split (issue 16)
    else:
        split_on = ""
    # A country of several clocks guessed from the address or the language (abc.net.au:
    # Sydney's), not an outlet's known home: its places the text names choose among them
    # (Brisbane: Queensland's clock, no summer time; r-mast51, issue 16).
    main = str(getattr(zone, "key", ""))
    inside, inside_named = ("", []) if zone_setting or territory or home or ist_zone \
        or by_places or split_on or not any(_CLOCK.search(b) for b in meta_blocks) \
        else zone_within_country(main, "\n".join(blocks[max(head.at, 0):]), lang)
    if inside:
        zone = ZoneInfo(inside)
    return _Layout(
        above=above, address=address, address_at=address_at, blocks=blocks,
        by_places=by_places, counts=counts, dropped=dropped, first=first, head=head,
        head_start=head_start, home=home,
        home_named=home_named, inside=inside, inside_named=inside_named, ist_places=ist_places,
        ist_zone=ist_zone, kept=kept, kicker=kicker, kinds=kinds, lang=lang, last=last,
        limits=limits, listing=listing, live_times=live.times, main=main, masthead=masthead,
        meta_at=meta_at, meta_blocks=meta_blocks, n_words=n_words,
        owners=tuple(o for o in (masthead, outlet, urlsplit(site_url).hostname or ""
                                 if site_url else "") if o),
        paragraphs=paragraphs,
        parsed=parsed, places_named=places_named, places_split=places_split, second=second,
        split_why=split_why, tail_end=tail_end, territory=territory, title=title, zone=zone)


def extract_text_capture(
    text: str, *, site_chrome: Collection[str] = frozenset(), language: str = "",
    fetched_at: datetime | None = None, site_url: str | None = None, keep_folded: bool = False,
    zone_setting: str = "", outlet: str = "",
) -> CaptureResult:
    """Extract the article from a plain-text page capture.

    ``site_chrome`` holds folded blocks (:func:`textshape.fold`) known to repeat across
    other captures of the same site; they are chrome here too, unless they would take most
    of the article (then this page is another copy of an article, not chrome).
    ``fetched_at`` (aware; now when None) resolves relative datelines ("hier à 18h30").
    ``site_url`` (the capture's address, or its source's home page) gives the time zone of
    a printed time without one by the site's country (``.ca``, ``.be``, ``.ch``...);
    ``zone_setting``, its source's time zone setting (a tz database name), comes first.
    ``keep_folded``: leave the text's folded blocks in :mod:`veille.extract.folded_memo` for
    the ingest loop, which learns them as the site's chrome (all blocks read: not when the
    capture was cut to :data:`MAX_BLOCKS`).
    ``outlet``: the capture's source when one is given (``veille ingest --source``: a host
    or a name); a first line opening on its name is its masthead, no headline
    (:mod:`~veille.extract.masthead`).
    """
    memo = _LAYOUTS.get()
    key = (text, frozenset(site_chrome), language, site_url, keep_folded, zone_setting,
           outlet) if memo is not None else ()
    layout = memo.get(key) if memo is not None else None
    if layout is None:
        layout = _layout(text, site_chrome, language, site_url, keep_folded, zone_setting,
                         outlet)
        if memo is not None:
            memo.clear()  # one capture at a time: the last one's layout only
            memo[key] = layout
    return _dated(layout, fetched_at, zone_setting)


def _date_by_address(meta: CaptureMeta, address: str, zone: tzinfo,
                     fetched_at: datetime | None) -> None:
    """An undated capture's day from its address line (the first or the last line:
    ``https://…/2026/02/11/slug``, :func:`~veille.extract.dates.url_day`), as an HTML
    page's URL dates it when nothing printed does: day precision, midnight in ``zone``,
    never more than a day after ``fetched_at`` (a date ahead of the capture is no
    publication date). docs/record.md lists "a date in the URL" among the day-precision
    sources; a capture whose only date was its address stayed "date unknown" and its
    "samedi prochain" was read in the month it was ingested (t-final63 #7)."""
    if meta.published is not None or not address:
        return
    day = url_day(address, zone)
    if day is None or (fetched_at is not None and day > fetched_at + timedelta(days=1)):
        return
    meta.published, meta.published_has_time = day, False
    meta.evidence["published"] = "the date in the capture's address line (day only)"


#: Words of the section or tag line above a page of headlines' first card, at most.
LABEL_WORDS = 6


def _page_of_headlines(blocks: Sequence[str], kinds: Sequence[str], n_words: Sequence[int],
                       masthead: str) -> tuple[tuple[str, ...], str]:
    """The lines of a page of headlines and the label above them (``CaptureResult``'s
    ``headlines`` and ``headlines_label``), ``((), "")`` when the capture holds no run of
    headline cards (:func:`~veille.extract.capture_listing.headline_cards`). The label is
    the short line right above the first card ("Tag : Tramway") unless that line is the
    masthead or the capture's first line; h-api66 (h-copies65 item 1)."""
    cards = headline_cards(blocks, kinds, n_words)
    if not cards:
        return (), ""
    lines: list[str] = []
    for card in cards:
        head = blocks[card.head]
        if card.end == card.head + 1:  # a card glued into one block: its date cut off
            head = head[:glued_date(head)]
        lines.append(" ".join(head.split()))
        if card.summary >= 0:
            lines.append(" ".join(blocks[card.summary].split()))
    at = cards[0].head - 1
    label = " ".join(blocks[at].split()) if at > 0 else ""
    if (not label or n_words[at] > LABEL_WORDS or label.endswith((".", "!", "?"))
            or kinds[at] in ("dateline", "byline")
            or (masthead and label.startswith(masthead))):
        label = ""
    return tuple(lines), label


def _dated(laid: _Layout, fetched_at: datetime | None, zone_setting: str) -> CaptureResult:
    """The rest of :func:`extract_text_capture`: bylines and dates read against
    ``fetched_at``, the evidence, the result. Reads ``laid`` without changing it (its
    lists are copied), so the same layout may be dated again (:func:`one_layout`)."""
    (above, address, address_at, blocks, by_places, counts, dropped, first, head, head_start,
     home, home_named, inside, inside_named, ist_places, ist_zone, kept, kicker, kinds, lang, last,
     limits, listing, live_times, main, masthead, meta_at, meta_blocks, n_words, owners,
     paragraphs, parsed, places_named, places_split, second, split_why, tail_end, territory, title,
     zone) = laid
    # the lists the reading below is handed are copies: the layout stays as it was
    blocks, kept, kinds, limits, meta_at, meta_blocks, n_words, paragraphs = (
        list(blocks), list(kept), list(kinds), list(limits), list(meta_at), list(meta_blocks),
        list(n_words), list(paragraphs))
    counts, dropped = Counter(counts), dict(dropped)
    meta = byline_and_dates(meta_blocks, parsed.json_ld, zone=zone, now=fetched_at,
                            above_headline=sum(1 for i in meta_at if i < head.at),
                            page_blocks=counts,
                            bare_names=_bare_names(blocks, kinds, n_words, head.at, first,
                                                   paragraphs))
    opening = read_dateline(meta, paragraphs[0], zone=zone, now=fetched_at) if paragraphs else 0
    undated = undated_opening(paragraphs[0]) if paragraphs and not opening else None
    if undated is not None and paragraphs[0][undated.end:].strip():
        opening = undated.end  # "BRUXELLES (Belga) - ", "新华社北京12月1日电": out of the lead
    if live_times and meta.published is not None and not meta.published_has_time:
        meta.published = earliest(meta.published, live_times)
        meta.published_has_time = True
        meta.evidence["published"] += "; its time: the earliest live entry's"
    read_signature(meta, blocks[last + 1:last + 1 + SIGNATURE_REACH] if kept else [])
    if kept:
        add_credits(meta, _foot_wire_credits(blocks, kinds, last + 1, min(
            len(blocks), last + 1 + SIGNATURE_REACH, second if second >= 0 else len(blocks)),
            masthead))
    if kept and not meta.authors and last + 1 < len(blocks) and (
            last + 2 >= len(blocks) or kinds[last + 2] not in {"prose", "text"}):
        read_end_signature(meta, blocks[last + 1], paragraphs)
    read_opening_credit(meta, paragraphs, zone=zone, now=fetched_at)
    people = people_only(meta.authors, owners)
    if people != meta.authors:  # "Il Tirreno" signing the page (t-check66 F4, F7)
        meta.evidence["authors_refused"] = "; ".join(
            f"{a}: the outlet's name, no author" for a in meta.authors if a not in people)
        meta.authors = people
        if not people:
            meta.evidence.pop("authors", None)
    _date_by_address(meta, address, zone, fetched_at)
    year_by_weekdays(meta, "\n\n".join(paragraphs))
    after = range(last + 1 if kept else 0, tail_end)
    # A notice right after the body that the article goes on for subscribers (whatever kind
    # its shape gave it: it may introduce the offer's lines); an invitation to subscribe (to
    # the site, to a newsletter) follows complete articles too, and does not count.
    # A list of links to other articles ("Les plus lus", its titles) is another box: a
    # notice after it is the page footer's, the article ended before it (newuser15a W26).
    # A notice only that the article is for subscribers, under a complete text, is no cut
    # (ts.cut_by_wall; t-final35 B5).
    # Past such a list, only a notice saying the text goes on ("Il vous reste 80 % à
    # découvrir": :data:`~veille.extract.textshape.GOES_ON_TEXT`) speaks of this article:
    # an inline "À lire aussi : …" link sits between the text and the wall (t-final58 #8).
    truncated = False
    furniture = False  # a block of the page's furniture between the text and the notice
    stopped = False  # a run of prose that stops mid-sentence before the notice: the cut
    linked = False  # a link to another article between the text and the notice
    for i in after:
        if len(blocks[i]) < 600 and ts.paywall_text(blocks[i]):
            truncated = (ts.GOES_ON_TEXT.search(blocks[i]) is not None if linked else
                         stopped or ts.cut_by_wall(blocks[i], paragraphs,
                                                   position="apart" if furniture else "under"))
            break
        stopped = stopped or (n_words[i] >= CUT_PARAGRAPH_WORDS and blocks[i][:1].isupper()
                              and not ts.ends_sentence(blocks[i].rstrip()))
        furniture = furniture or kinds[i] not in {"byline", "dateline"}
        linked = linked or kinds[i] in {"link", "linklabel"}
    evidence = {"shape": parsed.shape, "title": head.how, **meta.evidence, **parsed.evidence}
    if zone_setting and evidence.get("timezone", "").startswith(f"assumed ({zone_setting})"):
        evidence["timezone"] = (f"the input's time zone setting ({zone_setting}: ingest "
                                "--timezone, or its source's)"
                                + evidence["timezone"][len(f"assumed ({zone_setting})"):])
    if territory and evidence.get("timezone", "").startswith("assumed ("):
        said = f"assumed ({territory})"
        evidence["timezone"] = ("assumed from the outlet's name, which names its territory "
                                f"({territory})" + evidence["timezone"][len(said):])
    if home:  # the outlet's country, for its places' namesakes (veille.enrich.outlet_home)
        evidence["outlet_home"] = home
    if home and evidence.get("timezone", "").startswith(f"assumed ({home})"):
        evidence["timezone"] = (home_said(home, home_named)
                                + evidence["timezone"][len(f"assumed ({home})"):])
    if by_places and evidence.get("timezone", "").startswith(f"assumed ({by_places})"):
        evidence["timezone"] = (places_said(by_places, places_named)
                                + evidence["timezone"][len(f"assumed ({by_places})"):])
    if inside and evidence.get("timezone", "").startswith(f"assumed ({inside})"):
        evidence["timezone"] = (country_places_said(inside, main, inside_named)
                                + evidence["timezone"][len(f"assumed ({inside})"):])
    elif places_split and evidence.get("timezone", "").startswith("assumed"):
        evidence["timezone"] += f"; {split_said(places_split)}; {split_why}"  # issue 16
    if ist_zone and "timezone" in evidence:
        evidence["timezone"] += (f"; IST/IDT read as {ist_zone}: the text names places of "
                                 f"that country only ({', '.join(ist_places[:4])})")
    elif _UNDECIDED in evidence.get("timezone", ""):
        evidence["timezone"] = evidence["timezone"].replace(_UNDECIDED, (
            "neither the page's country, domain, language nor the places its text names "
            + (f"(of several of those countries: {', '.join(ist_places[:4])}) "
               if ist_places else "")
            + "says which"))
    if limits:
        evidence["limits"] = "; ".join(limits)
    notes = disclosed([blocks[i] for i in range(max(0, head_start), tail_end)
                       if kinds[i] in {"disclosure", "correction"}])
    notes = with_headline(notes, title, paragraphs)
    if notes:
        evidence["disclosure"] = notes
    if head.standfirst:
        evidence["lead"] = "standfirst after the headline"
    layout = [blocks[i] for i in range(max(0, head_start), tail_end) if kinds[i] == "layout"]
    page = "\n".join(blocks) if layout else ""
    score = first_score(layout, page)
    if score:
        evidence["match_sheet"] = score
        facts = sheet_facts(layout, page)
        if facts:
            evidence["match_facts"] = facts
    if second >= 0:
        evidence["other_article"] = (f"the page holds another article after this one, "
                                     f"left out: {blocks[second][:200]}")
    elif above >= 0:
        evidence["other_article"] = "the page holds another article before this one, left out"
    # What was left out and why, before the headline and after the text too (issue 14):
    # every block that is neither the text, its headline, kicker and standfirst, nor a
    # byline or date line read as the article's, nor its masthead.
    used = {*kept, *meta_at, head.at, head.standfirst_at}
    # A line read for a date only because it sits above the body ("the headline is the
    # news, no dateline") is left out when it gave none: listed, not lost (t-final54 A1: a
    # 282-character headline was in no part of the record).
    used -= {i for i in meta_at if kinds[i] == "other" and i not in (head.at, head.standfirst_at)
             and not _dates_or_names(blocks[i], zone, fetched_at)}
    if address:
        used.add(address_at)
    if kicker:
        used.add(head.at - 1)
    # the author's bare name line over the date, read as the byline: no link (t-final60 #15,
    # "Анна Соколова" was the author and "[link or menu]" both)
    used.update(i for i in range(max(head.at + 1, 0), min(first, len(blocks)))
                if " ".join(blocks[i].split()) in meta.authors)
    # the name signing the text after its last paragraph, read as the author: not left
    # out as page furniture too (t-final66 F5: "Comentar  Compartir" was both)
    if kept:
        used.update(i for i in range(last + 1, min(len(blocks), last + 1 + SIGNATURE_REACH))
                    if " ".join(blocks[i].split()) in meta.authors)
    left_out = [(blocks[i], reason_of(dropped.get(i, kinds[i]))) for i in range(len(blocks))
                if i not in used and not (masthead and blocks[i].startswith(masthead))]
    if left_out:
        evidence[DROPPED_KEY] = dropped_evidence(left_out)
    headlines, label = _page_of_headlines(blocks, kinds, n_words, masthead) \
        if listing or not kept else ((), "")
    return CaptureResult(
        title=title,
        kicker=kicker,
        paragraphs=paragraphs,
        lead=head.standfirst,
        dateline_end=opening,
        authors=meta.authors,
        author_roles=author_roles(meta.authors, blocks[max(head.at, 0):min(first, len(blocks))]
                                  + meta_blocks),
        published=meta.published,
        updated=meta.updated,
        published_has_time=meta.published_has_time,
        updated_has_time=meta.updated_has_time,
        language=lang,
        truncated=truncated,
        shape=parsed.shape,
        listing=listing,
        headlines=headlines,
        headlines_label=label,
        evidence=evidence,
        dropped=left_out,
        masthead=masthead,
        url=address,
    )
