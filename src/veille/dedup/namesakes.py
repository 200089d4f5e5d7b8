"""**Namesake towns**: one name, several communes, told apart by the department a text names.

France has hundreds of namesake communes: Saint-Denis is 93066 (Seine-Saint-Denis) and 97411
(La Réunion), and also a village of the Aude and one of the Gard. :func:`veille.dedup.
specifics.towns` keys a town by its folded name ("town:saint-denis"), so two shootings the
same evening in the two Saint-Denis named one town, and every other rule (the kind, the
day, the wording "blessé par balle") agreed: one story of two events 9,000 km apart
(t-final27 F1; f-stories28 D2). A reader tells them apart by what the text says of the
department: "(Seine-Saint-Denis)", "de La Réunion", "(93)", or another commune of one
department only that the text names ("le parquet de Bobigny", "le CHU … de Sainte-Clotilde").

:func:`seats` resolves each namesake town of an article's headline and lead to the one
department its text names among those that hold a commune of that name, as a key
:data:`SEAT` + the town's folded name + ":" + the department's code
("seat:saint-denis:974"); a town the text names no department of (or several) is left
unresolved. :func:`seats_differ` says two sides resolve one town name to two different
communes (two INSEE codes: one name, one department, one commune but for a handful of
villages), and neither also names the other's: different places, whatever else agrees.
The INSEE communes and the departments are read from the data veille ships
(``enrich/data/communes.tsv.gz``, ``enrich/data/gazetteer.tsv``), no list by hand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from veille.dedup.specifics import (
    DEPARTMENT,
    TOWN,
    _commune_key,
    _department_key,
    _town_departments,
)
from veille.enrich.shipped_rows import rows
from veille.extract.textshape import fold
from veille.kept_tables import kept_once

SEAT = "seat:"
"""The prefix of a resolved namesake town's key ("seat:saint-denis:93")."""

NAMESAKES = True
"""Whether :func:`veille.dedup.stories.terms` resolves namesake towns (:func:`seats`) and two
sides that resolve one name to two communes disagree on place; False: as before
f-stories28."""

_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ][\w’'-]*(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w’'-]*|sur|sous|en|le|la|"
                          r"les|de|du|des|d['’]\S+)){0,4}")
_CODE = re.compile(r"\((\d{2,3}|2[AB])\)")
"""A department's code in parentheses after a town: "Saint-Denis (93)"."""


def _named_departments(text: str) -> set[str]:
    """The department keys ``text`` names: a department's name written capitalised, a code in
    parentheses, or a commune of one department only."""
    found = {DEPARTMENT + m.group(1) for m in _CODE.finditer(text)}
    towns = _town_departments()
    for match in _CAPITALISED.finditer(text):
        words = match.group().split()
        for start in range(len(words)):
            for end in range(len(words), start, -1):
                phrase = " ".join(words[start:end])
                dept = _department_key(phrase)
                if dept is not None:
                    found.add(dept)
                    break
                key = _commune_key(phrase)
                if key is not None and key.startswith(TOWN) and \
                        len(towns.get(key, ())) == 1:
                    found |= towns[key]
                    break
    return found


def seats(head_towns: Iterable[str], text: str) -> frozenset[str]:
    """The :data:`SEAT` keys of the namesake towns among ``head_towns`` (an article's
    headline's and lead's town keys) that ``text`` (its headline and text) places in one
    department only; empty when none is a namesake or none is resolved."""
    towns = _town_departments()
    namesakes = [t for t in head_towns if len(towns.get(t, ())) > 1]
    if not namesakes:
        return frozenset()
    named = _named_departments(text)
    out = set()
    for town in namesakes:
        depts = towns[town] & named
        if len(depts) == 1:
            out.add(SEAT + town.removeprefix(TOWN) + ":" +
                    next(iter(depts)).removeprefix(DEPARTMENT))
    return frozenset(out)


def seats_differ(ours: Iterable[str], theirs: Iterable[str]) -> bool:
    """Whether two sides' keys (``ours``, ``theirs``: headline and lead keys) resolve one
    town name to different departments only (no seat of that name in common)."""
    mine: dict[str, set[str]] = {}
    for key in ours:
        if key.startswith(SEAT):
            name, _, dept = key.removeprefix(SEAT).rpartition(":")
            mine.setdefault(name, set()).add(dept)
    if not mine:
        return False
    other: dict[str, set[str]] = {}
    for key in theirs:
        if key.startswith(SEAT):
            name, _, dept = key.removeprefix(SEAT).rpartition(":")
            other.setdefault(name, set()).add(dept)
    return any(name in other and mine[name].isdisjoint(other[name]) for name in mine)


