"""Spans of days with their parts in Spanish, Italian and German, and a day named as what
an inquiry is into (branch r-when53, issue 16).

t-final52b A9: "von Freitagabend bis Montagfrüh gesperrt" (a Friday afternoon) was read
"Freitagabend" past (the noun "Bauarbeiten" read as a German preterite) and "Montagfrüh" not
at all; "da venerdì sera a lunedì mattina" read "da venerdì" as a passive's agent and
"desde el viernes" as "since"; "will open an investigation into Saturday's crash" made that
Saturday the coming one."""

from __future__ import annotations

from datetime import date

import pytest

from veille.enrich.dates import find_dates

FRIDAY, MONDAY = date(2026, 1, 9), date(2026, 1, 12)


def _read(text: str, language: str, published: date) -> list[tuple[str, str, str, str]]:
    return [(d.text, d.value, d.tense, d.part) for d in find_dates(text, published,
                                                                   language=language)]


def test_a_german_closure_from_this_evening_to_monday_morning() -> None:
    assert _read("Wegen Bauarbeiten bleibt die B12 bei Passau von Freitagabend bis "
                 "Montagfrüh gesperrt.", "de", FRIDAY) == [
        ("Freitagabend", "2026-01-09", "future", "evening"),
        ("Montagfrüh", "2026-01-12", "future", "morning")]


@pytest.mark.parametrize("said", ["Montag früh", "Montagfrüh"])
def test_german_frueh_is_a_morning(said: str) -> None:
    [found] = find_dates(f"Die Fähre fährt erst {said} wieder.", FRIDAY, language="de")
    assert (found.value, found.part) == ("2026-01-12", "morning")


def test_a_capitalised_noun_is_no_german_preterite() -> None:
    # "Arbeiten", "Bauarbeiten" end like "arbeiteten" but are nouns
    [found] = find_dates("Nach Angaben der Polizei werden die Arbeiten am Samstag "
                         "fortgesetzt.", MONDAY, language="de")
    assert (found.value, found.tense) == ("2026-01-17", "future")
    [past] = find_dates("Die Polizei sperrte die Straße am Samstag.", MONDAY, language="de")
    assert (past.value, past.tense) == ("2026-01-10", "past")


@pytest.mark.parametrize(("text", "language"), [
    ("La statale per Aosta resterà chiusa da venerdì sera a lunedì mattina.", "it"),
    ("La autovía de Burgos estará cortada desde el viernes por la noche hasta el lunes "
     "por la mañana.", "es"),
])
def test_a_span_from_tonight_is_ahead(text: str, language: str) -> None:
    first, last = find_dates(text, FRIDAY, language=language)
    assert (first.value, first.tense) == ("2026-01-09", "future")
    assert (last.value, last.tense, last.part) == ("2026-01-12", "future", "morning")


@pytest.mark.parametrize(("text", "language"), [
    ("La carretera está cortada desde el miércoles.", "es"),
    ("La strada è chiusa dal mercoledì.", "it"),
])
def test_since_a_day_stays_past(text: str, language: str) -> None:
    [found] = find_dates(text, FRIDAY, language=language)
    assert (found.value, found.tense) == ("2026-01-07", "past")


def test_an_agent_is_still_an_agent() -> None:
    [found] = find_dates("La legge approvata dal Senato a marzo entrerà in vigore.",
                         date(2026, 5, 4), language="it")
    assert (found.value, found.tense) == ("2026-03-01", "past")


@pytest.mark.parametrize(("text", "language", "said", "value"), [
    ("Police will open an investigation into Saturday's crash on the A1.", "en",
     "Saturday", "2026-01-10"),
    ("The council is to launch a review of Friday's flooding in Carlisle.", "en",
     "Friday", "2026-01-09"),
    ("Le parquet va ouvrir une enquête sur l'accident de samedi.", "fr", "samedi",
     "2026-01-10"),
    ("La fiscalía abrirá una investigación sobre el accidente del sábado.", "es", "sábado",
     "2026-01-10"),
    ("La procura aprirà un'inchiesta sull'incidente di sabato.", "it", "sabato",
     "2026-01-10"),
    ("Die Staatsanwaltschaft leitet Ermittlungen zum Unfall vom Samstag ein.", "de",
     "Samstag", "2026-01-10"),
])
def test_the_day_an_inquiry_is_into_is_gone_by(text: str, language: str, said: str,
                                              value: str) -> None:
    [found] = [d for d in find_dates(text, MONDAY, language=language) if said in d.text]
    assert (found.value, found.tense) == (value, "past")


@pytest.mark.parametrize("text", [
    "The new footbridge in Exeter opens on Saturday.",
    "The inquiry on Saturday will hear the first witnesses.",
    "The report on Saturday's match will be published next week.",
])
def test_a_day_ahead_stays_ahead(text: str) -> None:
    [found] = [d for d in find_dates(text, MONDAY) if "Saturday" in d.text]
    assert (found.value, found.tense) == ("2026-01-17", "future")
