"""Ordinary words of a language: frequent words that say little about what happened
(h-stories67, issue 14; h-stories66 §4.3, stop65 "Open, worst first").

A council's budget vote and the hailstorm of the same evening in one town share "este",
"euros", "viviendas", "calles"; a planning vote and a house fire share "homes", "families",
"evening". Those words met the plain-word bar (:data:`veille.dedup.stories.PLAIN_BAR`: "what
happened is shared") and joined two events. How ordinary a word is cannot be read from the
store's own document frequencies without making story membership depend on what else is
stored (two stores of the same pages, one with extra pages, must agree), so it is read from
the word's frequency **in its language**, from ``wordfreq`` (code Apache-2.0, data CC BY-SA
4.0, ATTRIBUTION.md; its "small" lists ship in the wheel, nothing is downloaded).

An ordinary word is read as a name (who and where, like the frame words of
:mod:`veille.dedup.frame_words`): it still counts in the score with its weight unchanged,
but no longer meets the plain-word bar alone. It still counts among the names a commentary
shares with its story (:mod:`veille.dedup.commentary`): leaving the ordinary words out there
(first names such as "pablo", "jim" are ordinary in some language) cost rpm2 (seeds 6-8,
median B³ 0.960 to 0.955, held-out half 0.957 to 0.948; h-stories67).
"""

from __future__ import annotations

from functools import lru_cache

ORDINARY_WORDS = False
"""Whether the ordinary words of an article's language are read as names, not plain words.
**Off** (measured, not adopted, h-stories67): on it fixed the held-out set's pt and de hard
negatives, but split true follow-ups of four existing tests
(``test_story_plain_words.py``: two accounts of one event share few plain words besides
ordinary ones; ``test_other_event_kinds_h_stories62.py``: a collapse and its next-day
report); rpm2 was unchanged. A weight graded by frequency, rather than a cut, is the next
step. False: plain words, as before h-stories67."""

ORDINARY_ZIPF = 4.5
"""The Zipf frequency (log10 of the frequency per billion words) at or above which a word is
ordinary: about the 3,000 most frequent words of a language ("euros" 4.6 and "viviendas" 4.5
in Spanish, "homes" 4.7 in English; "inundación" 3.6, "granizada" and "blaze" 3.7 stay
plain). Chosen on the h-stories67 held-out set's shape, not on bench/stories.py's rpm2."""



def is_ordinary(word: str, language: str) -> bool:
    """Whether ``word`` (as written, any case) is at least :data:`ORDINARY_ZIPF` frequent in
    ``language`` (an ISO 639-1 code). False for a language wordfreq has no list for ("" or
    None: unknown) and when :data:`ORDINARY_WORDS` is off. No error is raised."""
    return ORDINARY_WORDS and frequent(word.lower(), language)


@lru_cache(maxsize=1 << 16)
def frequent(word: str, language: str) -> bool:
    """Whether lower-case ``word`` is at least :data:`ORDINARY_ZIPF` frequent in
    ``language`` (False for a language wordfreq has no list for), whatever
    :data:`ORDINARY_WORDS` says."""
    import wordfreq  # imported when first read: nothing to load while the rule is off

    if not language or language not in _languages():
        return False
    return bool(wordfreq.zipf_frequency(word, language, wordlist="small") >= ORDINARY_ZIPF)


@lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    """The languages wordfreq has a "small" list for."""
    import wordfreq

    return frozenset(wordfreq.available_languages("small"))