WORLD_NAMESAKES = True
"""Whether :func:`world_seats` resolves a town abroad that shares its name with another
(Birmingham, England / Birmingham, Alabama; Portland, Oregon / Portland, Maine; London /
London, Ontario) to the one the text places it in, so that :func:`seats_differ` keeps two
such towns' events apart (t-final34 A1: a bin strike in Birmingham, England and a sanitation
deal in Birmingham, Alabama, the same day, were one story; the enrichment placed them in two
countries). False: as before."""

_WORLD_TOWN_KINDS = frozenset({"city", "capital"})
_WORLD_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]*){0,2}")
_APPOSITION = re.compile(r"\s*(?:,|\()\s*(?:(?:en|au|aux|dans l['’]|dans le|in|state of)\s+)?"
                         r"([A-ZÀ-ÖØ-Þ][\w’'-]*(?:[\s-]+[A-ZÀ-ÖØ-Þ][\w’'-]*){0,2})")
"""An area right after a town, the press's own way of telling namesakes apart: "Portland,
Maine", "London (Ontario)", "à London, en Ontario", "Perth, Scotland"."""
WORLD_LEAD_CHARS = 500
"""How much of the text (after the headline) the towns resolved are read from: the
headline and lead, as :data:`veille.dedup.stories.PARTICIPANT_CHARS`."""


@kept_once
def _world() -> tuple[dict[str, list[tuple[str, str, int]]], dict[str, tuple[str, str]]]:
    """From the gazetteer veille ships (``enrich/data/gazetteer.tsv``, GeoNames and CLDR):
    folded name -> its towns abroad (cities and capitals outside France: ``(country,
    admin1, population)``, most populous first); folded name -> ``(country, admin1)`` of
    each country (admin1 '') and first-level region ("Alabama" -> US, AL; "Ontario" -> CA,
    '' where the gazetteer gives the region no code its cities share); a country also by
    its aliases (``aliases.tsv``: "Lebanon", "Libia", "Spain") and English name
    (``english_names.tsv``)."""
    towns: dict[str, list[tuple[str, str, int]]] = {}
    areas: dict[str, tuple[str, str]] = {}
    countries: dict[str, tuple[str, str]] = {}  # gazetteer id -> (country, '') of a country
    for cells in rows("gazetteer.tsv"):
        if cells[0].startswith("#"):
            continue
        if len(cells) < 8 or not cells[3]:
            continue
        name = fold(cells[1])
        if cells[2] == "country":
            countries[cells[0]] = (cells[3], "")
        if cells[2] in ("country", "region"):
            areas.setdefault(name, (cells[3], cells[4] if cells[2] == "region" else ""))
        elif cells[2] in _WORLD_TOWN_KINDS and cells[3] != "FR":
            pop = int(cells[7]) if cells[7].isdigit() else 0
            towns.setdefault(name, []).append((cells[3], cells[4], pop))
    # a country by its names in the other languages veille reads ("Tripoli, Lebanon",
    # "Córdoba, Argentina": the gazetteer writes "Liban", "Argentine"; t-final60 #13)
    for file, alias_at, id_at in (("aliases.tsv", 0, 1), ("english_names.tsv", 1, 0)):
        for cells in rows(file):
            if len(cells) > max(alias_at, id_at) and not cells[0].startswith("#") and \
                    cells[id_at] in countries:
                areas.setdefault(fold(cells[alias_at]), countries[cells[id_at]])
    for found in towns.values():
        found.sort(key=lambda t: -t[2])
    return towns, areas


def _area_of(phrase: str) -> tuple[str, str] | None:
    words = phrase.split()
    areas = _world()[1]
    for end in range(len(words), 0, -1):
        area = areas.get(fold(" ".join(words[:end])))
        if area is not None:
            return area
    return None


_LOCATIVE = re.compile(r"\b(?:in|from|to|at|near|à|près de)\s+"
                       r"([A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+)?)")
"""A town named after a preposition of place ("from Ensley to Woodlawn", "à Ottawa")."""


@kept_once
def _minor_towns() -> dict[str, frozenset[str]]:
    """Folded name -> the countries of the towns abroad of 5,000 to 49,999 inhabitants of
    that name (``enrich/data/minor_towns.tsv.gz``, GeoNames)."""
    out: dict[str, set[str]] = {}
    for cells in rows("minor_towns.tsv.gz"):
        if not cells[0].startswith("#") and len(cells) >= 3:
            out.setdefault(fold(cells[1]), set()).add(cells[2])
    return {name: frozenset(countries) for name, countries in out.items()}


