"""A dateline printed alone on its own line under the headline ("FIRENZE, 30 NOV",
"VALENCIA, 7 DIC.", "LISBOA, 30 nov", "BERLIN, 30. Nov.", "MADRID, 3 dic. 12:40"): a
place, a day and a month, maybe a year and a time, and nothing else.

The line is read by the rule of the dateline that opens a first paragraph
(:func:`veille.extract.datelines.opening_dateline`: a place before the date, a year-less
date in the most recent year up to a day after the fetch), as if the dash that would join
it to its lead followed it. Without a year the line covered under 0.3 of itself by a date
(:func:`~veille.extract.dates.date_coverage` reads none), so it had no head kind: it was
dropped as a link, the article had no date, and the original became its copy's reprint
(t-check66 F2: "FIRENZE, 30 NOV" between the deck and the share bar).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, tzinfo

from veille.extract.datelines import MAX_CHARS, Dateline, opening_dateline

#: Words a dateline line holds at most: a place of up to three words, the day, the month,
#: a year and a time ("SAN SEBASTIÁN DE LOS REYES, 30 nov. 2026 12:40" has eight).
MAX_WORDS = 9

#: What stands for the lead after the line: the dash a dateline ends on, then a word.
_LEAD = " - Lead"

#: The place before the date: one to five capitalised words, particles between them
#: ("FIRENZE", "Castelló de la Plana", "SAN SEBASTIÁN DE LOS REYES"), no figure; a
#: headline card over its date ("Un nouveau dépôt de tramways à Meyzieu 10/11/2025") is
#: none.
_PLACE = re.compile(
    r"[^\W\d_a-zà-ÿ][\w'’.\-]*"
    r"(?:\s+(?:(?:de|del|de la|di|da|do|dos|das|du|des|la|le|les|el|los|las|am|an|im|"
    r"sur|sous|upon|on|en|y|e|et|d['’]|l['’])\s*)?[^\W\d_a-zà-ÿ][\w'’.\-]*){0,4}")
#: What may follow the date on the line: a stop, a comma, an agency's credit in brackets.
_REST = re.compile(r"[\s.,]*(?:\([^()\d]{1,30}\)\.?)?\s*")

#: Any date: the line's extent is read, not its date.
_ANY_TIME = datetime(2000, 1, 1, tzinfo=UTC)


def line_dateline(line: str, *, zone: tzinfo, now: datetime) -> Dateline | None:
    """The dateline that ``line`` (one block of a capture) is, whole, or None: the date of
    a line made of a place and a date only (:func:`opening_dateline` reads the whole line,
    a dash after it), a year-less date resolved against ``now`` (aware) in ``zone``. A line
    ending on a dash or a colon is left to :mod:`~veille.extract.alone_datelines`, which
    joins it to its lead."""
    text = line.strip()
    if not text or len(text) > MAX_CHARS or len(text.split()) > MAX_WORDS \
            or not any(c.isdigit() for c in text) or text[-1] in "-–—:":
        return None
    found = opening_dateline(text + _LEAD, zone=zone, now=now)
    if found is None or found.end < len(text) or found.end > len(text) + len(_LEAD) - 4:
        return None
    place = text[:found.found.start].strip().rstrip(",").strip()
    if not _PLACE.fullmatch(place) or not _REST.fullmatch(text, min(found.found.end, len(text))):
        return None  # "COMO, 30 NOV il piano": "oggi" read as the date; words after it
    return found


def is_dateline_line(line: str) -> bool:
    """Whether ``line`` is a dateline alone on its line (:func:`line_dateline`)."""
    return line_dateline(line, zone=UTC, now=_ANY_TIME) is not None
