"""Weekdays read against the right moment (t-final53 A2, A3; invented texts).

- A capture read once, after its update: a past act told with a bare weekday that falls
  between the publication and the update is the update's own ("s'est rendu sur place
  vendredi matin" on a page of Thursday 22:05 updated Friday 08:30 was read as the Friday
  of the week before, before the fire it tells of).
- "devait initialement durer jusqu'à jeudi": a plan seen from the past, with an adverb in
  -ment between the verb and its infinitive, takes the nearest Thursday (was the Thursday
  before, for a strike that began that week).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from veille.cli.main import main
from veille.enrich.dates import find_dates

CAPTURE = "\n".join([
    'Ouest-France',
    'Brest. Incendie dans un immeuble du quartier de Recouvrance',
    'Publié le 03/12/2026 à 22h05 Mis à jour le 04/12/2026 à 08h30',
    ("Un incendie s'est déclaré jeudi soir au troisième étage d'un immeuble de la rue "
     'de la Porte, à Brest. Deux habitants ont été légèrement blessés et une dizaine d'
     'e familles ont été évacuées par les pompiers.'),
    ("Le maire de Brest s'est rendu sur place vendredi matin pour rencontrer les famil"
     'les relogées au gymnase du quartier, a indiqué la mairie dans un communiqué.'),
    ("Une enquête a été ouverte pour déterminer l'origine du sinistre, qui pourrait êt"
     're électrique selon les premiers éléments recueillis par les enquêteurs.'),
    '',
])


def _value(text: str, published: date, words: str, updated: date | None = None) -> str:
    return next(d.value for d in find_dates(text, published, updated, language="fr")
                if d.text == words)


def test_a_past_weekday_after_publication_is_the_updates() -> None:
    text = "Le maire s'est rendu sur place vendredi matin pour rencontrer les familles."
    assert _value(text, date(2026, 12, 3), "vendredi matin", date(2026, 12, 4)) == "2026-12-04"


def test_without_update_the_weekday_keeps_its_reading() -> None:  # guard
    text = "Le maire s'est rendu sur place vendredi matin pour rencontrer les familles."
    assert _value(text, date(2026, 12, 3), "vendredi matin") == "2026-11-27"


def test_a_weekday_before_publication_is_not_moved() -> None:  # guard
    text = "Le maire s'était rendu sur place lundi pour rencontrer les familles."
    assert _value(text, date(2026, 12, 3), "lundi", date(2026, 12, 4)) == "2026-11-30"


@pytest.mark.parametrize("adverb", ["initialement", "normalement", "théoriquement"])
def test_a_plan_with_an_adverb_takes_the_nearest_day(adverb: str) -> None:
    text = f"Le mouvement, reconductible, devait {adverb} durer jusqu'à jeudi."
    assert _value(text, date(2026, 12, 2), "jeudi") == "2026-12-03"


def test_a_capture_read_after_its_update(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    capture = tmp_path / "brest.txt"
    capture.write_text(CAPTURE, encoding="utf-8")
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "ingest", str(capture)]) == 0
    assert main(["--data-dir", data, "enrich"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "export", "--format", "jsonl"]) == 0
    record = json.loads(next(line for line in capsys.readouterr().out.splitlines()
                             if line.startswith("{")))
    days = {d["text"]: d["value"] for d in record["enrichment"]["dates"]}
    assert days["jeudi soir"] == "2026-12-03"
    assert days["vendredi matin"] == "2026-12-04"


def test_a_pluperfect_keeps_the_week_before() -> None:  # guard
    text = "Le maire avait été reçu vendredi par le préfet."
    assert _value(text, date(2026, 12, 3), "vendredi", date(2026, 12, 4)) == "2026-11-27"
