"""A pull quote is a sentence of the article printed again, large, in a box of its own
(``<figure class="quote"><blockquote>``, ``<div class="quote-box"><q>``, an exergue):
stored, it is the sentence twice (verify11a V4, V17). Named classes (``pullquote``,
``exergue``) are dropped by the walk; this finds the others by what they are, a repeat.
"""

from __future__ import annotations

import re

from veille.extract.html.walk import Block
from veille.extract.textshape import fold, word_count

__all__ = ["PULL_QUOTE_PAIRS", "PULL_QUOTE_REACH", "PULL_QUOTE_SHORTER", "PULL_QUOTE_WORDS",
           "without_pull_quotes"]

#: A pull quote is at least this many words (a short answer, "Non.", may well recur
#: inside a longer paragraph) and at most this many.
PULL_QUOTE_WORDS = (6, 60)
#: Share of a pull quote's word pairs that the paragraph it repeats holds: a pull quote
#: may leave a few words out ("… de remplacement [par bus] mis en place …").
PULL_QUOTE_PAIRS = 0.8
#: The kinds of block a pull quote is: a ``<blockquote>``, or text set in a box with no
#: paragraph element (``<div><q>…</q></div>``).
_SET_APART = ("quote", "loose")
#: A pull quote is set within this many blocks of the paragraph it repeats (which bounds
#: the work: a page of 100,000 blocks is not compared pair by pair).
PULL_QUOTE_REACH = 8
#: The paragraph a pull quote repeats is at least this much longer: the quote is a
#: sentence or a phrase of it, the paragraph says more (who said it, what follows).
PULL_QUOTE_SHORTER = 1.25
_NOT_WORD = re.compile(r"\W+")


def _word_pairs(text: str) -> list[tuple[str, str]]:
    """The consecutive word pairs of ``text`` folded, punctuation and quote marks gone."""
    tokens = _NOT_WORD.sub(" ", fold(text)).split()
    return list(zip(tokens, tokens[1:], strict=False))


def without_pull_quotes(kept: list[Block]) -> list[Block]:
    """``kept`` without the blocks that another, longer kept block repeats: a pull quote
    prints a sentence of the article again, large, whatever its markup (``<figure
    class="quote"><blockquote>``, ``<div class="quote-box"><q>``; verify11a V4, V17), and
    stored it is the sentence twice. Repeats: :data:`PULL_QUOTE_PAIRS` of the short
    block's word pairs are in one block :data:`PULL_QUOTE_SHORTER` times as long or more,
    among the :data:`PULL_QUOTE_REACH` before or after it. Only a block set apart from
    the paragraphs (:data:`_SET_APART`) is a pull quote: a ``<p>`` is the article's own
    text, repeated or not."""
    low, high = PULL_QUOTE_WORDS
    short = [i for i, b in enumerate(kept) if b.kind in _SET_APART
             and low <= word_count(b.text) <= high]
    if not short or len(kept) < 2:
        return kept
    # The word pairs of the blocks within reach of a candidate only, each read once: the
    # article's other paragraphs are never compared (issue 13).
    pairs: dict[int, list[tuple[str, str]]] = {}
    sets: dict[int, set[tuple[str, str]]] = {}

    def pairs_of(j: int) -> list[tuple[str, str]]:
        if j not in pairs:
            pairs[j] = _word_pairs(kept[j].text)
            sets[j] = set(pairs[j])
        return pairs[j]

    repeated = set()
    for i in short:
        need = PULL_QUOTE_PAIRS * len(pairs_of(i))
        near = range(max(0, i - PULL_QUOTE_REACH), min(len(kept), i + PULL_QUOTE_REACH + 1))
        if need and any(j != i and len(pairs_of(j)) >= PULL_QUOTE_SHORTER * len(pairs[i])
                        and sum(p in sets[j] for p in pairs[i]) >= need for j in near):
            repeated.add(i)
    return [b for i, b in enumerate(kept) if i not in repeated] if repeated else kept
