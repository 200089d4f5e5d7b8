"""Ranges of days mentioned as one date: "du 12 au 23 mai", "entre le 3 et le 5 mars",
"du 28 février au 2 mars", "du lundi 2 au mercredi 4".

:func:`veille.enrich.dates.find_dates` resolves each end of a range (the first day takes
the month of the second when it is said once, the second reads forward from the first);
this pass makes the two one mention, from the first day (``value``) to the last
(``until``), granularity ``day``, its characters running from the first to the last.
Without it "du 12 au 23 mai" was two unrelated dates, and "du lundi 2 au mercredi 4" one
date, the Wednesday (issue 16).

French writes a range "du X au Y" (also "de X à Y", "du X jusqu'au Y") and "entre le X et
le Y"; English "from X to Y", "between X and Y" (Grevisse, *Le Bon Usage*, prepositions
of time). "les 17 et 24 janvier" is two days, no range: its opening word is no range's.
A weekday and a day without a month ("du lundi 2 au mercredi 4") name the month around
publication whose calendar agrees with both weekdays, the nearest one (on the side of the
clause's tense when it has one). Pure functions.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from veille.enrich.dates import MentionedDate

_WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
             "dimanche": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
             "friday": 4, "saturday": 5, "sunday": 6}
_WD = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
_DAY = r"1er|[12]\d|3[01]|0?[1-9]"
_S = r"[ \t\u00a0]+"

_FROM_OPEN = re.compile(r"(?i)(?<![\w'’-])(?:du|de|d['’]|from)[ \t\u00a0]*$")
_FROM_LINK = re.compile(r"(?i)" + _S + r"(?:au|à|a|jusqu['’][ \t\u00a0]*(?:au|à)|to|until|"
                        r"through)" + _S + r"(?:(?:le|the)" + _S + r")?")
_BETWEEN_OPEN = re.compile(r"(?i)(?<![\w'’-])(?:entre|between)" + _S
                           + r"(?:(?:le|the)" + _S + r")?$")
_BETWEEN_LINK = re.compile(r"(?i)" + _S + r"(?:et|and)" + _S + r"(?:(?:le|the)" + _S + r")?")
MAX_RANGE_DAYS = 366
"""A longer span between two days is no range of days ("du 3 mars 2020 au 5 mai 2024" is
two dates)."""

_WEEKDAY_DAYS = re.compile(
    rf"(?i)(?<![\w'’-])(?:du|entre(?:{_S}le)?|from|between){_S}(?P<wd1>{_WD}){_S}"
    rf"(?P<d1>{_DAY}){_S}(?:au|à|et(?:{_S}le)?|to|and|until){_S}(?P<wd2>{_WD}){_S}"
    rf"(?P<d2>{_DAY})(?![\w'’-])")
"""A range of weekdays with their days ("du lundi 2 au mercredi 4", the month said after
it or not)."""
REACH_MONTHS = 12
"""How many months around publication a weekday-and-day range without a month is sought
in."""


def _linked(text: str, first: MentionedDate, last: MentionedDate) -> bool:
    """Whether ``first`` and ``last`` are the two ends of one range as written."""
    before = text[max(0, first.start - 16):first.start]
    between = text[first.end:last.start]
    if _FROM_OPEN.search(before):
        return bool(_FROM_LINK.fullmatch(between))
    if _BETWEEN_OPEN.search(before):
        return bool(_BETWEEN_LINK.fullmatch(between))
    return False


def _day(text: str) -> int:
    return 1 if text.lower() == "1er" else int(text)


def _months_around(published: date) -> list[tuple[int, int]]:
    months = []
    for shift in range(-REACH_MONTHS, REACH_MONTHS + 1):
        index = published.year * 12 + published.month - 1 + shift
        months.append((index // 12, index % 12 + 1))
    return months


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _after(first: date, day: int) -> date | None:
    """The last day of a range from ``first`` to the day numbered ``day``: in the same
    month when ``day`` is later, else in the next month (None when that month has no such
    day: "du mardi 23 au lundi 29" is no range across a February of 28 days)."""
    if day >= first.day:
        return _safe(first.year, first.month, day)
    year, month = (first.year + 1, 1) if first.month == 12 else (first.year, first.month + 1)
    return _safe(year, month, day)


def _weekday_ranges(text: str, found: list[MentionedDate], published: date
                    ) -> list[MentionedDate]:
    """``found`` with each "du lundi 2 au mercredi 4 [mars]" as one range: with the month
    said, the last day as ``found`` resolved it (else the month around publication whose
    calendar agrees with both weekdays, the nearest, on the tense's side); the mentions
    inside the range's characters are replaced."""
    from veille.enrich.dates import MentionedDate

    out = list(found)
    for match in _WEEKDAY_DAYS.finditer(text):
        start = match.start("wd1")
        d1, d2 = _day(match.group("d1")), _day(match.group("d2"))
        wd1, wd2 = _WEEKDAYS[match.group("wd1").lower()], _WEEKDAYS[match.group("wd2").lower()]
        inside = [d for d in out if start <= d.start < match.end() or
                  d.start <= start < d.end]
        told = next((d for d in inside if d.start >= match.start("wd2")
                     and d.granularity == "day" and d.end > match.end("d2")), None)
        if told is not None:  # the month said after the range: its end resolved it
            last = date.fromisoformat(told.value)
            first = last - timedelta(days=(d2 - d1)) if d1 <= d2 else \
                _safe(*((last.year, last.month - 1) if last.month > 1 else
                        (last.year - 1, 12)), d1)
            end = told.end
        else:
            tense = next((d.tense for d in inside if d.tense), "")
            options = []
            for year, month in _months_around(published):
                one = _safe(year, month, d1)
                two = _after(one, d2) if one is not None else None
                if one is not None and two is not None and one.weekday() == wd1 and \
                        two.weekday() == wd2:
                    options.append((one, two))
            if tense == "future":
                options = [o for o in options if o[1] >= published] or options
            elif tense == "past":
                options = [o for o in options if o[0] <= published] or options
            if not options:
                continue
            first, _ = min(options, key=lambda o: abs((o[0] - published).days))
            end = match.end()
        if first is None:
            continue
        last_day = _after(first, d2)
        if last_day is None:
            continue
        sentence = next((d.sentence for d in inside), "")
        tense = next((d.tense for d in inside if d.tense), "")
        merged = MentionedDate(start, end, text[start:end], first.isoformat(), "day",
                               sentence, tense, "",
                               first.weekday() == wd1 and last_day.weekday() == wd2,
                               last_day.isoformat())
        out = sorted([d for d in out if d not in inside] + [merged], key=lambda d: d.start)
    return out


def _bare_weekday(words: str) -> int | None:
    """The weekday (0 = Monday) of a mention that is a weekday without a day's number
    ("mercredi", "lundi soir"), None for any other."""
    first = words.split()[0].lower() if words.split() else ""
    return None if first not in _WEEKDAYS or re.search(r"\d", words) else _WEEKDAYS[first]


_MONTH_NAMES = ("janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|"
                "octobre|novembre|décembre|decembre|january|february|march|april|may|june|"
                "july|august|september|october|november|december")
_MONTH_RANGE = re.compile(
    rf"(?i)(?<![\w'’-])(?:(?P<from>de|d['’]|from)|(?P<between>entre|between))[ \t\u00a0]*"
    rf"(?P<m1>{_MONTH_NAMES})(?:{_S}(?P<y1>\d{{4}}))?{_S}"
    rf"(?:(?P<to>à|a|jusqu['’][ \t\u00a0]*(?:à|a|en)|to|until|through|till)|(?P<and>et|and))"
    rf"{_S}(?P<m2>{_MONTH_NAMES})(?:{_S}(?P<y2>\d{{4}}))?(?![\w'’-])")
"""A range of months: "de mars à mai", "d'avril jusqu'en juin", "de janvier 2025 à mars
2026", "entre octobre et décembre", "from April to June", "between May and July"; the
opening word and the link agree (de … à, entre … et)."""
_MONTH_NUMBERS = {"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5,
                  "juin": 6, "juillet": 7, "août": 8, "aout": 8, "septembre": 9,
                  "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
                  "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
                  "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
                  "december": 12}


def _month_end(year: int, month: int) -> date:
    """The last day of ``month`` of ``year``."""
    return (date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)) - \
        timedelta(days=1)


