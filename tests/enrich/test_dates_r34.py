"""r-dates34 (t-final33 #3): a weekday's tense when "à l'approche de" follows it (a
preposition's phrase, not the clause's verb: "a placé l'île en alerte lundi après-midi à
l'approche du cyclone" is the Monday behind); the start of a span ("à partir de mardi
soir", "depuis jeudi matin") named with a past verb on its own day, told before that part
of the day, is that day, not the week before; a span's start in the complement of a
directive verb ("a appelé … à reprendre le dialogue dès lundi", "urged parents to keep
children at home from Monday") is strictly ahead. Through ``find_dates`` and through the
CLI with a real store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tests.enrich.conftest import enrich_through_cli

from veille.enrich.dates import find_dates

TUESDAY = date(2026, 12, 1)
MONDAY = date(2026, 11, 30)


@pytest.mark.parametrize(("text", "published", "value"), [
    ("La préfecture a placé l'île en alerte orange lundi après-midi à l'approche du "
     "cyclone Garance, attendu mercredi.", TUESDAY, "2026-11-30"),
    ("La préfecture a placé l'île en alerte orange lundi à l'approche du cyclone.",
     TUESDAY, "2026-11-30"),
    # before the mention, "à l'approche de" still looks ahead
    ("Les supporters se préparent à l'approche du derby de samedi.", TUESDAY, "2026-12-05"),
])
def test_approach_after_the_mention_is_no_verb(text: str, published: date,
                                               value: str) -> None:
    assert find_dates(text, published)[0].value == value


@pytest.mark.parametrize(("text", "published", "value"), [
    ("Le syndicat a appelé les agents à « reprendre le travail dès lundi ».", MONDAY,
     "2026-12-07"),
    ("La mairie a demandé aux commerçants de rouvrir dès mercredi.", MONDAY, "2026-12-02"),
    ("The council urged residents to boil water from Monday.", MONDAY, "2026-12-07"),
    # a past act begun "dès lundi": behind
    ("Les premiers dossiers ont été déposés dès lundi.", date(2026, 12, 2), "2026-11-30"),
])
def test_a_start_asked_for_is_ahead(text: str, published: date, value: str) -> None:
    assert find_dates(text, published)[0].value == value


def test_through_a_real_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"url": "https://example.fr/r34/a", "title": "Cyclone",
         "text": "Cyclone\n\nLes vols ont été suspendus à partir de mardi soir.",
         "language": "fr", "date": "2026-12-01T14:10:00+01:00"},
        {"url": "https://example.fr/r34/b", "title": "Grève",
         "text": "Grève\n\nLes salariés sont en grève depuis mardi soir.",
         "language": "fr", "date": "2026-12-01T12:00:00+01:00"},
        # control: no span's start, the evening after noon told as done is last week's
        {"url": "https://example.fr/r34/c", "title": "Match",
         "text": "Match\n\nLe club s'est imposé mardi soir face à Nantes.",
         "language": "fr", "date": "2026-12-01T12:00:00+01:00"},
        {"url": "https://example.fr/r34/d", "title": "Alerte",
         "text": "Alerte\n\nLa préfecture a placé l'île en alerte orange cyclonique lundi "
                 "après-midi à l'approche du cyclone tropical intense Garance.",
         "language": "fr", "date": "2026-12-01T14:10:00+01:00"},
        {"url": "https://example.fr/r34/e", "title": "Bus",
         "text": "Bus\n\nLa présidente a appelé les deux parties à « reprendre le dialogue "
                 "dès lundi ».",
         "language": "fr", "date": "2026-11-30T17:25:00+01:00"},
    ]
    got = {k: [d["value"] for d in v["dates"]]
           for k, v in enrich_through_cli(tmp_path, records, capsys).items()}
    assert got == {"a": ["2026-12-01"], "b": ["2026-12-01"], "c": ["2026-11-24"],
                   "d": ["2026-11-30"], "e": ["2026-12-07"]}
