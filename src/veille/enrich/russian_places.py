"""Russian towns and regions in their case forms (issue 16, t-final56b A7): "в
Комсомольске-на-Амуре", "Амурске", "Находки", "Бердска", "Хабаровского края", "Приморского
края" named no place.

The model-less recogniser (:mod:`veille.enrich.city_spans`) finds by name alone the cities
of 150,000 inhabitants or more; a Russian report names smaller towns and its regions in
every case. Two rules, for Cyrillic text only:

- a town: a capitalised Cyrillic word (hyphenated names kept whole: "Ростове-на-Дону",
  "Петропавловске-Камчатском") that pymorphy3 reads as a geographical name (a Geox
  analysis; :mod:`veille.enrich.russian_morph`), or that follows a preposition of place
  (в, во, из, до, под, около, близ, возле, у, к, ко; *Русская грамматика*, 1980,
  § 1655), and whose nominative the gazetteer lists as a settlement of at least
  ``TOWN_MIN`` inhabitants (the gazetteer's floor abroad, 50,000), but a person's name
  or the surname of a person the text names in any case ("По словам Назарова" after
  "Дмитрий Назаров" is no Назарово: :mod:`veille.enrich.cyrillic_persons`);
- a region: an adjective and one of the nouns of Russia's federal subjects, which it
  agrees with ("Хабаровского края", "в Иркутской области", "Пермском крае"), or
  "Республика" and a name ("Республики Татарстан"), that the gazetteer lists (its
  Cyrillic names: ``data/cyrillic_names.tsv``, "Хабаровский край").

Without pymorphy3 only the towns after a preposition whose ending
:func:`~veille.enrich.cyrillic_forms.nominatives` reads are found. Pure functions; nothing
here raises.
"""

from __future__ import annotations

import re

from veille.enrich.cyrillic_forms import is_cyrillic
from veille.enrich.cyrillic_persons import cyrillic_person_spans, person_surnames
from veille.enrich.entities import Span
from veille.enrich.places import SETTLEMENT, Gazetteer
from veille.enrich.russian_morph import parses

__all__ = ["russian_place_spans"]

TOWN_MIN = 50_000
"""Inhabitants from which a settlement is a town of this rule (scripts/gen_enrich_data.py's
``WORLD_MIN_POP``, the gazetteer's floor abroad)."""
_NAME = r"[А-ЯЁ][а-яё]+(?:-(?:[а-яё]{1,3}-)?[А-ЯЁ][а-яё]+)*"
_TOWN = re.compile(rf"(?<![\w-]){_NAME}(?![\w-])")
_PREPOSITION = re.compile(
    r"(?<![\w-])(?:[вВ]о?|[иИ]з|[дД]о|[пП]од|[оО]коло|[бБ]лиз|[вВ]озле|[уУ]|[кК]о?)[ \u00a0]+$")
_REGION = re.compile(
    rf"(?<![\w-])(?:{_NAME}[ \u00a0]+(?:кра(?:й|я|ю|ем|е)|област(?:ь|и|ью)|округ(?:а|у|ом|е)?)"
    rf"|Республик(?:а|и|е|у|ой)[ \u00a0]+{_NAME})(?![\w-])")


def _geographical(word: str) -> bool:
    return any("Geox" in p.tag for p in parses(word))


def _town(gazetteer: Gazetteer, name: str) -> bool:
    return any(p.kind in SETTLEMENT and p.population >= TOWN_MIN
               for p in gazetteer.candidates(name))


def russian_place_spans(text: str, gazetteer: Gazetteer) -> list[Span]:
    """``(start, end, "LOC")`` of the Russian towns and regions of ``text`` by the rules
    of the module's docstring, in text order, none overlapping; [] for a text with no
    Cyrillic."""
    if not is_cyrillic(text):
        return []
    found: list[Span] = []
    for match in _REGION.finditer(text):
        if gazetteer.candidates(match.group()):
            found.append((match.start(), match.end(), "LOC"))
    persons = cyrillic_person_spans(text)
    surnames = {f for s, e, _ in persons for f in person_surnames(text[s:e])}
    for match in _TOWN.finditer(text):
        if match.group() in surnames or any(
                s < match.end() and match.start() < e for s, e, _ in [*found, *persons]):
            continue  # "По словам Назарова" after "Дмитрий Назаров": no Назарово
        after = _PREPOSITION.search(text, max(0, match.start() - 8), match.start()) is not None
        if (after or _geographical(match.group())) and _town(gazetteer, match.group()):
            found.append((match.start(), match.end(), "LOC"))
    return sorted(found)
