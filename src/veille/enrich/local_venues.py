"""A name after a local facility's noun and "de" in a home article: the facility's or its
neighbourhood's name, no town abroad (t-final29 F6, issue 16).

French local news names its gyms, stadiums, halls and schools after the neighbourhood
they stand in ("le gymnase de Bellevue" of Vierzon, "le stade de Beauregard" of Rennes,
"l'école de la Chapelle"): the name is a part of the town the article is about, or the
facility's own name. When such a name reads only as a town outside the outlet's country
(Bellevue, Washington; Belleville, Illinois), after the definite article and the noun in
the singular, that reading is a namesake's: a town abroad
has no municipal gym in a local article. A reading in the outlet's country stays ("le
lycée de Saint-Amand-Montrond", "le stade de Lille" are those towns'; places.py's
``_VENUE_BEFORE`` already leaves a venue's "de" out for that reason).

Pure functions on strings; nothing here raises.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

_FACILITY_OF = re.compile(
    r"(?i)(?<![\w'’-])(?:au|du|le|la|l['’])\s*(?:gymnase|stade|salle(?:\s+(?:polyvalente|"
    r"municipale|des\s+fêtes|omnisports))?|école|ecole|collège|college|lycée|lycee|"
    r"piscine|halle|complexe\s+sportif|centre\s+social|maison\s+de\s+quartier|"
    r"médiathèque|groupe\s+scolaire|foyer)\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|"
    r"de\s+|d['’]\s*)$")
"""The definite article, a local facility's noun in the singular and its "de" right
before a name: that one facility ("au gymnase de Bellevue"); a plural or an indefinite
("les écoles de Gaza", "une école de Gaza") speaks of a town's facilities, and keeps the
town."""
_SAINT = re.compile(r"(?:Saint|Sainte|St|Ste)[-\s]")
_WORSHIP_OF = re.compile(
    r"(?i)(?<![\w'’-])(?:au|du|le|la|l['’])\s*(?:temple|église|eglise|chapelle|cathédrale|"
    r"cathedrale|basilique|collégiale|collegiale|abbatiale|paroisse|prieuré|prieure)"
    r"\s+(?:de\s+|d['’]\s*)?$")
"""A place of worship's noun before a saint's name ("au temple de Saint-Martin" of
Vevey, "la chapelle Saint-Barthélemy", t-final49 A2): the building is dedicated to the
saint, and names no town abroad. The nouns are a closed class, the place-of-worship natures
of IGN's BD TOPO v3 (``BATIMENT``: Chapelle, Église; ``ZONE_D_ACTIVITE_OU_D_INTERET``: Culte
catholique ou orthodoxe, Culte protestant) and the churches' own ranks (cathédrale,
basilique, collégiale, abbatiale, prieuré, paroisse)."""


def after_local_facility(text: str, start: int) -> bool:
    """Whether the name at ``text[start:]`` follows a local facility's noun and "de"
    ("au gymnase de Bellevue")."""
    return bool(_FACILITY_OF.search(text, max(0, start - 40), start)) or bool(
        _SAINT.match(text, start) and _WORSHIP_OF.search(text, max(0, start - 40), start))


def facility_name_abroad(mentions: Sequence[Sequence[object]], countries: Iterable[str],
                         text: str, home: str) -> bool:
    """Whether a place entity whose ``mentions`` are ``(start, end, text)`` triples, read
    as places in ``countries`` (ISO codes), is only a local facility's or neighbourhood's
    name: every mention after a facility's noun and "de", no reading in ``home`` (the
    outlet's country; '' when unknown, then False)."""
    if not home or not mentions or home in set(countries):
        return False
    return all(after_local_facility(text, int(str(m[0]))) for m in mentions)
