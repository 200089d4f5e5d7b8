"""The inflected forms an alias is also found by (t-final60: ``veille aliases add
'Гидрометцентр' …`` never matched "По данным Гидрометцентра").

An alias is a name as written once; the text declines it. :func:`inflected_keys` gives the
folded keys (:func:`~veille.enrich.text.fold`) of its other forms, which
:class:`~veille.enrich.aliases.AliasTable` looks up after the alias's own key (so a name
that is itself an alias always wins over another alias's form):

- **Russian** (an alias of Cyrillic words): the forms of its words' lexemes in pymorphy3's
  dictionary (OpenCorpora, the analyser enrichment and search already read Russian with,
  :mod:`veille.enrich.russian_morph`; a word it does not hold is declined by analogy),
  each word read as a noun or adjective in the nominative (:func:`_name_parse`): each
  word declined alone (``Министерство обороны`` → "Министерства обороны") and all words
  in the same case and number (``Государственная дума`` → "Государственной думы"). A
  Russian surname in ``-ов``/``-ин`` declines to the feminine's spelling (``Громова`` is
  Громов's genitive): the dictionary cannot tell them apart out of context.
- **Arabic** (an alias in Arabic script): the alias with a proclitic joined to it, the
  conjunctions و and ف and the prepositions ب and ل, alone or stacked ("لداعش",
  "وحزب الله", "للأمم المتحدة" where ل meets the article; t-final65 C1), any label; ب
  not before a one-word alias ("بحماس" is "with enthusiasm").
- **German genitive, French and Spanish plurals** (an organisation's or a work's name,
  label ORG or MISC, in Latin letters): one word with ``-s`` or ``-es`` (``des
  Wetterdienstes Nordheide``, ``des Flussamts``), or every word in the plural, French
  (``-s``, ``-x`` after *-eau*/*-au*/*-eu*: "Brigades vertes") or Spanish (``-s`` after a
  vowel, ``-es`` after a consonant: "Guardias Fluviales"). Never for a person or a place:
  ``Nicola`` + ``s`` is Nicolas, ``Carlo`` Carlos, ``Lyon`` Lyons, other names; never
  for a word already ending in *s*, *x* or *z*, nor a function word (``de``, ``del``);
  and a one-word alias takes the German long genitive only (``Flussamt`` → "des
  Flussamtes"): the shipped table's one-word organisations are common nouns too
  ("Trésor", "Union"), whose capitalised plural opening a sentence ("Trésors du Louvre",
  "Unions…") is no mention of them.

The rules are the grammars' regular endings (Grevisse, *Le Bon Usage*, §§ 514–517 for the
French plural; RAE, *Nueva gramática*, § 3.2 for the Spanish; Duden, *Die Grammatik*,
§ 312 for the German genitive ``-s``/``-es``), nothing learnt from our data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from veille.enrich.text import fold

LATIN_LABELS = frozenset({"ORG", "MISC"})
"""The labels whose Latin-letter aliases get plural and genitive forms (:data:`__doc__`)."""
MAX_WORDS = 5
"""Aliases longer than this keep their own form only (a title, not a name that declines)."""
MIN_LETTERS = 3
"""A word shorter than this takes no ending (``de``, ``la``, ``SA``)."""
FUNCTION_WORDS = frozenset({
    "del", "des", "les", "los", "las", "der", "die", "das", "den", "dem", "und", "une",
    "aux", "sur", "pour", "para", "por", "con", "von", "vom", "zur", "zum", "fur", "et",
})
"""Words of a name that never inflect with it (folded)."""
RUSSIAN_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
"""pymorphy3's grammatical cases, for the forms of a name whose words agree."""
_LATIN_WORD = re.compile(r"[a-z]+")
_CYRILLIC = re.compile(r"[а-яё]")
_ARABIC = re.compile(r"[\u0621-\u064A]")
ARABIC_PROCLITICS = ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
"""The one-letter conjunctions and prepositions Arabic writes joined to the next word (و
"and", ف "then", ب "in/with", ل "to/for"), alone or stacked (Wright, *A Grammar of the
Arabic Language*, I §§ 356–360; the list :mod:`veille.enrich.arabic_forms` reads places
with). ك "like" is left out, as there."""


