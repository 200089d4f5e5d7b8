"""h-dates51 (issue 16, t-final51 A1 and A5c): an announced date put in the past.

- A1: "L'intersyndicale … a annoncé hier soir une nouvelle journée de grève … le 6
  février", written on 2 December 2026, was 6 February 2026 (the past of "a annoncé"), and
  the present headline "les syndicats appellent à une nouvelle journée de grève le 6
  février" took the body's reading: both are 6 February 2027, ahead
  (:mod:`veille.enrich.date_announced`);
- A5c: "la braderie de septembre prolongée d'une journée en 2027" was September 2026: the
  month takes the year its sentence prints (:mod:`veille.enrich.date_year_beside`).

The other side stays past: the event told as happened, the announcing done on that day.
Through ``find_dates`` and the CLI with a real store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tests.enrich.conftest import enrich_through_cli

from veille.enrich.date_announced import announced_event
from veille.enrich.dates import find_dates

DEC2 = date(2026, 12, 2)
DEC4 = date(2026, 12, 4)
DEC10 = date(2026, 12, 10)

RETRAITES = (
    "Réforme des retraites : les syndicats appellent à une nouvelle journée de grève le 6 "
    "février\n\nL'intersyndicale, réunie mardi au siège de la CFDT, a fixé un calendrier de "
    "mobilisation jusqu'au printemps.\n\nL'intersyndicale s'est réunie mardi au siège de la "
    "CFDT à Paris et a annoncé hier soir une nouvelle journée de grève et de manifestations "
    "le 6 février dans toute la France.\n\nUn congrès extraordinaire de la CGT se tiendra du "
    "3 au 5 mars à Clermont-Ferrand.")
BRADERIE = (
    "Lille : la braderie de septembre prolongée d'une journée en 2027\n\nLa braderie de Lille "
    "durera trois jours en septembre 2027, a annoncé vendredi le maire de Lille, Arnaud "
    "Deslandes, lors du conseil municipal.")


def _found(text: str, published: date, key: str, language: str = "") -> tuple[str, str] | None:
    return next(((d.value, d.tense) for d in find_dates(text, published, language=language)
                 if key in d.text), None)


def test_the_strike_of_t_final51_a1_is_ahead_in_headline_and_body() -> None:
    got = [(d.text, d.value, d.tense) for d in find_dates(RETRAITES, DEC2)
           if d.text == "6 février"]
    assert got == [("6 février", "2027-02-06", "future")] * 2


def test_the_braderie_of_t_final51_a5c_is_in_the_printed_year() -> None:
    assert _found(BRADERIE, DEC4, "de septembre") == ("2027-09-01", "future")


@pytest.mark.parametrize(("text", "published", "key", "language", "want"), [
    ("La CGT a appelé mercredi à une grève des cheminots le 14 janvier.", date(2026, 12, 3),
     "14 janvier", "", ("2027-01-14", "future")),
    ("Les contrôleurs annoncent un nouveau mouvement de grève le 16 juin.", DEC10,
     "16 juin", "", ("2027-06-16", "future")),
    ("The council has set the by-election for May 7.", DEC10, "May 7", "",
     ("2027-05-07", "future")),
    ("Los sindicatos convocaron el martes una huelga general el 25 de mayo.", DEC2,
     "25 de mayo", "es", ("2027-05-25", "future")),
    ("Il governo ha annunciato un vertice con le regioni il 4 giugno.", DEC2, "4 giugno",
     "it", ("2027-06-04", "future")),
    ("Die Regierung kündigte einen Gipfel mit den Ländern am 3. Juni an.", DEC2, "3. Juni",
     "de", ("2027-06-03", "future")),
])
def test_an_announced_event_is_ahead(text: str, published: date, key: str, language: str,
                                     want: tuple[str, str]) -> None:
    assert _found(text, published, key, language) == want


@pytest.mark.parametrize(("text", "key", "want"), [
    # told as happened, the announcing done on that day, no announcing verb
    ("Le 6 février, la grève a paralysé les transports lyonnais.", "6 février",
     ("2026-02-06", "past")),
    ("Le ministre a annoncé le 6 juin sa démission.", "6 juin", ("2026-06-06", "past")),
    ("Les syndicats ont appelé à une grève le 9 juin, qui a rassemblé 200 000 manifestants.",
     "9 juin", ("2026-06-09", "past")),
    ("The minister announced on June 3 that she would resign.", "June 3",
     ("2026-06-03", "past")),
    ("La braderie de septembre avait attiré deux millions de visiteurs en 2025.",
     "septembre", ("2025-09-01", "past")),
    # a year compared is not the sentence's frame
    ("La braderie de septembre a attiré plus de visiteurs qu'en 2025.", "septembre",
     ("2026-09-01", "past")),
])
def test_the_other_side_stays_past(text: str, key: str, want: tuple[str, str]) -> None:
    assert _found(text, DEC10, key) == want


@pytest.mark.parametrize(("text", "want"), [
    ("La CGT a annoncé une grève le 6 juin.", True),
    ("La CGT avait annoncé une grève le 6 juin.", False),  # a pluperfect: read elsewhere
    ("La CGT a annoncé que la grève avait eu lieu le 6 juin.", False),
    ("La police a confirmé trois interpellations en marge de la manifestation du 6 juin.",
     False),
    ("La préfecture a annoncé le bilan de la manifestation du 6 juin.", False),
    ("Le ministre a annoncé sa démission le 6 juin.", False),  # no event
])
def test_the_shape_read(text: str, want: bool) -> None:
    assert announced_event(text, text.index("6 juin"), "fr") is want


def test_through_a_real_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"url": "https://example.org/h51/a", "title": RETRAITES.split("\n")[0],
         "text": RETRAITES, "language": "fr", "date": "2026-12-02T18:20:00+01:00"},
        {"url": "https://example.org/h51/b", "title": BRADERIE.split("\n")[0],
         "text": BRADERIE, "language": "fr", "date": "2026-12-04T18:00:00+01:00"},
    ]
    got = enrich_through_cli(tmp_path, records, capsys)
    strike = [(d["value"], d["tense"]) for d in got["a"]["dates"] if d["text"] == "6 février"]
    assert strike and set(strike) == {("2027-02-06", "future")}
    assert ("2027-09-01", "future") in [(d["value"], d["tense"]) for d in got["b"]["dates"]
                                        if d["text"] == "de septembre"]
