"""Passages in another language inside an article: a quote in English in a French text.

The French model reads every passage as French and tags English words it does not know
("« We need an agreement before Christmas »": "We need an" and "Christmas" as MISC).
No model for the other language is installed (docs/enrichment.md, "English"), so the
French model's spans inside such a passage are dropped unless they have a name's shape
(:func:`name_shaped`); the alias table's names are found there as in any text.

A passage is a quoted span (« … », “ … ”, " … ") or a sentence (read without its quotes)
whose lower-case words, :data:`MIN_WORDS` or more, CLD2 reads reliably as a language
of :data:`LANGUAGES` other than the article's
(:func:`veille.extract.language.reliable_language`), when that language's function words
outnumber the article language's there (CLD2 alone calls short French runs English). Capitalised
words are left out of that reading: names are no evidence of a language, and CLD2 reads
"a déclaré Ursula von der Leyen" as German.
"""

from __future__ import annotations

import bisect
import functools
import importlib
import re

from veille.extract.language import reliable_language

LANGUAGES = frozenset({"fr", "en", "de", "es", "it", "pt", "nl"})
"""The languages a passage may be in (and an article's, for this check): those of the
extractor's time zones and English, each with spaCy's stop-word list."""

MIN_WORDS = 4
"""Lower-case words a passage needs: fewer give CLD2 too little to read (it calls "We will
see" unreliable)."""

_QUOTED = re.compile(r"«\s*([^«»\n]+?)\s*»|“([^“”\n]+?)”|\"([^\"\n]+?)\"")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_PARTICLES = frozenset({"de", "du", "des", "d", "la", "le", "van", "von", "der", "den",
                        "da", "di", "del", "della", "dos", "das", "do", "af", "zu",
                        "of", "the", "and", "for", "y", "e"})
"""Lower-case words inside names ("Ursula von der Leyen", "Bank of England")."""


def passages(text: str, language: str) -> list[tuple[int, int, str]]:
    """``(start, end, code)`` of the quoted spans and sentences of ``text`` (character
    offsets, sorted) that CLD2 reads reliably as a language other than ``language``
    (ISO 639-1; its region subtag is ignored), ``code`` being that language."""
    home = language.lower().split("-")[0]
    out: list[tuple[int, int, str]] = []
    quotes = list(_QUOTED.finditer(text))
    for match in quotes:
        group = next(g for g in range(1, 4) if match.group(g) is not None)
        _add(out, text[match.start(group):match.end(group)], match.start(group),
             match.end(group), home)
    starts = [q.start() for q in quotes]
    for match in _SENTENCE.finditer(text):
        # a sentence is read without its quotes: "« We need… », a déclaré X" is French
        first = max(0, bisect.bisect_right(starts, match.start()) - 1)
        pieces, at = [], match.start()
        for q in quotes[first:bisect.bisect_left(starts, match.end())]:
            if q.end() > at:
                pieces.append(text[at:max(at, q.start())])
                at = q.end()
        pieces.append(text[at:match.end()] if at < match.end() else "")
        _add(out, " ".join(pieces), match.start(), match.end(), home)
    return sorted(out)


def _add(out: list[tuple[int, int, str]], piece: str, start: int, end: int,
         home: str) -> None:
    words = _lower_words(_WORD.findall(piece))
    if len(words) < MIN_WORDS:
        return
    code = reliable_language(" ".join(words))
    if code and code != home and _function_words_agree(words, code, home):
        out.append((start, end, code))


def _function_words_agree(words: list[str], code: str, home: str) -> bool:
    """Whether ``words`` hold two function words or more of ``code`` that are none of
    ``home``'s, and more of them than the reverse (spaCy's stop-word lists). CLD2 alone
    reads short French runs as English, reliably by its own flag ("conditions seront
    favorables aux amateurs"); a language without a list here is never a passage."""
    theirs, ours = _stop_words(code), _stop_words(home)
    if not theirs or not ours:
        return False
    folded = [w.lower() for w in words]
    foreign_only = sum(w in theirs and w not in ours for w in folded)
    home_only = sum(w in ours and w not in theirs for w in folded)
    return foreign_only >= 2 and foreign_only > home_only


@functools.cache
def _stop_words(code: str) -> frozenset[str]:
    """spaCy's stop words for ``code`` among :data:`LANGUAGES`; empty for any other."""
    if code not in LANGUAGES:
        return frozenset()
    module = importlib.import_module(f"spacy.lang.{code}.stop_words")
    return frozenset(module.STOP_WORDS)


def _lower_words(words: list[str]) -> list[str]:
    """``words`` without the names: capitalised words and the particles between two of
    them ("Ursula von der Leyen" leaves nothing)."""
    out: list[str] = []
    for i, word in enumerate(words):
        if word[:1].isupper():
            continue
        if word.lower() in _PARTICLES and i > 0 and (
                words[i - 1][:1].isupper() or words[i - 1].lower() in _PARTICLES):
            after = next((w for w in words[i + 1:] if w.lower() not in _PARTICLES), "")
            if after[:1].isupper():
                continue
        out.append(word)
    return out


def name_shaped(name: str) -> bool:
    """Whether a span of two words or more reads as a name in any language: every word
    capitalised but name particles ("Ursula von der Leyen", "European Commission").
    A single word inside a foreign passage is not enough ("Christmas", "Monday": English
    capitalises holidays, days and nationalities)."""
    words = _WORD.findall(name)
    return len(words) >= 2 and all(w[:1].isupper() or w.lower() in _PARTICLES
                                   for w in words) and words[0][:1].isupper()


def inside(passages_: list[tuple[int, int, str]], start: int, end: int) -> bool:
    """Whether the span ``start:end`` starts within one of ``passages_`` (the model's
    span may run past a quote's closing mark: "Patto di stabilità così com è »")."""
    return any(s <= start < e for s, e, _ in passages_)
