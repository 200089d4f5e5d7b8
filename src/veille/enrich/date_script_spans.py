"""Counted spans in Arabic and Russian: "два дня назад", "через три дня", "неделю назад";
"قبل يومين", "بعد ثلاثة أيام", "منذ أسبوع" (issue 16, r-lang54's "Still wrong": none was
read, r-lang55).

The unit nouns and the words of direction come from CLDR's relative times shipped with
Babel (Russian "{0} дня назад", "через {0} дней"; Arabic "قبل {0} أيام", its dual "قبل
يومين", and the singular with "واحد"), the way
:func:`veille.enrich.date_foreign._counted_spans` reads the Romance and German ones. What
CLDR lacks is a closed class written here: the numbers in words (Russian "один … сто"
and their genitives, Зализняк's numerals; Arabic "واحد … عشرة" and their feminine forms,
Wright I § 320), Arabic "منذ" (since) beside CLDR's "قبل" and "بعد" (after) for the time
ahead (CLDR's "خلال", within, also reads a span gone by and is left out), and a unit with
no count ("неделю назад", "قبل أسبوع"): one (in Russian its singular only: a plural with no
count read, "много лет назад", is no date, t-final59 #4a). A week is its Monday, a month
its first day, a year its 1 January (the French and English rule). Pure functions; nothing
here raises.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from babel import Locale

__all__ = ["counted_spans"]

_RU_NUMBERS = {"один": 1, "одну": 1, "одна": 1, "одного": 1, "два": 2, "две": 2, "двух": 2,
               "три": 3, "трёх": 3, "трех": 3, "четыре": 4, "четырёх": 4, "четырех": 4,
               "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7,
               "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10,
               "десяти": 10, "пятнадцать": 15, "пятнадцати": 15, "двадцать": 20,
               "двадцати": 20, "тридцать": 30, "тридцати": 30, "сорок": 40, "сорока": 40,
               "пятьдесят": 50, "пятидесяти": 50, "шестьдесят": 60, "шестидесяти": 60,
               "семьдесят": 70, "семидесяти": 70, "восемьдесят": 80, "восьмидесяти": 80,
               "девяносто": 90, "девяноста": 90, "сто": 100, "ста": 100}
"""Russian numbers in words, in the nominative-accusative and the genitive a preposition or
a comparative governs ("более двадцати лет назад", "около пяти лет назад"; Зализняк's
numerals), by value."""
_RU_COUNTS = "|".join(sorted(_RU_NUMBERS, key=len, reverse=True))
_AR_COUNTS = {"واحد": 1, "واحدة": 1, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4,
              "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8,
              "ثماني": 8, "ثمان": 8, "تسعة": 9, "تسع": 9, "عشرة": 10, "عشر": 10}
_AR_SIGNS = {"قبل": -1, "منذ": -1, "بعد": 1}
_AR_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def _units(code: str) -> tuple[dict[str, str], dict[str, int]]:
    """The unit nouns of ``code``'s CLDR relative times (noun → unit) and the nouns that
    hold their own count (the Arabic dual and the singular, the Russian singular: noun →
    count)."""
    fields = Locale.parse(code)._data["date_fields"]
    units: dict[str, str] = {}
    counted: dict[str, int] = {}
    for unit in ("day", "week", "month", "year"):
        for category, pattern in dict(fields[unit]["past"]).items():
            nouns = [w for w in pattern.split()[1:] if w != "{0}" and w not in _AR_COUNTS
                     and w not in ("назад",)]
            for noun in nouns:
                units[noun] = unit
                if code == "ar" and category in ("two", "one"):
                    counted[noun] = 2 if category == "two" else 1
                elif code == "ru" and category == "one":
                    counted[noun] = 1  # "неделю назад", "год назад": one, with no count
    return units, counted


@cache
def _pattern(code: str) -> re.Pattern[str]:
    units, _ = _units(code)
    un = _alternation(list(units))
    if code == "ru":
        return re.compile(
            rf"(?i:(?<![а-яё])(?:(?:(?P<count>\d{{1,3}}|{_RU_COUNTS})\s+)?(?P<unit>{un})\s+"
            rf"(?P<back>назад)|(?P<ahead>через)\s+(?:(?P<count2>\d{{1,3}}|{_RU_COUNTS})\s+)?"
            rf"(?P<unit2>{un}))(?![а-яё]))")
    return re.compile(
        rf"(?<![\u0621-\u064A])[وفب]?(?P<head>{_alternation(list(_AR_SIGNS))})\s+"
        rf"(?:(?P<count>\d{{1,3}}|[٠-٩]{{1,3}}|{_alternation(list(_AR_COUNTS))})\s+)?"
        rf"(?P<unit>{un})(?![\u0621-\u064A])")


def _ru_count(word: str | None) -> int:
    """The number ``word`` says (digits or :data:`_RU_NUMBERS`), 1 with no word."""
    if not word:
        return 1
    if word.isdigit():
        return int(word)
    return _RU_NUMBERS.get(word.lower(), 0)


def counted_spans(text: str, published: date, code: str
                  ) -> list[tuple[int, int, date, str]]:
    """(start, end, value, granularity) of each counted span in ``text`` (``code`` "ar"
    or "ru"), counted from ``published`` (module docstring)."""
    from veille.enrich.date_foreign import _counted_span

    units, counted = _units(code)
    found: list[tuple[int, int, date, str]] = []
    for m in _pattern(code).finditer(text):
        g = m.groupdict()
        if code == "ru":
            sign = -1 if g["back"] else 1
            word = g["count"] if g["back"] else g["count2"]
            noun = (g["unit"] or g["unit2"]).lower()
            if not word and noun not in counted:
                # a plural with no count read ("более двадцати лет назад" before its
                # number was read, "много лет назад"): vague, not one (t-final59 #4a)
                continue
            count = _ru_count(word)
            unit = units[noun]
        else:
            sign = _AR_SIGNS[g["head"]]
            word = g["count"] or ""
            digits = word.translate(_AR_DIGITS)
            count = int(digits) if digits.isdigit() else _AR_COUNTS.get(word) or \
                counted.get(g["unit"], 0)
            if not count:
                continue  # "قبل أيام": a plural with no count is vague
            unit = units[g["unit"]]
        value, granularity = _counted_span(published, sign * count, unit)
        found.append((m.start(), m.end(), value, granularity))
    return found