def _month_span(match: re.Match[str], published: date, tense: str) -> tuple[date, date]:
    """The first day of the range's first month and the last day of its last: a year
    written on one side gives the other its year (the last month after the first); with
    none, the year whose range the clause's ``tense`` allows (future: not ended at
    publication; past: begun by then), the one holding publication, else the nearest."""
    m1 = _MONTH_NUMBERS[match.group("m1").lower()]
    m2 = _MONTH_NUMBERS[match.group("m2").lower()]
    wrap = 1 if m2 < m1 else 0
    y1, y2 = match.group("y1"), match.group("y2")
    if y1 or y2:
        first_year = int(y1) if y1 else int(y2 or 0) - wrap
        last_year = int(y2) if y2 else first_year + wrap
        return date(first_year, m1, 1), _month_end(last_year, m2)
    options = [(date(y, m1, 1), _month_end(y + wrap, m2))
               for y in range(published.year - 2, published.year + 2)]
    if tense == "future":
        options = [o for o in options if o[1] >= published] or options
    elif tense == "past":
        options = [o for o in options if o[0] <= published] or options
    holding = [o for o in options if o[0] <= published <= o[1]]
    return holding[0] if holding else min(options, key=lambda o: min(
        abs((o[0] - published).days), abs((o[1] - published).days)))


