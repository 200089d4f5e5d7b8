"""English date mentions: what the grammar of :mod:`veille.enrich.dates` needs to read them
as English writes them (f-dates30, issue 16).

- **"next <weekday>" has two readings.** Said on a Monday, "next Friday" is the coming
  Friday for many American speakers ("the next one") and the Friday of the following week
  for many British ones, who say "this Friday" for the coming one and mean by "next
  Friday" one 7 to 13 days ahead (the usage thread "When is next Friday?", Straight Dope
  2007: "in my locality (UK), 'next Friday' almost always means the Friday that is 7 or
  more, but less than 14 days in the future"; Jeff Smith, *Writing Workshops* tip 209,
  2014: "'Next Friday' could be Friday the 4th … or Friday the 11th … Use dates"; the
  St. Petersburg Times style guide and the AP Stylebook, "days of the week", drop "next"
  and "last" and let the verb's tense say which day). The two readings agree only when
  the weekday is publication's own: the one a week ahead. Otherwise the mention is given
  as its two candidates, never one of them as a day: :func:`next_weekday` (granularity
  ``either``, ``value`` the first candidate, ``until`` the second).
- **"a week on Friday", "Friday week"** (British): a week after the coming Friday, a day;
  written on a Friday, a week or two ahead: :func:`week_on`.
- **A weekday inside a name** ("the Good Friday Agreement", "Black Friday sales", "the
  Tuesday Group", "the Sunday Times"): English capitalises every weekday, so only its
  neighbours tell a name: a capitalised word before it that neither opens the sentence nor
  is a word of time or a preposition ("Good Friday", "Super Tuesday"), the capitalised
  opening word of a sentence that is no such word ("Black Friday sales were down"), or
  "the" before it and a capitalised word after it ("the Sunday Times"); a headline's title
  case says nothing. The AP Stylebook ("on") writes "on" between a proper name and a day
  ("John Jones met Mary Smith on Friday"), so edited news rarely puts a day right after a
  name: :func:`weekday_in_a_name`.
- **An English month is capitalised** (*The Chicago Manual of Style*, 8.87; the Guardian
  and Observer style guide, "months"): "march" and "august" in lower case are a verb and
  an adjective ("veterans march 12 miles"), no month: :func:`lowercase_month`.
- **A saying incise after a mention** ("The deadline is now February 6th, the department
  said."): the incise dates the saying, not the clause before it (the French incise
  likewise, Grevisse § 374), which keeps its own tense or none: :func:`saying_after`.
- **An ordinal day alone** ("will vote on the 6th", "by the 17th"): a day of the month
  before, of or after publication's, on the tense's side: :func:`ordinal_days`.

Pure functions on strings and dates; nothing here raises.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

ENGLISH_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                    "sunday")
ENGLISH_MONTHS = ("january", "february", "march", "april", "june", "july", "august",
                  "september", "october", "november", "december")
"""The English month names the grammar reads in any case ("May" is read only capitalised
there)."""


def next_weekday(weekday: int, published: date) -> tuple[date, date | None]:
    """The candidates of "next <weekday>" (``weekday`` 0 = Monday) written on
    ``published``: the first such day strictly after it, and the one a week later, or
    ``None`` when both readings give the first (the weekday is publication's own, seven
    days ahead)."""
    first = published + timedelta(days=(weekday - published.weekday() - 1) % 7 + 1)
    return first, (None if (first - published).days == 7 else first + timedelta(days=7))


def week_on(weekday: int, published: date) -> tuple[date, date | None]:
    """The candidates of "a week on Friday", "Friday week" (British: a week after the
    coming Friday; Collins English Dictionary, "week": "Monday week, a week on Monday: one
    week after Monday") written on ``published``: the first such day strictly after it
    plus a week; written on that very weekday the coming one may be today, so the
    candidates are a week and two weeks ahead (the second ``None`` otherwise)."""
    first, second = next_weekday(weekday, published)
    if second is None:  # the weekday is publication's own
        return first, first + timedelta(days=7)
    return first + timedelta(days=7), None


_TIME_WORDS = (r"on|by|until|till|from|since|before|after|last|next|this|that|each|every|"
               r"late|early|and|or|but|then|through|between|of|for|at|to|only|even|also|"
               r"again|as|so|into|over|during|mid|come|coming|past|previous|following")
"""Words of time, conjunctions and prepositions, which may stand right before a weekday
and capitalised when they open a sentence ("On Friday", "Last Friday", "By Friday",
"Until Friday"): a closed class, no adjective of a name."""
_CAPITAL_BEFORE = re.compile(
    rf"(?:^|(?<=[^\w'’.]))(?P<word>(?!(?:{_TIME_WORDS})\b)[A-Z][\w'’-]*)\s+$", re.I)
_CAPITALISED = re.compile(r"[A-Z]")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?…:;\"“(\n])\s*$")
_THE_BEFORE = re.compile(r"(?i)(?<![\w'’-])the\s+$")
_CAPITAL_AFTER = re.compile(r"\s+(?P<word>[A-Z][a-z][\w'’-]*)")


def weekday_in_a_name(text: str, start: int, end: int, headline: int) -> bool:
    """Whether the English weekday at ``text[start:end]`` is part of a name ("the Good
    Friday Agreement", "Black Friday", "the Tuesday Group", "the Sunday Times"), outside
    the headline (which ends at ``headline``), as the module docstring says."""
    if start < headline or text[start:end].lower() not in ENGLISH_WEEKDAYS:
        return False
    before = text[max(0, start - 60):start]
    previous = _CAPITAL_BEFORE.search(before)
    if previous is not None and _CAPITALISED.match(previous.group("word")):
        return True  # "the Good Friday Agreement"; "Black Friday sales" opening a sentence
    following = _CAPITAL_AFTER.match(text, end)
    return bool(_THE_BEFORE.search(before) and following is not None and
                following.group("word").lower() not in ENGLISH_MONTHS and
                not following.group("word").startswith("May"))


def lowercase_month(word: str) -> bool:
    """Whether ``word`` (a month name the grammar matched) is an English month written in
    lower case, so no month ("march", "august")."""
    return word.lower().rstrip(".") in ENGLISH_MONTHS and word[:1].islower()


_SAYING = (r"said|says|say|told|tells|added|adds|announced|announces|confirmed|confirms|"
           r"stated|states|explained|explains|reported|reports|warned|warns|insisted|"
           r"insists|claimed|claims|wrote|writes|noted|notes|revealed|reveals|argued|argues")
SAYING_AFTER = re.compile(
    rf"(?i)\s*,\s*(?:(?:{_SAYING})\b|(?:[\w'’.-]+\s+){{1,6}}?(?:{_SAYING})\b"
    r"(?=\s*(?:[.,;!?]|$|(?:on|in|at|last|this|yesterday|today|that)\b)))")
"""A saying incise after a mention: ", the department said", ", said the minister", ", a
spokesman for the council added."."""
_WORD = re.compile(r"[^\W\d_]+")


def saying_after(before: str, after: str) -> bool:
    """Whether ``after`` (the words right after a mention) is a saying incise that does
    not give the mention its tense: the mention ends a clause of at least three words
    (``before``: the sentence part before it), so is not a fronted time phrase ("On
    Tuesday, the department said …", whose verb does date it)."""
    return len(_WORD.findall(before)) >= 3 and SAYING_AFTER.match(after) is not None


def ordinal_days(day: int, published: date) -> list[date]:
    """The candidates of "the 6th" alone (``day`` of the month): that day of the month
    before, of and after ``published``'s, those that have it (the grammar picks one by the
    tense, as for a day and month). A month before or after that lacks the day (a 29th
    written on 30 January of a common year) gives way to the one beyond it, so that a
    future or past tense always has a candidate on its side (the property of
    tests/enrich/test_dates_f30.py)."""
    out = []
    for steps in ((-1, -2), (0,), (1, 2)):
        for step in steps:
            index = published.year * 12 + published.month - 1 + step
            try:
                out.append(date(index // 12, index % 12 + 1, day))
                break
            except ValueError:
                continue
    return out
