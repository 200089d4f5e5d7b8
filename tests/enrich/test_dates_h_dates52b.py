"""h-dates52b (issue 16, t-final52 A7, A8, A9): dates mentioned put a year back.

- abbreviated months are read ("jusqu'au 30 janv.", "le 3 déc.", "4 déc. 2026", "14 Sept.");
  a bound "through/until/by/before <date>" runs from now: "keeps the government funded
  through Jan. 30" written on 4 December is 30 January of the next year (A7); "Jan" before
  "30" is no entity;
- a pluperfect promise ("avait promis un compromis avant Noël", "s'était engagé à … avant
  le 15 novembre") dates the promise, not the term it sets: the nearest such day, told by
  its side (A8);
- the future of the clause holding a weekday after "che/que/dass/that" wins over the past
  of the reporting verb ("ha confermato che venerdì le linee … resteranno chiuse"), in
  it/es/en (French already read it); a past in that clause keeps it past (A9).

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
    # A7: a bound ahead, abbreviated months
    ("The bill keeps the government funded through Jan. 30, officials said.", "2026-12-04",
     "en", "Jan", "2027-01-30", "future"),
    ("The bill keeps the government funded through January 30.", "2026-12-04", "en",
     "January", "2027-01-30", "future"),
    ("The agency extended the comment period until Jan. 9 after complaints.", "2026-10-28",
     "en", "Jan", "2027-01-09", "future"),
    ("Le budget reste en vigueur jusqu'au 30 janv.", "2026-12-04", "fr", "janv",
     "2027-01-30", "future"),
    ("La mairie a prolongé la patinoire jusqu'au 15 févr. en raison de l'affluence.",
     "2026-12-10", "fr", "févr", "2027-02-15", "future"),
    ("Le chantier, lancé le 3 déc., a été interrompu par le gel.", "2026-01-20", "fr", "déc",
     "2025-12-03", "past"),
    ("Publié le 4 déc. 2026 à 19:10", "2026-12-04", "fr", "déc", "2026-12-04", ""),
    # A8: the promise is past, its term is the nearest
    ("Le Premier ministre avait promis un compromis avant Noël.", "2026-12-04", "fr", "Noël",
     "2026-12-25", "future"),
    ("Le maire s'était engagé à rendre le rapport avant le 15 novembre.", "2026-10-12", "fr",
     "novembre", "2026-11-15", "future"),
    ("Le club avait fini la saison avant Noël, faute de terrain praticable.", "2026-02-03",
     "fr", "Noël", "2025-12-25", "past"),
    # A9: the reported clause's own verb
    ("L'Atm ha confermato che venerdì le linee della metropolitana resteranno chiuse.",
     "2026-12-02", "it", "venerdì", "2026-12-04", "future"),
    ("El ayuntamiento ha confirmado que el sábado las bibliotecas permanecerán cerradas.",
     "2026-12-09", "es", "sábado", "2026-12-12", "future"),
    ("The union confirmed that on Saturday the museums will stay closed.", "2026-12-09", "en",
     "Saturday", "2026-12-12", "future"),
    ("Il sindacato ha confermato che sabato i musei sono rimasti chiusi.", "2026-12-09", "it",
     "sabato", "2026-12-05", "past"),
    ("The union recalled that Saturday was calm.", "2026-12-09", "en", "Saturday",
     "2026-12-05", "past"),
])
def test_dates(text: str, published: str, language: str, key: str, value: str,
               tense: str) -> None:
    assert _found(text, published, key, language) == (value, tense)


def test_through_a_real_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"url": "https://example.org/h52b/a", "title": "Congress passes stopgap bill",
         "text": "Congress passes stopgap bill\n\nThe bill keeps the government funded "
                 "through Jan. 30, giving lawmakers more time.", "language": "en",
         "date": "2026-12-04T18:30:00-05:00"},
        {"url": "https://example.org/h52b/b", "title": "Budget : une loi spéciale",
         "text": "Budget : une loi spéciale\n\nLe gouvernement prolonge les crédits jusqu'au "
                 "30 janv. Le Premier ministre avait promis un compromis avant Noël.",
         "language": "fr", "date": "2026-12-04T19:10:00+01:00"},
        {"url": "https://example.org/h52b/c", "title": "Sciopero a Milano",
         "text": "Sciopero a Milano\n\nL'Atm ha confermato che venerdì le linee della "
                 "metropolitana resteranno chiuse dalle 18.", "language": "it",
         "date": "2026-12-02T10:00:00+01:00"},
    ]
    got = enrich_through_cli(tmp_path, records, capsys)
    dates = {k: [(d["text"], d["value"], d["tense"]) for d in v["dates"]]
             for k, v in got.items()}
    assert ("Jan. 30", "2027-01-30", "future") in dates["a"]
    assert ("30 janv", "2027-01-30", "future") in dates["b"]
    assert ("Noël", "2026-12-25", "future") in dates["b"]
    assert dates["c"] == [("venerdì", "2026-12-04", "future")]
    assert not [e for e in got["a"].get("entities", []) if e.get("name", e.get("text")) == "Jan"]
