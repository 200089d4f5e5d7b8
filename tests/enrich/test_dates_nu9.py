"""Dates mentioned, newuser9 faults (R6, R7, R24): sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from veille.enrich.dates import find_dates


def _values(text: str, published: date) -> dict[str, str]:
    return {d.text.lower(): d.value for d in find_dates(text, published)}


@pytest.mark.parametrize(("text", "published", "mention", "expected"), [
    # R24: "dernier" excludes the publication's own weekday (Tuesday 24 Nov 2026)
    ("Mardi dernier, le conseil avait voté le budget. Ce mardi, il se réunit.",
     date(2026, 11, 24), "mardi dernier", "2026-11-17"),
    ("Samedi dernier, les supporters ont envahi la pelouse.", date(2026, 11, 28),
     "samedi dernier", "2026-11-21"),
    ("Last Tuesday the council met.", date(2026, 11, 24), "last tuesday", "2026-11-17"),
    ("The council meets again next Tuesday.", date(2026, 11, 24), "next tuesday",
     "2026-12-01"),
    ("Le conseil se réunira lundi prochain.", date(2026, 11, 23), "lundi prochain",
     "2026-11-30"),
    # R7: a pluperfect act of announcing/proposing is before the narration's past: its date
    # is read in the past, not as the coming event the call names
    ("Le syndicat avait annoncé le 3 mars un plan social, abandonné depuis.",
     date(2026, 11, 30), "3 mars", "2026-03-03"),
    ("Le maire avait invité le 12 janvier les riverains à une réunion publique.",
     date(2026, 10, 5), "12 janvier", "2026-01-12"),
    # a present perfect call still names a coming event
    ("Les syndicats ont appelé à une journée de grève le 1er mai.", date(2026, 3, 30),
     "1er mai", "2026-05-01"),
    # R6: the conditional of "devoir" is no imperfect; the reporting verb after the comma
    # does not date the clause holding the day (Tuesday 24 Nov 2026)
    ("Les bus devraient circuler normalement vendredi soir, a précisé la régie.",
     date(2026, 11, 24), "vendredi soir", "2026-11-27"),
    # a heading without final punctuation ends the clause: the previous line's verb does
    # not date the next line's day (Thursday 26 Nov 2026)
    ("Le syndicat a commencé la grève hier\nLa mairie réclame une réponse pour samedi",
     date(2026, 11, 26), "samedi", "2026-11-28"),
    # a promise's object is ahead of the promise
    ("Le ministre a promis une rencontre avec les élus samedi.", date(2026, 11, 24),
     "samedi", "2026-11-28"),
    # "into" ends the span a past act opens, like "until"
    ("Dockers have extended their walkout into Saturday.", date(2026, 11, 26),
     "saturday", "2026-11-28"),
    # the act's own day stays past
    ("Le ministre a annoncé sa démission samedi.", date(2026, 11, 24), "samedi",
     "2026-11-21"),
    ("Le ministre a promis samedi de revenir.", date(2026, 11, 24), "samedi", "2026-11-21"),
])
def test_mentioned_day_resolved(
        text: str, published: date, mention: str, expected: str) -> None:
    assert _values(text, published)[mention] == expected
