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


def year_beside(text: str, year_start: int, year_end: int) -> bool:
    """Whether the year phrase at ``[year_start, year_end)`` of ``text`` is one that sets
    the year of a month named alone in its sentence: "en 2027" or "in 2027", not after a
    comparative ("qu'en 2025", "than in 2025")."""
    phrase = text[year_start:year_end].strip()
    if not _IN_YEAR.fullmatch(phrase):
        return False
    return _COMPARED.search(text, max(0, year_start - 24), year_start) is None
