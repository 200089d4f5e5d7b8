"""Small towns of the text's own country, named bare in a text read without a model.

Spanish, Italian, Portuguese, German or Catalan text has no language model here
(``veille.enrich.defaults.recognizer_for``): :mod:`veille.enrich.city_spans` finds the
gazetteer's cities, and a minor town (``minor_towns.tsv.gz``, 5,000 to 49,999 people) only
near another town the text names or, alone, from ``KNOWN_TOWN_MIN`` (20,000) inhabitants.
Local news names the small towns of its own country bare: "en Requena" (20,227), "a
Carlet" (15,527), "in Penzberg" (16,079), "visitou Ponte da Barca" (4,372), all no place
(t-final66 F8). What says where such a name lies is then the text's context, never its
name alone:

- the source's country (its domain: ``lasprovincias.es`` → ES, :func:`home_country`),
  when the text's language is spoken there (:func:`spoken_countries`), holds exactly one
  town or village of that name (:func:`home_town`);
- another town of the text, of the same country, lies within ``NEIGHBOUR_KM`` of one of
  the name's towns or villages ("de Chiva y de Requena", "in Geretsried und in Murnau":
  :func:`near_town`).

A name the gazetteer lists (a city, a French commune) is never read so: its readings
decide, and a town is never preferred to a larger namesake without such context.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from veille.enrich.places import NEIGHBOUR_KM, Gazetteer, Place, _km, loose


@cache
def spoken_countries(language: str) -> frozenset[str]:
    """The countries (ISO alpha-2) where Unicode CLDR gives ``language`` (a BCP 47 tag, its
    first subtag read) an official status, and, for a language official as a state's
    language in at most one country, its regional official status too: Catalan is
    official in Andorra and regional in Spain, where À Punt and VilaWeb write "a Carlet"
    (t-final66 F8); Galician and Basque are regional in Spain only. Spanish, official in
    twenty countries, does not gain the United States (regional there). Babel's
    ``territory_languages``."""
    from babel.core import get_global

    code = language.replace("_", "-").split("-")[0].lower()
    table = get_global("territory_languages")
    status = {t.upper(): (langs.get(code) or {}).get("official_status")
              for t, langs in table.items()}
    official = {t for t, s in status.items() if s in ("official", "de_facto_official")}
    if len(official) > 1:
        return frozenset(official)
    return frozenset(official | {t for t, s in status.items() if s == "official_regional"})


def towns_named(gazetteer: Gazetteer, name: str) -> list[Place]:
    """The minor towns and villages abroad named ``name`` (:func:`loose` alike), each
    once."""
    seen: dict[str, Place] = {}
    for place in [*gazetteer.minor_towns(name), *gazetteer.villages_named(name)]:
        seen.setdefault(place.id, place)
    return list(seen.values())


def home_town(gazetteer: Gazetteer, name: str, language: str, home: str) -> list[Place]:
    """The one minor town or village named ``name`` in ``home`` (the source's country),
    when ``language`` is spoken there (:func:`spoken_countries`) and the gazetteer lists
    no place of that name; [] otherwise (two there: the text does not say which)."""
    if not home or home == "FR" or home not in spoken_countries(language) or \
            gazetteer.candidates(name):
        return []
    there = [t for t in towns_named(gazetteer, name) if t.country == home]
    return there if len(there) == 1 else []


def near_town(gazetteer: Gazetteer, name: str, neighbours: Sequence[Place]) -> list[Place]:
    """The one minor town or village named ``name`` within ``NEIGHBOUR_KM`` of one of
    ``neighbours`` (the other towns the text names) of its own country, nearest first;
    [] when none, or when the gazetteer lists a place of that name."""
    if gazetteer.candidates(name):
        return []
    near: list[tuple[float, Place]] = []
    for town in towns_named(gazetteer, name):
        km = [_km(town, n) for n in neighbours if n.lat is not None and town.lat is not None
              and n.country == town.country and loose(n.name) != loose(town.name)]
        if km and min(km) <= NEIGHBOUR_KM:
            near.append((min(km), town))
    return [t for _, t in sorted(near, key=lambda x: x[0])[:1]]


def local_namesake(best: Place, found: Sequence[Place], name: str, anchors: Sequence[Place],
                   named: set[str], gazetteer: Gazetteer, language: str, home: str
                   ) -> tuple[Place, list[Place]] | None:
    """The reading of ``name`` in a local story and its rivals (the doubt said: [] when
    sure), given ``best``, the reading the scores chose among ``found``; None when the
    rule does not apply (t-final66 F8: "en Requena y en San Antonio" of a Spanish story
    was San Antonio, Texas).

    A story is local to country C when every other town it names unambiguously
    (``anchors``) lies in C, one of them is a small town (a minor town or village, not a
    gazetteer city: Madrid alone does not make a story local), the source's country
    ``home`` is C or unknown, and the text's language is spoken in C
    (:func:`spoken_countries`). Then:

    - a settlement ``best`` abroad, in a country the text does not name (``named``),
      gives way to a namesake in C (among ``found``, the minor towns and villages of that
      name), the one nearest to an anchor: sure when within ``NEIGHBOUR_KM`` of one, else
      in doubt (the text names a place of that name in C, not which);
    - no namesake in C: ``best`` stays, in doubt when it has namesakes and lies far from
      every anchor.

    A reading in C is left to the other rules (a far namesake of C chosen sure, "en Sueca
    y en San Antonio" → Sant Antoni de Portmany, Ibiza, is such a case: not changed)."""
    if best.lat is None or best.kind not in ("city", "capital", "commune"):
        return None
    own = {p.id for p in found}
    local = [a for a in anchors if a.id not in own and a.lat is not None]
    countries = {a.country for a in local}
    if len(countries) != 1 or all(a.id in gazetteer.by_id for a in local):
        return None  # "vuelos de Madrid a San Antonio": no small town, no local story
    country = next(iter(countries))
    if (home and home != country) or country not in spoken_countries(language):
        return None
    pool = {p.id: p for p in [*found, *towns_named(gazetteer, name)] if p.lat is not None}
    pool.setdefault(best.id, best)

    def distance(place: Place) -> float:
        return min(_km(place, a) for a in local)

    if best.country == country or best.country in named:
        return None
    namesakes = [p for p in pool.values() if p.country == country]
    if not namesakes:
        rivals = [p for p in pool.values() if p.id != best.id]
        return (best, rivals) if rivals and distance(best) > NEIGHBOUR_KM else None
    chosen = min(namesakes, key=lambda p: (distance(p), -p.population))
    if distance(chosen) <= NEIGHBOUR_KM:
        return chosen, []
    return chosen, [p for p in pool.values() if p.id != chosen.id]


def lone_town(gazetteer: Gazetteer, name: str, language: str) -> list[Place]:
    """The minor town (``minor_towns.tsv.gz``: 5,000 inhabitants or more) named ``name``
    when it is the only town or village of that name in the world and lies in a country
    where ``language`` is spoken (:func:`spoken_countries`), and the gazetteer lists no
    place of that name: "en Utiel" of a Spanish text is Utiel (12,420), whatever the
    source; [] otherwise (two namesakes, Requena of Spain and of Peru: the text must say
    which)."""
    if gazetteer.candidates(name):
        return []
    towns = towns_named(gazetteer, name)
    if len(towns) != 1 or not gazetteer.minor_towns(name) or \
            towns[0].country not in spoken_countries(language):
        return []
    return towns