def month_ranges(text: str, found: list[MentionedDate], published: date
                 ) -> list[MentionedDate]:
    """``found`` (sorted by start) with each range of months (:data:`_MONTH_RANGE`) one
    mention, granularity ``month``, from the first day of its first month (``value``) to
    the last day of its last (``until``), as ranges of days are (issue 16, f-places21:
    "de mars à mai" was no date at all, "entre octobre et décembre" two, "de juin à
    septembre 2026" only September). The mentions inside its characters are replaced;
    the tense is theirs, else the clause's."""
    from veille.enrich.dates import MentionedDate, tense_near
    from veille.enrich.text import sentence_at, sentences

    out = list(found)
    for match in _MONTH_RANGE.finditer(text):
        if bool(match.group("from")) != bool(match.group("to")):
            continue  # "de mars et mai", "entre mars à mai": no range
        start, end = match.start("m1"), match.end()
        inside = [d for d in out if d.start < end and start < d.end]
        if any(d.granularity == "day" or d.until for d in inside):
            continue  # "du 3 mars au 5 mai" and its like are ranges of days
        # the range's text opens at "d'" as the month read inside it did ("d'avril
        # jusqu'en juin"), at the month after "de" ("juillet à septembre", as before
        # "de" + month was read alone)
        start = min([start, *(d.start for d in inside if not re.match(r"(?i)de\s", d.text))])
        tense = next((d.tense for d in inside if d.tense), "") or \
            tense_near(text, start, end)
        first, last = _month_span(match, published, tense)
        if first > last:
            continue
        spans = list(sentences(text))
        sentence = sentence_at(spans, start)
        merged = MentionedDate(start, end, text[start:end], first.isoformat(), "month",
                               sentence.text if sentence else "", tense, "", True,
                               last.isoformat())
        out = sorted([d for d in out if d not in inside] + [merged], key=lambda d: d.start)
    return out


_EN_MONTH_DAY = re.compile(
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|March|Mar|April|Apr|May|June|Jun|July|Jul|August|Aug|"
    r"Sept(?:ember)?|Sep|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?" + _S + r"(?:" + _DAY
    + r")(?:st|nd|rd|th)?")
