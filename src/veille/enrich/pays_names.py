"""A French pays's or valley's name that is also a far commune's: "les stations de
Tarentaise" (the Savoie valley) is not Tarentaise, a village of the Loire 150 km away.

French communes carry the name of their pays or valley after their own: "La Plagne
Tarentaise", "Sainte-Foy-Tarentaise", "Saint-Jean-de-Maurienne", "Saint-Valery-en-Caux",
"Neufchâtel-en-Bray", "Magny-en-Vexin" (the Code officiel géographique's names, as the
gazetteer holds them). When a small commune bears that name alone and lies far from every
settlement the text names, while communes named "… <name>" lie near them, the text names
the area, not the commune (t-final57 A3c: a Savoie text's "Tarentaise" resolved to
Tarentaise, Loire, INSEE 42306). The rule of :func:`area_named_by_communes`; the index of
name tails is built once per gazetteer. Pure functions; nothing here raises.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from veille.enrich.text import fold

_SETTLEMENTS = frozenset({"capital", "city", "commune", "locality"})
_TAILS: dict[int, Mapping[str, list[Any]]] = {}


def _tails(places: Iterable[Any], key: int) -> Mapping[str, list[Any]]:
    """Folded name tails (every run of last words but the whole name: "plagne tarentaise",
    "tarentaise") → the settlements whose name ends so; built once per ``key``."""
    if key not in _TAILS:
        index: dict[str, list[Any]] = {}
        for place in places:
            if place.kind not in _SETTLEMENTS:
                continue
            words = fold(place.name).split()
            for k in range(1, len(words)):
                index.setdefault(" ".join(words[k:]), []).append(place)
        _TAILS[key] = index
    return _TAILS[key]


def area_named_by_communes(best: Any, others: Iterable[Any], gazetteer: Any,
                           km: Any, reach: float) -> bool:
    """Whether ``best`` (a settlement) bears a name that settlements of its country lying
    within ``reach`` km (``km(a, b)``) of one of ``others`` (the text's other settlements)
    end with, while ``best`` itself lies farther than ``reach`` from every one of
    ``others``: "Tarentaise" beside Moûtiers and Bozel, with La Plagne Tarentaise and
    Sainte-Foy-Tarentaise near them (module docstring). False when ``others`` is empty or
    a coordinate is missing."""
    near = [p for p in others if p.kind in _SETTLEMENTS and p.lat is not None]
    if not near or best.lat is None or any(km(p, best) <= reach for p in near):
        return False
    tails = _tails(gazetteer.by_id.values(), id(gazetteer)).get(fold(best.name), [])
    return any(t.country == best.country and t.id != best.id and t.lat is not None
               and any(km(t, p) <= reach for p in near) for t in tails)
