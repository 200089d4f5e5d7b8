"""An area's head noun before its name in Portuguese, Spanish, Italian and German.

"no distrito de Faro", "la provincia de Alicante", "la provincia di Genova", "im
Landkreis Ahrweiler": these languages have no language model here, so no recogniser
offers the name, and the place stage read "Faro" as the town (t-final53b A6: a
Portuguese article named no place at all, then the district read as its chief town).
After such a head noun the name is the area's, as "la province de Liège" is the province
in French (:func:`veille.enrich.places.area_mention`, ``"head"``). Source: each
language's names of its first- and second-level subdivisions (Portuguese *distrito*,
*estado*, *região*; Spanish *provincia*, *comunidad*, *región*, *departamento*,
*estado*; Italian *regione*, *provincia*, *cantone*; German *Land*, *Landkreis*, *Kreis*,
*Bezirk*, *Kanton*, *Provinz*, *Region*).

Pure functions on strings; nothing here raises.
"""

from __future__ import annotations

import re

HEAD_ABROAD = (
    r"(?:(?:distrito|estado|regi[ãa]o|regi[oó]n|prov[ií]ncia|comunidad|departamento|"
    r"regione|cant[oó]n|cantone)[ \u00a0]+(?:de|do|da|dos|das|del|di|della|dello|"
    r"dell['’])[ \u00a0]*(?:la[ \u00a0]+|las[ \u00a0]+|los[ \u00a0]+)?|"
    r"(?:Landkreis|Kreis|Bezirk|Bundesland|Kanton|Provinz|Region|Regierungsbezirk)"
    r"[ \u00a0]+)")
"""A head noun and its preposition (and article), as a regular expression's text."""
_HEAD_BEFORE = re.compile(r"(?<!\w)" + HEAD_ABROAD + r"$")


def headed_abroad(text: str, start: int) -> bool:
    """Whether the name at ``start`` of ``text`` follows one of these head nouns
    (:data:`HEAD_ABROAD`, read in the 40 characters before it)."""
    return _HEAD_BEFORE.search(text[max(0, start - 40):start]) is not None
