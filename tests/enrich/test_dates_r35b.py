"""r-dates35b (t-final34 A2, A3): a day in a prospective complement is ahead, and an
update's own sentences are read against the update's day.

- the infinitive complement of a verb of wanting, deciding or committing ("a demandé aux
  compagnies de réduire leurs vols jeudi", "urged airlines to cut flights on Monday",
  "pledged to finish the stand by Christmas") names a day ahead whatever the verb's tense;
  not when the day dates the asking ("a demandé lundi aux préfets de …") or belongs to
  another clause ("…, qui a été adopté jeudi");
- a modal with a bare verb ("may increase discharges again on Thursday", "should return
  to normal by Monday") looks ahead; its perfect ("could have closed") does not;
- a feast after "jusqu'à", "until", "by" ("jusqu'aux vacances de Noël") is ahead;
- a sentence an update added ("un communiqué publié mercredi matin", in version 2 of
  Wednesday) is read against the update's day; one kept from version 1 keeps the first.

Through ``find_dates`` and through the CLI with a real store."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from tests.enrich.conftest import enrich_through_cli

from veille.cli.main import main
from veille.enrich.dates import find_dates

TUESDAY = date(2026, 12, 1)
WEDNESDAY = date(2026, 12, 2)


def _found(text: str, published: date, key: str, **kw: object) -> tuple[str, str] | None:
    return next(((d.value, d.tense) for d in find_dates(text, published, **kw)  # type: ignore[arg-type]
                 if key in d.text), None)


@pytest.mark.parametrize(("text", "published", "key", "value"), [
    # t-final34 A2 (in-sample)
    ("La DGAC a demandé aux compagnies de réduire de 30 % leurs programmes de vols jeudi "
     "à l'aéroport de Nantes-Atlantique.", TUESDAY, "jeudi", "2026-12-03"),
    ("ESB, which manages the weir, said it may increase discharges again on Thursday.",
     TUESDAY, "Thursday", "2026-12-03"),
    ("Council President Darrell O'Quinn said pickups should return to normal schedules by "
     "Monday.", WEDNESDAY, "Monday", "2026-12-07"),
    ("Les clubs de natation d'Aubervilliers et de Saint-Ouen ont proposé d'accueillir les "
     "scolaires de la ville jusqu'aux vacances de Noël.", WEDNESDAY, "Noël", "2026-12-25"),
    # new shapes
    ("Le maire a décidé de fermer le marché couvert lundi pour des travaux.", WEDNESDAY,
     "lundi", "2026-12-07"),
    ("Le club s'est engagé à rembourser les abonnés mardi.", WEDNESDAY, "mardi",
     "2026-12-08"),
    ("The regulator urged airlines to cut a fifth of their flights on Monday.", WEDNESDAY,
     "Monday", "2026-12-07"),
    ("The club pledged to finish the new stand by Christmas.", date(2026, 11, 10),
     "Christmas", "2026-12-25"),
    ("Le trafic pourrait reprendre lundi, selon la SNCF.", WEDNESDAY, "lundi", "2026-12-07"),
    # controls: the day of the asking, another clause, a modal's perfect, an event's day
    ("Le ministre a demandé lundi aux préfets de renforcer les contrôles.", WEDNESDAY,
     "lundi", "2026-11-30"),
    ("Il a demandé aux élus de voter le texte, qui a été adopté lundi.", WEDNESDAY,
     "lundi", "2026-11-30"),
    ("She said the shop should have closed on Monday.", WEDNESDAY, "Monday", "2026-11-30"),
    ("Police said they could not find the suspect on Monday.", WEDNESDAY, "Monday",
     "2026-11-30"),
    ("Le préfet a demandé de réparer les dégâts de la tempête de lundi.", WEDNESDAY,
     "lundi", "2026-11-30"),
    ("The airline offered free seats to commuters on Monday.", WEDNESDAY, "Monday",
     "2026-11-30"),
])
def test_prospective_complement(text: str, published: date, key: str, value: str) -> None:
    found = _found(text, published, key)
    assert found is not None and found[0] == value


V1 = ("Grève des contrôleurs\n\nLa DGAC a demandé de réduire les vols jeudi.\n\n"
      "Le préfet avait été reçu mercredi.")
V2 = ("Grève des contrôleurs\n\nLa DGAC a demandé de réduire les vols jeudi.\n\n"
      "Le préfet avait été reçu mercredi.\n\n"
      "Les mesures ont été durcies dans un communiqué publié mercredi matin.")


def test_update_sentences_read_against_the_update() -> None:
    # published Tuesday 1 December, updated Wednesday 2 December
    kept = [(d.text, d.value) for d in find_dates(V2, TUESDAY, WEDNESDAY, first=V1)]
    assert kept == [("jeudi", "2026-12-03"), ("mercredi", "2026-11-25"),
                    ("mercredi matin", "2026-12-02")]
    # without the first version, a past weekday between publication and update is the
    # update's (l-lead53, t-final53 A3); the pluperfect keeps the week before
    assert [(d.text, d.value) for d in find_dates(V2, TUESDAY, WEDNESDAY)][1:] == [
        ("mercredi", "2026-11-25"), ("mercredi matin", "2026-12-02")]
    # an update too late to be the same story's is not trusted
    assert [d.value for d in find_dates(V2, TUESDAY, date(2027, 6, 1), first=V1)][-1] == \
        "2026-11-25"


def test_through_a_real_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = tmp_path / "v1.jsonl"
    first.write_text(json.dumps({
        "url": "https://example.fr/r35b/u", "title": "Grève des contrôleurs", "text": V1,
        "language": "fr", "date": "2026-12-01T18:42:00+01:00"}) + "\n", "utf-8")
    assert main(["--data-dir", str(tmp_path / "data"), "ingest", str(first)]) == 0
    records = [
        {"url": "https://example.fr/r35b/u", "title": "Grève des contrôleurs", "text": V2,
         "language": "fr", "date": "2026-12-01T18:42:00+01:00",
         "updated": "2026-12-02T09:15:00+01:00"},
        {"url": "https://example.fr/r35b/a", "title": "Weir",
         "text": "Weir\n\nESB said it may increase discharges again on Thursday.",
         "language": "en", "date": "2026-12-01T17:32:00+00:00"},
        {"url": "https://example.fr/r35b/b", "title": "Piscine",
         "text": "Piscine\n\nLes clubs ont proposé d'accueillir les scolaires jusqu'aux "
                 "vacances de Noël.", "language": "fr", "date": "2026-12-02T08:10:00+01:00"},
    ]
    got = {k: [(d["text"], d["value"]) for d in v["dates"]]
           for k, v in enrich_through_cli(tmp_path, records, capsys).items()}
    assert got["u"] == [("jeudi", "2026-12-03"), ("mercredi", "2026-11-25"),
                        ("mercredi matin", "2026-12-02")]
    assert got["a"] == [("Thursday", "2026-12-03")]
    assert got["b"] == [("Noël", "2026-12-25")]
