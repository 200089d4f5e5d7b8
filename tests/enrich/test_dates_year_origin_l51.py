"""A year that dates a noun's origin is not the year of a month named in the same sentence
(t-final51b A1, a regression of h-dates51's year rule): "Les inscriptions ouvriront en mai
pour les enfants nés en 2023" put the inscriptions in May 2023, "s'appliquera dès mars aux
générations nées en 1965" in March 1965. The rule's own case stays: "la braderie de
septembre prolongée d'une journée en 2027" is September 2027. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from veille.enrich.dates import find_dates


def _month(text: str, published: date, words: str) -> str:
    return next(d.value for d in find_dates(text, published, language="fr")
                if d.text == words)


@pytest.mark.parametrize(("text", "words", "value"), [
    ("Les inscriptions ouvriront en mai pour les enfants nés en 2023.", "en mai", "2026-05-01"),
    ("La réforme s'appliquera dès mars aux générations nées en 1965.", "dès mars", "2026-03-01"),
    ("Le musée inauguré en 2019 rouvrira en mars après travaux.", "en mars", "2026-03-01"),
    ("L'entreprise fondée en 1998 déménagera en avril à Lyon.", "en avril", "2026-04-01"),
])
def test_a_year_of_origin_sets_no_month(text: str, words: str, value: str) -> None:
    assert _month(text, date(2026, 1, 24), words) == value


def test_the_clause_year_still_sets_the_month() -> None:  # guard (t-final51 A5c)
    text = "Lille : la braderie de septembre prolongée d'une journée en 2027"
    assert _month(text, date(2026, 12, 4), "de septembre") == "2027-09-01"
