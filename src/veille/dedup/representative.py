"""Which article stands for a story in a list: its fullest independent article
(:func:`fullest`); and which titles the story: its newest independent one (:func:`newest`).

A teaser (a paywalled opening, a summary) is short next to the story's full articles, and a
reprint copies another outlet; both make poor representatives even when they come first or
rank first. The rule, in order: not a teaser (shorter than half the story's longest text),
not a reprint, then one the story's reprints copy (when the caller knows), then the longest
text, then the given order (newest or best ranked first).
A text's length counts its lead once (:func:`text_length`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

T = TypeVar("T")
#: Characters of a dateline, at most, before the lead in the first paragraph
#: ("11 novembre 2012. - ", "PARIS, 2 décembre 2026 (AFP) - ").
DATELINE_CHARS = 80


def fullest(items: Sequence[T], *, length: Callable[[T], int],
            reprint: Callable[[T], bool],
            copied: Callable[[T], bool] | None = None) -> T:
    """The item to show for a group of copies/coverage of one story.

    ``items`` is non-empty, in the list's own order; ``length`` gives the text's length in
    characters, ``reprint`` whether the item copies another outlet's article; ``copied``
    (optional) whether other members reprint the item: such an original (an agency
    dispatch the papers carry) goes before a longer own article, so a later, longer
    follow-up never retitles a story whose reprinted original is in it (h-stories60,
    t-final60 #8: the AFP dispatch ingested last made the day-2 follow-up the title).
    Raises ``ValueError`` on an empty sequence.
    """
    if not items:
        raise ValueError("no article to choose from")
    longest = max(length(item) for item in items)

    def key(pair: tuple[int, T]) -> tuple[bool, bool, bool, int, int]:
        position, item = pair
        size = length(item)
        return (size * 2 < longest, reprint(item),
                copied is None or not copied(item), -size, position)

    return min(enumerate(items), key=key)[1]


def newest(items: Sequence[T], *, length: Callable[[T], int],
           reprint: Callable[[T], bool], when: Callable[[T], tuple[str, bool]]) -> T:
    """The item whose headline says what a story is **now**: its newest independent
    article (not a reprint, not a teaser: a text under half the story's longest), so a
    story followed for days is titled by its latest own report, not its first day's
    figures (t-final63: "deux toujours disparus" stayed the title of a shipwreck after five
    days of bodies found and an inquiry). ``items`` is non-empty, ordered oldest first
    (the store's order: day, then precision, then time); ``when`` gives the item's
    calendar day (``YYYY-MM-DD`` in its own offset) and whether its time of day is known.
    Of the newest day's articles, the latest when each is timed; when one is dated to the
    day only, their order within the day is unknown (:func:`veille.dedup.published_order.
    order_unknown`), and the longest of them titles it (then the later in ``items``). When
    every item is a reprint or a teaser, the newest of all. Raises ``ValueError`` on an
    empty sequence.
    """
    if not items:
        raise ValueError("no article to choose from")
    longest = max(length(item) for item in items)
    own = [item for item in items
           if not reprint(item) and length(item) * 2 >= longest] or list(items)
    day = max(when(item)[0] for item in own)
    last = [(position, item) for position, item in enumerate(own) if when(item)[0] == day]
    if all(when(item)[1] for _, item in last):
        return last[-1][1]
    return max(last, key=lambda pair: (length(pair[1]), pair[0]))[1]


def main_language(counts: Mapping[str, int]) -> str:
    """The language most of a story's articles are written in (``counts``: each language
    code, "es" or "es-ES", and how many of its members are in it; regional variants count
    as their language), "" when none has more than every other (a tie, or no language
    known): a Spanish story told by three Valencia papers and Reuters is a Spanish story
    (t-final65 C3)."""
    totals: dict[str, int] = {}
    for code, count in counts.items():
        base = code.split("-")[0].lower()
        if base:
            totals[base] = totals.get(base, 0) + count
    ranked = sorted(totals.items(), key=lambda pair: -pair[1])
    if not ranked or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return ""
    return ranked[0][0]


def in_language(items: Sequence[T], language: Callable[[T], str], main: str) -> list[T]:
    """The ``items`` written in ``main`` (:func:`main_language`), so the story's title is
    in the language most of its coverage is in, not a foreign agency's headline that
    happens to be the newest (t-final65 C3: the EFE DANA story titled by Reuters' English
    headline); all of ``items`` when ``main`` is "" or none is in it."""
    if not main:
        return list(items)
    kept = [item for item in items if language(item).split("-")[0].lower() == main]
    return kept or list(items)


def text_length(parts: Sequence[str]) -> int:
    """The length in characters of an article's text given as ``[lead, *paragraphs]`` (the
    stored record's, or the index document's body split at its blank lines): the lead is
    usually the first paragraph itself (maybe without its dateline), or its opening cut
    with "…" (docs/record.md, ``lead``), and is then not counted again; a standfirst of
    its own is. Counting it twice made a long lead weigh double (newuser11b U9: an article
    of 918 characters and a 629-character lead outweighed one of 1,053 with a
    473-character lead)."""
    if len(parts) < 2:
        return sum(map(len, parts))
    lead, paragraphs = parts[0], parts[1:]
    opening = lead.rstrip("…. \u00a0")
    # The lead is the first paragraph without its dateline ("11 novembre 2012. - Marc
    # Guillemot…" led by "Marc Guillemot…"): it opens within DATELINE_CHARS of its start
    # (t-reader19 R5: counted twice, it made a shorter article the story's fullest).
    own = not (opening and 0 <= paragraphs[0].find(opening, 0, DATELINE_CHARS + len(opening))
               <= DATELINE_CHARS)
    return sum(map(len, paragraphs)) + (len(lead) if own else 0)
