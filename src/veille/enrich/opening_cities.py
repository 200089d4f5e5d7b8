"""A city's name alone opening a sentence, read as a place when the text backs it.

Every word opening a sentence is capitalised, so :func:`veille.enrich.city_spans.city_spans`
kept a one-word city there only when the text capitalised it elsewhere or coordinated it
with another place: "Toledo acoge una muestra…", "Livorno si prepara…", "Braga recebe…"
named no place (h-places65 §4 item 1, t-final65; Spanish, Italian, Portuguese and German
have no language model here). :func:`opening_city` reads such a word as a place when all of:

- it is the sentence's subject: a lower-case word follows ("Toledo acoge", not "Halle 3",
  not "Toledo:");
- it is no common word or given name of the languages veille serves (``extract/data``'s
  ``common_words.txt`` and ``given_names.txt``, Faker's lists, MIT; spaCy's stop words of the
  text's language: "Como cada año", "Zug fällt aus", "Victoria dijo") and the text never
  writes it in lower case;
- the gazetteer lists it as a settlement of at least ``TOWN_MIN`` inhabitants, and either
  one such reading lies in a country of another place the text names ("Toledo acoge… el
  museo de Madrid"), or the text names no other place and exactly one such reading lies in
  a country where the text's language is official ("Perugia ospita…" in Italian; "Natal
  chega… às lojas de Lisboa" is no place: Lisbon's country is not Natal's).

The places' resolution then chooses among the name's readings as for any mention.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from veille.collector import built_once
from veille.enrich.places import SETTLEMENT, Gazetteer, Place, language_countries
from veille.enrich.text import fold

OPENING_TOWN_MIN = 50_000
"""Inhabitants from which an opening word is read as a city: ``city_spans.TOWN_MIN``, the
gazetteer's own threshold for cities abroad."""
_SUBJECT = re.compile(r"[ \u00a0]+[a-zß-öø-ÿ]")
"""A lower-case word right after the name: the name is the sentence's subject."""


@built_once
def _words() -> frozenset[str]:
    from veille.extract.bare_byline import given_names, word_list

    return word_list("common_words.txt") | given_names()


@functools.cache
def _stop_words(language: str) -> frozenset[str]:
    """spaCy's stop words of ``language``'s primary subtag, folded; empty when unknown."""
    import importlib

    primary = language.replace("_", "-").split("-")[0].lower()
    if not primary.isalpha():
        return frozenset()
    try:
        module = importlib.import_module(f"spacy.lang.{primary}.stop_words")
    except ImportError:
        return frozenset()
    return frozenset(fold(w) for w in getattr(module, "STOP_WORDS", ()))


def readings(gazetteer: Gazetteer, name: str) -> list[Place]:
    """The settlements named ``name`` of at least :data:`OPENING_TOWN_MIN` inhabitants."""
    return [p for p in gazetteer.by_name.get(fold(name), ())
            if p.kind in SETTLEMENT and p.population >= OPENING_TOWN_MIN]


def opening_city(text: str, start: int, name: str, gazetteer: Gazetteer, language: str,
                 other_names: Iterable[str]) -> bool:
    """Whether the one-word ``name`` opening a sentence at ``start`` of ``text`` is a city
    (rules in the module's docstring); ``other_names`` are the other place mentions the
    text holds (their readings' countries back a reading of ``name``)."""
    end = start + len(name)
    key = fold(name)
    if _SUBJECT.match(text, end) is None or key in _words() or \
            key in _stop_words(language) or \
            re.search(r"(?<![\w'’-])" + re.escape(name.lower()) + r"(?![\w'’-])", text) is not None:
        return False
    towns = readings(gazetteer, name)
    if not towns:
        return False
    countries = {p.country for other in other_names if fold(other) != key
                 for p in gazetteer.candidates(other)}
    if countries:
        return any(t.country in countries for t in towns)
    spoken = language_countries(language) if language else frozenset()
    return len({t.id for t in towns if t.country in spoken}) == 1
