"""How much of a text is new against an earlier one: the share of its words in paragraphs
the earlier text does not hold.

A copy's verdict (:mod:`veille.dedup.near`) reads what two texts *share*, measured on the
shorter one: a day-2 article of one outlet that reuses two or three background paragraphs
of its day-1 article, under a new lead and new paragraphs, shares most of a short day-1
text, and was its "republication" (or, with no source on either text, a "reprint"), so
the saved search's alert never fired for it (alerts skip copies). Whether the later text
is a copy of the earlier one is what it *adds*: a republication or an update rewrites the
lead and keeps the rest; a follow-up brings a third or more of new text
(:data:`NEW_TEXT_SHARE`) and is a new article of the story (h-copies65, t-final64
"missing" #2).

Pure: paragraphs in, a share out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from veille.extract.textshape import fold

NEW_TEXT_SHARE = 1 / 3
"""The share of a text's words, at least, in paragraphs the earlier text does not hold
(:func:`new_share`) that make it a new article rather than the earlier one's text again
(h-copies65 held-out set: a republication or an update adds 0.1-0.25 of new text with its
new lead, a follow-up 0.35-0.6)."""
KEPT_PARAGRAPH = 0.5
"""The share of a paragraph's word trigrams, at least, the earlier text holds for the
paragraph to be kept from it (a paragraph with a word or a figure edited is kept)."""


def _trigrams(words: Sequence[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}


def new_share(new: Iterable[str], old: Iterable[str]) -> float:
    """The share (0 to 1) of the words of the paragraphs ``new`` that are in paragraphs the
    text of paragraphs ``old`` does not hold: a paragraph is held when at least
    :data:`KEPT_PARAGRAPH` of its word trigrams (folded: case and accents aside) are
    anywhere in ``old``; a paragraph of fewer than three words is counted as held (a
    dateline, a credit). 0.0 for a text of no words."""
    seen: set[tuple[str, ...]] = set()
    for paragraph in old:
        seen |= _trigrams(fold(paragraph).split())
    total = fresh = 0
    for paragraph in new:
        words = fold(paragraph).split()
        total += len(words)
        grams = _trigrams(words)
        if grams and len(grams & seen) < KEPT_PARAGRAPH * len(grams):
            fresh += len(words)
    return fresh / total if total else 0.0


def adds_new_text(new: Iterable[str], old: Iterable[str]) -> bool:
    """Whether the text of paragraphs ``new`` brings :data:`NEW_TEXT_SHARE` or more of new
    text against the earlier ``old`` (:func:`new_share`): a new article, not ``old``'s
    text again."""
    return new_share(new, old) >= NEW_TEXT_SHARE