def _sibling_countries(text: str) -> set[tuple[str, str]]:
    """The countries of the other towns ``text`` places something in ("from Ensley to
    Woodlawn") whose name is a town of one country only (and no French commune): the
    evidence the enrichment reads too (a sibling place resolved clearly)."""
    towns = _world()[0]
    out: set[tuple[str, str]] = set()
    for match in _LOCATIVE.finditer(text):
        phrase = match.group(1)
        name = fold(phrase)
        if _area_of(phrase) is not None:
            continue  # "in Oregon": the state, read as an area
        if _commune_key(phrase) is not None and \
                not str(_commune_key(phrase)).startswith(TOWN + "country:"):
            continue
        countries = {t[0] for t in towns.get(name, ())} | _minor_towns().get(name, frozenset())
        if len(countries) == 1:
            out.add((next(iter(countries)), ""))
    return out


def _areas_in(phrase: str) -> set[tuple[str, str]]:
    """The areas a capitalised run names, wherever they start in it ("Unlike Maine")."""
    words = phrase.split()
    return {a for start in range(len(words))
            if (a := _area_of(" ".join(words[start:]))) is not None}


def _seat(name: str, country: str, admin1: str) -> str:
    return SEAT + name + ":" + (country + ("-" + admin1 if admin1 else "")).lower()


def world_seats(title: str, body: str) -> tuple[frozenset[str], frozenset[str]]:
    """The :data:`SEAT` keys of the towns abroad that ``title`` and the lead of ``body``
    name, each resolved to one place ("seat:portland:us-me"), and the country keys the
    town table gave those whose place is in another country ("town:country:gb" of a
    Birmingham resolved to Alabama: to be taken out). A town is resolved by the area
    written right after it ("Portland, Maine", "London (Ontario)"; a place the gazetteer
    lacks is keyed by that area: "Perth, Scotland"), else by the one of its namesakes whose
    country or region the text names ("Alabama", "Virginie"), else, when the text names
    none of theirs, by the most populous (a bare "Birmingham" is England's, as the town
    table reads it); when the text names the areas of several, it is left unresolved. Only
    names the gazetteer holds as a town abroad; France's communes are :func:`seats`'."""
    if not WORLD_NAMESAKES:
        return frozenset(), frozenset()
    towns, areas = _world()
    text = f"{title}\n{body}"
    lead = f"{title}\n{body[:WORLD_LEAD_CHARS]}"
    written: dict[str, tuple[str, tuple[str, str] | None]] = {}  # name -> as written, area
    for match in _WORLD_NAME.finditer(lead):
        if _area_of(match.group()) is not None:
            continue  # "British Columbia", not the town Columbia
        words = match.group().split()
        for start in range(len(words)):
            phrase = " ".join(words[start:])
            name = fold(phrase)
            if name not in towns or name in areas:
                continue
            after = _APPOSITION.match(lead, match.end())
            area = _area_of(after.group(1)) if after is not None else None
            if name not in written or written[name][1] is None:
                written[name] = (phrase, area)
            break
    named_areas: set[tuple[str, str]] | None = None
    siblings: set[tuple[str, str]] | None = None
    seated: set[str] = set()
    dropped: set[str] = set()
    for name, (phrase, area) in written.items():
        places = towns[name]
        key = _commune_key(phrase)
        if key == TOWN + name:
            continue  # a French commune's name: seats() reads it
        if area is not None:
            fits = [p for p in places if p[0] == area[0] and area[1] in ("", p[1])]
            chosen = (fits[0][0], fits[0][1]) if fits else area
        else:
            if len(places) < 2 and key is None:
                continue  # one small town of the name ("Union"): nothing to tell apart
            if named_areas is None:
                named_areas = {a for m in _WORLD_NAME.finditer(text)
                               for a in _areas_in(m.group())}
            fits = [p for p in places
                    if any(p[0] == c and a in ("", p[1]) for c, a in named_areas)]
            if not fits:  # no area of theirs written: the other towns it names
                if siblings is None:
                    siblings = _sibling_countries(text)
                fits = [p for p in places if any(p[0] == c for c, _ in siblings)]
            if len({(p[0], p[1]) for p in fits}) > 1:
                continue  # the areas of several namesakes: unresolved
            best = fits[0] if fits else places[0]
            chosen = (best[0], best[1])
        seated.add(_seat(name, *chosen))
        if key is not None and key.startswith(TOWN + "country:") and \
                key != TOWN + "country:" + chosen[0].lower():
            dropped.add(key)  # the town table's reading of the name, another country's
    return frozenset(seated), frozenset(dropped)
