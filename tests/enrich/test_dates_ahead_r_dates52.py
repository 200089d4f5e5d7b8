"""r-dates52 (issue 16, t-final51b A2, A7, A8, A9, A17): dates ahead said to be gone, and
past dates said to be future.

- an Italian adjective in -iva ("la sala operativa") is no imperfect: "invita a evitare …
  fino a domenica sera" written on Saturday is the coming Sunday (A2);
- a timetable verb in the present ("rouvre ses portes samedi", "riapre sabato", "reabre
  el domingo", "öffnet am Samstag wieder") is a future marker, as in English; told as done
  ("a rouvert", "ha riaperto") the day is gone by (A7);
- the new time of an event moved is ahead in Spanish, Italian and German ("è stato rinviato
  a marzo", "aplazada al 10 de marzo", "auf März verschoben"); the moving's own month
  ("im Dezember verschoben") stays past (A8);
- a call, urging or plan to do something on a date ("called on members to march … on
  March 12", "a appelé les cheminots à cesser le travail le 9 avril") is the nearest such
  day, not last year's; told with its outcome ("and most schools closed that day") past
  (A9);
- a date wholly before the day of writing is never ``future`` nor without tense: ``past``
  ("Il a convoqué une table ronde le 16 janvier, sans résultat"; "adoptée en mars 2023,
  entrera …") (A17);
- a span "until" told as over ("è rimasta chiusa fino a domenica", "permaneció cerrado
  hasta el domingo") ends on the day gone by.

Through ``find_dates`` and through the CLI with a real store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tests.enrich.conftest import enrich_through_cli

from veille.enrich.dates import find_dates


def _found(text: str, published: str, key: str, language: str = "") -> tuple[str, str] | None:
    return next(((d.value, d.tense) for d in find_dates(
        text, date.fromisoformat(published), language=language) if key in d.text), None)


@pytest.mark.parametrize(("text", "published", "language", "key", "value", "tense"), [
    # A2: "operativa" is an adjective, not an imperfect
    ("La Provincia ha attivato la sala operativa e invita a evitare gli spostamenti non "
     "necessari fino a domenica sera.", "2026-01-17", "it", "domenica", "2026-01-18",
     "future"),
    ("Il centro ha chiuso la sala sportiva e chiede di restare a casa fino a lunedì.",
     "2026-01-16", "it", "lunedì", "2026-01-19", "future"),
    # A7: a timetable present ahead, the same verb told as done behind
    ("Le Palais de Tokyo, à Paris, rouvre ses portes samedi après dix-huit mois de "
     "travaux.", "2026-01-12", "fr", "samedi", "2026-01-17", "future"),
    ("Le Palais de Tokyo a rouvert ses portes samedi après dix-huit mois de travaux.",
     "2026-01-12", "fr", "samedi", "2026-01-10", "past"),
    ("Il museo civico riapre sabato dopo i lavori.", "2026-01-12", "it", "sabato",
     "2026-01-17", "future"),
    ("Il museo civico ha riaperto sabato dopo i lavori.", "2026-01-12", "it", "sabato",
     "2026-01-10", "past"),
    ("La biblioteca reabre sus puertas el sábado.", "2026-01-12", "es", "sábado",
     "2026-01-17", "future"),
    ("Das Museum öffnet am Samstag wieder.", "2026-01-12", "de", "Samstag", "2026-01-17",
     "future"),
    # a timetable verb with a new object acts on it: the day is another event's, nearest
    ("Le parquet ouvre une enquête après la mort d'un motard samedi.", "2026-02-10", "fr",
     "samedi", "2026-02-07", "past"),
    ("La procura apre un'inchiesta sull'incendio di domenica.", "2026-02-10", "it",
     "domenica", "2026-02-08", "past"),
    ("Il museo riapre le sue sale sabato.", "2026-02-10", "it", "sabato", "2026-02-14",
     "future"),
    # A8: the new time of a moved event ahead; the moving's own month behind
    ("Lo spettacolo previsto al Teatro Argentina di Roma è stato rinviato a marzo.",
     "2026-01-14", "it", "marzo", "2026-03-01", "future"),
    ("La votación fue aplazada al 10 de marzo.", "2026-01-14", "es", "10 de marzo",
     "2026-03-10", "future"),
    ("Das Konzert wurde auf März verschoben.", "2026-01-14", "de", "März", "2026-03-01",
     "future"),
    ("Das Spiel wurde im Dezember wegen Schnee verschoben.", "2026-01-14", "de", "Dezember",
     "2025-12-01", "past"),
    ("La réunion du 16 janvier a été reportée au 3 février.", "2026-01-20", "fr",
     "16 janvier", "2026-01-16", "past"),
    ("La réunion du 16 janvier a été reportée au 3 février.", "2026-01-20", "fr",
     "3 février", "2026-02-03", "future"),
    # A9: an act called for on a date
    ("Britain's largest unions announced on Tuesday a nationwide strike on February 6 and "
     "called on members to march in London on March 12.", "2026-01-20", "en", "March 12",
     "2026-03-12", "future"),
    ("La CGT a appelé les cheminots à cesser le travail le 9 avril.", "2026-01-12", "fr",
     "9 avril", "2026-04-09", "future"),
    ("Il sindacato ha invitato i lavoratori a scioperare il 20 marzo.", "2026-01-18", "it",
     "20 marzo", "2026-03-20", "future"),
    ("Die Gewerkschaft forderte die Beschäftigten auf, am 12. März die Arbeit "
     "niederzulegen.", "2026-01-14", "de", "12. März", "2026-03-12", "future"),
    ("The union called on members to strike on March 12, and most schools closed that "
     "day.", "2026-05-20", "en", "March 12", "2026-03-12", "past"),
    # A17: a date before the writing is past
    ("Il a convoqué une table ronde le 16 janvier, sans résultat.", "2026-01-19", "fr",
     "16 janvier", "2026-01-16", "past"),
    ("La direction a convoqué une réunion le 18 décembre, restée sans suite.",
     "2026-12-20", "fr", "18 décembre", "2026-12-18", "past"),
    ("La réforme, adoptée en mars 2023, entrera pleinement en vigueur le 1er septembre.",
     "2026-01-22", "fr", "mars 2023", "2023-03-01", "past"),
    # a span "until" told as over
    ("La strada è rimasta chiusa fino a domenica per le valanghe.", "2026-02-11", "it",
     "domenica", "2026-02-08", "past"),
    ("El puerto permaneció cerrado hasta el domingo por la nieve.", "2026-02-10", "es",
     "domingo", "2026-02-08", "past"),
])
def test_dates(text: str, published: str, language: str, key: str, value: str,
               tense: str) -> None:
    assert _found(text, published, key, language) == (value, tense)


def test_through_a_real_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"url": "https://example.org/r52/a", "title": "Neve in Trentino",
         "text": "Neve in Trentino\n\nLa Provincia ha attivato la sala operativa e invita a "
                 "evitare gli spostamenti non necessari fino a domenica sera.",
         "language": "it", "date": "2026-01-17T10:40:00+01:00"},
        {"url": "https://example.org/r52/b", "title": "Unions call strike",
         "text": "Unions call strike\n\nThe unions announced on Tuesday a strike on February 6 "
                 "and called on members to march in London on March 12.", "language": "en",
         "date": "2026-01-20T09:00:00+00:00"},
        {"url": "https://example.org/r52/c", "title": "Culture : le musée rouvre",
         "text": "Culture : le musée rouvre\n\nLe musée rouvre ses portes samedi après "
                 "des travaux. Il a convoqué une table ronde le 9 janvier, sans résultat.",
         "language": "fr", "date": "2026-01-12T10:00:00+01:00"},
        {"url": "https://example.org/r52/d", "title": "Spettacolo rinviato",
         "text": "Spettacolo rinviato\n\nLo spettacolo è stato rinviato a marzo.",
         "language": "it", "date": "2026-01-14T11:20:00+01:00"},
    ]
    got = {k: [(d["text"], d["value"], d["tense"]) for d in v["dates"]]
           for k, v in enrich_through_cli(tmp_path, records, capsys).items()}
    assert got["a"] == [("domenica sera", "2026-01-18", "future")]
    assert got["b"][-1] == ("March 12", "2026-03-12", "future")
    assert got["c"] == [("samedi", "2026-01-17", "future"), ("9 janvier", "2026-01-09", "past")]
    assert got["d"] == [("a marzo", "2026-03-01", "future")]
