"""The days of the feasts and named days that news dates things by ("avant Pâques", "by
Easter", "on Black Friday", "le lundi de Pentecôte"), fixed or movable (f-dates32).

- **Fixed feasts**: Christmas, la Toussaint, New Year's Day… on one day of the calendar
  (:data:`FIXED`).
- **Movable feasts** follow Easter Sunday in the Gregorian calendar (the Western churches'
  computus; Jean Meeus, *Astronomical Algorithms*, 2nd ed., 1998, ch. 8, the algorithm of
  Jones and Butcher, exact for every Gregorian year): Good Friday (two days before), Easter
  Monday (the day after), Ascension (39 days after), Pentecost (49) and Whit Monday (50).
- **US named days**: Thanksgiving is the fourth Thursday of November (36 U.S.C. § 140;
  Canada's, in October, is not meant in news that says "Black Friday"), Black Friday the
  day after it, Cyber Monday the Monday after it.

:func:`feast_day` gives one feast's day in a year. Pure functions; nothing here raises for
a name :func:`feast_key` knows.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

FIXED = {"noël": (12, 25), "christmas": (12, 25), "toussaint": (11, 1),
         "saint-sylvestre": (12, 31), "saint-valentin": (2, 14), "halloween": (10, 31),
         "nouvel an": (1, 1), "new year": (1, 1)}
"""Feasts on a fixed day, as (month, day)."""

AFTER_EASTER = {"good friday": -2, "vendredi saint": -2, "easter": 0, "pâques": 0,
                "easter sunday": 0, "dimanche de pâques": 0, "easter monday": 1,
                "lundi de pâques": 1, "ascension": 39, "pentecôte": 49,
                "dimanche de pentecôte": 49, "lundi de pentecôte": 50}
"""Movable feasts, as days after Easter Sunday (Meeus, ch. 8; the Roman calendar's
Ascension on the sixth Thursday after Easter, Pentecost on the seventh Sunday)."""

AFTER_THANKSGIVING = {"thanksgiving": 0, "black friday": 1, "cyber monday": 4}
"""US named days, as days after Thanksgiving (the fourth Thursday of November)."""


def easter_sunday(year: int) -> date:
    """Easter Sunday of ``year`` in the Gregorian calendar (Meeus, *Astronomical
    Algorithms*, ch. 8: the Jones–Butcher algorithm, valid for every year from 1583)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def thanksgiving(year: int) -> date:
    """The fourth Thursday of November of ``year`` (US Thanksgiving, 36 U.S.C. § 140)."""
    first = date(year, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)


def feast_key(phrase: str) -> str:
    """The key of the feast a mention names ("le lundi de Pâques" → "lundi de pâques",
    "la Toussaint" → "toussaint", "New Year's Day" → "new year"), or '' for none."""
    words = re.sub(r"\s+", " ", phrase.lower().replace("’", "'")).strip()
    words = re.sub(r"^(?:le |la |l')", "", words)
    words = re.sub(r" (?:19|20)\d\d$", "", words)
    for table in (AFTER_EASTER, AFTER_THANKSGIVING):
        if words in table:
            return words
    return next((k for k in FIXED if k in words), "")


def feast_day(phrase: str, year: int) -> date | None:
    """The day of the feast ``phrase`` names in ``year``, or None when it names none."""
    key = feast_key(phrase)
    if key in AFTER_EASTER:
        return easter_sunday(year) + timedelta(days=AFTER_EASTER[key])
    if key in AFTER_THANKSGIVING:
        return thanksgiving(year) + timedelta(days=AFTER_THANKSGIVING[key])
    if key in FIXED:
        month, day = FIXED[key]
        return date(year, month, day)
    return None
