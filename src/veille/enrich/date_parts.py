"""The day a bare part of day belongs to: "dans la soirée", "dans l'après-midi".

"Plusieurs centaines de pêcheurs ont manifesté mercredi … Le ministre a reçu une délégation
dans l'après-midi" (t-enrich25 E8, published on the Friday): "dans l'après-midi" has no
demonstrative ("cet après-midi" is the publication's), so it is the afternoon of the day the
narrative is at, the last day said before it (Grevisse, *Le Bon Usage*, § 617 and § 1036:
the article of a part of the day refers to a time the context gives, the demonstrative to
the speaker's). When the text has said no day before it, or the last dated mention is no
day (a month, a year), that day is unknown: no date, rather than the publication's day.

One reading survives without a day said: "dans la nuit" in the past with no date at all
before it ("Un entrepôt a brûlé dans la nuit à Vénissieux", newuser16a H13) is the night
just ended, the night before the publication's day: dated, like "la nuit de mardi à
mercredi" and "mardi nuit", by the day it begins on (the day before publication; r-dates35,
issue 16: dated by the publication's day, the part "night" named the night to come); an
afternoon or an evening told in the past with nothing before it may be the publication's
day or the day before, and gets none.

A day said before it is taken only when the part's clause does not contradict its side of
publication: a clause in the past (``tense`` "past") cannot be on a day after publication,
one in the future not on a day before.

Pure function; nothing here raises.
"""

from __future__ import annotations

from datetime import date, timedelta

NARRATIVE_REACH = 2_000
"""How far back (characters) the day the narrative is at may have been said."""


def narrative_day(days: list[tuple[int, str, str]], start: int, tense: str,
                  published: date, part: str = "") -> date | None:
    """The day a bare part of day at character ``start`` belongs to, or None when unknown.

    ``days`` are the dates found before it, in text order, as (start, ISO value,
    granularity); the last one is taken when it is a day within :data:`NARRATIVE_REACH`
    and on the side of ``published`` that ``tense`` ("past", "future" or '') allows;
    ``part`` is the part's French noun ("nuit", "soirée", "matinée", "après-midi")."""
    if not days:
        return published - timedelta(days=1) if part == "nuit" and tense == "past" else None
    last_start, value, granularity = days[-1]
    if granularity != "day" or start - last_start > NARRATIVE_REACH:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return None
    if (tense == "past" and day > published) or (tense == "future" and day < published):
        return None
    return day
