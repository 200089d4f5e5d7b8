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

- **countries**: each text's opening names a place, a French one standing for France; the
  countries of one opening are all absent from the other whole text, both ways (France
  against the United States);
- **French towns**: each opening names a French commune, and no commune of one opening is
  named by the other text, nor lies in a department it is about
  (:func:`veille.dedup.specifics.within`): two floods in Alès and Perpignan on one template.

A copy shares most of its original's text, so it prints the original's places: a copy that
cut the paragraph naming them names none, and a side naming no place agrees with every
place. The test runs only on pairs the shingles already called copies.
"""

from __future__ import annotations

from veille.dedup.regions_abroad import COUNTRY, FRANCE, french_place, names_france
from veille.dedup.specifics import TOWN, towns, within
from veille.dedup.template import Wording

_DEPARTMENT = TOWN + "dept:"


def _places(worded: Wording) -> tuple[frozenset[str], frozenset[str]]:
    """The place keys (:func:`veille.dedup.specifics.towns`) of ``worded``'s opening and
    of its whole text (at most :data:`veille.dedup.template.MAX_CHARS` characters), France
    among the latter when it names France (:func:`veille.dedup.regions_abroad.
    names_france`)."""
    whole = towns("", worded.whole)[1]
    if names_france(worded.whole):
        whole = whole | {COUNTRY + FRANCE}
    return towns("", worded.opening)[1], whole


def _countries(keys: frozenset[str]) -> set[str]:
    """The countries the place keys ``keys`` stand for (ISO codes, lower case): France for
    a French place (:func:`veille.dedup.regions_abroad.french_place`: not a commune named
    like a city abroad)."""
    return {key.removeprefix(COUNTRY) for key in keys if key.startswith(COUNTRY)} | (
        {FRANCE} if any(map(french_place, keys)) else set())


def _communes(keys: frozenset[str]) -> set[str]:
    """The French communes among the place keys ``keys`` (no country, no department)."""
    return {key for key in keys if key.startswith(TOWN) and not key.startswith(COUNTRY)
            and not key.startswith(_DEPARTMENT)}


def elsewhere(a: Wording, b: Wording) -> bool:
    """Whether ``a`` and ``b`` tell events in places that cannot be one (module docstring:
    different countries, or different French communes, each named in one opening and
    nowhere in the other text)."""
    lead_a, all_a = _places(a)
    if not lead_a:
        return False
    lead_b, all_b = _places(b)
    if not lead_b:
        return False
    countries_a, countries_b = _countries(lead_a), _countries(lead_b)
    if countries_a and countries_b and countries_a.isdisjoint(_countries(all_b)) and \
            countries_b.isdisjoint(_countries(all_a)):
        return True
    towns_a, towns_b = _communes(lead_a), _communes(lead_b)
    return bool(towns_a and towns_b) and not any(within(t, all_b) for t in towns_a) and \
        not any(within(t, all_a) for t in towns_b)
