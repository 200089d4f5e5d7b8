"""f-dates32: dates mentioned that earlier sets left open. A season after a verb of
postponement is ahead ("renvoyé au printemps", "a repoussé sa décision à l'été"); English
seasons are read ("in the spring", "next summer", "last summer"); movable feasts and US
named days get their day (Easter, Pâques, lundi de Pentecôte, Black Friday); a feast
followed by a lower-case word is still a feast ("avant Noël pour"), a capitalised one a
name ("Noël Mamère"); "this <weekday>" with no tense is the nearer of this week's day gone
by and the next ("more is forecast for this Wednesday" written on a Sunday); the day of a
called-off event is not put in the past by the calling off ("this Monday's strike had been
called off", "la grève de lundi a été annulée"); "called off" is no act of calling.
Through ``find_dates`` and through the CLI with a real store."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.enrich.conftest import enrich_through_cli

from veille.enrich.date_feasts import easter_sunday, feast_day, thanksgiving
from veille.enrich.dates import find_dates

SUNDAY = date(2026, 12, 6)
THURSDAY = date(2026, 12, 3)


def _values(text: str, published: date) -> list[tuple[str, str, str]]:
    return [(d.text, d.value, d.granularity) for d in find_dates(text, published)]


@pytest.mark.parametrize(("text", "value"), [
    ("Le procès a été renvoyé au printemps, a indiqué le tribunal.", "2027-03-01"),
    ("Le conseil a repoussé sa décision à l'été.", "2027-06-01"),
    ("Les travaux ont été reportés à l'automne.", "2027-09-01"),
    ("The hearing was postponed until the summer.", "2027-06-01"),
])
def test_a_season_something_is_moved_to_is_ahead(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, THURSDAY)] == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("The bridge will reopen in the spring, engineers said.", "2027-03-01"),
    ("The inquiry has been pushed back to next summer.", "2027-06-01"),
    ("The festival drew 20,000 people last summer.", "2026-06-01"),
    ("Repairs were carried out this autumn.", "2026-09-01"),
])
def test_english_seasons_are_read(text: str, value: str) -> None:
    assert [(d.value, d.granularity) for d in find_dates(text, THURSDAY)] == \
        [(value, "season")]


@pytest.mark.parametrize("text", [
    "The tapestry shows the spring of 1968 in Prague.",
    "The Summer Olympics opened in Paris.",
])
def test_english_season_lookalikes_are_no_seasons(text: str) -> None:
    assert all(d.granularity != "season" for d in find_dates(text, THURSDAY))


@pytest.mark.parametrize(("text", "value"), [
    ("Le tramway devrait rouler avant Pâques, selon la métropole.", "2027-03-28"),
    ("The church will reopen for Easter Sunday.", "2027-03-28"),
    ("The shop will be closed on Easter Monday.", "2027-03-29"),
    ("La piscine sera ouverte pendant le lundi de Pentecôte.", "2027-05-17"),
    ("Shoppers spent more on Black Friday than last year.", "2026-11-27"),
    ("Les chalets resteront ouverts jusqu'à Noël pour les familles.", "2026-12-25"),
])
def test_feasts_get_their_day(text: str, value: str) -> None:
    assert value in [d.value for d in find_dates(text, THURSDAY)]


@pytest.mark.parametrize("text", [
    "Black Friday sales were down 3%.",
    "Le livre a été préfacé par Noël Mamère.",
    "L'ascension du mont Blanc a duré deux jours.",
    "The Easter Rising is remembered in Dublin.",
])
def test_feast_lookalikes_are_no_feasts(text: str) -> None:
    assert [d for d in find_dates(text, THURSDAY) if d.granularity == "day"] == []


@pytest.mark.parametrize(("text", "published", "value"), [
    ("More rain is forecast for this Wednesday.", SUNDAY, "2026-12-09"),
    ("Grève ce lundi dans les transports.", SUNDAY, "2026-12-07"),
    ("Grève ce vendredi dans les transports.", date(2026, 12, 5), "2026-12-04"),
    ("Councillors will meet this Friday.", date(2026, 12, 5), "2026-12-11"),
])
def test_this_weekday_without_tense_is_the_nearer(text: str, published: date,
                                                  value: str) -> None:
    assert [d.value for d in find_dates(text, published)] == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("The union said this Monday's strike had been called off after talks on Saturday.",
     ["2026-12-07", "2026-12-05"]),
    ("La grève de lundi a été annulée, ont annoncé les syndicats samedi.",
     ["2026-12-07", "2026-12-05"]),
])
def test_a_called_off_event_keeps_its_day_ahead(text: str, value: list[str]) -> None:
    assert [d.value for d in find_dates(text, SUNDAY)] == value


@pytest.mark.parametrize(("year", "day"), [
    (1818, date(1818, 3, 22)), (1943, date(1943, 4, 25)), (2000, date(2000, 4, 23)),
    (2019, date(2019, 4, 21)), (2024, date(2024, 3, 31)), (2025, date(2025, 4, 20)),
    (2026, date(2026, 4, 5)), (2038, date(2038, 4, 25)),
])
def test_easter_sunday_known_years(year: int, day: date) -> None:
    assert easter_sunday(year) == day


@settings(max_examples=200, deadline=None)
@given(st.integers(1583, 4099))
def test_easter_is_a_sunday_in_its_window(year: int) -> None:
    day = easter_sunday(year)
    assert day.weekday() == 6 and date(year, 3, 22) <= day <= date(year, 4, 25)
    assert feast_day("le lundi de Pâques", year) == day + timedelta(days=1)
    assert feast_day("la Pentecôte", year) == day + timedelta(days=49)


@settings(max_examples=100, deadline=None)
@given(st.integers(1942, 2200))
def test_thanksgiving_is_the_fourth_thursday(year: int) -> None:
    day = thanksgiving(year)
    assert day.weekday() == 3 and 22 <= day.day <= 28 and day.month == 11
    assert feast_day("Black Friday", year) == day + timedelta(days=1)


def test_through_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"url": "https://example.fr/f32/a", "title": "Quimper : le procès renvoyé",
         "text": "Le procès de l'ancien maire a été renvoyé au printemps, a annoncé le "
                 "tribunal lundi.", "language": "fr", "source": "example.fr",
         "date": "2015-11-30T09:00:00+01:00"},
        {"url": "https://example.co.uk/f32/b", "title": "Weekend of storms",
         "text": "More rain is forecast for this Wednesday, and the shops will close on "
                 "Easter Monday.", "language": "en", "source": "example.co.uk",
         "date": "2015-12-06T11:00:00+00:00"},
    ]
    got = enrich_through_cli(tmp_path, records, capsys)
    assert [(d["value"][:10], d["granularity"]) for d in got["a"]["dates"]] == [
        ("2016-03-01", "season"), ("2015-11-30", "day")]
    assert [d["value"][:10] for d in got["b"]["dates"]] == ["2015-12-09", "2016-03-28"]


@pytest.mark.parametrize(("text", "value"), [
    ("Les vols à l'aéroport Roland-Garros ont été annulés pour jeudi.", "2026-11-26"),
    ("Une alerte orange a été déclenchée pour jeudi soir.", "2026-11-26"),
    ("Les cours ont été suspendus pour lundi dans toute l'île.", "2026-11-30"),
    ("The match has been cancelled for Saturday.", "2026-11-28"),
])
def test_a_day_set_for_is_ahead_of_the_act(text: str, value: str) -> None:
    """t-final31 F5: written on Wednesday 25 November 2026."""
    assert [d.value for d in find_dates(text, date(2026, 11, 25))] == [value]


def test_a_possessive_after_for_keeps_the_event_behind() -> None:
    assert [d.value for d in find_dates("He was arrested for Saturday's attack.",
                                        date(2026, 11, 25))] == ["2026-11-21"]
