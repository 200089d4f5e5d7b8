""""La veille" is the day before the day just mentioned, or before publication; "entre
janvier et avril" names both months (t-enrich19 E19)."""

from __future__ import annotations

from datetime import date

import pytest

from veille.enrich.dates import find_dates

THURSDAY = date(2026, 3, 12)


def _pairs(text: str, published: date = THURSDAY) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(text, published)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Le bilan s'est alourdi : cinq blessés avaient été recensés la veille.",
     [("la veille", "2026-03-11")]),
    ("La veille, le conseil avait voté le budget.", [("La veille", "2026-03-11")]),
    ("Le 2 mars, la digue a cédé. La veille au soir, l'alerte avait été donnée.",
     [("2 mars", "2026-03-02"), ("La veille", "2026-03-01")]),
    ("The bridge reopened on March 5, a week after it had been shut the day before.",
     [("March 5", "2026-03-05"), ("the day before", "2026-03-04")]),
])
def test_the_eve(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize("text", [
    "La veille sanitaire a été renforcée dans la région.",
    "Les écrans restent en mode veille toute la nuit.",
    "Il a été arrêté la veille de son départ.",
])
def test_no_eve(text: str) -> None:
    assert not any("veille" in t.lower() or "day before" in t.lower()
                   for t, _ in _pairs(text))


def test_day_before_yesterday_is_no_eve() -> None:
    # one expression since q-dates29 (t-final29 F5): two days before publication
    assert _pairs("the day before yesterday") == [("the day before yesterday", "2026-03-10")]


def test_between_two_months() -> None:
    # one mention since f-places21: the range's first month (value) and last day (until)
    found = find_dates("Les ventes ont reculé entre janvier et avril, selon l'institut.",
                       date(2012, 6, 1))
    assert [(d.value, d.until) for d in found] == [("2012-01-01", "2012-04-30")]
    found = find_dates("The plant will close between November and February.", THURSDAY)
    assert [(d.value, d.until) for d in found] == [("2026-11-01", "2027-02-28")]
