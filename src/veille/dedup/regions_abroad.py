"""The subdivisions of countries abroad (a state, province, autonomous community, prefecture)
read as the country they lie in, and two sides whose texts name different countries abroad.

A weather alert "en Gran Canaria y Tenerife" whose lead says "el Gobierno de Canarias" and
another "en Tijuana" the same day, told in the same words ("alerta por lluvias y viento"),
were one story (r-stories51, a tester's capture): Tijuana is a city of the gazetteer (its
country, Mexico, is read), but no place of the Canary side was: "Canarias" is a region
(ISO 3166-2 ES-CN), which :func:`veille.dedup.specifics.towns` did not read, and the
islands are in no list; a side whose headline and lead name no place agrees with every
place, so nothing could part two events on two continents.

Two readings, both from the gazetteer veille ships (``enrich/data/gazetteer.tsv``: ISO
3166-2 subdivisions, GeoNames and CLDR names), no list written by hand:

- :func:`region_countries`: a subdivision abroad's name, folded, read as its **country**'s
  key (``town:country:es`` for "Canarias", ``town:country:us`` for "Floride"), as a city
  abroad is. Left out, since a capitalised word of these is more often something else: a
  name of a French commune or department (any size), a common word of the languages veille
  serves (``extract/data/common_words.txt``), a given name or a surname
  (``extract/data/given_names.txt``, ``world_given_names.txt``, ``world_surnames.txt``:
  "Farah" is a province of Afghanistan and a given name), a region of several countries
  (:data:`veille.dedup.regions.REGIONS`: "Sahel" is also a region of Burkina Faso), a name
  of several words when every word is one of those ("Grand Port" of Mauritius, "Santa Ana"
  of El Salvador), a name of subdivisions of several countries ("Centre", "Nord"), a name
  of a city of another country in the gazetteer, and any name under four letters.
- :func:`countries_apart`: two sides whose headlines or leads each name a country abroad
  (:func:`lead_countries`), none in common, and whose texts name none of the other's, tell
  events in two countries, whatever else they share (a side whose headline names no place
  agreed with every place).
"""

from __future__ import annotations

import re

from veille.collector import built_once
from veille.dedup.regions import REGIONS
from veille.enrich.shipped_rows import rows
from veille.extract.bare_byline import word_list
from veille.extract.textshape import fold
from veille.kept_tables import kept_once

COUNTRY = "town:country:"
"""The prefix of a country's key, as :func:`veille.dedup.specifics.towns` gives it."""
TOWN = "town:"
"""The prefix of every place key of :func:`veille.dedup.specifics.towns` (a French commune
or department is keyed by itself after it)."""
FRANCE = "fr"
"""France's code: a French place is keyed by itself, never as this country
(:func:`veille.dedup.specifics.lead_places` reads it as :data:`WHERE` + this)."""
_PARTS = re.compile(r"[\s'’-]+")
WHERE = "where:"
"""The prefix of the key of a country abroad an article's headline or lead names
(:func:`lead_countries`: "where:es"), apart from the place keys the sub-places rule reads."""
MIN_CHARS = 4
"""The shortest subdivision name read (folded characters): shorter ones are initials or
words ("Ica", "Ain")."""


@kept_once
def _french_places() -> frozenset[str]:
    """The folded names of every French commune (``enrich/data/communes.tsv.gz``) and of
    the French subdivisions of the gazetteer."""
    out: set[str] = set()
    for cells in rows("communes.tsv.gz"):
        if not cells[0].startswith("#") and len(cells) >= 2:
            out.add(fold(cells[1]))
    for cells in rows("gazetteer.tsv"):
        if len(cells) >= 4 and cells[3] == "FR":
            out.add(fold(cells[1]))
    return frozenset(out)


