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

:func:`not_prose` adds what a headline does not change (r-extract60): a text whose words,
once each repeated sentence is counted once, are too few and too alike to be prose -- a
repeated token list ("Kassel Streik Busse Kassel Streik Busse …"), a keyword dump ("pisos
baratos Málaga, alquiler pisos Málaga, …"), a few words repeated line after line. A real
paragraph pasted many times is still text: its sentences, counted once, are prose.
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
#: Where a sentence ends, for counting repeated sentences once: terminal punctuation of
#: the Latin, Arabic, Devanagari and CJK scripts, and line breaks.
_SENTENCE_END = lazy_compile(r"[.!?;\n\u061f\u06d4\u0964\u3002\uff01\uff1f]+")
#: The evidence key of a stored article whose body is no prose (:func:`not_prose`): the
#: enrichment view gives it no entity, place, date or quote (veille.enrich.view).
NOT_PROSE = "not_prose"
#: Words (repeats included) a text must have before :func:`not_prose` judges it: a brief
#: of 20-60 words is news, and a shorter text says too little to judge.
MIN_JUDGED = 60
#: Words a sentence holds on average, at most, in prose (15 to 30 in news): a text whose
#: sentences are longer has none, as a token list or a keyword dump.
MAX_SENTENCE_WORDS = 80
#: Words its distinct sentences must hold, at least, for a repeated text to be a real
#: passage repeated; fewer, it is a few words said over and over.
MIN_UNIT = 12


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


def not_prose(paragraphs: Iterable[str]) -> str | None:
    """Why the first :data:`SAMPLE_WORDS` words of ``paragraphs`` are no prose, in one
    clause ("the 1,200 words read repeat 4 words over and over"), else None.

    Each sentence (up to terminal punctuation or a line break) is counted once; the text is
    no prose when those distinct sentences hold fewer than :data:`MIN_UNIT` words (a few
    words said over and over), or when their vocabulary is at most ``VOCABULARY_ROOTS *
    sqrt(words)`` distinct words (Heaps' law: prose of N words uses far more) and either
    the words come in random order (:data:`NEIGHBOURS` different words or more follow each
    word on average: word salad, a keyword dump) or no sentence ends for
    :data:`MAX_SENTENCE_WORDS` words on average (a token list). Templated sentences (a
    council's 800 deliberations, a race card's results) have a small vocabulary too, but
    their words keep their order and their sentences end: they are text. Texts of fewer
    than :data:`MIN_JUDGED` words are never judged. Work is bounded by the sample (issue
    13); case is folded and only letters count as words."""
    seen: set[str] = set()
    kept: list[str] = []  # the words of the distinct sentences, in order
    total = sentences = 0
    for paragraph in paragraphs:
        for sentence in _SENTENCE_END.split(paragraph[:SAMPLE_WORDS * 20]):
            words = _WORD.findall(sentence.casefold())[:SAMPLE_WORDS - total]
            if not words:
                continue
            total += len(words)
            sentences += 1
            key = " ".join(words)
            if key not in seen:
                seen.add(key)
                kept.extend(words)
            if total >= SAMPLE_WORDS:
                break
        if total >= SAMPLE_WORDS:
            break
    if total < MIN_JUDGED:
        return None
    unique = len(kept)
    if unique < MIN_UNIT:
        return (f"the {total:,} words read repeat {unique} word{'s' if unique > 1 else ''} "
                "over and over")
    distinct = len(set(kept))
    if distinct > VOCABULARY_ROOTS * math.sqrt(unique):
        return None
    few = f"the {total:,} words read use {distinct} distinct words, far fewer than prose of "
    # random order: each word followed by NEIGHBOURS others, or by half the vocabulary
    # when it is too small for that (3 words have 9 pairs at most)
    if len(set(zip(kept, kept[1:], strict=False))) >= min(NEIGHBOURS * distinct,
                                                         distinct * distinct / 2):
        return few + "that length, in random order (word salad or a keyword dump)"
    if total >= MAX_SENTENCE_WORDS * sentences:
        return few + ("that length, and no sentence ends (a token list or a keyword dump)")
    return None
