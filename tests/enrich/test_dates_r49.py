"""r-dates49 (issue 16, t-final36 B8): dates mentioned in Spanish, Italian and German,
and intentions told in the past.

- "el próximo viernes", "la semana que viene", "el 21 de diciembre", "giovedì sera", "il
  3 gennaio", "ab kommendem Montag", "am 21. Dezember", "nächste Woche" were not read at
  all: now read (names from CLDR through Babel), against the publication date, with a
  "next/last" word or the tense of the clause's verb deciding the side;
- a plan told in the pluperfect or the imperfect ("avaient prévu de se réunir mercredi",
  "had planned to reopen on Monday") was read ahead: now the nearest such day; a decision
  in the perfect or "could" followed by a narrative past in its sentence likewise;
- a language read by nothing (Dutch; Portuguese until r-lang54) records
  ``dates_unread``; the API's article and enrichment JSON carry ``unread_language``.

Through ``find_dates``, through the CLI with a real store, and the API on a real server."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.enrich.conftest import enrich_through_cli

from veille.enrich.date_foreign import dates_unread, foreign_dates
from veille.enrich.date_years import NEAR_DAYS
from veille.enrich.dates import find_dates

WED = date(2026, 12, 9)  # a Wednesday
THU = date(2026, 12, 10)


def _found(text: str, published: date, key: str, language: str = "") -> tuple[str, str] | None:
    return next(((d.value, d.tense) for d in find_dates(text, published, language=language)
                 if key in d.text), None)


@pytest.mark.parametrize(("text", "language", "published", "key", "want"), [
    ("El consistorio de Huesca inaugurará el belén el próximo jueves.", "es", WED,
     "jueves", ("2026-12-10", "future")),
    ("La asamblea de vecinos se reunió el martes en Getafe.", "es", THU, "martes",
     ("2026-12-08", "past")),
    ("La consejería publicará las notas la semana que viene.", "es", WED, "semana",
     ("2026-12-14", "future")),
    ("El juicio empezará el 21 de diciembre en la Audiencia de Soria.", "es", WED,
     "diciembre", ("2026-12-21", "future")),
    ("El puerto de Vigo cerró el pasado sábado por el temporal.", "es", WED, "sábado",
     ("2026-12-05", "past")),
    ("Giovedì sera il sindaco di Lucca presenterà il piano.", "it", WED, "Giovedì",
     ("2026-12-10", "future")),
    ("Il cantiere riaprirà il 3 gennaio, ha detto l'assessore.", "it", WED, "gennaio",
     ("2027-01-03", "future")),
    ("Ieri la Regione ha chiuso la strada per Cortina.", "it", WED, "Ieri",
     ("2026-12-08", "past")),
    ("La giunta ha approvato il piano la settimana scorsa.", "it", WED, "settimana",
     ("2026-11-30", "past")),
    ("Die Bahn fährt ab kommendem Montag wieder nach Rostock.", "de", WED, "Montag",
     ("2026-12-14", "future")),
    ("Der Stadtrat in Ulm stimmt am 21. Dezember über das Budget ab.", "de", WED,
     "Dezember", ("2026-12-21", "future")),
    ("Die Ministerin wird nächste Woche nach Kiel reisen.", "de", WED, "Woche",
     ("2026-12-14", "future")),
    ("Am Montag meldete die Polizei in Trier einen Unfall.", "de", WED, "Montag",
     ("2026-12-07", "past")),
])
def test_spanish_italian_german_dates(text: str, language: str, published: date, key: str,
                                      want: tuple[str, str]) -> None:
    assert _found(text, published, key, language) == want
    assert _found(text, published, key) != want  # the French rules do not read it


def test_the_part_of_the_day_and_names_that_are_not_dates() -> None:
    found = find_dates("Il concerto è previsto per giovedì sera a Pisa.", WED, language="it")
    assert [(d.text, d.value, d.part) for d in found] == [
        ("giovedì sera", "2026-12-10", "evening")]
    found = find_dates("Am Dienstagabend brannte in Gera eine Scheune.", THU, language="de")
    assert [(d.value, d.part) for d in found] == [("2026-12-08", "evening")]
    # "por la mañana" is a morning, not tomorrow; "Plácido Domingo" a name
    assert find_dates("El tenor Plácido Domingo cantó por la mañana en Oviedo.", WED,
                      language="es") == []
    assert find_dates("Am Morgen war der Himmel über Jena klar.", WED, language="de") == []


def test_past_intentions_and_could() -> None:
    # a plan in the pluperfect: the nearest such day, here gone by
    assert _found("Les élus avaient prévu de se réunir mercredi, mais la séance a été "
                  "annulée.", date(2026, 12, 11), "mercredi") == ("2026-12-09", "past")
    assert _found("The firm had planned to reopen the warehouse on Monday.", THU,
                  "Monday") == ("2026-12-07", "past")
    # "could" then a narrative past in its sentence: a past ability
    assert _found("Residents could go back to their homes on Wednesday, after the water "
                  "receded.", date(2026, 12, 11), "Wednesday") == ("2026-12-09", "past")
    assert _found("Le maire a décidé de fermer l'école mardi, et les élèves sont restés "
                  "chez eux.", THU, "mardi") == ("2026-12-08", "past")
    # controls: a present want, a perfect decision alone, "could" with a saying verb
    assert _found("La mairie veut fermer l'école mardi.", THU, "mardi") == \
        ("2026-12-15", "future")
    assert _found("Le maire a décidé de fermer l'école mardi.", THU, "mardi") == \
        ("2026-12-15", "future")
    assert _found("The strike could spread to the docks on Monday, union leaders warned.",
                  THU, "Monday") == ("2026-12-14", "future")


weekdays_es = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
weekdays_de = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
               "Sonntag"]


@settings(max_examples=60, deadline=None)
@given(st.dates(date(1990, 1, 1), date(2090, 12, 31)), st.integers(0, 6),
       st.sampled_from(["es", "de"]), st.sampled_from(["next", "last", "future", "past"]))
def test_weekdays_resolve_on_their_side(published: date, weekday: int, language: str,
                                        how: str) -> None:
    name = (weekdays_es if language == "es" else weekdays_de)[weekday]
    text = {("es", "next"): f"Abrirán el museo el próximo {name}.",
            ("es", "last"): f"Abrieron el museo el pasado {name}.",
            ("es", "future"): f"El museo abrirá el {name}.",
            ("es", "past"): f"El museo abrió el {name}.",
            ("de", "next"): f"Das Museum öffnet am kommenden {name}.",
            ("de", "last"): f"Das Museum öffnete am vergangenen {name}.",
            ("de", "future"): f"Das Museum wird am {name} öffnen.",
            ("de", "past"): f"Das Museum wurde am {name} geöffnet."}[(language, how)]
    found = [d for d in find_dates(text, published, language=language) if name in d.text]
    assert len(found) == 1
    value = date.fromisoformat(found[0].value)
    assert value.weekday() == weekday
    gap = (value - published).days
    assert {"next": 1 <= gap <= 7, "last": -7 <= gap <= -1, "future": 0 <= gap <= 6,
            "past": -6 <= gap <= 0}[how]


@settings(max_examples=60, deadline=None)
@given(st.dates(date(1990, 1, 1), date(2090, 12, 31)), st.dates(date(2001, 1, 1),
                                                               date(2001, 12, 31)),
       st.sampled_from(["es", "it", "de"]))
def test_a_day_and_month_ahead_in_a_future_clause(published: date, day: date,
                                                  language: str) -> None:
    from babel.dates import format_date
    words = format_date(day, "d MMMM", locale=language) if language != "de" else \
        format_date(day, "d. MMMM", locale=language)
    if language == "es":
        words = words.replace(" ", " de ", 1) if " de " not in words else words
    text = {"es": f"La feria abrirá el {words}.", "it": f"La fiera aprirà il {words}.",
            "de": f"Die Messe wird am {words} öffnen."}[language]
    found = foreign_dates(text, published, language)
    assert len(found) == 1
    value = date.fromisoformat(found[0].value)
    assert (value.month, value.day) == (day.month, day.day)
    # A day and month within NEAR_DAYS of publication is taken in the nearest year whatever
    # the tense, as in French (h-dates65, enrich/date_years.py): "abrirá el 1 de enero" in an
    # article of 2 January is the day before, not next year's (Hypothesis found it).
    assert published - timedelta(days=NEAR_DAYS) <= value < published + timedelta(days=367 + 366)
    if value < published:
        assert (published - value).days <= NEAR_DAYS


def test_unread_languages() -> None:
    assert dates_unread("nl-BE") and dates_unread("nl")
    assert not any(dates_unread(code) for code in ("fr", "en-GB", "es", "it", "de-AT", "",
                                                    "pt-BR", "pt"))  # pt: r-lang54


def test_through_a_real_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"url": "https://example.org/r49/a", "title": "Huelga en el metro",
         "text": "Huelga en el metro\n\nLos maquinistas pararán el próximo viernes, según "
                 "el sindicato.", "language": "es", "date": "2026-12-09T10:00:00+01:00"},
        {"url": "https://example.org/r49/b", "title": "Streik bei der Bahn",
         "text": "Streik bei der Bahn\n\nDie Lokführer streiken am 21. Dezember.",
         "language": "de", "date": "2026-12-09T10:00:00+01:00"},
        {"url": "https://example.org/r49/c", "title": "Staking bij de metro",
         "text": "Staking bij de metro\n\nDe machinisten staken op vrijdag, zei de vakbond.",
         "language": "nl", "date": "2026-12-09T10:00:00+01:00"},
    ]
    got = enrich_through_cli(tmp_path, records, capsys)
    assert [(d["text"], d["value"], d["tense"]) for d in got["a"]["dates"]] == [
        ("el próximo viernes", "2026-12-11", "future")]
    assert [(d["value"], d["tense"]) for d in got["b"]["dates"]] == [("2026-12-21", "future")]
    assert got["c"]["dates"] == [] and got["c"]["dates_unread"] is True
    assert got["c"]["unread_language"] == "nl"
    assert "dates_unread" not in got["a"] and got["a"]["unread_language"] == "es"
    assert json.dumps(got)  # plain JSON
