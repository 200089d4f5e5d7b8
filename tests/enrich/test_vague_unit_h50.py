"""A vague count is shown as precise as its unit, not guessed from the day it lands on
(t-final50b A8: "il y a quelques jours" written on 4 December, value 1 December, was shown
"vers décembre 2026" / "around December 2026"; the same count landing on 30 November was
a day). Read by the enrichment (fr, en, es, it, de) and written by the web's translator."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.enrich.dates import find_dates
from veille.web.i18n import load_locales

T = load_locales()
PUBLISHED = date(2026, 12, 4)


@pytest.mark.parametrize(("text", "language", "unit"), [
    ("Il y a quelques jours, le maire a signé l'arrêté.", "fr", "day"),
    ("A few days ago the council signed the order.", "en", "day"),
    ("Hace unos días, el alcalde firmó el decreto.", "es", "day"),
    ("Qualche giorno fa il sindaco ha firmato l'ordinanza.", "it", "day"),
    ("Vor einigen Tagen hat der Bürgermeister die Verordnung unterschrieben.", "de", "day"),
    ("Il y a quelques années, le maire avait signé l'arrêté.", "fr", "year"),
])
def test_a_vague_count_keeps_its_unit(text: str, language: str, unit: str) -> None:
    found = [d for d in find_dates(text, PUBLISHED, language=language)
             if d.granularity == "vague"]
    assert found, text
    assert found[0].unit == unit
    if unit == "day":
        assert found[0].value == "2026-12-01"
        shown = T["fr"].mentioned(found[0].value, "vague", found[0].unit)
        assert shown == "vers le 1er décembre 2026"  # r-dates51: with its article
        assert T["en"].mentioned(found[0].value, "vague", found[0].unit) == \
            "around December 1, 2026"


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)))
def test_a_count_of_days_is_shown_as_a_day_whatever_day_it_lands_on(day: date) -> None:
    shown = T["en"].mentioned(day.isoformat(), "vague", "day")
    assert str(day.day) in shown and str(day.year) in shown
    assert T["fr"].mentioned(day.isoformat(), "vague", "year") == f"vers {day.year}"


def test_a_record_enriched_before_the_unit_keeps_the_old_reading() -> None:
    assert T["fr"].mentioned("2016-01-01", "vague") == "vers 2016"
    assert T["en"].mentioned("2026-11-30", "vague") == "around November 30, 2026"
