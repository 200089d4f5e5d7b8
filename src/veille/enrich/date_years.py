"""The year of a day and month said without one, for every language veille reads.

One rule (h-dates65, t-final64 #5), the French one of :func:`veille.enrich.dates._resolve`
that Spanish, Italian, Portuguese, German (:mod:`veille.enrich.date_foreign`), Russian and
Arabic (:mod:`veille.enrich.date_scripts`) had not: "giovedì 1 dicembre" told in the past
in an article of Thursday 26 November 2026 was 1 December 2025, a year back, where French
and Spanish futures gave 1 December 2026; 1 December is a Tuesday in 2026 and a Monday in
2025, so neither year agrees with the weekday.

- A day this close to publication (:data:`NEAR_DAYS`, either side) is in the nearest year
  whatever the clause's tense: tense markers are a guess, and a day five days off is not a
  day a year off. A weekday written with it that disagrees is kept and flagged
  (``weekday_ok`` false, shown as such), never a reason to move the day by a year.
- Farther, the weekday chooses only between the last such day before publication and the
  next one after, when both are within :data:`WEEKDAY_REACH_DAYS`; else the tense's side,
  else the nearest.
- A side said in words ("في الأول من آذار المقبل", "the coming 1 March") is the side,
  strictly: no nearness overrides it.

Pure functions; nothing here raises.
"""

from __future__ import annotations

from datetime import date

NEAR_DAYS = 7
"""A day and month without a year this close to publication (in days, either side) is taken
in the nearest year whatever the clause's tense: "le 6 février" in an article of 5 February
is the next day, not last year's."""

WEEKDAY_REACH_DAYS = 274
"""A day and month whose weekday disagrees with the nearest year's calendar may be taken in
the year on the other side of publication when that one agrees and is this near (in days):
the two candidates around publication are a year apart, so both are near when the nearer
one is at least a quarter away and the farther within nine months. A year further than that
is not chosen by its weekday: the day of month wins in the nearest year on the tense's side
and ``weekday_ok`` is false (a wrong weekday is a typo more often than a date a year away
printed without its year)."""


def safe_date(year: int, month: int, day: int) -> date | None:
    """``date(year, month, day)``, or None for a day the month does not have."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def pick_side(candidates: list[date], published: date, tense: str) -> date:
    """The latest candidate on or before ``published`` for a ``past`` tense, the earliest on
    or after it for ``future``, else (no tense, or none on that side) the nearest.
    ``candidates`` must not be empty."""
    past = [d for d in candidates if d <= published]
    future = [d for d in candidates if d >= published]
    if tense == "past" and past:
        return max(past)
    if tense == "future" and future:
        return min(future)
    return min(candidates, key=lambda d: abs((d - published).days))


def day_in_year(month: int, day: int, published: date, tense: str,
                weekday: int | None = None, *, said: str = "") -> date | None:
    """The date of day ``day`` of ``month`` (1-12) said without a year, read against
    ``published``: ``tense`` is the clause's (``past``, ``future`` or ''), ``weekday``
    (0 = Monday) the weekday written with it if any, ``said`` a side written in words
    (``past``/``future``: "dernier", "المقبل"), which is kept strictly. None when no year
    around publication has that day (30 February). The caller flags a disagreeing weekday
    by comparing ``weekday`` with the result's."""
    # 29 February is in a leap year only: its candidates are the leap cycle's around
    # publication ("le 29 février" in a past clause of 1 January 2003 is 29 February 2000,
    # not 2004 ahead; l-fix66, a Hypothesis example of test_date_years_h_dates65)
    reach = 4 if (month, day) == (2, 29) else 1
    candidates = [d for year in range(published.year - reach, published.year + reach + 1)
                  if (d := safe_date(year, month, day)) is not None]
    if reach > 1:  # the nearest leap year on either side, as any other day's year
        candidates = [d for d in candidates
                      if d == max((c for c in candidates if c <= published), default=None)
                      or d == min((c for c in candidates if c >= published), default=None)]
    if not candidates:
        return None
    if said:
        return pick_side(candidates, published, said)
    nearest = min(candidates, key=lambda d: abs((d - published).days))
    if abs((nearest - published).days) <= NEAR_DAYS or nearest.weekday() == weekday:
        return nearest
    if weekday is None:
        return pick_side(candidates, published, tense)
    pool = [d for d in candidates if (tense != "past" or d <= published)
            and (tense != "future" or d >= published)] or candidates
    agreeing = [d for d in pool if d.weekday() == weekday
                and abs((d - published).days) <= WEEKDAY_REACH_DAYS]
    return pick_side(agreeing or pool, published, tense)
