"""Russian morphology through pymorphy3 (issue 16, t-final56b A7, A8): the analyses of a
word, loaded once and lazily.

pymorphy3 (MIT) reads a word with OpenCorpora's dictionary (``pymorphy3-dicts-ru``, CC BY-SA,
shipped as a PyPI package: nothing is downloaded at run time) and guesses unknown words by
their endings: each analysis gives the lemma (``normal_form``), the grammemes (case: nomn,
gent, datv, accs, ablt, loct; gender: masc, femn; and the proper-name tags Name, Surn,
Patr, Geox) and a probability. The analyzer loads in about 0.1 s, on the first Russian
word read. When pymorphy3 or its dictionary is absent, :func:`analyzer` is None and every
function here answers as if it knew no word: veille then keeps the names as written (the
rules of :mod:`veille.enrich.cyrillic_forms` still read the places' case endings).
Nothing here raises.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from veille.collector import built_once

__all__ = ["REGION_NOUNS", "analyzer", "parses", "place_lemmas", "place_nominatives"]

_MAX_WORD = 64
"""Longer "words" are not analysed (bounded work on untrusted text)."""


@built_once
def analyzer() -> Any | None:
    """pymorphy3's Russian ``MorphAnalyzer``, built on first use; None when pymorphy3 or its
    Russian dictionary is not installed (or fails to load)."""
    try:
        import pymorphy3
    except ImportError:
        return None
    try:
        return pymorphy3.MorphAnalyzer(lang="ru")
    except Exception:  # noqa: BLE001 - a broken dictionary package: read without it
        return None


@cache
def parses(word: str) -> tuple[Any, ...]:
    """pymorphy3's analyses of ``word`` (most likely first); () without the analyzer or for
    an over-long word."""
    morph = analyzer()
    if morph is None or not word or len(word) > _MAX_WORD:
        return ()
    return tuple(morph.parse(word))


def cased(lemma: str, written: str) -> str:
    """``lemma`` (pymorphy3 writes lower case) with the capitals of ``written``: each part
    of a hyphenated name capitalised when ``written``'s is, the particles in lower case
    ("комсомольск-на-амуре" as "Комсомольске-на-Амуре" → "Комсомольск-на-Амуре")."""
    parts, shown = lemma.split("-"), written.split("-")
    if len(parts) != len(shown):
        return lemma[:1].upper() + lemma[1:] if written[:1].isupper() else lemma
    return "-".join(p[:1].upper() + p[1:] if s[:1].isupper() else p
                    for p, s in zip(parts, shown, strict=True))


def place_lemmas(word: str) -> list[str]:
    """The nominatives ``word`` may be a case form of as a place name, most likely first:
    the lemmas of its analyses tagged Geox (a geographical name: "Амурске" → "Амурск",
    "Комсомольске-на-Амуре" → "Комсомольск-на-Амуре"), then of its other nouns ("Находки"
    → "Находка", a common noun too), written with ``word``'s capitals; [] for a word in
    the nominative or one pymorphy3 does not read."""
    found = [p for p in parses(word) if "NOUN" in p.tag]
    if any("nomn" in p.tag and p.word == word.lower() for p in found if "Geox" in p.tag):
        return []
    ranked = [p for p in found if "Geox" in p.tag] + [p for p in found if "Geox" not in p.tag]
    out = [cased(p.normal_form, word) for p in ranked]
    return [n for n in dict.fromkeys(out) if n.lower() != word.lower()]


REGION_NOUNS = {"край": "masc", "область": "femn", "округ": "masc", "республика": "femn"}
"""The nouns of Russia's federal subjects' names (Конституция РФ, ст. 65) and their genders:
the adjective before one agrees with it ("Хабаровского края", "в Иркутской области")."""


def _region_nominative(adjective: str, noun: str) -> str:
    """"Хабаровского края" → "Хабаровский край": ``noun`` a region noun in any case and the
    adjective before it, both in the nominative singular; '' when they are not."""
    head = next((p for p in parses(noun) if p.normal_form in REGION_NOUNS
                 and "sing" in p.tag), None)
    if head is None:
        return ""
    gender = REGION_NOUNS[head.normal_form]
    for parse in parses(adjective):
        if "ADJF" in parse.tag and head.tag.case in parse.tag and (
                gender in parse.tag or "anim" in parse.tag or "inan" in parse.tag):
            nominative = parse.inflect({"nomn", "sing", gender})
            if nominative is not None:
                return f"{cased(nominative.word, adjective)} {head.normal_form}"
    return ""


def place_nominatives(name: str) -> list[str]:
    """The nominatives a Russian place name ``name`` may be a case form of, most likely
    first: one word by :func:`place_lemmas`; an adjective and a region noun as the region's
    name ("Хабаровского края" → "Хабаровский край", "Республики Татарстан" → "Республика
    Татарстан"); [] otherwise."""
    words = name.split()
    if len(words) == 1:
        return place_lemmas(name)
    if len(words) == 2 and words[1].lower() not in REGION_NOUNS:
        region = _region_nominative(words[0], words[1])
        if region:
            return [region]
    if len(words) == 2 and any(p.normal_form == "республика" for p in parses(words[0].lower())):
        return [f"Республика {words[1]}"]
    return []
