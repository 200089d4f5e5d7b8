"""A name after a city line's "vers", "jusqu'à" or "direction": the stop the line leads to.

"la ligne de tramway T10 vers Gerland" of a Lyon article names the district of Lyon the
tram goes to, not Gerland in the Côte-d'Or, 180 km away (t-final49 A3). Urban networks
(tram, métro, busway, cable car) serve their city and the towns next to it, so such a name
is read as a station's (``places._station_named``): a town of that name only within
``places.STATION_KM`` of another place of the text, no place otherwise. Trains and coaches
are left out: "le TER vers Mâcon" of a Lyon article is the town, 60 km away.

Pure functions on strings; nothing here raises.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from veille.enrich.places import Place

_MODE = (r"(?:tram|tramway|métro|metro|busway|BHNS|bus|téléphérique|telepherique|funiculaire|"
         r"trolleybus)")
_LINE_TOWARDS = re.compile(
    r"(?i)(?<![\w-])(?:ligne|" + _MODE + r")((?:[ \t\u00a0]+(?!vers\b|jusqu)[\w'’-]+){0,4}?)"
    r"[ \t\u00a0]+(?:vers|jusqu['’][aà]|jusqu['’]au|direction|en[ \t\u00a0]+direction[ \t\u00a0]+"
    r"(?:de|d['’]|du))[ \t\u00a0]*(?:la[ \t\u00a0]+|le[ \t\u00a0]+|l['’])?$")
"""A line's or an urban mode's noun, at most four words of its designation ("de tramway
T10", "A du métro", "4 du busway") and the preposition of its destination, right before a
name."""
_URBAN = re.compile(r"(?i)(?<![\w-])(?:" + _MODE + r"|T\d{1,2}|M\d{1,2})(?![\w-])")
"""An urban mode in the line's words, or a tram's or métro's designation ("T10"): "la
ligne à grande vitesse vers Bordeaux" is no city line; nor is a bus alone ("des bus vers
Annecy" may be coaches)."""


def line_destination(text: str, start: int) -> bool:
    """Whether the name at ``text[start:]`` is the destination of a city line
    (:data:`_LINE_TOWARDS`: "la ligne de tramway T10 vers Gerland")."""
    found = _LINE_TOWARDS.search(text, max(0, start - 70), start)
    if found is None:
        return False
    head = found.group(0).split()[0].lower()
    return head != "bus" and (head != "ligne" or bool(_URBAN.search(found.group(1))))


def overseas_without_evidence(best: Place, found: Sequence[Place], home: str, stated: bool,
                              others: Sequence[Sequence[Place]]) -> bool:
    """Whether ``best``, an ambiguous name's reading as one of France's overseas territories
    (Saint-Martin, MF), has no evidence in a text outside France: the outlet's country
    ``home`` is known and not France's, no area is stated for the name, the name has other
    readings (``found``), and every other place of the text, read one way, lies in ``home``
    (t-final49 A2: "Saint-Martin" of a text all Vaud is no collectivity of the Antilles).
    The territory's ISO 3166-2 entry under France (FR-NC) is no other reading of it."""
    from veille.enrich.places import FRENCH_COUNTRIES, OVERSEAS_COUNTRIES

    single = [readings[0] for readings in others if len(readings) == 1]
    # the territory and France's subdivision of it (iso3166:NC, iso3166-2:FR-NC) are one
    # reading: "nach Nouméa in Neukaledonien" names no other place (t-final51b)
    readings = {best.id if p.id == f"iso3166-2:FR-{best.country}" else p.id for p in found}
    return bool(home) and home not in FRENCH_COUNTRIES and best.country in \
        OVERSEAS_COUNTRIES and not stated and len(readings) > 1 and \
        bool(single) and all(p.country == home for p in single)
