"""The calendar dates an article states: in its headline, at the head of its body (a
dateline), anywhere in its text.

Two articles that state their event's date, and whose dates are far apart, tell two events,
whatever words they share: "Météo du 19 août 2012 : une trentaine de départements en
vigilance orange" and "Météo du 31 octobre 2012 : trois départements en vigilance orange";
a rally dated "4 septembre 2012. -" and a clash of the candidates dated "2 novembre 2012.
-". The time an article is filed under is not always its event's (a folder of files read
without dates, every file at the minute it was read; a backfill of pages whose date was not
found): what the text says of its own date is evidence that outweighs shared vocabulary
(issue #14, f-stories21; :data:`veille.dedup.stories.EVENT_DATES`).

:func:`stated_dates` reads explicit dates written as French news writes them, a day and a
month name with or without a year ("19 août 2012", "le 1er novembre", "mardi 6 novembre"),
as keys ``date:YYYY-MM-DD`` or, without a year, ``date:--MM-DD``: those of the headline and
the body's first :data:`DATELINE_CHARS` characters (the article's own date: a dateline, a
headline's "du 19 août"), and those of the whole text (what it mentions at all: a follow-up
recalls its event's date). A date's relative words ("hier", "lundi") are not read: they
need the publication date, which is what may be wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

DATE = "date:"
"""The prefix of every date key."""
DATELINE_CHARS = 40
"""Characters of the body read after the headline for the article's own date: a dateline
("19 août 2012. -", "PARIS, 19 août 2012 (AFP) -") and no further: a lead's other dates are
the context (a vote "prévu le 25 septembre", a rumour "depuis le 21 août")."""
MAX_CHARS = 20_000
"""Characters of the body read for the dates it mentions at all (as story terms are)."""
_MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}
_DATE = re.compile(
    r"(?<![\w,.])(?P<day>[0-3]?\d)(?:er|e)?\s+(?P<month>" + "|".join(_MONTHS) + r")\b"
    r"(?:\s+(?P<year>(?:19|20)\d\d)\b)?", re.IGNORECASE)

_DATELINE = re.compile(
    r"\W*(?:[A-ZÀ-Ý][\w’'. -]{0,30},\s*)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche)\s+)?(?:le\s+)?(?P<date>" + _DATE.pattern + ")", re.IGNORECASE)
"""A dateline: the body's first words, a date alone or after a place and a comma ("19 août
2012. -", "PARIS, 19 août 2012 (AFP) -", "Lundi 6 novembre"), not a date a sentence brings
("Le conseil, réuni depuis le 21 août…")."""


def _keys(text: str) -> set[str]:
    """The date keys of ``text`` (an impossible day, "31 février", is none)."""
    out = set()
    for match in _DATE.finditer(text):
        day, month = int(match.group("day")), _MONTHS[match.group("month").lower()]
        year = match.group("year")
        try:
            date(int(year) if year else 2000, month, day)  # 2000: a leap year
        except ValueError:
            continue
        out.add(f"{DATE}{year or '-'}-{month:02d}-{day:02d}")
    return out


def stated_dates(title: str, body: str, dateline_chars: int = DATELINE_CHARS,
                 max_chars: int = MAX_CHARS) -> tuple[frozenset[str], frozenset[str]]:
    """``(own, mentioned)``: the date keys of ``title`` and of ``body``'s first
    ``dateline_chars`` characters (the article's own date), and those of ``title`` and
    ``body``'s first ``max_chars`` (a superset)."""
    head = _DATELINE.match(body[:dateline_chars])
    own = _keys(title) | (_keys(head.group("date")) if head else set())
    return frozenset(own), frozenset(own | _keys(body[:max_chars]))


def _parts(key: str) -> tuple[int | None, int, int]:
    """``(year or None, month, day)`` of a date key."""
    year, month, day = key.removeprefix(DATE).rsplit("-", 2)
    return (int(year) if year not in ("", "-") else None, int(month), int(day))


def days_apart(key: str, other: str) -> int:
    """Days between two date keys; when either has no year, both are read in the other's
    year (or a leap year), the shorter way round the year (the 28th of December and the
    2nd of January are 5 days apart)."""
    (year, month, day), (other_year, other_month, other_day) = _parts(key), _parts(other)
    if year is not None and other_year is not None:
        return abs(date(year, month, day).toordinal() -
                   date(other_year, other_month, other_day).toordinal())
    known = year if year is not None else other_year
    if known is None or (29 in (day, other_day) and 2 in (month, other_month)):
        known = 2000  # a leap year: the 29th of February is a date
    length = date(known + 1, 1, 1).toordinal() - date(known, 1, 1).toordinal()
    gap = abs(date(known, month, day).toordinal() - date(known, other_month, other_day).toordinal())
    return min(gap, length - gap)


def dates_differ(ours: Iterable[str], theirs: Iterable[str], our_mentions: Iterable[str],
                 their_mentions: Iterable[str], days: float) -> bool:
    """Whether two sides state their own dates (``ours``, ``theirs``: both non-empty) and
    none is within ``days`` of a date the other side mentions at all (``their_mentions``,
    ``our_mentions``): two events, whatever their words."""
    ours, theirs = list(ours), list(theirs)
    if not ours or not theirs:
        return False
    their_all, our_all = [*theirs, *their_mentions], [*ours, *our_mentions]
    return not any(days_apart(a, b) <= days for a in ours for b in their_all) and \
        not any(days_apart(a, b) <= days for a in theirs for b in our_all)
