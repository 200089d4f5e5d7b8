"""A weekday written beside its day is one mention, the day's (h-dates65).

"giovedì 1/12", "el jueves 1/12", "am Donnerstag, 1.12.", "jeudi 1/12", "Thursday 1/12",
"в четверг, 1.12", "1 декабря, в четверг": the weekday was read alone as the nearest such
day (in an article of Thursday 26 November 2026, the day of writing: a false date) beside
the day it names, or, where a day and month without a year are not read (French, English,
Arabic, Russian figures), instead of it. The weekday and the day beside it name one day
(the day of month is the date; the weekday is checked against it, as "giovedì 1 dicembre"
is: ``weekday_ok``).

- A bare weekday mention (its text ends with the weekday of the day it was read as, in the
  article's language, French or English) right before a mention of a day ("giovedì 1/12",
  "el jueves, 1/12", "am Donnerstag, den 1.12.") or right after one behind a comma ("1
  декабря, в четверг") is merged into it: one mention, the day's value, ``weekday_ok``
  false when the weekday is not the day's.
- A bare weekday right before a day and month in figures that nothing read ("jeudi 1/12",
  "Thursday 1/12", "يوم الخميس 1/12") becomes that day, in the year of
  :func:`veille.enrich.date_years.day_in_year` (the weekday's clause tense, the weekday
  checked).

Pure functions; nothing here raises.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from babel import Locale

from veille.enrich.date_years import day_in_year

if TYPE_CHECKING:
    from veille.enrich.dates import MentionedDate

_BEFORE_DAY = re.compile(r"[ \t]*,?[ \t]*(?:(?:den|dia|il|el|le|the|der|o|a)[ \t]+)?",
                         re.IGNORECASE)
"""Between a weekday and its day: a space, a comma, an article ("am Donnerstag, den 1.",
"quinta-feira, dia 1")."""
_AFTER_DAY = re.compile(r"[ \t]*,[ \t]*")
"""Between a day and its weekday after it: a comma ("1 декабря, в четверг")."""
_FIGURES = re.compile(r"(?P<day>[12]\d|3[01]|0?[1-9])(?:/(?P<month>1[0-2]|0?[1-9])"
                      r"|\.(?P<dmonth>1[0-2]|0?[1-9])(?P<dot>\.)?)(?![\d/.]*\d)"
                      r"(?![ \t]*(?:h\b|Uhr|heures?|ore\b|horas?|hrs?\b|[ap]\.?m\b|ч\b))")
"""A day and month in figures, day first, with no year after ("1/12", "1.12.", and "1.12"
in German and Russian, where a time has its word after it, "8.10 Uhr"); not a time
("lundi 8.10 h")."""
_DOTTED = ("de", "ru")
"""The languages whose day and month in figures may be dotted without a final dot ("в
четверг, 1.12"); elsewhere "venerdì 9.10" is more likely a time."""
_ALIFS = str.maketrans("أإآ", "ااا")


def _fold(word: str) -> str:
    return word.casefold().translate(_ALIFS)


@cache
def _weekday_names(language: str) -> tuple[tuple[str, ...], ...]:
    """The wide weekday names (Monday first) of ``language`` (its primary code), French and
    English, folded; CLDR's, through Babel."""
    codes = {"fr", "en", primary(language)}
    names: list[list[str]] = [[] for _ in range(7)]
    for code in sorted(codes):
        try:
            days = Locale.parse(code).days["format"]["wide"]
        except (ValueError, TypeError, LookupError):
            continue
        for n, name in days.items():
            names[n].append(_fold(name))
    return tuple(tuple(n) for n in names)


def _bare_weekday(d: MentionedDate, language: str) -> int | None:
    """The weekday (0 = Monday) a mention is, when it is a weekday alone ("giovedì", "el
    jueves", "в четверг"); None otherwise."""
    if d.granularity != "day" or d.until or any(c.isdigit() for c in d.text):
        return None
    try:
        weekday = date.fromisoformat(d.value).weekday()
    except ValueError:
        return None
    words = _fold(d.text).split()
    if not words:
        return None
    last = words[-1]
    return weekday if any(last == name or last.endswith(name) and len(name) > 3 and
                          last[:-len(name)] in ("ال", "وال", "بال")
                          for name in _weekday_names(language)[weekday]) else None


def primary(language: str) -> str:
    """"de" of "de-AT", "fr" of ''."""
    return (language or "fr").split("-")[0].split("_")[0].lower()


def _is_day(d: MentionedDate) -> bool:
    return d.granularity == "day" and not d.until and any(c.isdigit() for c in d.text)


def _merged(text: str, weekday_mention: MentionedDate, day: MentionedDate,
            weekday: int) -> MentionedDate:
    start = min(weekday_mention.start, day.start)
    end = max(weekday_mention.end, day.end)
    agrees = date.fromisoformat(day.value).weekday() == weekday and day.weekday_ok
    return replace(day, start=start, end=end, text=text[start:end], weekday_ok=agrees,
                   part=day.part or weekday_mention.part)


def weekdays_with_their_days(text: str, found: list[MentionedDate], published: date,
                             language: str = "") -> list[MentionedDate]:
    """``found`` (sorted by start) with each bare weekday beside its day made one mention
    with it (module docstring). Never raises."""
    out: list[MentionedDate] = []
    i = 0
    while i < len(found):
        d = found[i]
        weekday = _bare_weekday(d, language)
        if weekday is None:
            out.append(d)
            i += 1
            continue
        following = found[i + 1] if i + 1 < len(found) else None
        if following is not None and _is_day(following) and \
                _BEFORE_DAY.fullmatch(text, d.end, following.start):
            out.append(_merged(text, d, following, weekday))
            i += 2
            continue
        previous = out[-1] if out else None
        if previous is not None and _is_day(previous) and \
                _AFTER_DAY.fullmatch(text, previous.end, d.start):
            out[-1] = _merged(text, d, previous, weekday)
            i += 1
            continue
        gap = _BEFORE_DAY.match(text, d.end)
        figures = _FIGURES.match(text, gap.end()) if gap is not None else None
        if figures is not None and (figures.group("month") or figures.group("dot") or
                                    primary(language) in _DOTTED) and \
                (following is None or following.start >= figures.end()):
            value = day_in_year(int(figures.group("month") or figures.group("dmonth")),
                                int(figures.group("day")), published, d.tense, weekday)
            if value is not None:
                end = figures.end()
                out.append(replace(d, end=end, text=text[d.start:end],
                                   value=value.isoformat(),
                                   tense="future" if value > published else
                                   "past" if value < published else d.tense,
                                   weekday_ok=value.weekday() == weekday))
                i += 1
                continue
        out.append(d)
        i += 1
    return out