_EN_SECOND_DAY = re.compile(
    r"(?:[ \t\u00a0]*[-–][ \t\u00a0]*|" + _S + r"(?P<word>to|through|until|and)" + _S
    + r")(?P<d2>" + _DAY + r")(?:st|nd|rd|th)?(?![\w'’.,]\w|[ \t\u00a0]*(?:%|per|[-–]))")
"""The second day of an English range whose month is written once, before the first day:
"March 12-15", "from March 12 to 15", "between March 12 and 15" (AP style; t-enrich23 E14:
the end was lost, "15" alone being no date)."""


def english_day_ranges(text: str, found: list[MentionedDate]) -> list[MentionedDate]:
    """``found`` with each English "Month D1-D2" / "from Month D1 to D2" / "between Month
    D1 and D2" one mention from D1 to D2 (``until``) of D1's month; "to", "through",
    "until" need "from" before the month, "and" needs "between"; a day not after D1 is
    no range."""
    out = []
    for mention in found:
        second = _EN_SECOND_DAY.match(text, mention.end)
        if mention.granularity != "day" or mention.until or second is None or \
                not _EN_MONTH_DAY.fullmatch(mention.text):
            out.append(mention)
            continue
        opener = text[max(0, mention.start - 10):mention.start].lower().split()
        word = (second.group("word") or "").lower()
        if word and (opener[-1:] != (["between"] if word == "and" else ["from"])):
            out.append(mention)
            continue
        first = date.fromisoformat(mention.value)
        last = _safe(first.year, first.month, _day(second.group("d2")))
        if last is None or last <= first:
            out.append(mention)
            continue
        out.append(replace(mention, end=second.end(), text=text[mention.start:second.end()],
                           until=last.isoformat()))
    return out


def joined_ranges(text: str, found: list[MentionedDate], published: date
                  ) -> list[MentionedDate]:
    """``found`` (sorted by start) where the two ends of each range of days written in
    ``text`` are one mention from the first day to the last (``until``), and each range
    of months one mention from its first month's first day to its last month's last
    (:func:`month_ranges`)."""
    found = english_day_ranges(text, month_ranges(text, _weekday_ranges(text, found,
                                                                        published), published))
    out: list[MentionedDate] = []
    index = 0
    while index < len(found):
        first = found[index]
        if index + 1 < len(found):
            last = found[index + 1]
            if first.granularity == last.granularity == "day" and not first.until and \
                    not last.until and _linked(text, first, last):
                one, two = date.fromisoformat(first.value), date.fromisoformat(last.value)
                wd1, wd2 = _bare_weekday(first.text), _bare_weekday(last.text)
                if wd1 is not None and wd2 is not None:
                    # "du lundi au mercredi": the first such day after the first, whatever
                    # each end's own reading (rpm2 T07_C1_06: a Wednesday 9 days later)
                    two = one + timedelta(days=(wd2 - wd1) % 7 or 7)
                if one < two and (two - one).days <= MAX_RANGE_DAYS:
                    out.append(replace(
                        first, end=last.end, text=text[first.start:last.end],
                        until=two.isoformat(), tense=first.tense or last.tense,
                        part=first.part if first.part == last.part else "",
                        weekday_ok=first.weekday_ok and last.weekday_ok))
                    index += 2
                    continue
        out.append(first)
        index += 1
    return out


_LINK_IN_RANGE = re.compile(r"(?i)" + _S + r"(?:au|à|a|jusqu['’][ \t\u00a0]*(?:au|à)|to|until|"
                            r"through|et|and)" + _S + r"(?:(?:le|the)" + _S + r")?")


def ends(mention: MentionedDate) -> list[tuple[str, str]]:
    """The words and day (ISO) of each end of ``mention``: two for a range ("12", 12 May;
    "23 mai", 23 May), one for a date."""
    if not mention.until:
        return [(mention.text, mention.value)]
    parts = _LINK_IN_RANGE.split(mention.text, maxsplit=1)
    if len(parts) != 2:
        return [(mention.text, mention.value), (mention.text, mention.until)]
    return [(parts[0], mention.value), (parts[1], mention.until)]
