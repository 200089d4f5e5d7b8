"""Text helpers shared by the enrichment stages: normalised keys, sentences, determiners."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

LEADING_WORDS = ("l'", "l’", "d'", "d’", "le ", "la ", "les ", "de ", "du ", "des ",
                 "the ", "un ", "une ", "au ", "aux ")
"""Determiners and prepositions cleaned off the front of an entity span (issue 16)."""

TITLES = ("m. ", "mme ", "mlle ", "mr ", "mr. ", "mrs ", "mrs. ", "ms ", "ms. ", "dr ", "dr. ",
          "me ", "mgr ", "président ", "presidente ", "présidente ", "president ",
          "ministre ", "general ", "général ", "sir ", "lord ")
"""Titles dropped when merging person mentions ("M. Pompeo" is "Pompeo")."""

WORK_NOUNS = ("film", "long-métrage", "court-métrage", "documentaire", "roman", "livre",
              "essai", "album", "chanson", "série", "feuilleton", "spectacle", "pièce", "opéra",
              "ouvrage", "recueil", "tableau", "bande dessinée", "BD", "podcast")
"""Nouns of works whose title follows them ("le film « … »", "le roman, La Fabrique"): the
quote stage's and the entity stage's shared vocabulary (Lexique des règles typographiques
en usage à l'Imprimerie nationale, titles of works); each adds its own words."""

WORD = re.compile(r"\w[\w\-.]*")
"""A word for the alias scan: apostrophes split ("l'Etat" is "l", "Etat")."""
_APOSTROPHES = str.maketrans({"’": "'", "`": "'", "ʼ": "'"})
_SPACES = re.compile(r"\s+")

TITLE_NOUNS = frozenset("""ministre ministres secretaire secretaires commissaire
    commissaires president presidente presidents adjoint adjointe delegue deleguee procureur
    procureure juge maire directeur directrice conseiller conseillere prefet prefete
    chef cheffe garde dame magistrat consul consule ambassadeur ambassadrice
    minister ministers secretary commissioner judge mayor director lady""".split())
"""Nouns of job titles: a capitalised word right before one is part of the title ("la
Première ministre", "le Haut commissaire", "le Grand rabbin"), not a name."""


def fold(text: str) -> str:
    """Accents stripped, apostrophes straightened, case folded, spaces collapsed: the key
    aliases and gazetteer names are looked up by ("État islamique" → "etat islamique")."""
    straight = text.translate(_APOSTROPHES)
    if straight.isascii():  # NFKD leaves ASCII as it is, and ASCII has no combining mark
        stripped = straight
    else:
        decomposed = unicodedata.normalize("NFKD", straight)
        stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.replace("-", " ")).strip().casefold()


def strip_leading(text: str) -> tuple[str, int]:
    """``text`` without leading determiners/prepositions; returns it and how many
    characters were cut ("l'EI" → ("EI", 2))."""
    cut = 0
    changed = True
    while changed:
        changed = False
        lowered = text.translate(_APOSTROPHES).lower()
        for word in LEADING_WORDS:
            if lowered.startswith(word) and len(text) > len(word):
                text, cut, changed = text[len(word):], cut + len(word), True
                stripped = text.lstrip()
                cut += len(text) - len(stripped)
                text = stripped
                break
    return text, cut


def strip_title(text: str) -> str:
    """A person's name without a leading title ("M. Pompeo" → "Pompeo")."""
    lowered = text.lower()
    for title in TITLES:
        if lowered.startswith(title) and len(text) > len(title):
            return text[len(title):].lstrip()
    return text


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a text: its characters ``[start, end)``."""

    start: int
    end: int
    text: str


_SENTENCE_END = re.compile(r"\s(?:(?<=[.!?…»\"”]\s)\s*(?=[«\"“A-ZÀ-ÖØ-Þ0-9])|(?<=\n)\n*)")
"""A sentence break: the spaces after a stop and before a capital or a digit, or a run of
line breaks. Written to open with the space it consumes (the stop is a look-behind after
it), so that ``re`` scans for a space in C instead of trying the look-behind at every
character: the same matches as ``(?<=[.!?…»"”])\\s+(?=[«"“A-ZÀ-ÖØ-Þ0-9])|\\n+``, twice as
fast (issue #13; ``tests/enrich/test_sentence_pattern.py``)."""
_NO_BREAK_BEFORE = re.compile(r"(?:\b(?:M|Mme|Dr|St|Ste|av|J\.-C|etc)\.|\b[A-Z]\.)$")
_GERMAN_MONTHS = ("Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|"
                  "Oktober|November|Dezember")
"""The German months (CLDR, Babel ``de`` and ``de_AT`` wide names; a closed class)."""
_ORDINAL_BEFORE_MONTH = re.compile(
    rf"(?<![\d.])(?:[12]\d|3[01]|0?[1-9])\.\s+(?:{_GERMAN_MONTHS})\b")
"""A German day ordinal before its month ("vom 12. bis 14. Januar", "28. Februar"): the
stop is the ordinal's (Duden, *Rechtschreibung* D 89: the full stop after a number marks
an ordinal), not a sentence's end (t-final49b B5)."""


def sentences(text: str) -> Iterator[Sentence]:
    """Split ``text`` into sentences (rule-based: a stop followed by a capital, or a line
    break); abbreviations such as "M." and initials do not end a sentence."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.group().strip() == "" and "\n" not in match.group() and (
                _NO_BREAK_BEFORE.search(text[max(0, match.start() - 6):match.start()]) or
                text[match.start() - 2:match.start() - 1].isdigit() and
                _ORDINAL_BEFORE_MONTH.match(text, max(0, match.start() - 3)
                                            + (not text[max(0, match.start() - 3)].isdigit()))):
            continue
        if match.start() > start:
            yield Sentence(start, match.start(), text[start:match.start()])
        start = match.end()
    if start < len(text) and text[start:].strip():
        yield Sentence(start, len(text), text[start:])


def sentence_at(spans: list[Sentence], offset: int) -> Sentence | None:
    """The sentence holding character ``offset``."""
    for sentence in spans:
        if sentence.start <= offset < sentence.end:
            return sentence
    return None


_MARKUP = re.compile(r"<[^<>\n]{0,200}>?|>")
"""A tag, or a tag's stray half, written into a plain text ("Selon <b>Paul Nizan</b>")."""


def outside_markup(text: str) -> tuple[str, int]:
    """The longest piece of ``text`` between tags or angle brackets, and its offset: no
    name holds "<" or ">" (t-enrich22 E16: "Paul Nizan</b" became an entity and its id)."""
    if "<" not in text and ">" not in text:
        return text, 0
    best, best_at, at = "", 0, 0
    for match in [*_MARKUP.finditer(text), None]:
        end = match.start() if match is not None else len(text)
        if end - at > len(best):
            best, best_at = text[at:end], at
        if match is not None:
            at = match.end()
    return best, best_at
