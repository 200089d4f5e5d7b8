"""Ranges of days as one date mentioned (issue 16, f-places20): "du 12 au 23 mai" was two
unrelated dates, "du lundi 2 au mercredi 4" one date (the Wednesday)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.enrich.date_ranges import ends
from veille.enrich.dates import find_dates
from veille.enrich.stage import Resources

from .conftest import enrich

PUBLISHED = date(2026, 3, 1)  # a Sunday
MONTH_NAMES = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
               "septembre", "octobre", "novembre", "décembre"]
WEEKDAY_NAMES = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def _one(text: str, published: date = PUBLISHED) -> tuple[str, str, str, str]:
    found = find_dates(text, published)
    assert len(found) == 1, found
    d = found[0]
    return d.text, d.value, d.until, d.granularity


@pytest.mark.parametrize(("text", "expected"), [
    ("Le festival aura lieu du 12 au 23 mai.",
     ("12 au 23 mai", "2026-05-12", "2026-05-23", "day")),
    ("Les élections se tiendront entre le 3 et le 5 mars.",
     ("3 et le 5 mars", "2026-03-03", "2026-03-05", "day")),
    ("Le salon est ouvert du 28 février au 2 mars.",
     ("28 février au 2 mars", "2026-02-28", "2026-03-02", "day")),
    ("La conférence se tient du lundi 2 au mercredi 4.",
     ("lundi 2 au mercredi 4", "2026-03-02", "2026-03-04", "day")),
    ("La conférence se tient du lundi 2 au mercredi 4 mars.",
     ("lundi 2 au mercredi 4 mars", "2026-03-02", "2026-03-04", "day")),
    ("La grève a duré du 1er au 3 février.",
     ("1er au 3 février", "2026-02-01", "2026-02-03", "day")),
    ("Le festival se tiendra du 18 décembre au 5 janvier.",
     ("18 décembre au 5 janvier", "2026-12-18", "2027-01-05", "day")),
    ("The talks will run from 3 to 5 March.", ("3 to 5 March", "2026-03-03", "2026-03-05",
                                               "day")),
])
def test_a_range_of_days_is_one_mention(text: str, expected: tuple[str, ...]) -> None:
    assert _one(text) == expected


@pytest.mark.parametrize("text", [
    "Il a neigé les 17 et 24 janvier.",       # two days, no range
    "Il a neigé le 3 mars et le 5 mars.",    # two dates
])
def test_two_days_are_no_range(text: str) -> None:
    found = find_dates(text, PUBLISHED)
    assert len(found) == 2 and not any(d.until for d in found)


def test_the_ends_of_a_range() -> None:
    [mention] = find_dates("Le festival aura lieu du 12 au 23 mai.", PUBLISHED)
    assert ends(mention) == [("12", "2026-05-12"), ("23 mai", "2026-05-23")]


def test_the_enrichment_keeps_one_range(resources: Resources) -> None:
    """Through the real pipeline (published 2026-11-30): one date mentioned, its last day."""
    dates = enrich(resources, "Agenda\n\nLe festival aura lieu du 12 au 23 mai à Chelles.",
                   )["dates"]
    assert isinstance(dates, list)
    assert [(d["value"], d["until"], d["granularity"]) for d in dates] == [
        ("2027-05-12", "2027-05-23", "day")]


_FIRST_DAYS = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))


def _day_words(d: date) -> str:
    return "1er" if d.day == 1 else str(d.day)


@settings(max_examples=300, deadline=None)
@given(_FIRST_DAYS, st.integers(min_value=1, max_value=60), st.booleans(),
       st.integers(min_value=0, max_value=90))
def test_a_range_with_its_year_reads_both_ends(first: date, length: int, between: bool,
                                               ahead: int) -> None:
    """"du D1 [M1] au D2 M2 YYYY" and "entre le D1 [M1] et le D2 M2 YYYY", published
    up to 90 days before: one mention, from D1 to D2, the first month carried from the
    second when not written (the month before when D1 > D2)."""
    last = first + timedelta(days=length)
    month_of_first = "" if first.month == last.month and first.year == last.year else \
        " " + MONTH_NAMES[first.month - 1]
    if month_of_first and first.year != last.year:
        month_of_first += f" {first.year}"
    end = f"{_day_words(last)} {MONTH_NAMES[last.month - 1]} {last.year}"
    span = (f"entre le {_day_words(first)}{month_of_first} et le {end}" if between
            else f"du {_day_words(first)}{month_of_first} au {end}")
    text = f"Le festival se tiendra {span}, selon les organisateurs."
    found = find_dates(text, first - timedelta(days=ahead))
    assert [(d.value, d.until, d.granularity) for d in found] == [
        (first.isoformat(), last.isoformat(), "day")]
    assert found[0].text == span.split(" ", 2 if between else 1)[-1]


@settings(max_examples=200, deadline=None)
@given(_FIRST_DAYS, st.integers(min_value=1, max_value=6),
       st.integers(min_value=0, max_value=20))
def test_weekdays_and_days_without_a_month(first: date, length: int, ahead: int) -> None:
    """"du lundi 2 au mercredi 4", published up to 20 days before, in the future tense: the
    coming month whose calendar agrees with both weekdays."""
    last = first + timedelta(days=length)
    text = (f"La conférence se tiendra du {WEEKDAY_NAMES[first.weekday()]} "
            f"{_day_words(first)} au {WEEKDAY_NAMES[last.weekday()]} {_day_words(last)}.")
    found = find_dates(text, first - timedelta(days=ahead))
    assert [(d.value, d.until, d.weekday_ok) for d in found] == [
        (first.isoformat(), last.isoformat(), True)]


_TOKENS = st.sampled_from(["du", "au", "entre", "le", "et", "lundi", "mercredi", "12",
                           "1er", "31", "28", "février", "mai", "2027", "de", "à", "jusqu'au",
                           "les", ",", ".", "from", "to", "March", "between", "and"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_TOKENS, max_size=14).map(" ".join), _FIRST_DAYS)
def test_ranges_never_crash_and_read_forward(text: str, published: date) -> None:
    for d in find_dates(text, published):
        if d.until:  # a range of days, or of months since f-places21 ("de mars à mai")
            assert d.granularity in ("day", "month")
            assert date.fromisoformat(d.value) < date.fromisoformat(d.until)
            assert text[d.start:d.end] == d.text


def test_a_range_of_weekdays_reads_forward_from_its_first_day() -> None:
    """rpm2 T07_C1_06 (read while measuring): "Du lundi au mercredi suivant" gave a
    Monday and a Wednesday nine days later, each read alone; the range is two days."""
    found = find_dates("La fraude a été découverte lundi. Du lundi au mercredi suivant, sa "
                       "banque a dénoué les engagements.", date(2019, 6, 1))
    ranges = [d for d in found if d.until]
    assert len(ranges) == 1
    one, two = date.fromisoformat(ranges[0].value), date.fromisoformat(ranges[0].until)
    assert (one.weekday(), (two - one).days) == (0, 2)
