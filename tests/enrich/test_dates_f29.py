"""f-dates29 (issue 16): a bare weekday after an event announced, planned or called for is
the event's day, the coming one: "ont annoncé la fermeture des cabinets vendredi" (a
definite object anchored by its complement), "have organised a tractor rally on Sunday"
(an English present perfect takes no definite past adverbial), "Farmers plan a rally on
Sunday" (a present act of planning), a body's weekday in the coming span its headline
names ("ce week-end", "en fin de semaine"). Past events and the day of an announcement
itself stay past. Through ``find_dates`` and once through the CLI with a real store."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.enrich.conftest import enrich_through_cli

from veille.enrich.dates import find_dates

WEDNESDAY = date(2026, 11, 25)
FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _values(text: str, published: date = WEDNESDAY) -> list[str]:
    return [d.value for d in find_dates(text, published)]


@pytest.mark.parametrize(("text", "value"), [
    ("Les syndicats de médecins libéraux ont annoncé la fermeture des cabinets vendredi, "
     "en protestation contre le budget de la Sécurité sociale.", "2026-11-27"),
    ("Les directeurs ont annoncé la fermeture de quarante écoles vendredi.", "2026-11-27"),
    ("Farmers have organised a tractor rally on Sunday in Westminster against the "
     "inheritance tax changes.", "2026-11-29"),
    ("Campaigners have arranged a march on Saturday from the town centre.", "2026-11-28"),
    ("Farmers plan a rally on Sunday.", "2026-11-29"),
    ("Farmers are planning a rally on Sunday in Westminster.", "2026-11-29"),
    ("Farmers to hold tractor rally on Sunday", "2026-11-29"),
    ("Unions call a strike on Monday.", "2026-11-30"),
    ("Les agriculteurs prévoient une manifestation lundi devant la préfecture.",
     "2026-11-30"),
    ("The union has confirmed the strike on Friday.", "2026-11-27"),
    ("La CGT appelle à la grève jeudi.", "2026-11-26"),
])
def test_an_announced_or_planned_event_s_weekday_is_ahead(text: str, value: str) -> None:
    assert _values(text) == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("La manifestation de samedi a réuni 3 000 personnes.", "2026-11-21"),
    ("Police arrested 12 people at a rally on Sunday.", "2026-11-22"),
    ("Police have arrested 12 people at a rally on Sunday.", "2026-11-22"),
    ("Le ministre a annoncé vendredi sa démission.", "2026-11-20"),
    ("The minister announced her resignation on Tuesday.", "2026-11-24"),
    ("Farmers held a tractor rally on Sunday.", "2026-11-22"),
    ("Farmers have held a tractor rally on Sunday.", "2026-11-22"),
    ("Les cheminots ont voté la grève des contrôleurs lundi.", "2026-11-23"),
    ("Les cheminots ont voté la grève jeudi.", "2026-11-19"),
    ("Storm Bert forced the closure of 80 schools on Monday.", "2026-11-23"),
    # an English preterite takes the act's own day; an object between act and event
    ("The minister announced the closure of the line on Tuesday.", "2026-11-24"),
    ("Police have launched an investigation after a rally on Sunday.", "2026-11-22"),
    ("Two men have been arrested after a protest on Saturday.", "2026-11-21"),
    ("Thousands have joined a march on Saturday.", "2026-11-21"),
    ("Les agriculteurs ont organisé une manifestation samedi.", "2026-11-21"),
    # the event is not the act's object: what was confirmed happened at it
    ("Police have confirmed a man died at a protest on Saturday.", "2026-11-21"),
    ("La police a confirmé un blessé lors de la manifestation samedi.", "2026-11-21"),
])
def test_past_events_and_the_announcement_s_own_day_stay_past(text: str, value: str) -> None:
    assert _values(text) == [value]


@given(st.dates(date(2020, 1, 1), date(2030, 12, 31)), st.integers(0, 6))
def test_an_announced_closure_is_within_the_coming_week(published: date, weekday: int) -> None:
    fr = find_dates(f"Les syndicats ont annoncé la fermeture des cabinets "
                    f"{FR_DAYS[weekday]}.", published)
    en = find_dates(f"Farmers have organised a rally on {EN_DAYS[weekday]}.", published)
    for found in (fr, en):
        (day,) = found
        value = date.fromisoformat(day.value)
        assert value.weekday() == weekday
        assert published <= value <= published + timedelta(days=6)


@given(st.dates(date(2020, 1, 1), date(2030, 12, 31)), st.integers(0, 6))
def test_a_reported_rally_is_within_the_past_week(published: date, weekday: int) -> None:
    (day,) = find_dates(f"La manifestation de {FR_DAYS[weekday]} a réuni 3 000 personnes.",
                        published)
    value = date.fromisoformat(day.value)
    assert value.weekday() == weekday
    assert published - timedelta(days=7) <= value <= published


@pytest.mark.parametrize(("text", "values"), [
    ("Agriculteurs : mobilisation ce week-end à Paris\n\nLes agriculteurs manifestent "
     "dimanche à Paris contre le Mercosur.", ["2026-11-28", "2026-11-29"]),
    ("Médecins libéraux : les cabinets fermés en fin de semaine\n\nLes médecins "
     "libéraux ferment leurs cabinets dimanche.", ["2026-11-23", "2026-11-29"]),
    ("Farmers rally this weekend\n\nThe rally on Sunday starts at Hyde Park.",
     ["2026-11-28", "2026-11-29"]),
    # a span already over, a weekday with a past of its own: unchanged
    ("Les agriculteurs ont manifesté ce week-end\n\nIls étaient 3 000 dimanche à Paris.",
     ["2026-11-21", "2026-11-22"]),
    ("Grève cette semaine\n\nLa grève a commencé lundi.", ["2026-11-23", "2026-11-23"]),
])
def test_a_body_weekday_falls_in_the_coming_span_of_its_headline(
        text: str, values: list[str]) -> None:
    assert _values(text) == values


def test_issue_16_through_a_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"title": "Médecins libéraux : les cabinets fermés en fin de semaine", "language": "fr",
         "url": "https://www.exemple.fr/f29/a", "source": "exemple.fr",
         "published": "2026-11-25T14:00:00+01:00",
         "paragraphs": ["Les syndicats de médecins libéraux ont annoncé la fermeture des "
                        "cabinets vendredi, en protestation contre le budget de la Sécurité "
                        "sociale."]},
        {"title": "Farmers plan tractor rally", "language": "en",
         "url": "https://www.example.co.uk/f29/b", "source": "example.co.uk",
         "published": "2026-11-25T12:00:00+00:00",
         "paragraphs": ["Farmers have organised a tractor rally on Sunday in Westminster "
                        "against the inheritance tax changes."]},
        {"title": "Tractors block Whitehall", "language": "en",
         "url": "https://www.example.co.uk/f29/c", "source": "example.co.uk",
         "published": "2026-11-25T12:30:00+00:00",
         "paragraphs": ["Hundreds of farmers held a tractor rally on Sunday in Westminster, "
                        "bringing traffic to a halt."]},
        {"title": "Agriculteurs : mobilisation ce week-end à Paris", "language": "fr",
         "url": "https://www.exemple.fr/f29/d", "source": "exemple.fr",
         "published": "2026-11-25T09:00:00+01:00",
         "paragraphs": ["Les agriculteurs manifestent dimanche à Paris contre le Mercosur."]},
    ]
    out = enrich_through_cli(tmp_path, records, capsys)
    days = {k: [(d["text"], d["value"]) for d in v["dates"] if d["granularity"] == "day"]
            for k, v in out.items()}
    assert days == {"a": [("vendredi", "2026-11-27")], "b": [("Sunday", "2026-11-29")],
                    "c": [("Sunday", "2026-11-22")], "d": [("dimanche", "2026-11-29")]}
