"""Mentioned dates (h-dates67): Catalan "enguany" and southern German "heuer" (this year,
l-fix66 left them unread); a German perfect with "sein" and a separable verb ("ist … ein Lkw
umgekippt", h-dates66b "still wrong" 3) is past, so its night is the one gone by."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from veille.enrich.dates import find_dates


def _first(text: str, published: date, language: str, key: str) -> tuple[str, str, str]:
    found = [d for d in find_dates(text, published, language=language) if key in d.text]
    assert found, text
    return found[0].value, found[0].granularity, found[0].tense


@pytest.mark.parametrize("text", [
    "La fira d'enguany ha rebut més visitants que mai.",
    "Enguany el festival tindrà lloc a la platja del Grau.",
    "El pressupost d’enguany preveu més inversió en escoles.",
])
def test_enguany_is_this_year(text: str) -> None:
    assert _first(text, date(2026, 12, 7), "ca", "enguany"[1:])[:2] == ("2026-01-01", "year")


def test_heuer_is_this_year_and_heuer_the_noun_is_not() -> None:
    text = "Der Christkindlmarkt hat heuer mehr Besucher als im Vorjahr."
    assert _first(text, date(2026, 12, 7), "de", "heuer")[:2] == ("2026-01-01", "year")
    noun = "Die Heuer der Matrosen wurde erhöht."
    assert not [d for d in find_dates(noun, date(2026, 12, 7), language="de")
                if "Heuer" in d.text]


@pytest.mark.parametrize(("text", "published", "key", "value"), [
    # written on Friday 11 December: the night to Saturday gone by is 4-5 December
    ("In der Nacht zum Samstag ist auf der A9 ein Lkw umgekippt.", date(2026, 12, 11),
     "Samstag", "2026-12-05"),
    ("Der Lkw ist am Samstag auf der A9 umgekippt.", date(2026, 12, 9), "Samstag",
     "2026-12-05"),
    ("Die Lagerhalle ist am Dienstag eingestürzt, verletzt wurde niemand.",
     date(2026, 12, 7), "Dienstag", "2026-12-01"),
])
def test_a_separable_participle_after_sein_is_past(text: str, published: date, key: str,
                                                    value: str) -> None:
    assert _first(text, published, "de", key)[0] == value


@pytest.mark.parametrize(("text", "key", "value"), [
    ("Das Konzert ist für Samstag angesetzt.", "Samstag", "2026-12-12"),
    ("Die Brücke ist ab Samstag abgesperrt.", "Samstag", "2026-12-12"),
])
def test_planned_or_from_a_day_stays_ahead(text: str, key: str, value: str) -> None:
    assert _first(text, date(2026, 12, 9), "de", key)[0] == value


@settings(max_examples=60, deadline=None)
@given(day=st.dates(min_value=date(2000, 1, 1), max_value=date(2035, 12, 31)))
def test_enguany_is_the_year_of_publication(day: date) -> None:
    text = "Les obres d'enguany han acabat abans d'hora."
    assert _first(text, day, "ca", "enguany")[:2] == (f"{day.year}-01-01", "year")


def _slash(text: str, language: str, locale: str = "") -> list[str]:
    return [d.value for d in find_dates(text, date(2026, 12, 7), language=language,
                                        locale=locale) if "/" in d.text]


@pytest.mark.parametrize(("text", "language", "locale", "values"), [
    ("The road will stay closed until 12/9, officials said.", "en", "en-US", ["2026-12-09"]),
    ("Applications are open through 1/15.", "en", "en-US", ["2027-01-15"]),
    ("The consultation runs until 9/12, the council said.", "en", "en-GB", ["2026-12-09"]),
    ("Les travaux dureront jusqu'au 9/12.", "fr", "", ["2026-12-09"]),
    # no locale, both readings valid: unread; one reading only: read
    ("The road will stay closed until 12/9, officials said.", "en", "", []),
    ("The road will stay closed until 12/19, officials said.", "en", "", ["2026-12-19"]),
    # no lead word, or an idiom: no date
    ("The pharmacy is open 24/7 and the vote was 3/5 in favour.", "en", "en-US", []),
    ("The memorial opened on 9/11 in the city.", "en", "en-US", []),
])
def test_a_bare_slash_date_is_read_in_the_locales_order(text: str, language: str, locale: str,
                                                        values: list[str]) -> None:
    assert _slash(text, language, locale) == values


@settings(max_examples=80, deadline=None)
@given(day=st.dates(min_value=date(2027, 1, 7), max_value=date(2027, 11, 6)))
def test_a_bare_slash_date_reads_back(day: date) -> None:
    """A day a month or more ahead, in a future clause: that day (written on 7 December
    2026; nearer days are the nearest, as with a month name: date_years.NEAR_DAYS)."""
    idioms = ("24/7", "24/24", "9/11", "7/7", "50/50")  # "open 24/7", the attacks: no date
    assume(f"{day.month}/{day.day}" not in idioms and f"{day.day}/{day.month}" not in idioms)
    us = _slash(f"The bridge will stay closed until {day.month}/{day.day}.", "en", "en-US")
    fr = _slash(f"Le pont restera fermé jusqu'au {day.day}/{day.month}.", "fr")
    assert us == fr == [day.isoformat()]
