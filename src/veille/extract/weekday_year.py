"""The year of a date printed without one, chosen by the weekdays its text writes.

A dispatch's dateline prints no year ("(ANSA) - FIRENZE, 30 NOV -"): the reader supplies the
most recent such day up to the fetch (:func:`veille.extract.dates.dateline_without_year`).
When the page was saved or copied years later that year is false, yet the text often says
which year it is: "giovedì 1 dicembre" is a Thursday in 2022 only among the years around
the fetch (t-final66 F1). A weekday written with a day and a month (in the text, or in the
dateline itself: "Publié le mercredi 2 novembre") agrees with one year in five or six:
the same day falls on the same weekday again after 5, 6 or 11 years (28 for 29 February),
so among the :data:`REACH_YEARS` years before the inferred one at most two agree. The most
recent agreeing year is chosen, and when two agree the evidence says it is ambiguous
(h-dates67: with two, the inferred year, which the weekday contradicts, was kept).

Pure calendar arithmetic; nothing here raises.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

#: How many years before the inferred one are tried: fewer than the shortest return of a
#: day to its weekday plus one (5 + 1), so that a second agreeing year is seen and the
#: choice left undone rather than made at random.
REACH_YEARS = 6

WeekdayDay = tuple[int, int, int]
"""A weekday written with a day and a month: (weekday, Monday = 0; month 1-12; day)."""


def _on(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:  # 29 February of a common year, a 31 April
        return None


#: How far from the publication (days, either side) a weekday's day may be to choose the
#: year: a day a season away may be last year's or next year's, as the tense says, which
#: this rule does not read; a day within a quarter is the nearest one.
NEAR_DAYS = 92


def _nearest(published: date, month: int, day: int) -> date | None:
    days = [d for y in (published.year - 1, published.year, published.year + 1)
            if (d := _on(y, month, day)) is not None]
    return min(days, key=lambda d: abs((d - published).days)) if days else None


def _agrees(published: date, mention: WeekdayDay) -> bool:
    """Whether the day of ``mention`` nearest ``published`` (the year before, the same
    year or the next) falls on the weekday written."""
    weekday, month, day = mention
    nearest = _nearest(published, month, day)
    return nearest is not None and nearest.weekday() == weekday


def _near(published: date, mention: WeekdayDay) -> bool:
    nearest = _nearest(published, mention[1], mention[2])
    return nearest is not None and abs((nearest - published).days) <= NEAR_DAYS


def agreeing_years(month: int, day: int, year: int,
                   mentions: Sequence[WeekdayDay]) -> list[int]:
    """The years, most recent first, among the :data:`REACH_YEARS` before ``year`` (the
    inferred one, the latest possible) whose day ``day`` of ``month`` fits every weekday
    written in ``mentions``: none when there is no mention, or when ``year`` fits them all
    (nothing to change); two when the weekdays fit two years ("samedi 11 janvier" read in
    2026: 2025 and 2020). A mention's day is the one nearest the publication; only the
    mentions within :data:`NEAR_DAYS` of it count."""
    inferred = _on(year, month, day)
    if inferred is None:
        return []
    mentions = [m for m in mentions if _near(inferred, m)]
    if not mentions:
        return []

    def fits(candidate: int) -> bool:
        published = _on(candidate, month, day)
        return published is not None and all(_agrees(published, m) for m in mentions)

    if fits(year):
        return []
    return [y for y in range(year - 1, year - REACH_YEARS - 1, -1) if fits(y)]


def agreeing_year(month: int, day: int, year: int,
                  mentions: Sequence[WeekdayDay]) -> int | None:
    """The year to give the day ``day`` of ``month``, inferred as ``year``, by the weekdays
    written in ``mentions`` (:func:`agreeing_years`): the most recent year that fits them,
    None when none does or ``year`` does. When two fit, the inferred year is false either
    way and the most recent is the likelier (a page saved or copied some time after it was
    written, the first year back; stop65 "Open", h-dates66b "still wrong" 1: it used to keep
    the inferred year); :func:`year_note` then says the choice is ambiguous."""
    years = agreeing_years(month, day, year, mentions)
    return years[0] if years else None


def year_note(year: int, mentions: Sequence[WeekdayDay], others: Sequence[int] = ()) -> str:
    """The evidence's words for a year chosen by :func:`agreeing_year`; ``others``, the
    other years that fit as well (:func:`agreeing_years`), make it "ambiguous"."""
    names = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    said = ", ".join(f"{names[w]} {d:02d}/{m:02d}" for w, m, d in mentions[:3])
    note = f"year {year} chosen by the weekday written in the text ({said})"
    rest = [str(y) for y in others if y != year]
    if rest:
        note += (f"; ambiguous: {' and '.join(rest)} fit{'s' if len(rest) == 1 else ''} "
                 "the weekday too, the most recent year taken")
    return note
