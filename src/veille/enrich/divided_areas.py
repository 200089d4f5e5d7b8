"""An area compass words divide, read as the one part the same article names.

"Yorkshire" and "Sussex" are no subdivision of ISO 3166-2:GB: the gazetteer reads each as an
area of its own (``provinces.tsv``: "Yorkshire" is ``veille:divided-yorkshire``; it was
read ``GB-ERY+GB-NYK``, East Riding and North Yorkshire, which left out West and South
Yorkshire and showed two areas: r-places49). A moor fire "in Yorkshire" of an article
that names West Yorkshire and Calderdale is in West Yorkshire (t-final32 #9).
:func:`one_named_part` reads such an area as the one part of it the article also names as
a place, "X Yorkshire", "East Sussex" (a council's area counts: "East Sussex County
Council", :mod:`veille.enrich.town_contexts`); with no part named, or two ("North and
West Yorkshire"), the area stays as the gazetteer reads it, one area.

The divided area's place is then merged into its part's: the part's ``count`` adds the
area's, and the area's surface is kept in the part's ``also_mentioned_as`` (searched as
the place's other names: ``place:Yorkshire`` still finds the article); its entities take
the part's id (the stage merges entities of one id).
"""

from __future__ import annotations

from typing import Any

from veille.enrich.places import Gazetteer, loose

DIVIDED = "veille:divided-"
"""The id prefix of an area compass words divide (``scripts/gen_provinces.py``)."""


def _divided(place: dict[str, Any]) -> bool:
    return str(place["id"]).startswith(DIVIDED)


def one_named_part(places: list[dict[str, Any]], entities: list[dict[str, Any]],
                   gazetteer: Gazetteer) -> list[dict[str, Any]]:
    """``places`` with each divided area (id ``veille:divided-NAME``) merged into the
    one part of it ``places`` also holds (module docstring); ``entities`` of the area's
    id take the part's."""
    out = list(places)
    for area in places:
        if not _divided(area):
            continue
        bases = {loose(n) for n in [*gazetteer.names.get(str(area["id"]), []),
                                    str(area["name"]), str(area.get("mentioned_as") or "")]
                 if n}
        named = {str(p["id"]): p for p in out if p is not area and p.get("kind") == "region"
                 and p.get("country") == area.get("country") and (
                     any(
                         loose(n).endswith(" " + base)
                         for n in [*gazetteer.names.get(str(p["id"]), []), str(p["name"])]
                         for base in bases))}
        if len(named) != 1:
            continue
        [part] = named.values()
        part["count"] = int(part.get("count") or 0) + int(area.get("count") or 0)
        surface = str(area.get("mentioned_as") or area["name"])
        also = [*part.get("also_mentioned_as", []), surface]
        part["also_mentioned_as"] = list(dict.fromkeys(also))
        out = [p for p in out if p is not area]
        for entity in entities:
            if entity.get("id") == area["id"]:
                entity["id"] = part["id"]
    return out
