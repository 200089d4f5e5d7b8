"""The order of a date written in figures with slashes in English: month first on an
American page (l-fix66; h-dates65 "Still wrong" 6).

French, British and every other language veille reads write the day first ("15/01/2027",
"1/12"); the United States (and the Philippines) write the month first ("12/10", "11/19/2026":
CLDR's short date pattern for en-US is "M/d/yy"). veille read every slash date day first, so
an American "Thursday 12/10" (10 December 2026, a Thursday) was 12 October 2027, with its
weekday flagged, and "11/19/2026" was no date at all.

Which order an English text uses, in this order of evidence:

1. **The text itself**: a slash date whose first number is over 12 ("19/11") is day first;
   one whose second is ("11/19") is month first. When the text's unambiguous dates all agree,
   that order is the text's (a writer does not switch order within a text).
2. **The page's locale** (``en-US`` from the HTML ``lang`` attribute or a feed's
   ``<language>``): CLDR's short date pattern for it (Babel), month first when "M" comes
   before "d" ("M/d/yy" for en-US and en-PH; "dd/MM/y" for en-GB, en-IE, en-AU, en-IN).
3. **A weekday written with the date** ("Thursday 12/10"): the reading whose weekday agrees,
   when only one does.
4. Else day first, as before.

The text is read with its month-first slash dates turned day first (:func:`swap_slash_dates`,
same length), so every rule of the day-first reading applies to them (the clause's tense, a
plan moved "to 1/15", a weekday beside its day), then each mention gets its written text
back (:func:`unswap`). Dates with dots ("1.12.") are never month first: no locale writes
M.d. Pure functions; nothing here raises."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from babel import Locale, UnknownLocaleError

from veille.enrich.date_years import day_in_year

if TYPE_CHECKING:
    from veille.enrich.dates import MentionedDate

DAY_FIRST = "day"
MONTH_FIRST = "month"

_SLASHED = re.compile(r"(?<![\w/.-])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)"
                      r"(?:/(?P<year>(?:19|20)\d\d|\d\d))?(?![\w/-]|\.\d)")
"""A day and month in figures with slashes, with its year or not ("12/10", "11/19/2026",
"1/12/26"); not a fraction or a score inside a longer figure ("2/3/4", "1/12-1/14")."""
_IDIOMS = frozenset({"24/7", "24/24", "9/11", "7/7", "50/50"})
"""Figures with a slash that are no day: "open 24/7", "50/50", and the attacks named by
their day ("9/11", London's "7/7"): names, not dates of this year, and no evidence of order."""
_WEEKDAYS = {name.lower(): n for n, name in
             enumerate(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                        "Sunday"))}


@cache
def locale_order(locale: str) -> str:
    """:data:`MONTH_FIRST` when CLDR's short date pattern for ``locale`` ("en-US",
    "en_PH") puts the month before the day, :data:`DAY_FIRST` when it puts the day first
    ("en-GB"), '' when the locale is unknown or writes neither first (ISO "y-MM-dd", en-CA)."""
    try:
        pattern = Locale.parse(locale.replace("-", "_")).date_formats["short"].pattern
    except (UnknownLocaleError, ValueError, TypeError):
        return ""
    if pattern.lstrip("'").lower().startswith("y"):
        return ""
    month, day = pattern.find("M"), pattern.find("d")
    if month < 0 or day < 0:
        return ""
    return MONTH_FIRST if month < day else DAY_FIRST


def text_order(text: str) -> str:
    """The order the text's unambiguous slash dates agree on (first number over 12: day
    first; second over 12: month first), '' when there is none or they disagree."""
    orders = set()
    for match in _SLASHED.finditer(text):
        if match.group() in _IDIOMS:
            continue
        a, b = int(match["a"]), int(match["b"])
        if 12 < a <= 31 and 1 <= b <= 12:
            orders.add(DAY_FIRST)
        elif 12 < b <= 31 and 1 <= a <= 12:
            orders.add(MONTH_FIRST)
    return orders.pop() if len(orders) == 1 else ""


def english_order(text: str, locale: str = "") -> str:
    """The order of an English text's slash dates by the text's own evidence, then its
    locale's (module docstring, rules 1 and 2); '' when neither says."""
    return text_order(text) or (locale_order(locale) if locale else "")


def _weekday_before(text: str, start: int) -> int | None:
    """The English weekday written right before a slash date ("Thursday 12/10", "Thursday,
    the 12/10"), None when there is none."""
    before = re.search(r"(?i)\b([a-z]+day)\s*,?\s*(?:the\s+)?$", text[max(0, start - 14):start])
    return _WEEKDAYS.get(before.group(1).lower()) if before else None


def _agrees_month_first(match: re.Match[str], weekday: int, published: date) -> bool:
    """Whether a slash date's month-first reading falls on ``weekday`` in the year nearest
    the publication and its day-first reading does not (module docstring, rule 3)."""
    first, second = int(match["a"]), int(match["b"])

    def on(month: int, day: int) -> bool:
        found = day_in_year(month, day, published, "", weekday) if 1 <= month <= 12 else None
        return found is not None and found.weekday() == weekday
    return on(first, second) and not on(second, first)


def _swapped(match: re.Match[str]) -> str:
    year = f"/{match['year']}" if match["year"] else ""
    return f"{match['b']}/{match['a']}{year}"


def swap_slash_dates(text: str, published: date, language: str, locale: str = "") -> str:
    """``text`` with each slash date an English text writes month first turned day first
    ("Thursday 12/10" → "Thursday 10/12", "11/19/2026" → "19/11/2026"), so that the day-first
    reading of :mod:`veille.enrich.dates` reads it with every rule it has (tense, moved
    plans, weekdays); the same length, each figure where it was. Unchanged for any other
    language, for a day-first text, or when neither the text, its locale nor a weekday says
    month first. The swap is its own inverse: applied to a swapped sentence it gives back
    the text's."""
    if language.lower().replace("_", "-").split("-")[0] != "en" or "/" not in text:
        return text
    order = english_order(text, locale)
    if order == DAY_FIRST:
        return text

    def turned(match: re.Match[str]) -> str:
        if match.group() in _IDIOMS:
            return match.group()
        if order == MONTH_FIRST:
            return _swapped(match)
        weekday = _weekday_before(text, match.start())
        if weekday is not None and _agrees_month_first(match, weekday, published):
            return _swapped(match)
        return match.group()
    return _SLASHED.sub(turned, text)


def unswap(found: list[MentionedDate], text: str, swapped: str) -> list[MentionedDate]:
    """The mentions read in ``swapped`` (:func:`swap_slash_dates`, the same length as
    ``text``) with the text and the sentence of ``text``: each figure as written."""
    if swapped == text:
        return found
    out = []
    for mention in found:
        at = swapped.find(mention.sentence, max(0, mention.start - len(mention.sentence)))
        sentence = text[at:at + len(mention.sentence)] if 0 <= at <= mention.start else \
            mention.sentence
        out.append(replace(mention, text=text[mention.start:mention.end], sentence=sentence))
    return out
