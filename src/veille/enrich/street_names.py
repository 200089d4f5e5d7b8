"""Street names are addresses, not entities.

The English model reads the name part of a street as an entity of its own ("Commercial"
of "Commercial Street", MISC) or the whole street as a person ("Brook Street", PER):
`entity:Commercial` then lists an article about Newport's shops (t-final32 #9).
:func:`without_street_names` drops, from the entity stage's entities:

- a mention cut before a street's type word (:data:`STREET_TYPE`: "Commercial" before
  " Street"), whatever its label: the span is part of an address;
- a person (PER) or an unknown MISC whose name ends with a street's type word ("Brook
  Street"): no person is so named. An organisation written so stays ("Downing Street
  said", "Wall Street" as the markets), and so does a place (LOC), which the place stage
  reads or leaves.

An entity left with no mention is dropped. :data:`STREET_TYPE` is a closed class: the
thoroughfare descriptors of Royal Mail's Postcode Address File that are never a name's
own word in English news ("Street", "Road", "Lane", "Avenue"…; "Square", "Place", "Way",
"Hill" and "Green" are left out: "Trafalgar Square", "Green" as a party).
"""

from __future__ import annotations

import re
from typing import Any

STREET_TYPE = (r"Street|Road|Lane|Avenue|Terrace|Crescent|Drive|Row|Gardens|Parade|"
               r"Close|Boulevard|Grove|Mews")
"""The thoroughfare descriptors read as a street's type (module docstring)."""

_CUT = re.compile(rf"[ \t\u00a0]+(?:{STREET_TYPE})\b")
_ENDS = re.compile(rf"[ \t\u00a0](?:{STREET_TYPE})$")


_FRENCH_STREET = re.compile(r"(?i)(?:rue|avenue|boulevard|bd|impasse|all[ée]e|chemin|quai|"
                            r"cours|route|place)\s+(?:de\s+la\s+|de\s+l'|des\s+|du\s+|de\s+|d')?"
                            r"[A-ZÀ-Ý]")
"""A French thoroughfare's type word before its name (the same closed class in French:
the types of the Base Adresse Nationale's most frequent voies)."""


def street_shaped(name: str) -> bool:
    """Whether ``name`` is written as a street ("Alexandra Terrace", "rue de Strasbourg"):
    an address, never a speaker nor a mention of the town it is named after."""
    name = name.strip()
    return bool(_ENDS.search(name) or _FRENCH_STREET.match(name))


def without_street_names(entities: list[dict[str, Any]], text: str
                         ) -> list[dict[str, Any]]:
    """``entities`` without the street names the recogniser read as entities (module
    docstring)."""
    out = []
    for entity in entities:
        if entity.get("label") == "PER" or (
                entity.get("label") == "MISC" and not entity.get("known")):
            if _ENDS.search(str(entity.get("name") or "")):
                continue
        mentions = [m for m in entity.get("mentions") or []
                    if not _CUT.match(text, int(m[1]))]
        if not mentions:
            continue
        if len(mentions) != len(entity.get("mentions") or []):
            entity["mentions"], entity["count"] = mentions, len(mentions)
        out.append(entity)
    return out
