"""A day of a month named by a plan in Spanish, Italian or Portuguese and then called off
is the nearest such day, as a weekday is (t-final55 A5: "che doveva svolgersi il 31
dicembre, è stato annullato", written on 4 December 2026, was 31 December 2025); an
Italian past told with an irregular participle after "avere" or a pronominal "essere"
("si è svolta", "ha chiuso") is past."""

from __future__ import annotations

from datetime import date

import pytest

from veille.enrich.dates import find_dates

WRITTEN = date(2026, 12, 4)  # a Friday


@pytest.mark.parametrize(("language", "text", "day"), [
    ("it", "Il concerto di Capodanno, che doveva svolgersi il 31 dicembre, è stato annullato.",
     date(2026, 12, 31)),
    ("es", "El concierto, que debía celebrarse el 31 de diciembre, ha sido cancelado.",
     date(2026, 12, 31)),
    ("es", "La reunión, prevista para el 2 de diciembre, no llegó a celebrarse.",
     date(2026, 12, 2)),
    ("it", "La mostra si è svolta il 31 dicembre.", date(2025, 12, 31)),
    ("it", "Il museo ha chiuso il 30 dicembre per lavori.", date(2025, 12, 30)),
    ("it", "Il museo è chiuso il 31 dicembre.", date(2026, 12, 31)),
    ("it", "Il concerto si terrà il 31 dicembre.", date(2026, 12, 31)),
])
def test_a_day_of_a_month(language: str, text: str, day: date) -> None:
    [found] = find_dates(text, WRITTEN, language=language)
    assert found.value == day.isoformat(), text


@pytest.mark.parametrize(("text", "day"), [
    # t-final55b A0: "da"/"dal" is "from" in a clause to come, "since" only in one that is not
    ("Il mercato chiuderà alle 17 a partire da sabato 12 dicembre.", "2026-12-12"),
    ("Aprirà prima dal 12 dicembre.", "2026-12-12"),
    ("Aprirà prima da lunedì 7 dicembre.", "2026-12-07"),
    ("Il museo è chiuso dal 20 novembre.", "2026-11-20"),
])
def test_italian_from_and_since(text: str, day: str) -> None:
    [found] = find_dates(text, date(2026, 12, 2), language="it")
    assert found.value == day, text


@pytest.mark.parametrize("text", [
    "Il mercato chiude due ore prima il sabato.",
    "Il mercato, che il sabato attira oltre 100 mila persone, chiude.",
    "I negozi saranno aperti la domenica.",
])
def test_an_italian_weekday_of_habit_is_no_date(text: str) -> None:
    """t-final55b A0b: "il sabato" is every Saturday, as French "le samedi"."""
    assert find_dates(text, date(2026, 12, 2), language="it") == []


def test_a_given_italian_weekday_is_still_dated() -> None:
    [found] = find_dates("La partita si gioca sabato a Torino.", date(2026, 12, 2),
                         language="it")
    assert found.value == "2026-12-05"


@pytest.mark.parametrize("text", ["L'incidente è avvenuto l'altro ieri a Roma.",
                                  "L’incidente è avvenuto l’altro ieri a Roma."])
def test_the_day_before_yesterday_with_either_apostrophe(text: str) -> None:
    """t-final55b: CLDR writes "l’altro ieri"; typed with a straight apostrophe it was read
    as "ieri", yesterday."""
    [found] = find_dates(text, date(2026, 12, 4), language="it")
    assert found.value == "2026-12-02"


@pytest.mark.parametrize(("text", "day"), [
    ("В следующий понедельник закон подпишет президент.", "2026-12-07"),
    ("В прошлую пятницу закон подписал президент.", "2026-11-27"),
    ("В понедельник закон подписал президент.", "2026-11-30"),
])
def test_a_russian_weekday_after_next_or_last(text: str, day: str) -> None:
    """t-final55b A11a: "в следующий понедельник" with a perfective future was last
    Monday (the adjective stood outside the weekday's match)."""
    [found] = find_dates(text, date(2026, 12, 3), language="ru")
    assert found.value == day
