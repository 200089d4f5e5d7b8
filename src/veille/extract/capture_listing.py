"""A text capture of a page that lists articles rather than holding one: a section front,
search results (newuser11 T1). The HTML side is :mod:`veille.extract.html.listing`.

Copied as text, such a page is a repetition of **teasers**, each one story's card printed
as a few lines: its headline (a line that is no sentence), its summary (one or two
sentences) and a meta line, the date and/or the author (a dateline, a byline, or a bare
name just above a dateline)::

    Namur : un incendie détruit un entrepôt dans le zoning de Rhisnes
    Les pompiers ont lutté toute la nuit contre les flammes. Aucun blessé n'est à déplorer.
    01/12/2026 14:05
    Charleroi : la ville lance un appel à projets pour la gare du Sud
    ...

Read as an article, the densest run of prose is one teaser's summary (each meta line cuts
the run), the headline is the section's name or the first teaser's, and the date is the
first card's: the section front would lead the latest news with an invented date.

The rule: the article's kept blocks are, for at least :data:`LISTING_SHARE` of their
characters, summaries of a run of at least :data:`MIN_TEASERS` consecutive teasers whose
headlines differ (different stories, not one repeated). A subheaded article has headline
and paragraph pairs but no meta line between them; an article followed by a "related
articles" list keeps its own paragraphs, which are no teaser's. A live blog prints its
time above each post: when a meta line comes right before the first teaser's headline,
the lines are read as posts (time, title, text) and nothing is refused; a capture whose
JSON-LD declares an article (``NewsArticle``, ``LiveBlogPosting``...) is never refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from veille.extract import textshape as ts
from veille.extract.dates import find_dates

__all__ = ["MIN_TEASERS", "Teaser", "glued_date", "headline_cards", "listing_teasers",
           "teaser_runs"]

#: Consecutive teasers of different stories a listing holds at least.
MIN_TEASERS = 3
#: Share of the article's kept characters that are teaser summaries, for a listing.
LISTING_SHARE = 0.5
#: A teaser's headline: words, at least and at most.
HEAD_WORDS = (3, 25)
#: A teaser's summary: words, at least and at most, and sentences at most.
SUMMARY_WORDS = (6, 60)
SUMMARY_SENTENCES = 2
#: Blocks of a teaser's meta lines, at most (an author's name, then the date).
META_BLOCKS = 2
#: Words of a bare author's name on a teaser's meta line, at most.
NAME_WORDS = 5

_META_KINDS = frozenset({"dateline", "byline"})
_NOT_TEXT = frozenset({"dateline", "byline", "credit", "caption", "site", "disclosure"})


@dataclass(frozen=True, slots=True)
class Teaser:
    """One teaser: the block indices of its headline and summary, and the index just past
    its meta lines."""

    head: int
    summary: int
    end: int


def _is_head(block: str, kind: str, n_words: int) -> bool:
    return (kind not in _NOT_TEXT and HEAD_WORDS[0] <= n_words <= HEAD_WORDS[1]
            and not block.rstrip().endswith("."))


def _is_summary(block: str, kind: str, n_words: int) -> bool:
    # A wrapped capture may glue the author's name after the summary's full stop: one
    # sentence inside the block counts like one ending it.
    return (kind not in _NOT_TEXT and SUMMARY_WORDS[0] <= n_words <= SUMMARY_WORDS[1]
            and 1 <= ts.sentence_count(block) <= SUMMARY_SENTENCES)


def _meta_end(blocks: Sequence[str], kinds: Sequence[str], n_words: Sequence[int],
              at: int) -> int:
    """The index past the meta lines starting at ``at`` (a dateline or byline, maybe after
    a bare name), or ``at`` when there are none."""
    end = at
    for i in range(at, min(len(blocks), at + META_BLOCKS)):
        if kinds[i] in _META_KINDS:
            end = i + 1
        elif (i == at and n_words[i] <= NAME_WORDS and i + 1 < len(blocks)
              and kinds[i + 1] in _META_KINDS and not ts.ends_sentence(blocks[i])
              and not any(c.isdigit() for c in blocks[i])):
            continue  # a bare name above the date
        else:
            break
    return end


def teaser_runs(blocks: Sequence[str], kinds: Sequence[str],
                n_words: Sequence[int]) -> list[list[Teaser]]:
    """The runs of consecutive teasers (headline, summary, meta lines) in the capture, in
    order; linear in the number of blocks. A run whose first headline comes right after a
    meta line is left out (a live blog's time, title, text)."""
    runs: list[list[Teaser]] = []
    run: list[Teaser] = []
    i, n = 0, len(blocks)
    while i + 2 < n:
        teaser = None
        if _is_head(blocks[i], kinds[i], n_words[i]) and \
                _is_summary(blocks[i + 1], kinds[i + 1], n_words[i + 1]):
            end = _meta_end(blocks, kinds, n_words, i + 2)
            if end > i + 2:
                teaser = Teaser(i, i + 1, end)
        if teaser is None:
            if run:
                runs.append(run)
                run = []
            i += 1
            continue
        if not run and i > 0 and kinds[i - 1] in _META_KINDS:
            i += 1  # a post under its time, not a card: maybe the next block starts one
            continue
        run.append(teaser)
        i = teaser.end
    if run:
        runs.append(run)
    return runs


def listing_teasers(blocks: Sequence[str], kinds: Sequence[str], n_words: Sequence[int],
                    kept: Sequence[int], json_ld: Sequence[dict[str, Any]] = ()) -> int:
    """How many teasers the listing holds when the article's kept blocks (indices into
    ``blocks``) are mostly the summaries of a run of teasers (module docstring); 0 when the
    capture is an article. ``kinds`` are the blocks' kinds from the capture extractor,
    ``json_ld`` the objects found in the capture."""
    if not kept:
        return 0
    # Imported here: the HTML package imports the capture extractor, which imports this.
    from veille.extract.html.listing import declares_article  # noqa: PLC0415

    if declares_article([], list(json_ld)):
        return 0
    total = sum(len(blocks[i]) for i in kept)
    # A necessary condition, checked on the kept blocks alone (an article's body is no
    # teaser's summary, and the whole capture is then not scanned): enough of them sit
    # between a headline and a meta line.
    framed = sum(len(blocks[i]) for i in kept if 0 < i and _is_summary(
        blocks[i], kinds[i], n_words[i]) and _is_head(blocks[i - 1], kinds[i - 1],
                                                      n_words[i - 1])
        and _meta_end(blocks, kinds, n_words, i + 1) > i + 1)
    if framed < LISTING_SHARE * total:
        return 0
    kept_set = set(kept)
    best = 0
    for run in teaser_runs(blocks, kinds, n_words):
        heads = {ts.fold(blocks[t.head]) for t in run}
        if len(heads) < MIN_TEASERS:
            continue
        held = sum(len(blocks[t.summary]) for t in run if t.summary in kept_set)
        if held >= LISTING_SHARE * total:
            best = max(best, len(run))
    return best


def headline_cards(blocks: Sequence[str], kinds: Sequence[str],
                   n_words: Sequence[int]) -> list[Teaser]:
    """The cards of a page of headlines (a section or tag page copied as text): the
    longest run of consecutive cards, each a headline (a line of
    :data:`HEAD_WORDS` words that ends no sentence), maybe its summary, then its meta
    lines (a date, "Il y a 2 heures", "vor 3 Stunden", an author), when the run holds
    at least :data:`MIN_TEASERS` different headlines; else ``[]``. A card with no
    summary has ``summary == -1``. Linear in the number of blocks.

    Such a page keeps no paragraph as an article (its lines are no prose): h-api66 stores
    it flagged not-prose instead of refusing it (h-copies65 item 1, issue 14)."""
    best: list[Teaser] = []
    run: list[Teaser] = []
    i, n = 0, len(blocks)

    def glued(at: int) -> bool:  # "Le tram T10 arrivera à Gerland Il y a 2 heures"
        if kinds[at] in _NOT_TEXT or n_words[at] > HEAD_WORDS[1] + DATE_WORDS:
            return False
        cut = glued_date(blocks[at])
        return cut > 0 and _is_head(blocks[at][:cut], "", len(blocks[at][:cut].split()))

    def close() -> None:
        nonlocal best, run
        if len({ts.fold(blocks[t.head]) for t in run}) >= MIN_TEASERS and len(run) > len(best):
            best = run
        run = []

    while i < n:
        card = None
        if i + 1 < n and _is_head(blocks[i], kinds[i], n_words[i]):
            end = _meta_end(blocks, kinds, n_words, i + 1)
            if end > i + 1:
                card = Teaser(i, -1, end)
            elif i + 2 < n and _is_summary(blocks[i + 1], kinds[i + 1], n_words[i + 1]):
                end = _meta_end(blocks, kinds, n_words, i + 2)
                if end > i + 2:
                    card = Teaser(i, i + 1, end)
        if card is None and glued(i):  # a short card's lines joined into one block
            card = Teaser(i, -1, i + 1)
        if card is None:
            close()
            i += 1
            continue
        run.append(card)
        i = card.end
    close()
    return best


#: Words of a date glued after a card's headline, at most ("Il y a 2 heures", "12/11/2025").
DATE_WORDS = 6
#: A fixed reference time: a glued date is only found, never dated, here.
_REFERENCE = datetime(2000, 1, 1, tzinfo=UTC)


def glued_date(block: str) -> int:
    """Where the date that ends ``block`` starts, when a card's short lines were joined
    into one block (its headline, then "Il y a 2 heures" or "12/11/2025": h-copies65 item
    1); 0 when the block ends with no date of at most :data:`DATE_WORDS` words. The date
    is found by :func:`veille.extract.dates.find_dates` (its relative forms too)."""
    text = block.rstrip()
    if len(text) > 400:
        return 0
    for found in find_dates(text, now=_REFERENCE):
        if found.end >= len(text) - 1 and found.start > 0 and \
                len(text[found.start:].split()) <= DATE_WORDS:
            start = found.start
            # "Il y a" is the relative date's own opening
            return len(text[:start].rstrip(" -–—|·,"))
    return 0
