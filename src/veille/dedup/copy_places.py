"""Two texts whose places cannot be one event's are no copies of each other.

A reprint (a teaser, a republication) is the same text about the same event: what an outlet
changes in a dispatch is its headline, chrome, a dateline or byline, a sentence cut or
reworded, never where it happened. Robot-written and press-release texts print one template
many times, and the shingle test reads two fillings as copies when most sentences are the
template's: a flood alert for the Var ("Toulon et Hyères") and one for California ("Los
Angeles et San Diego"), the first sentence rewritten and the rest word for word, were
"reprint 0.39" of each other (t-final51b A13), and the reprint put the Californian alert in
the Var's story. The word-level template rule (:mod:`veille.dedup.template`) did not catch
them: the rewritten first sentence replaces more words than a template's slot holds.

So a copy must not tell another place (:func:`elsewhere`), read as the stories' place
rules read it (:func:`veille.dedup.specifics.towns`: French communes keyed by themselves,
cities, subdivisions and countries abroad keyed by their country; the gazetteer veille
ships, no list written here):

each text's opening names a place, a French one standing for France (a commune named like a
city abroad, "Montréal", does not: :func:`veille.dedup.regions_abroad.french_place`), the
two openings' countries differ, and the countries of one opening are all absent from the
other whole text, both ways (France against the United States; the words "France",
"français", "French" name France too).

Two French towns on one template (Alès and Perpignan) are not parted here: a town-level
test cost the wire-copy bench's recall (``bench/dedup.py``, 3,000 documents: 0.9912 to
0.9870), copies whose openings name other towns than their originals' (datelines), and
stays for a later round.

A copy shares most of its original's text, so it prints the original's places: a copy that
cut the paragraph naming them names none, and a side naming no place agrees with every
place. The test runs only on pairs the shingles already called copies.
"""

from __future__ import annotations

import functools

from veille.dedup.regions_abroad import COUNTRY, FRANCE, french_place, names_france
from veille.dedup.specifics import towns
from veille.dedup.template import Wording


@functools.lru_cache(maxsize=4096)
def _lead(opening: str) -> frozenset[str]:
    """The place keys (:func:`veille.dedup.specifics.towns`) an opening names: remembered,
    as one text is compared with each of its candidates."""
    return towns("", opening)[1]


@functools.lru_cache(maxsize=4096)
def _keys(text: str) -> frozenset[str]:
    """The place keys (:func:`veille.dedup.specifics.towns`) ``text`` names, France's among
    them when it names France (:func:`veille.dedup.regions_abroad.names_france`):
    remembered, as one text is compared with each of its candidates."""
    keys = towns("", text)[1]
    return keys | {COUNTRY + FRANCE} if names_france(text) else keys


def _countries(keys: frozenset[str]) -> set[str]:
    """The countries the place keys ``keys`` stand for (ISO codes, lower case): France for
    a French place (:func:`veille.dedup.regions_abroad.french_place`: not a commune named
    like a city abroad)."""
    return {key.removeprefix(COUNTRY) for key in keys if key.startswith(COUNTRY)} | (
        {FRANCE} if any(map(french_place, keys)) else set())


def elsewhere(a: Wording, b: Wording) -> bool:
    """Whether ``a`` and ``b`` tell events in places that cannot be one (module docstring:
    different countries, each named in one opening and nowhere in the other text). The
    openings are read first; the whole texts (at most :data:`veille.dedup.template.
    MAX_CHARS` characters) only when both name a place."""
    lead_a = _lead(a.opening)
    if not lead_a:
        return False
    lead_b = _lead(b.opening)
    if not lead_b:
        return False
    countries_a, countries_b = _countries(lead_a), _countries(lead_b)
    if not countries_a or not countries_b or not countries_a.isdisjoint(countries_b):
        return False
    return countries_a.isdisjoint(_countries(_keys(b.whole))) and \
        countries_b.isdisjoint(_countries(_keys(a.whole)))
