"""A name written as a facility's, not as a town's: "La Guardia and Kennedy airports"
names two airports of New York, not Kennedy (a locality of Bogotá) (issue 16; t-final51
A4b). English puts the name before the facility's noun, and a plural noun after a
coordination ("X and Y airports") makes every name of it a facility's.

Such a name is no place when its reading lies in a country neither the source nor any
other place of the text is in (:func:`facility_abroad`): "Denver airport" in a story on
Colorado stays Denver.
"""
from __future__ import annotations

import re

from veille.enrich.places import Place

_FACILITY_AFTER = re.compile(
    r"(?:\s+(?:and|or|&)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?"
    r"\s+(?:[Ii]nternational\s+)?(?:[Aa]irports?|[Aa]irfields?|[Aa]ir\s+[Bb]ases?)\b")
"""What follows a name that is an airport's ("Kennedy airport", "Heathrow Airport", "La
Guardia and Kennedy airports", "O'Hare International Airport"): the English order of a
facility's name before its noun."""


def facility_mention(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by an airport's noun
    (:data:`_FACILITY_AFTER`)."""
    return bool(_FACILITY_AFTER.match(text, end))


def facility_abroad(mentions: list[tuple[int, int, str]], best: Place, text: str,
                    home: str, others: list[list[Place]]) -> bool:
    """Whether every one of ``mentions`` (start, end, surface) is a facility's name and
    ``best`` (the reading chosen) lies in a country that is neither ``home`` (the source's)
    nor that of any reading among ``others`` (the text's other place names' readings)."""
    return bool(mentions) and best.country != home and \
        all(facility_mention(text, int(m[1])) for m in mentions) and \
        not any(p.country == best.country for readings in others for p in readings)
