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

:func:`no_sentence` judges the short bodies :func:`not_prose` leaves alone (t-final61 #6):
a body none of whose lines is a sentence, that is a list of tags, names or links (many
lines of a few words) or a run of content words without the short grammatical words every
sentence holds (a keyword dump, a comma list of tags). A plain-text capture of that shape
keeps no paragraph and is refused ("no paragraph of prose", :mod:`veille.extract.
text_capture`); an HTML page's ``<p>``, a feed item's summary and a wire item's body are
taken as they come, so the same test runs on them here.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from veille.extract.textshape import is_prose, is_short_sentence, word_count
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


def unread_body(evidence: Mapping[str, object] | None) -> str:
    """Why an article's body is no prose (its ``evidence[NOT_PROSE]``, set at extraction by
    :func:`not_prose` or :func:`no_sentence`), else "". Such an article is stored but never
    enriched (:mod:`veille.enrich.view`), put in a story of its own that no other article
    joins (:class:`veille.dedup.stories.StoryStage`, :func:`veille.dedup.recluster.cluster`,
    :func:`veille.ingest.replay`: its few words are every story's) and alerts no saved
    search (:mod:`veille.monitor.alerts`): t-final61 #6."""
    return str((evidence or {}).get(NOT_PROSE) or "")


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


#: Lines of a few words a body must hold, none a sentence, to be a list (tags, names, a
#: menu); a flash ("URGENT", a line of news) holds two or three.
MIN_LIST_LINES = 6
#: Words a list's item holds at most ("Bürgermeisterin Katrin Wollny", "الدفاع المدني").
LIST_ITEM_WORDS = 4
#: Items a line separated by commas (or ";", "|", "·", "#", the Arabic comma) must hold to be
#: a list of tags: a sentence's commas part clauses, longer than :data:`LIST_ITEM_WORDS`
#: words on average.
MIN_LIST_ITEMS = 6
#: Words (letters only) a line of no punctuation must hold before its words are judged:
#: a headline-only flash of a dozen words is news, whatever its words.
MIN_RUN_WORDS = 20
#: A short word: this many letters or fewer ("de", "la", "the", "of", "и", "dei").
SHORT_WORD = 3
#: Share of short words a line of content words holds at most. Prose holds far more in
#: the Latin and Cyrillic scripts (articles, prepositions, conjunctions): of the 2,872
#: lines of prose of 20 words or more in the held-out captures and test inputs, the
#: lowest holds 10 % (two English sentences of 21 words), most 25-45 %; half that lowest
#: is the bound. A keyword dump holds none or one ("cgt" in 50 words). Not judged in
#: Arabic script, whose particles are written joined to the next word.
MAX_SHORT_SHARE = 0.05
#: Lines read, at most: the work is bounded (issue 13).
MAX_LINES = 400
_UNSPACED = lazy_compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_ARABIC = lazy_compile(r"[\u0600-\u06ff]")
_SEPARATOR = lazy_compile(r"\s*[,;|·#\u060c\u061b]\s*")
_PUNCTUATION = lazy_compile(r"[.,;:!?…()\"«»“”„\u060c\u061b\u061f\u06d4]")


def no_sentence(paragraphs: Iterable[str]) -> str | None:
    """Why ``paragraphs`` (a stored body) hold no sentence, in one clause ("its 14 lines
    are of 2 words or fewer each, none a sentence (a list of tags, names or links)"), else
    None.

    Lines are the paragraphs split at line breaks (the first :data:`MAX_LINES`). None when
    any line is prose or a short sentence (:func:`~veille.extract.textshape.is_prose`,
    :func:`~veille.extract.textshape.is_short_sentence`), or holds a script written
    without spaces (CJK, Thai: its words are not counted so). Else the body is a list when
    it holds :data:`MIN_LIST_LINES` lines or more of :data:`LIST_ITEM_WORDS` words or fewer
    each, or a line of :data:`MIN_LIST_ITEMS` items or more separated by commas (or ";",
    "|", "·", "#") of :data:`LIST_ITEM_WORDS` words or fewer each, 3 or fewer on
    average; and a keyword dump when a line of no punctuation holds :data:`MIN_RUN_WORDS`
    words or more of which at most :data:`MAX_SHORT_SHARE` are of :data:`SHORT_WORD`
    letters or fewer (content words only; not judged in Arabic script). A flash ("URGENT"
    and a line), a two-sentence brief and a photo caption are news: a sentence, a line too
    short to judge, or a line holding grammatical words."""
    lines: list[str] = []
    for paragraph in paragraphs:
        lines.extend(line.strip() for line in paragraph.split("\n") if line.strip())
        if len(lines) >= MAX_LINES:
            break
    del lines[MAX_LINES:]
    if not lines or any(_UNSPACED.search(line) for line in lines) or any(
            is_prose(line) or is_short_sentence(line) for line in lines):
        return None
    widest = max(word_count(line) for line in lines)
    if len(lines) >= MIN_LIST_LINES and widest <= LIST_ITEM_WORDS:
        return (f"its {len(lines)} lines are of {widest} word{'s' if widest > 1 else ''} or "
                "fewer each, none a sentence (a list of tags, names or links)")
    for line in lines:
        items = [word_count(item) for item in _SEPARATOR.split(line) if item.strip()]
        if len(items) >= MIN_LIST_ITEMS and max(items) <= LIST_ITEM_WORDS \
                and sum(items) <= 3 * len(items):
            return (f"a line of {len(items)} items of a few words separated by commas or "
                    "signs, and no sentence (a list of tags or names)")
        if _PUNCTUATION.search(line) or _ARABIC.search(line):
            continue
        words = _WORD.findall(line)
        short = sum(1 for w in words if len(w) <= SHORT_WORD)
        if len(words) >= MIN_RUN_WORDS and short <= MAX_SHORT_SHARE * len(words):
            return (f"a line of {len(words)} words with no punctuation and {short} short "
                    f"grammatical word{'' if short == 1 else 's'} (\"de\", \"the\", \"и\"), "
                    "and no sentence (a keyword dump)")
    return None
