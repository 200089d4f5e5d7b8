"""A state's code in parentheses after a town is part of the town's address.

Brazilian, Italian, Spanish and French papers write the state, province or département
after a town in parentheses: "Natal (RN)", "Campinas (SP)", "Recife (PE)". The code is
the second part of the subdivision's ISO 3166-2 code (BR-RN: Rio Grande do Norte), not an
entity of its own, but the alias table reads "RN" as the Rassemblement national
(t-final55b A12). :func:`without_state_codes` drops, from the entity stage's entities,
every mention of two or three capitals in parentheses right after a place's mention
whose name the gazetteer knows as a settlement of a country that has a subdivision so
coded (the gazetteer's ISO 3166-2 rows): no hand list of codes. "Jordan Bardella (RN)"
and "le Rassemblement national (RN)" keep theirs: no place comes before them.
"""

from __future__ import annotations

import re
from typing import Any, Protocol

_CODE = re.compile(r"[A-Z]{2,3}")
_SETTLEMENTS = frozenset({"capital", "city", "commune", "locality"})
_PARENTHESIS = re.compile(r"[ \t\u00a0]*\(([A-Z]{2,3})\)")


class _Places(Protocol):
    by_id: Any

    def candidates(self, name: str, entity_id: str = "") -> list[Any]: ...


def state_of(code: str, town: str, gazetteer: _Places) -> bool:
    """Whether a settlement named ``town`` lies in a country with a subdivision coded
    ``code`` (ISO 3166-2: ``iso3166-2:BR-RN``)."""
    return any(p.kind in _SETTLEMENTS and f"iso3166-2:{p.country}-{code}" in gazetteer.by_id
               for p in gazetteer.candidates(town))


def _after_town(mention: list[Any], text: str, ends: dict[int, str],
                gazetteer: _Places) -> bool:
    """Whether ``mention`` is "(CODE)" right after a mention (ending at a key of ``ends``)
    of a town whose country has a subdivision coded CODE."""
    start, end, written = int(mention[0]), int(mention[1]), str(mention[2])
    if not _CODE.fullmatch(written) or text[start - 1:start] != "(" or \
            text[end:end + 1] != ")":
        return False
    before = start - 1
    while before > 0 and text[before - 1] in " \t\u00a0":
        before -= 1
    town = ends.get(before)
    return town is not None and state_of(written, town, gazetteer)


def without_state_codes(entities: list[dict[str, Any]], text: str,
                        gazetteer: _Places) -> list[dict[str, Any]]:
    """``entities`` without the mentions of a state's code in parentheses after a town
    (module docstring); an entity left with no mention is dropped."""
    ends = {int(m[1]): str(m[2]) for e in entities for m in e.get("mentions") or []
            if e.get("label") == "LOC" or str(e.get("id", "")).startswith(
                ("geonames:", "insee:", "iso3166"))}
    out = []
    for entity in entities:
        mentions = entity.get("mentions") or []
        kept = [m for m in mentions if not _after_town(m, text, ends, gazetteer)]
        if not kept:
            continue
        if len(kept) != len(mentions):
            entity["mentions"], entity["count"] = kept, len(kept)
        out.append(entity)
    return out + _states(ends, text, gazetteer, out)


def _states(ends: dict[int, str], text: str, gazetteer: _Places,
            entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A LOC entity, linked to the subdivision's gazetteer row, for each state's code in
    parentheses after a town (``ends``: a place mention's end → its text) when one
    country alone has both a settlement so named and a subdivision so coded: "Natal (RN)"
    names Rio Grande do Norte too (t-final55b A12, left by r-places56), "Caruaru (PE)"
    Pernambuco. One entity per subdivision, its mentions the codes; none where an entity
    already covers the code."""
    taken = {int(m[0]) for e in entities for m in e.get("mentions") or []}
    found: dict[str, dict[str, Any]] = {}
    for end, town in ends.items():
        code = _PARENTHESIS.match(text, end)
        if code is None or code.start(1) in taken:
            continue
        ids = {f"iso3166-2:{p.country}-{code.group(1)}" for p in gazetteer.candidates(town)
               if p.kind in _SETTLEMENTS} & set(gazetteer.by_id)
        if len(ids) != 1:
            continue
        pid = ids.pop()
        state = found.setdefault(pid, {"name": gazetteer.by_id[pid].name, "label": "LOC",
                                       "id": pid, "mentions": [], "count": 0})
        state["mentions"].append([code.start(1), code.end(1), code.group(1)])
        state["count"] += 1
    return list(found.values())
