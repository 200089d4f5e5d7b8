"""The label the pages give a place that shares its name, read back: "Saint-Denis (La
Réunion)", "Valence (Espagne)", "Valence (Drôme)" name one place of the gazetteer.

The pages write ``Name (Area)`` for a place with namesakes (the facets, the place page's
title: :func:`veille.web.queries.qualify_homonyms`), the area being its French
département's name, else its country's name (CLDR through Babel, French or English) or
ISO code. ``place:"Saint-Denis (La Réunion)"`` typed back found nothing (t-enrich19
E17): :func:`labelled_place` turns such a label into the place's id. The area may also
be the département's code, as ``veille`` shows it beside a commune ("Saint-Denis (974)",
"Valence (26)"; f-cliux32).
"""

from __future__ import annotations

import functools
import gzip
import json
from collections.abc import Iterable
from importlib import resources
from typing import TYPE_CHECKING, Any

from veille.collector import built_once
from veille.enrich.text import fold

if TYPE_CHECKING:  # imported by the functions that use them (start-up time)
    from veille.enrich.places import Gazetteer

_LOCALES = ("fr", "en")
"""The languages of the pages, whose country names a label may hold."""


def split_label(value: str) -> tuple[str, str] | None:
    """``(name, area)`` of a label ``Name (Area)`` (the area may hold parentheses:
    "Régina (Guyane (française))"); None for any other value."""
    cut = value.find(" (")
    if cut <= 0 or not value.endswith(")"):
        return None
    name, area = value[:cut].strip(), value[cut + 2:-1].strip()
    return (name, area) if name and area else None


def _area_names(gazetteer: Gazetteer, place_id: str, country: str) -> set[str]:
    """Folded names the area of a place may be given in a label."""
    names = {fold(country)} | _country_names(country) if country else set()
    department = gazetteer.codes(place_id)[1]
    if department:  # its name, or its code: "Saint-Denis (974)", "Valence (26)"
        names |= _department_names(gazetteer, department) | {fold(department)}
    return names - {""}


def _department_names(gazetteer: Gazetteer, code: str) -> set[str]:
    """Folded names of the French département ``code`` ("93"), none when unknown."""
    found = gazetteer.by_id.get(f"iso3166-2:FR-{code}")
    if found is None:
        return set()
    return {fold(n) for n in gazetteer.names.get(found.id, [found.name])}


@functools.cache
def _country_names(country: str) -> frozenset[str]:
    """Folded names of the country ``country`` (ISO code) in :data:`_LOCALES` and in the
    country's own official languages (CLDR, through Babel: ``ES`` → "espagne", "spain",
    "espana"; ``RU`` → "россия"; ``EG`` → "مصر"; ``BE`` → "belgie", "belgien"...), so that
    ``place:España``, ``place:Россия``, ``place:مصر`` find the articles placed in the
    country as its French and English names do (r-search58, issues 14/16: only the
    French and English names worked). A language Babel has no locale data for is skipped."""
    from babel import Locale, UnknownLocaleError
    from babel.languages import get_official_languages

    code = country.upper()
    names = set()
    for language in (*_LOCALES, *get_official_languages(code, de_facto=True)):
        try:
            name = Locale.parse(language).territories.get(code)
        except (UnknownLocaleError, ValueError):
            continue
        if name:
            names.add(fold(str(name)))
    return frozenset(names)


def labelled_place(gazetteer: Gazetteer, value: str) -> str | None:
    """The id of the one place the label ``value`` ("Saint-Denis (La Réunion)") names:
    a place of that name whose département or country is the area; None when the value
    is no label, or names no place or several."""
    from veille.enrich.places import loose

    parts = split_label(value)
    if parts is None:
        return None
    name, area = parts
    wanted = fold(area)
    found = [*gazetteer.by_name.get(fold(name), []), *gazetteer.by_loose.get(loose(name), [])]
    ids = {p.id for p in found if wanted in _area_names(gazetteer, p.id, p.country)}
    return ids.pop() if len(ids) == 1 else None


