"""Word salad: a text of many words drawn from a handful, in no order ("les ministre accord
syndicat syndicat la des la grève …" over 32 MB, t-final59 #8). It is no article: stored,
it became "(untitled)" and its few capitalised words, counted thousands of times, topped
the entity list ("Paris" an organisation of 249 mentions) and the search facets.

Prose of N words uses far more than 2·√N distinct words (a 1,000-word article about 400,
Heaps' law), so a vocabulary that small is either a text repeating itself (the same
sentences again: each word then has the same few neighbours) or words in random order
(each word then has many different neighbours). Only the second is refused: a repeated
paragraph is still text (h-extract58's bound case), and :func:`word_salad` reads both
measures on a sample of the first :data:`SAMPLE_WORDS` words, so its work is bounded
whatever the input's size (issue 13).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from veille.lazy_re import lazy_compile

#: Words read, at most: the sample bounds the work (issue 13).
SAMPLE_WORDS = 20_000
#: Fewer words than this are never called word salad (a short list, a results table).
MIN_WORDS = 1_000
#: The vocabulary of word salad: at most this many times the square root of its length.
VOCABULARY_ROOTS = 2.0
#: Different words that follow one word, on average, at least: random order (a repeated
#: sentence has about one).
NEIGHBOURS = 4.0
_WORD = lazy_compile(r"[^\W\d_]+")


def word_salad(paragraphs: Iterable[str]) -> tuple[int, int] | None:
    """``(words, distinct)`` of the first :data:`SAMPLE_WORDS` words of ``paragraphs``
    (letters only, case folded) when they are word salad: at least :data:`MIN_WORDS`
    words, at most ``VOCABULARY_ROOTS * sqrt(words)`` distinct ones, and each followed
    by :data:`NEIGHBOURS` different words or more on average; else None."""
    tokens: list[str] = []
    for paragraph in paragraphs:
        tokens.extend(_WORD.findall(paragraph[:SAMPLE_WORDS * 20].casefold()))
        if len(tokens) >= SAMPLE_WORDS:
            break
    del tokens[SAMPLE_WORDS:]
    n = len(tokens)
    if n < MIN_WORDS:
        return None
    distinct = len(set(tokens))
    if distinct > VOCABULARY_ROOTS * math.sqrt(n):
        return None
    pairs = len(set(zip(tokens, tokens[1:], strict=False)))
    return (n, distinct) if pairs >= NEIGHBOURS * distinct else None
