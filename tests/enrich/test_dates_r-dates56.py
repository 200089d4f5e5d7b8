"""Dates mentioned read wrong or not at all beyond French (issue 16, r-dates56;
t-final55b A7, A11, A14, A15): German perfects whose participle has no leading "ge-" and
"vom Wochenende"; English pasts spelled like the present ("burst", "cut", "hit") after a
singular subject; a plan called off in a headline's present (it/es/pt); Spanish and
Portuguese weekdays of habit; Arabic weekdays with or without hamza; a foreign headline's
weekday read from its body; Folha's "4.dez.2026 às 8h10" through a real store."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from veille.cli.main import main
from veille.enrich.dates import find_dates

TUESDAY = date(2026, 12, 1)
WEDNESDAY = date(2026, 12, 2)
THURSDAY = date(2026, 12, 3)
FRIDAY = date(2026, 12, 4)


def _values(text: str, published: date, language: str) -> list[str]:
    return [d.value for d in find_dates(text, published, language=language)]


@pytest.mark.parametrize(("text", "published", "language", "want"), [
    # German: the sentence bracket's participle, with or without "ge-"
    ("Nach dem schweren Sturm vom Wochenende haben Einsatzkräfte an der Küste am Montag "
     "mit den Aufräumarbeiten begonnen.", TUESDAY, "de", ["2026-11-28", "2026-11-30"]),
    ("Die Stadt hat die Sperrung der Brücke am Samstag verlängert.", WEDNESDAY, "de",
     ["2026-11-28"]),
    ("Die Polizei hat am Freitag zwei Männer festgenommen.", WEDNESDAY, "de", ["2026-11-27"]),
    ("Der Pegel ist am Samstag auf 1,80 Meter gestiegen.", WEDNESDAY, "de", ["2026-11-28"]),
    ("Die Bilanz vom Wochenende fällt ernüchternd aus.", THURSDAY, "de", ["2026-11-28"]),
    # German guards: a plan, a state, a span from, a future
    ("Das Konzert ist für Samstag vorgesehen.", WEDNESDAY, "de", ["2026-12-05"]),
    ("Die Brücke ist am Samstag geschlossen.", WEDNESDAY, "de", ["2026-12-05"]),
    ("Vom Wochenende an gilt ein Fahrverbot.", WEDNESDAY, "de", ["2026-12-05"]),
    ("Die Landesregierung will am Freitag über Hilfen beraten.", WEDNESDAY, "de",
     ["2026-12-04"]),
    ("Am Wochenende soll es wieder stürmisch werden.", THURSDAY, "de", ["2026-12-05"]),
    # English: a preterite spelled like the present, after a singular subject
    ("The warning comes after flooding left homes without power, where the river Eden "
     "burst its banks on Saturday night.", THURSDAY, "en", ["2026-11-28"]),
    ("A falling oak hit a car on the A66 on Friday evening.", THURSDAY, "en",
     ["2026-11-27"]),
    ("A landslip shut the railway line on Sunday.", THURSDAY, "en", ["2026-11-29"]),
    # English guards: an infinitive, a modal, a plural subject, a noun
    ("Forecasters expect more rain to hit the county on Saturday.", THURSDAY, "en",
     ["2026-12-05"]),
    ("Network Rail will shut the line again on Sunday.", THURSDAY, "en", ["2026-12-06"]),
    ("They cut the ribbon on Saturday.", THURSDAY, "en", ["2026-12-05"]),
    # a plan called off in the headline's present: the day gone by, as the lead's
    ("Il vertice previsto per giovedì salta: nuova data il 10 dicembre", FRIDAY, "it",
     ["2026-12-03", "2026-12-10"]),
    ("Il consiglio previsto per mercoledì slitta", FRIDAY, "it", ["2026-12-02"]),
    ("El pleno previsto para el jueves se suspende", FRIDAY, "es", ["2026-12-03"]),
    ("A audiência marcada para quinta-feira é adiada", FRIDAY, "pt", ["2026-12-03"]),
    ("Il concerto previsto per sabato si tiene regolarmente.", FRIDAY, "it", ["2026-12-05"]),
    # Spanish and Portuguese habits: the article and a habitual present
    ("Los comerciantes, que abren el domingo solo en Navidad, critican la medida.",
     THURSDAY, "es", []),
    ("Los vecinos, que siempre se reúnen el viernes frente al edificio, celebran.",
     THURSDAY, "es", []),
    ("A feira do bairro, que sempre abre no domingo, foi transferida.", TUESDAY, "pt", []),
    ("El alcalde inaugurará el domingo la nueva sala.", THURSDAY, "es", ["2026-12-06"]),
    ("El museo reabre sus puertas el domingo.", THURSDAY, "es", ["2026-12-06"]),
    ("Los comerciantes protestaron el lunes.", THURSDAY, "es", ["2026-11-30"]),
    ("Il mercato, che il sabato attira 100 mila persone, chiuderà.", THURSDAY, "it", []),
    # Arabic: the weekday with or without its hamza
    ("وكانت الأرصاد الجوية قد حذرت يوم الإثنين من موجة طقس سيئة.", THURSDAY, "ar",
     ["2026-11-30"]),
    ("أعلنت الدفاع المدني يوم الاحد إغلاق الأنفاق.", THURSDAY, "ar", ["2026-11-29"]),
    ("وكانت الأرصاد قد حذرت يوم الاربعاء الماضي من أمطار.", THURSDAY, "ar", ["2026-12-02"]),
    ("وستعقد اللجنة اجتماعها يوم الإثنين المقبل.", THURSDAY, "ar", ["2026-12-07"]),
    # a foreign headline's bare weekday is the body's
    ("Paralisação iniciada no domingo deixa São Paulo sem metrô\n\nA paralisação, iniciada "
     "no domingo, deixou São Paulo sem metrô.", FRIDAY, "pt", ["2026-11-29", "2026-11-29"]),
])
def test_dates_are_read(text: str, published: date, language: str, want: list[str]) -> None:
    assert _values(text, published, language) == want


CAPTURE = """Folha de S.Paulo
Buscar
Cotidiano
Paralisação dos metroviários iniciada no domingo deixa São Paulo sem metrô
Por Carlos Petrocilo
4.dez.2026 às 8h10
A paralisação dos metroviários, iniciada no domingo, deixou São Paulo sem metrô.
"A greve só termina quando o governo apresentar uma proposta", afirmou Camila Lisboa.
"""


def test_folha_publication_line_through_a_real_store(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capture = tmp_path / "folha.txt"
    capture.write_text(CAPTURE, "utf-8")
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "ingest", str(capture)]) == 0
    assert main(["--data-dir", str(data), "enrich"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "export", "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line]
    assert len(records) == 1
    assert str(records[0]["content"]["published"]).startswith("2026-12-04T08:10")
    sundays = [d["value"] for d in records[0]["enrichment"]["dates"]
               if d["text"] == "domingo"]
    assert sundays == ["2026-11-29", "2026-11-29"]