LABEL_TABLE = "place_labels.json.gz"
"""The shipped table of the names with namesakes (:func:`label_table`), in
``veille/enrich/data``; written by ``scripts/gen_place_labels.py``."""
ANY_NAME = "*"
"""A table row's key when its place is found by the loose name (``by_loose``), not only
by one folded spelling (``by_name``)."""


def label_table(gazetteer: Gazetteer) -> dict[str, Any]:
    """What :func:`labelled_place` reads of ``gazetteer`` for the names at least two places
    bear: ``{"names": {loose name: [[folded name or "*", id, country], ...]},
    "departments": {id: code}, "areas": {code: [folded names]}, "countries": {code:
    [folded names]}}``. A name's rows are every place a label of that name may find
    (``by_loose`` under its loose key, "*"; ``by_name`` under each folded spelling whose
    loose key it is); ``areas`` names each French département by its code, ``countries``
    each country in the languages of the pages (CLDR through Babel)."""
    from veille.enrich.places import loose

    groups: dict[str, list[list[str]]] = {}
    for key, places in gazetteer.by_loose.items():
        groups.setdefault(key, []).extend([ANY_NAME, p.id, p.country] for p in places)
    for key, places in gazetteer.by_name.items():
        groups.setdefault(loose(key), []).extend([key, p.id, p.country] for p in places)
    names = {key: rows for key, rows in groups.items() if len({r[1] for r in rows}) >= 2}
    ids = {r[1] for rows in names.values() for r in rows}
    departments = {pid: code for pid in sorted(ids) if (code := gazetteer.codes(pid)[1])}
    areas = {code: sorted(_department_names(gazetteer, code))
             for code in sorted(set(departments.values()))}
    countries = {code: sorted(_country_names(code))
                 for code in sorted({r[2] for rows in names.values() for r in rows} - {""})}
    return {"names": names, "departments": departments, "areas": areas,
            "countries": countries}



@built_once
def shipped_label_table() -> dict[str, Any]:
    """The shipped :func:`label_table` of the shipped gazetteer (read once per process)."""
    data = resources.files("veille.enrich").joinpath("data").joinpath(LABEL_TABLE)
    loaded: dict[str, Any] = json.loads(gzip.decompress(data.read_bytes()))
    return loaded


def _table_areas(table: dict[str, Any], place_id: str, country: str) -> set[str]:
    """:func:`_area_names` of a place, read from a :func:`label_table`."""
    names = {fold(country), *table["countries"].get(country, [])} if country else set()
    code = table["departments"].get(place_id)
    if code:  # the département's names, and its code (as _area_names)
        names.update([*table["areas"].get(code, []), fold(code)])
    return names - {""}


def labelled_shipped(value: str, *, build: bool = True) -> str | None:
    """:func:`labelled_place` over the shipped gazetteer, answered from the shipped label
    table when the label's name is one several places bear (every label the pages show:
    t-final27 F9, 11 s per ``veille search 'place:"Saint-Denis (Seine-Saint-Denis)"'``
    spent building the gazetteer); the gazetteer is built only for another name, and
    only when ``build`` (a search reads the stored places instead: t-final31 U1)."""
    from veille.enrich.places import loose

    parts = split_label(value)
    if parts is None:
        return None
    name, area = parts
    table = shipped_label_table()
    rows: Iterable[list[str]] | None = table["names"].get(loose(name))
    if rows is None:
        if not build:
            return None
        from veille.enrich.places import shipped

        return labelled_place(shipped(), value)
    wanted, folded = fold(area), fold(name)
    ids = {pid for key, pid, country in rows if (key == ANY_NAME or key == folded)
           and wanted in _table_areas(table, pid, country)}
    return ids.pop() if len(ids) == 1 else None