def inflected_keys(key: str, label: str) -> list[str]:
    """The folded keys of the other forms of the alias whose folded key is ``key`` and
    label ``label`` (see the module docstring), without ``key`` itself, in a stable
    order; ``[]`` for a name that takes none."""
    words = key.split(" ")
    if not words or len(words) > MAX_WORDS:
        return []
    if _ARABIC.search(key):
        found = _arabic(key)
    elif _CYRILLIC.search(key):
        found = _russian(words)
    elif label in LATIN_LABELS and len(words) >= 2:
        found = _latin(words)
    elif label in LATIN_LABELS:
        # one word: the German long genitive only ("des Flussamtes"), never "-s"
        found = [words[0] + "es"] if _declinable(words[0]) and \
            words[0][-1] not in "aeiouy" else []
    else:
        return []
    return [k for k in dict.fromkeys(found) if k and k != key]


def _declinable(word: str) -> bool:
    return len(word) >= MIN_LETTERS and word not in FUNCTION_WORDS and \
        _LATIN_WORD.fullmatch(word) is not None and not word.endswith(("s", "x", "z"))


def _french_plural(word: str) -> str:
    return word + ("x" if word.endswith(("eau", "au", "eu")) and not word.endswith("bleu")
                   else "s")


def _spanish_plural(word: str) -> str:
    return word + ("s" if word[-1] in "aeiou" else "es")


def _latin(words: list[str]) -> Iterable[str]:
    for i, word in enumerate(words):
        if _declinable(word):  # one word's genitive (des Flussamtes, des Wetterdienstes …)
            for ending in ("s",) if word[-1] in "aeiouy" else ("s", "es"):
                yield " ".join([*words[:i], word + ending, *words[i + 1:]])
    for plural in (_french_plural, _spanish_plural):  # every word in the plural
        yield " ".join(plural(w) if _declinable(w) else w for w in words)


def _arabic(key: str) -> Iterable[str]:
    """An Arabic alias with each proclitic joined to it ("لداعش", "وحزب الله"); before the
    article ال, ل drops the article's alif ("للأمم المتحدة" = ل + "الأمم المتحدة"; Wright
    I § 357). A one-word alias takes no ب "with": "بحماس" is "with enthusiasm" far more
    often than "with Hamas", a common noun's adverbial phrase."""
    one_word = " " not in key
    for particle in ARABIC_PROCLITICS:
        if one_word and particle.endswith("ب"):
            continue
        if particle.endswith("ل") and key.startswith("ال"):
            yield particle + key[1:]
        else:
            yield particle + key


def _russian(words: list[str]) -> Iterable[str]:
    from veille.enrich.russian_morph import analyzer

    morph = analyzer()
    if morph is None:
        return
    parses = [_name_parse(morph, w) if _CYRILLIC.search(w) else None for w in words]
    for i, parse in enumerate(parses):  # each word declined alone
        for form in parse.lexeme if parse is not None else ():
            yield " ".join([*words[:i], fold(form.word), *words[i + 1:]])
    if len(words) < 2:
        return
    for number in ("sing", "plur"):  # every word in the same case and number
        for case in RUSSIAN_CASES:
            out = []
            for word, parse in zip(words, parses, strict=True):
                inflected = parse.inflect({case, number}) if parse is not None else None
                out.append(fold(inflected.word) if inflected is not None else word)
            yield " ".join(out)


def _name_parse(morph: Any, word: str) -> Any | None:
    """The likeliest reading of an alias's word as a name's: a noun or an adjective in the
    nominative (an alias is written in the nominative; pymorphy3 reads an unknown
    "Росгидролаб" as a verb's past tense first), else None (the word stays as written)."""
    for parse in morph.parse(word):
        if parse.tag.POS in ("NOUN", "ADJF") and "nomn" in parse.tag:
            return parse
    return None
