"""A month named without its year in a sentence that prints a year (issue 16, t-final51 A5c).

"Lille : la braderie de septembre prolongée d'une journée en 2027", written in December
2026: the September is the one of 2027, the year the sentence prints, not the nearest one
(before, September 2026, three months gone). A sentence's single year phrase "en 2027",
"in 2027" is the time frame of what the sentence tells (Grevisse, *Le Bon Usage*, § 326:
a complement of time set for the clause), and a month named alone in it is read in that
frame, whatever the verb's tense ("la braderie de septembre avait attiré … en 2025": 2025).

Not when the year is the term of a comparison ("plus qu'en 2025", "than in 2025", "comme
en 2019": another time set beside the sentence's own), nor when the sentence prints more
than one year (the caller counts them), nor for a year that is a span's bound or a part of
a year (``dates._UNANCHORING``: "depuis 2019", "fin 2019").

Pure functions on strings; nothing here raises.
"""

from __future__ import annotations

import re

_IN_YEAR = re.compile(r"(?i)(?:en|in)\s+(?:19|20)\d\d$")
"""The year phrase read: "en 2027", "in 2027" (the preposition of a time frame), nothing
else ("l'an prochain", "2027's", "d'ici 2027")."""
_COMPARED = re.compile(r"(?i)(?:\bqu['’]|\bque\s+|\bthan\s+|\bcomme\s+|\bas\s+|\blike\s+|"
                       r"\bcontre\s+|\bversus\s+|\bvs\.?\s+|\bpar\s+rapport\s+à\s+|"
                       r"\bcompared\s+with\s+|\bcompared\s+to\s+)$")
"""What makes the year the term of a comparison, right before it."""
_ORIGIN = re.compile(
    r"(?i)\b(?:né|née|nés|nées|born|nacid[oa]s?|nat[oiae]|geboren|"
    r"fondée?s?|founded|fundad[oa]s?|fondat[oiae]|gegründet|"
    r"créée?s?|created|creado|cread[oa]s?|creat[oiae]|"
    r"construite?s?|built|construid[oa]s?|costruit[oiae]|erbaut|gebaut|"
    r"inauguré(?:e|s|es)?|inaugurated|inaugurad[oa]s?|inaugurat[oiae]|eröffnet|"
    r"élue?s?|elected|elegid[oa]s?|elett[oiae]|gewählt|"
    r"morte?s?|décédée?s?|died|muert[oa]s?|mort[oiae]|gestorben)\s+$")
"""A participle of a thing's or a person's own origin or end right before the year phrase:
the year dates that noun ("les enfants nés en 2023", "le musée inauguré en 2019"), not the
clause a month is read in (t-final51b A1: "Les inscriptions ouvriront en mai pour les enfants
nés en 2023" put the inscriptions in May 2023)."""


def year_beside(text: str, year_start: int, year_end: int) -> bool:
    """Whether the year phrase at ``[year_start, year_end)`` of ``text`` is one that sets
    the year of a month named alone in its sentence: "en 2027" or "in 2027", not after a
    comparative ("qu'en 2025", "than in 2025") nor after a participle of origin that it
    dates ("nés en 2023", "fondé en 1965": :data:`_ORIGIN`)."""
    phrase = text[year_start:year_end].strip()
    if not _IN_YEAR.fullmatch(phrase):
        return False
    before = text[max(0, year_start - 24):year_start]
    return _COMPARED.search(before) is None and _ORIGIN.search(before) is None
