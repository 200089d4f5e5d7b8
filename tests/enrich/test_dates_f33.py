"""f-dates33 (t-final32 #8): dates mentioned that lie ahead though their clause is past or
has no tense. The end of a span after "jusqu'à", "until", "through" is ahead in a clause
not past, or past with a verb of extending the term ("a été prolongé"), never after a past
verb of duration; a weekday something was expected or forecast for is
the nearest such day, not the last one; a bare month in a clause that does not assert the
event (a possibility, a thing not ruled out) is the nearest such month; a season said to be
coming whose first month has begun starts on its equinox or solstice, never before the
article. Through ``find_dates`` and through the CLI with a real store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tests.enrich.conftest import enrich_through_cli

from veille.enrich.date_ahead import astronomical_start
from veille.enrich.dates import find_dates

WEDNESDAY = date(2026, 3, 4)
SUNDAY = date(2026, 3, 1)


def _one(text: str, published: date) -> tuple[str, str]:
    (found,) = find_dates(text, published)
    return found.value, found.granularity


@pytest.mark.parametrize(("text", "value"), [
    ("Le salon se poursuit jusqu'à dimanche au parc des expositions.", "2026-03-08"),
    ("La route reste fermée jusqu'à samedi.", "2026-03-07"),
    ("Le marché a été prolongé jusqu'à lundi.", "2026-03-09"),
    ("The fair runs until Sunday.", "2026-03-08"),
    ("Comments can be sent through Monday.", "2026-03-09"),
    ("The exhibition has been extended until Saturday.", "2026-03-07"),
])
def test_the_end_of_a_span_is_ahead(text: str, value: str) -> None:
    assert _one(text, WEDNESDAY) == (value, "day")


@pytest.mark.parametrize(("text", "value"), [
    ("La grève a duré jusqu'à lundi.", "2026-03-02"),
    ("The strike lasted until Monday.", "2026-03-02"),
    # another past verb: the nearest day, as before (newuser7 P5)
    ("The road was closed until Monday.", "2026-03-02"),
])
def test_a_span_over_keeps_its_past(text: str, value: str) -> None:
    assert _one(text, WEDNESDAY) == (value, "day")


@pytest.mark.parametrize(("text", "published", "value"), [
    ("More rain was expected on Tuesday in the valley.", SUNDAY, "2026-03-03"),
    ("De fortes rafales étaient attendues mardi sur la côte.", SUNDAY, "2026-03-03"),
    ("Forecasters predicted frost on Friday.", WEDNESDAY, "2026-03-06"),
    ("The ferry was due to sail again on Thursday.", WEDNESDAY, "2026-03-05"),
    # the expectation's day had come: the nearest one, behind
    ("Plus de 5 000 visiteurs étaient attendus lundi et mardi.", date(2026, 3, 3),
     "2026-03-02"),
])
def test_an_expected_day_is_the_nearest(text: str, published: date, value: str) -> None:
    assert find_dates(text, published)[0].value == value


def test_an_expected_day_called_off_stays_past() -> None:
    got = find_dates("The vote was expected on Tuesday but was cancelled.", date(2026, 3, 6))
    assert got[0].value == "2026-03-03"


@pytest.mark.parametrize(("text", "value"), [
    ("He said a hike in April was not ruled out.", "2026-04-01"),
    ("A cut in May could not be excluded, the bank said.", "2026-05-01"),
    ("La mairie avait évoqué une réouverture en avril.", "2026-04-01"),
    ("Sales fell sharply in February.", "2026-02-01"),
    ("The report would not be ready before June.", "2026-06-01"),
])
def test_a_bare_month_near_publication(text: str, value: str) -> None:
    assert _one(text, WEDNESDAY) == (value, "month")


@pytest.mark.parametrize(("text", "published", "value"), [
    ("Le vote a été renvoyé au printemps.", date(2026, 3, 3), "2026-03-20"),
    ("The opening was put back to the summer.", date(2026, 6, 2), "2026-06-21"),
    ("Le plan sera présenté cet hiver.", date(2026, 12, 4), "2026-12-21"),
    # not begun: its first month; over: the next one
    ("Le vote a été renvoyé au printemps.", date(2026, 2, 10), "2026-03-01"),
    ("Le vote a été renvoyé au printemps.", date(2026, 12, 3), "2027-03-01"),
])
def test_a_coming_season_starts_after_the_article(text: str, published: date,
                                                  value: str) -> None:
    assert _one(text, published) == (value, "season")


@pytest.mark.parametrize(("first", "start"), [
    (date(2026, 3, 1), date(2026, 3, 20)), (date(2026, 6, 1), date(2026, 6, 21)),
    (date(2026, 9, 1), date(2026, 9, 23)), (date(2026, 12, 1), date(2026, 12, 21)),
    (date(2024, 6, 1), date(2024, 6, 20)), (date(2015, 12, 1), date(2015, 12, 22)),
])
def test_equinoxes_and_solstices(first: date, start: date) -> None:
    """UTC days of the equinoxes and solstices (US Naval Observatory tables)."""
    assert astronomical_start(first) == start


def test_through_a_real_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"url": "https://example.fr/f33/a", "title": "Voiron : le festival",
         "text": "Voiron : le festival\n\nLe festival se poursuit jusqu'à dimanche.",
         "language": "fr", "date": "2026-03-04T11:20:00+01:00"},
        {"url": "https://example.com/f33/b", "title": "Storm",
         "text": "Storm\n\nMore rain was expected on Tuesday, forecasters said.",
         "language": "en", "date": "2026-03-01T21:15:00-05:00"},
        {"url": "https://example.com/f33/c", "title": "Rates",
         "text": "Rates\n\nThe governor said a hike in April was not ruled out.",
         "language": "en", "date": "2026-03-04T09:05:00+09:00"},
        {"url": "https://example.fr/f33/d", "title": "Conseil",
         "text": "Conseil\n\nLa délibération a été renvoyée au printemps.",
         "language": "fr", "date": "2026-03-03T22:05:00+01:00"},
    ]
    got = {k: [(d["value"], d["granularity"]) for d in v["dates"]]
           for k, v in enrich_through_cli(tmp_path, records, capsys).items()}
    assert got == {"a": [("2026-03-08", "day")], "b": [("2026-03-03", "day")],
                   "c": [("2026-04-01", "month")], "d": [("2026-03-20", "season")]}
