"""A day and month in figures with a slash, without a year or a weekday, after a word that
announces a date: English "until 12/9", "through 1/15", "on 3/4", French "jusqu'au 9/12",
"le 3/4" (h-dates67; stop65 "Open": "until 12/9" was read in no order).

Such a figure is read only after one of :data:`_LEADS` (a preposition of time, a closed
class: "24/7", "3/5 of the vote", a score "2/1" are not dates), never as one of
:data:`~veille.enrich.date_numeric_order._IDIOMS` ("9/11"). Its order:

- French (and any language but English): day first, as it is written (CLDR short date
  patterns: fr "dd/MM/y");
- English: the text's own unambiguous slash dates, else the page's locale (en-US month
  first, en-GB day first: :func:`~veille.enrich.date_numeric_order.english_order`); when
  neither says, only a figure one reading of which is no date ("12/19": 19 December) is
  read, and "12/9" (9 December or 12 September) is left unread: veille does not guess.

The year is the one around publication the clause's tense points to
(:func:`veille.enrich.date_years.day_in_year`). Pure functions; nothing here raises.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from veille.enrich.date_numeric_order import DAY_FIRST, MONTH_FIRST, english_order
from veille.enrich.date_years import day_in_year

if TYPE_CHECKING:
    from veille.enrich.dates import MentionedDate

__all__ = ["bare_slash_dates"]

_LEADS = {
    "en": r"until|till|through|thru|by|on|from|since|before|after|starting|effective|"
          r"beginning|ending|due",
    "fr": r"jusqu['’]au|au|le|du|dès\s+le|depuis\s+le|avant\s+le|après\s+le|"
          r"à\s+partir\s+du|d['’]ici\s+au",
}
"""The words after which a bare slash figure is a date, per language (prepositions of time,
a closed class: Quirk et al., *A Comprehensive Grammar*, §9.33ff.; Grevisse, *Le Bon
Usage*, §1037)."""
_LANGUAGES = tuple(_LEADS)


def _pattern(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<![\w'’])(?:{_LEADS[language]})\s+(?:the\s+)?"
                      r"(?P<fig>(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d))(?![\w/-]|[.,]\d)")


_PATTERNS = {code: _pattern(code) for code in _LANGUAGES}


def _month_day(a: int, b: int, order: str) -> tuple[int, int] | None:
    """(month, day) of the figure "a/b" in ``order``; '' order: the only reading that is a
    date, None when both or neither are."""
    day_first = (b, a) if 1 <= b <= 12 and 1 <= a <= 31 else None
    month_first = (a, b) if 1 <= a <= 12 and 1 <= b <= 31 else None
    if order == DAY_FIRST:
        return day_first
    if order == MONTH_FIRST:
        return month_first
    if day_first and month_first:
        return None
    return day_first or month_first


def bare_slash_dates(text: str, found: list[MentionedDate], published: date, language: str,
                     locale: str, tense_at: Callable[[int, int], str]) -> list[MentionedDate]:
    """``found`` with the bare slash dates of ``text`` (module docstring) that no mention
    of ``found`` overlaps, in text order. ``language``: the text's ("en", "fr-CA"; any
    other is returned unchanged), ``locale`` the page's ("en-US"), ``tense_at(start,
    end)`` the clause's tense at a span (``past``, ``future`` or '')."""
    from veille.enrich.dates import MentionedDate
    from veille.enrich.text import sentence_at, sentences

    code = language.lower().replace("_", "-").split("-")[0]
    if code not in _PATTERNS or "/" not in text:
        return found
    order = english_order(text, locale) if code == "en" else DAY_FIRST
    added = list(found)
    spans = list(sentences(text))
    for m in _PATTERNS[code].finditer(text):
        start, end = m.span("fig")
        if m["fig"] in ("24/7", "24/24", "9/11", "7/7", "50/50") or any(
                d.start < end and start < d.end for d in found):
            continue
        read = _month_day(int(m["a"]), int(m["b"]), order)
        if read is None:
            continue
        tense = tense_at(start, end)
        value = day_in_year(read[0], read[1], published, tense)
        if value is None:
            continue
        sentence = sentence_at(spans, start)
        side = "future" if value > published else "past" if value < published else tense
        added.append(MentionedDate(start, end, text[start:end], value.isoformat(), "day",
                                   sentence.text if sentence else "", side))
    return sorted(added, key=lambda d: d.start)
