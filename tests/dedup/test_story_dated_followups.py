"""A follow-up days later that dates its event back joins the event's story (f-events33).

- t-final32 #7: "un suspect placé en garde à vue … l'incendie qui a ravagé l'entrepôt de
  Voiron dans la nuit du 1er au 2 mars", five days after the fire, shared few of the fire
  reports' words (its news is the arrest): the time fade (2-day half-life) kept it under the
  threshold, and it opened its own story. A lead naming the event's day, place and incident is
  evidence enough to lift the fade (:data:`veille.dedup.stories.DATED_BACK`); another event of
  the town, with its own day, stays apart.
- Two follow-ups of two different events of one town, each referring back to its own event
  ("une semaine après l'effondrement", "une semaine après le braquage"), agreed on that
  reference back (the key ``day:back``, read as a shared specific) and were one story.

Texts written for these tests (invented events, firms and people), ingested one record per
ingest into a real store (each ingest re-clusters its window, as ``veille ingest`` does).
"""

from __future__ import annotations

from pathlib import Path

from tests.dedup.test_story_region_events import _record, _stories

import veille

FIRE = ("Bourgoin-Jallieu : la menuiserie Duclos ravagée par un incendie",
        "Un incendie s'est déclaré dans la nuit de mardi à mercredi dans les ateliers de la "
        "menuiserie Duclos, zone d'activités de la Maladière à Bourgoin-Jallieu (Isère). "
        "Trente-cinq sapeurs-pompiers ont été engagés.\n\n« Les flammes sortaient du toit "
        "quand nous sommes arrivés », a expliqué le lieutenant Hervé Simiand, du SDIS de "
        "l'Isère. Aucun blessé n'est à déplorer.\n\nLes 25 salariés ont été placés en "
        "chômage technique. La gendarmerie a ouvert une enquête.",
        "2026-11-04T07:30:00+01:00")
FIRE_COPY = ("Isère : un incendie détruit une menuiserie à Bourgoin-Jallieu",
             "Un incendie s'est déclaré dans la nuit de mardi à mercredi dans les ateliers de "
             "la menuiserie Duclos, zone d'activités de la Maladière à Bourgoin-Jallieu "
             "(Isère). Trente-cinq sapeurs-pompiers ont été engagés.\n\nAucun blessé n'est à "
             "déplorer, selon les pompiers. Les 25 salariés ont été placés en chômage "
             "technique.\n\nLa gendarmerie a ouvert une enquête.",
             "2026-11-04T09:05:00+01:00")
CRASH = ("Bourgoin-Jallieu : une cycliste renversée par une camionnette boulevard Saint-Michel",
         "Une cycliste de 58 ans a été grièvement blessée vendredi matin, renversée par une "
         "camionnette boulevard Saint-Michel à Bourgoin-Jallieu.\n\nElle a été transportée à "
         "l'hôpital Pierre-Oudot. Le conducteur, un artisan de 44 ans, a été entendu par la "
         "police.",
         "2026-11-06T11:20:00+01:00")
FIRE_ARREST = ("Incendie de la menuiserie Duclos : un ancien apprenti en garde à vue",
               "Un jeune homme de 22 ans, ancien apprenti de la menuiserie Duclos, a été placé "
               "en garde à vue lundi dans le cadre de l'enquête sur l'incendie qui a détruit "
               "les ateliers de Bourgoin-Jallieu dans la nuit du 3 au 4 novembre.\n\nSelon le "
               "parquet de Vienne, deux bidons d'essence ont été retrouvés près du bâtiment.\n\n"
               "« Il nie avoir mis le feu », a indiqué son avocate, Me Sandrine Oller.",
               "2026-11-09T17:40:00+01:00")

COLLAPSE = ("Montélimar : le toit d'un gymnase s'effondre, quatre blessés",
            "Le toit du gymnase Pierre-de-Coubertin, avenue Saint-Martin à Montélimar "
            "(Drôme), s'est effondré mardi soir pendant un entraînement de handball. Quatre "
            "joueurs ont été blessés.\n\nLes pompiers ont évacué une trentaine de personnes. "
            "La salle est fermée jusqu'à nouvel ordre.",
            "2026-10-13T22:10:00+02:00")
ROBBERY = ("Montélimar : une pharmacie braquée en plein après-midi",
           "Deux hommes armés ont braqué jeudi après-midi la pharmacie des Allées, rue "
           "Pierre-Julien à Montélimar, et sont repartis avec la caisse.\n\nLa pharmacienne et "
           "une cliente, menacées, n'ont pas été blessées. La police a ouvert une enquête.",
           "2026-10-15T17:00:00+02:00")
COLLAPSE_NEXT = ("Effondrement mortel du toit d'un gymnase de Montélimar : le charpentier mis "
                 "en examen",
                 "Une semaine après l'effondrement du toit du gymnase Pierre-de-Coubertin à "
                 "Montélimar, le gérant de l'entreprise de charpente a été mis en examen mardi "
                 "pour homicide et blessures involontaires, a indiqué le parquet de Valence. "
                 "L'un des handballeurs blessés est mort samedi.\n\nLes trois autres sont "
                 "sortis de l'hôpital.",
                 "2026-10-20T12:00:00+02:00")
ROBBERY_NEXT = ("Braquage de la pharmacie de Montélimar : deux suspects en garde à vue",
                "Une semaine après le braquage de la pharmacie des Allées à Montélimar, deux "
                "hommes de 19 et 23 ans ont été placés en garde à vue jeudi, a indiqué le "
                "parquet de Valence.\n\nUne partie de la recette a été retrouvée.",
                "2026-10-22T09:15:00+02:00")


def test_an_arrest_five_days_after_a_fire_dated_back_joins_the_fire(tmp_path: Path) -> None:
    """Regression (t-final32 #7): the arrest, naming the fire's night, its town, its works,
    opened its own story. It joins the fire's story, which says it was first published by the
    fire's first outlet; the town's road crash in between stays apart."""
    items = [FIRE, FIRE_COPY, CRASH, FIRE_ARREST]
    with veille.open(tmp_path / "data") as v:
        for k, item in enumerate(items):
            v.ingest_bytes([_record(k, item)])
        fire, fire_copy, crash, arrest = _stories(v, len(items))
        first = {s.story_id: s.first_source for s in v.store.stories(limit=50)}
    assert fire_copy == fire
    assert arrest == fire
    assert crash != fire
    assert first[fire] == "journal0.example"


def test_two_events_follow_ups_referring_back_each_to_its_own_stay_apart(tmp_path: Path
                                                                          ) -> None:
    """Regression: a collapse's follow-up and a robbery's follow-up in one town, each "une
    semaine après" its own event, agreed on referring back at all and were one story."""
    items = [COLLAPSE, ROBBERY, COLLAPSE_NEXT, ROBBERY_NEXT]
    with veille.open(tmp_path / "data") as v:
        for k, item in enumerate(items):
            v.ingest_bytes([_record(k, item)])
        collapse, robbery, collapse_next, robbery_next = _stories(v, len(items))
    assert collapse != robbery
    assert robbery_next != collapse_next
    assert robbery_next != collapse
    assert collapse_next != robbery