@kept_once
def region_countries() -> dict[str, str]:
    """Folded name -> country key (:data:`COUNTRY` + the ISO code, lower case) of the
    subdivisions abroad of the gazetteer whose name is read as a place (the module's
    docstring: the names left out)."""
    countries: dict[str, set[str]] = {}
    cities: dict[str, set[str]] = {}
    for cells in rows("gazetteer.tsv"):
        if cells[0].startswith("#") or len(cells) < 4 or cells[3] in ("", "FR"):
            continue
        if cells[2] == "region":
            countries.setdefault(fold(cells[1]), set()).add(cells[3].lower())
        elif cells[2] in ("city", "capital"):
            cities.setdefault(fold(cells[1]), set()).add(cells[3].lower())
    french = _french_places() | {fold(name) for name in REGIONS}
    words = word_list("common_words.txt") | word_list("given_names.txt") | \
        word_list("world_given_names.txt") | word_list("world_surnames.txt")
    out: dict[str, str] = {}
    for name, codes in countries.items():
        if len(codes) != 1 or len(name) < MIN_CHARS or name in french or \
                not cities.get(name, codes) <= codes or \
                all(word in words for word in _PARTS.split(name) if word):
            continue
        out[name] = COUNTRY + next(iter(codes))
    return out


def lead_countries(head: frozenset[str], lead: frozenset[str]) -> frozenset[str]:
    """The :data:`WHERE` keys of the countries abroad an article's headline and lead name:
    ``head``, the place keys :func:`veille.dedup.specifics.towns` reads in the headline and
    ``lead``, those it reads in the headline and the lead's first characters."""
    return frozenset(WHERE + key.removeprefix(COUNTRY) for key in head | lead
                     if key.startswith(COUNTRY))


def countries_apart(lead: frozenset[str], mentions: frozenset[str],
                    other_lead: frozenset[str], other_mentions: frozenset[str]) -> bool:
    """Whether two sides (an article or a story: ``lead``, the keys its headlines and leads
    name, :data:`WHERE` keys among them; ``mentions``, those its texts name) tell events in
    different countries abroad: each side's headlines or leads name a country abroad (a
    country, capital, city or subdivision), none in common, and neither side's texts name
    a country of the other's leads. France is one when a lead names a French commune
    (:data:`veille.dedup.specifics.FRANCE_WHERE`: ``where:fr``), and a side's texts name
    it by any French place; two French events never differ here."""
    ours = {key.removeprefix(WHERE) for key in lead if key.startswith(WHERE)}
    theirs = {key.removeprefix(WHERE) for key in other_lead if key.startswith(WHERE)}
    if not ours or not theirs or not ours.isdisjoint(theirs):
        return False
    return not any(_names(code, other_mentions) for code in ours) and \
        not any(_names(code, mentions) for code in theirs)


def _names(code: str, mentions: frozenset[str]) -> bool:
    """Whether the place keys ``mentions`` name the country ``code``: its key, its
    :data:`WHERE` key, or for France (:data:`FRANCE`) any French place (a commune or a
    department, keyed by itself: ``town:<name>``, ``town:dept:<code>``)."""
    if COUNTRY + code in mentions or WHERE + code in mentions:
        return True
    return code == FRANCE and any(map(french_place, mentions))


_FRANCE_WORDS = re.compile(r"\b(?:France|[Ff]ran[çc]ais(?:e|es)?|French)\b")
"""France's name and demonym, French and English ("la France", "le président français",
"the French government"): what names France besides a French place."""


def names_france(text: str) -> bool:
    """Whether ``text`` names France by name or demonym (:data:`_FRANCE_WORDS`): a side
    writing "le déficit public français" and "Bruxelles" names France, however its lead
    reads (rpm2's French stimulus plan, whose Brussels article was parted from its Douai
    ones when only French places named France)."""
    return _FRANCE_WORDS.search(text) is not None


def french_place(key: str) -> bool:
    """Whether the place key ``key`` (:func:`veille.dedup.specifics.towns`) names France: a
    French department, or a French commune whose name no city abroad of the gazetteer
    bears (:func:`_abroad_cities`: "Trois-Rivières" and "Montréal" are communes of
    Guadeloupe and the Aude, and cities of Quebec; written in a Canadian dispatch they
    name no French place)."""
    if not key.startswith(TOWN) or key.startswith(COUNTRY):
        return False
    name = key.removeprefix(TOWN)
    return name.startswith("dept:") or name not in _abroad_cities()


@built_once
def _abroad_cities() -> frozenset[str]:
    """The folded names of the cities and capitals abroad of the gazetteer
    (``enrich/data/gazetteer.tsv``, kinds ``city`` and ``capital``, a country other than
    France)."""
    out: set[str] = set()
    for cells in rows("gazetteer.tsv"):
        if not cells[0].startswith("#") and len(cells) >= 4 and cells[3] not in ("", "FR") and \
                cells[2] in ("city", "capital"):
            out.add(fold(cells[1]))
    return frozenset(out)
