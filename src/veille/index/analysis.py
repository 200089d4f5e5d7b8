"""Text analysis for search: what a word becomes in the index, per language.

The analyzers run inside tantivy (Rust), so indexing a million articles does not go
through Python word by word. Each language has its own fields, analysed by its own chain:

- ``fr``: split on non-alphanumerics (both apostrophes split, so ``l'annonce`` and
  ``d’Etat`` give ``l`` + ``annonce``), lowercase, fold accents (é → e, œ → oe), drop the
  elided particles (l, d, j, qu, jusqu, lorsqu, puisqu, ...) and the commonest function
  words (le, de, et, dans, ...), French Snowball stemming.
  Folding comes *before* stemming so that a query typed without accents goes through the
  very same path as the accented text: accent-insensitivity is exact, at the price of a
  few participles (déclaré / déclarée) stemming apart.
- ``en``: the same with English stemming and the possessive ``s`` dropped.
- anything else (``any``): lowercase and fold only, no stemming.

Hyphenated compounds are indexed twice: as their parts (by the tokenizer) and joined
(``anti-jihadistes`` → ``antijihadistes``, see :func:`joined_forms`), so that a query for
either spelling finds both.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from tantivy import Filter, TextAnalyzer, TextAnalyzerBuilder, Tokenizer

FRENCH_ELISIONS = ("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu",
                   "puisqu", "quoiqu", "presqu")
FRENCH_FUNCTION_WORDS = (
    "le", "la", "les", "un", "une", "des", "du", "de", "au", "aux", "a", "et", "ou", "mais",
    "donc", "ni", "car", "que", "qui", "quoi", "dont", "ce", "cet", "cette", "ces", "se", "sa",
    "son", "ses", "leur", "leurs", "mon", "ma", "mes", "ton", "ta", "tes", "notre", "nos",
    "votre", "vos", "il", "ils", "elle", "elles", "on", "nous", "vous", "je", "tu", "me",
    "te", "lui", "y", "en", "ne", "par", "pour", "sur", "dans", "avec", "sans", "chez")
"""Articles, pronouns, conjunctions and prepositions (folded). They match nearly every
article, so in a query they add nothing but noise to the ranking: BM25 still gives them a
small positive weight, and long queries (a pasted paragraph) then favour long articles.
Verbs and words with a meaning of their own (``été``, ``est``, ``or``, ``pas``) are kept."""
ENGLISH_CLITICS = ("s", "t")
ENGLISH_FUNCTION_WORDS = ("the", "an", "of", "to", "and", "for", "by", "with", "from", "that",
                          "this", "its")
"""Short on purpose: a query word that is a function word in any language is not searched,
so words that mean something in French (``or``, ``as``, ``on``) are left out."""
MAX_TOKEN_CHARS = 40
"""Longer 'words' (base64, URLs run together) are noise and bloat the term dictionary."""


@dataclass(frozen=True, slots=True)
class Language:
    """One analysed language: the suffix of its fields and how its text is analysed."""

    code: str
    stemmer: str | None
    stopwords: tuple[str, ...]

    @property
    def analyzer_name(self) -> str:
        return f"veille_{self.code}"

    def build(self) -> TextAnalyzer:
        builder = (TextAnalyzerBuilder(Tokenizer.simple())
                   .filter(Filter.remove_long(MAX_TOKEN_CHARS))
                   .filter(Filter.lowercase())
                   .filter(Filter.ascii_fold()))
        if self.stopwords:
            builder = builder.filter(Filter.custom_stopword(list(self.stopwords)))
        if self.stemmer:
            builder = builder.filter(Filter.stemmer(self.stemmer))
        return builder.build()


FRENCH = Language("fr", "french", FRENCH_ELISIONS + FRENCH_FUNCTION_WORDS)
ENGLISH = Language("en", "english", ENGLISH_CLITICS + ENGLISH_FUNCTION_WORDS)
OTHER = Language("any", None, ())
LANGUAGES: tuple[Language, ...] = (FRENCH, ENGLISH, OTHER)
PLAIN = Language("plain", None, ())
"""Lowercase and fold only: the 'French analysis off' baseline of the relevance bench."""


def language_for(code: str) -> Language:
    """The analysed language an article in language ``code`` goes to."""
    code = (code or "").lower()[:2]
    for lang in LANGUAGES:
        if lang.code == code:
            return lang
    return OTHER


# The tantivy simple tokenizer splits on anything that is not alphanumeric; this is the
# same rule, for the places (highlighting, phrases) where Python needs word offsets.
WORD_RE = re.compile(r"[^\W_]+")
COMPOUND_RE = re.compile(r"[^\W_]+(?:[-‐‑][^\W_]+)+")


def words(text: str) -> Iterator[re.Match[str]]:
    """The words of ``text`` as the index tokenizer sees them, with their offsets."""
    return WORD_RE.finditer(text)


def joined_forms(text: str) -> list[str]:
    """Hyphenated compounds of ``text``, written joined: ``anti-jihadistes`` → ``antijihadistes``.

    Compounds with a one-letter part (``a-t-il``, ``c'est-à-dire`` pieces) are not words
    anyone searches joined, so they are skipped.
    """
    return [joined for _start, _end, joined in compounds(text)]


def compounds(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, joined form)`` of each hyphenated compound of ``text``."""
    if "‐" in text or "‑" in text:
        text = text.replace("‐", "-").replace("‑", "-")  # same length: offsets hold
    out: list[tuple[int, int, str]] = []
    # Jump from hyphen to hyphen (str.find) instead of running a regex over the whole text,
    # which tries a match at every word: this is ~20x faster, and indexing throughput
    # depends on it.
    hyphen, done = text.find("-"), -1
    while hyphen != -1:
        if hyphen > done:
            start = hyphen
            while start > 0 and text[start - 1].isalnum():
                start -= 1
            match = _COMPOUND_AT.match(text, start)
            if match:
                done = match.end()
                parts = match.group().split("-")
                if all(len(p) > 1 for p in parts):
                    out.append((match.start(), match.end(), "".join(parts)))
        hyphen = text.find("-", hyphen + 1)
    return out


_COMPOUND_AT = re.compile(r"[^\W_]+(?:-[^\W_]+)+")



_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})


def _fold_slow(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES).lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_FOLD_TABLE = {cp: _fold_slow(chr(cp)) for cp in range(0xC0, 0x250)
               if _fold_slow(chr(cp)) != chr(cp).lower()}
"""Latin letters with diacritics → their folded form, so most words skip Unicode
normalization (highlighting folds every distinct word of a results page)."""


_SKELETON_TABLE = {cp: folded[0] for cp, folded in _FOLD_TABLE.items() if folded}


def skeleton(text: str) -> str | None:
    """``text`` folded letter for letter (œ → o), so offsets still hold; ``None`` when
    lowercasing changes the length (rare letters such as İ). For finding candidates fast."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    return lowered.translate(_SKELETON_TABLE)


def fold(text: str) -> str:
    """Lowercase without accents, as the analyzers fold (for matching in Python)."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    folded = lowered.translate(_FOLD_TABLE)
    return folded if folded.isascii() else _fold_slow(folded)
