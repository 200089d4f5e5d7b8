"""A region abroad named beside a town of another country: "New York City and Long Island"
is no district of the Bahamas (iso3166-2:BS-LI) when nothing else in the text lies in the
Bahamas (issue 16; t-final51 A4b). The gazetteer keeps first-level subdivisions, not every
island or area, so a name coordinated with a town ("X and Y", "X, Y", "X or Y") may have
only a namesake abroad: the pair names neighbours, and the namesake's country, which
neither the source nor any other name of the text is in, is not the text's.

A region whose country the text does give a foothold (the source's country, another
name's reading there) stays: "Munich and Bavaria", "Paris, Texas and Oklahoma".
"""
from __future__ import annotations

import re

from veille.enrich.places import Place

_JOINED = re.compile(r"\s*(?:,|and|or|&|et|ou|y|o|e)\s*", re.IGNORECASE)
"""What stands between two coordinated names: a comma or a conjunction (English, French,
Spanish, Italian/Portuguese "e")."""


def _adjacent(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether span ``a`` is followed by span ``b`` with only a coordination between."""
    return a[1] <= b[0] and bool(_JOINED.fullmatch(text, a[1], b[0]))


def coordinated_abroad(entity: dict[str, object], best: Place, text: str, home: str,
                       options: list[tuple[dict[str, object], list[Place]]]) -> bool:
    """Whether ``best`` (a region: a first-level subdivision) lies in a country that is
    neither ``home`` nor that of any reading of the text's other names (``options``:
    entity, its readings), while a mention of ``entity`` is coordinated with a mention of
    another name all of whose readings are settlements of one other country."""
    if best.kind != "region" or best.country == home:
        return False
    others = [(other, readings) for other, readings in options if other is not entity]
    if any(p.country == best.country for _, readings in others for p in readings):
        return False
    own = [(int(m[0]), int(m[1])) for m in entity.get("mentions") or []]  # type: ignore[attr-defined]
    for other, readings in others:
        countries = {p.country for p in readings}
        if not readings or len(countries) != 1 or any(
                p.kind not in ("capital", "city", "commune", "locality") for p in readings):
            continue
        spans = [(int(m[0]), int(m[1])) for m in other.get("mentions") or []]  # type: ignore[attr-defined]
        if any(_adjacent(text, a, b) or _adjacent(text, b, a) for a in own for b in spans):
            return True
    return False
