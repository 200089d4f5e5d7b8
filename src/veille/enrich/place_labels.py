"""The label the pages give a place that shares its name, read back: "Saint-Denis (La
Réunion)", "Valence (Espagne)", "Valence (Drôme)" name one place of the gazetteer.

The pages write ``Name (Area)`` for a place with namesakes (the facets, the place page's
title: :func:`veille.web.queries.qualify_homonyms`), the area being its French
département's name, else its country's name (CLDR through Babel, French or English) or
ISO code. ``place:"Saint-Denis (La Réunion)"`` typed back found nothing (t-enrich19
E17): :func:`labelled_place` turns such a label into the place's id.
"""

from __future__ import annotations

from babel import Locale

from veille.enrich.places import Gazetteer, loose
from veille.enrich.text import fold

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
    names = {fold(country)} if country else set()
    department = gazetteer.codes(place_id)[1]
    if department:
        found = gazetteer.by_id.get(f"iso3166-2:FR-{department}")
        if found is not None:
            names.update(fold(n) for n in gazetteer.names.get(found.id, [found.name]))
    for language in _LOCALES if country else ():
        name = Locale.parse(language).territories.get(country.upper())
        if name:
            names.add(fold(str(name)))
    return names - {""}


def labelled_place(gazetteer: Gazetteer, value: str) -> str | None:
    """The id of the one place the label ``value`` ("Saint-Denis (La Réunion)") names:
    a place of that name whose département or country is the area; None when the value
    is no label, or names no place or several."""
    parts = split_label(value)
    if parts is None:
        return None
    name, area = parts
    wanted = fold(area)
    found = [*gazetteer.by_name.get(fold(name), []), *gazetteer.by_loose.get(loose(name), [])]
    ids = {p.id for p in found if wanted in _area_names(gazetteer, p.id, p.country)}
    return ids.pop() if len(ids) == 1 else None
