"""A weekday followed by its day of the month without the month ("le mardi 7, et enfin la
nuit du Port le samedi 11", issue 16, r-dates51).

French (and English: "on Tuesday 7") names a day of the current or next month by its
weekday and its number alone when the month is plain from the context (Grevisse § 592,
the date "le mardi 7"; a festival's programme). Read as a bare weekday it was the nearest
such weekday, often a week off (Wikinews fr 44860, published Friday 3 August 2012: "le
mardi 7" was read as 31 July, "le samedi 11" as 4 August). The number fixes the day: the
date with that number and that weekday nearest the weekday's first reading, within
:data:`REACH` days, when the weekday has its article (:data:`DAY_ARTICLE`); else, or none
there, the number is not read (a count: "avait enregistré jeudi 13 recours").

Pure functions; nothing here raises.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_NUMBER_AFTER = re.compile(
    r"\s+(?P<n>1er|[12]\d|3[01]|0?[1-9])(?:er|st|nd|rd|th)?"
    r"(?![\w'’-]|\s*(?:[.,:/]\d|\d|%|h\b|heures?\b|hours?\b|ans\b|years?\b))")
"""A day number right after a weekday, not a time ("mardi 7 h"), a figure ("jeudi 3,5"),
nor followed by a digit ("samedi 3 000 artistes"). A month after it is read by the
weekday-day-month rule before this one."""
DAY_ARTICLE = re.compile(r"(?i)(?<![\w'’-])(?:le|ce|du|au|on|the)\s+$")
"""The article or preposition a date takes before its weekday ("le mardi 7", "du lundi 6",
"on Tuesday 7"): without one, a number after a weekday is a count ("avait enregistré
jeudi 13 recours", rpm2 T05_C2_03), not its day."""
REACH = 24
"""How many days from the weekday's first reading the numbered day may lie: within the
month before or after it, never a date months away."""


def numbered_day(after: str, weekday: int, first: date, published: date,
                 tense: str = "") -> tuple[date, int] | None:
    """(day, length) when ``after`` (the text right after a bare weekday) opens with a day
    number (:data:`_NUMBER_AFTER`) that some date within :data:`REACH` days of ``first``
    (the weekday read alone) has with that ``weekday`` (0 = Monday), on the clause's side
    of ``published`` (``tense`` "future": not before it, "past": not after it): the
    nearest such date (the later one on a tie) and the number's length in ``after``; None
    otherwise."""
    found = _NUMBER_AFTER.match(after)
    if found is None:
        return None
    number = 1 if found.group("n") == "1er" else int(found.group("n"))
    days = [first + timedelta(days=shift) for shift in range(-REACH, REACH + 1)]
    fitting = [day for day in days if day.day == number and day.weekday() == weekday and
               not (tense == "future" and day < published) and
               not (tense == "past" and day > published)]
    best = min(fitting, key=lambda day: (abs((day - first).days), -day.toordinal()),
               default=None)
    return (best, found.end()) if best is not None else None
