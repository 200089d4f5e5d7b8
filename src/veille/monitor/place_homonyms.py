"""A saved search's ``place:`` filter that names several places (t-final25 S14).

``place:"Saint-Denis"`` matches every place of that name: the commune of
Seine-Saint-Denis and the prefecture of La Réunion alike. Search says so in its facets
(``homonym``), but a saved search was stored silently and alerted on the namesake's news.
:func:`homonym_warnings` names such a filter, with the forms that name one place each,
which the query language reads (docs/search.md: ``place:"Name (Area)"``, the label the
pages give, or the place's id).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from babel import Locale

from veille.enrich.place_labels import labelled_place, split_label
from veille.enrich.places import shipped
from veille.enrich.text import fold
from veille.index.query import And, Filter, Node, Not, Or, parse_query
from veille.store.base import PlaceSummary

__all__ = ["homonym_warnings", "place_choice"]

#: How many places of one name a warning offers, at most (the most named first).
MAX_CHOICES = 4


def _place_filters(node: Node) -> Iterator[str]:
    if isinstance(node, Filter) and node.field == "place":
        yield node.value
    elif isinstance(node, And | Or):
        for item in node.items:
            yield from _place_filters(item)
    elif isinstance(node, Not):
        yield from _place_filters(node.item)


def place_choice(place: PlaceSummary) -> str:
    """The ``place:`` clause naming ``place`` alone: its label ``Name (Area)`` (the
    département's name in France, else the country's French name, as the French pages
    write it) when that label reads back as this place, else its id."""
    gazetteer = shipped()
    known = gazetteer.by_id.get(place.id)
    code = known.department if known is not None else ""
    department = gazetteer.by_id.get(f"iso3166-2:FR-{code}") if code else None
    country = (place.country or (known.country if known is not None else "")).upper()
    area = (department.name if department is not None and department.id != place.id else
            str(Locale.parse("fr").territories.get(country, country)) if country else "")
    if area:
        label = f"{place.name} ({area})"
        if labelled_place(gazetteer, label) == place.id:
            return f'place:"{label}"'
    return f'place:"{place.id}"'


def homonym_warnings(query: str, places_named: Callable[[str], list[PlaceSummary]]
                     ) -> list[str]:
    """One warning per ``place:`` filter of ``query`` whose name (not a label, not an id)
    is that of several places the store's articles name (``places_named``: the stored
    places whose name holds a text, most named first): how many it matches, and the forms
    that name one of them. ``[]`` when none."""
    said: list[str] = []
    for value in dict.fromkeys(_place_filters(parse_query(query).node)):
        if split_label(value) is not None:
            continue
        same = [p for p in places_named(value) if fold(p.name) == fold(value)
                and p.id != value]
        if len({p.id for p in same}) < 2:
            continue
        choices = " or ".join(place_choice(p) for p in same[:MAX_CHOICES])
        said.append(f'place:"{value}" names {len(same)} places and matches them all: '
                    f"for one, write {choices}")
    return said
