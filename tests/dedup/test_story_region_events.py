"""Different events of one region stay apart; one event's follow-ups stay together (f-events32).

- A school bus "sorti de la route" named no kind of event, so it agreed with every story of
  its département and days: it joined the landslide and the derailment of the same days.
  A road accident's own name is in the lexicon now (:mod:`veille.dedup.event_kinds`).
- A region's budget vote headed "…, au lendemain du déraillement de …" named the derailment
  in its headline, so neither its headline's clause nor its lead's was read as context, and
  the vote joined the derailment's story (:func:`veille.dedup.context.without_context`,
  ``_outside``).
- A trawler fire in one port, joined by a piece on the fishermen's demands after it that
  named another port in passing, took in a trawler fire in that other port: the story
  "named" the other town through one member (single-link chaining through the sub-places,
  :data:`veille.dedup.story_core.CORE_PLACES`). The story then said it was first published
  by the first fire's outlet for both fires, and a saved search following it alerted on
  the other port's fire.

Texts written for these tests (invented events and people), ingested one record per ingest
into a real store (each ingest re-clusters its window, as ``veille ingest`` does).
"""

from __future__ import annotations

import json
from pathlib import Path

import veille

DERAIL = ("Morbihan : un TER déraille près d'Auray, huit blessés légers",
          "Un TER reliant Quimper à Nantes a déraillé jeudi vers 7 h 30 près d'Auray "
          "(Morbihan), faisant huit blessés légers, a indiqué la préfecture du Morbihan.\n\n"
          "Une voiture de la rame est sortie des rails à faible vitesse à l'entrée d'un pont. "
          "Les 60 passagers ont été évacués par les pompiers.\n\nLa circulation des trains est "
          "interrompue entre Auray et Vannes, des cars de substitution sont mis en place.",
          "2026-02-12T09:10:00+01:00")
SLIDE = ("Quiberon : un glissement de terrain coupe la route de la presqu'île",
         "Un glissement de terrain s'est produit jeudi matin sur la route départementale 768, "
         "à l'entrée de Quiberon (Morbihan), après une semaine de pluies.\n\nPrès de 200 m³ "
         "de sable et de roches ont recouvert la chaussée. Aucun véhicule n'a été touché. La "
         "route est fermée et les habitants de la presqu'île sont déviés par Plouharnel.",
         "2026-02-12T11:40:00+01:00")
BUS = ("Vannes : un car scolaire sorti de la route à Theix, quatre élèves blessés",
       "Un car scolaire transportant 28 lycéens est sorti de la route jeudi en fin "
       "d'après-midi à Theix, près de Vannes (Morbihan). Quatre élèves ont été légèrement "
       "blessés.\n\nLe car a terminé sa course dans un talus. Le chauffeur est indemne. Les "
       "gendarmes ont ouvert une enquête.",
       "2026-02-12T18:05:00+01:00")
VOTE = ("Région Bretagne : le plan vélo adopté, au lendemain du déraillement d'Auray",
        "Le conseil régional de Bretagne a adopté vendredi à Rennes son plan vélo 2026-2030, "
        "au lendemain du déraillement du TER près d'Auray, par 50 voix contre 30.\n\nLe plan "
        "prévoit 80 millions d'euros pour les pistes cyclables le long des voies ferrées. La "
        "présidente de la région a ouvert la séance par une pensée pour les voyageurs "
        "blessés.\n\nL'opposition a voté contre.",
        "2026-02-13T19:00:00+01:00")
DERAIL_NEXT = ("Déraillement du TER près d'Auray : une fissure du rail en cause",
               "Le déraillement du TER Quimper-Nantes survenu jeudi près d'Auray serait dû à "
               "une fissure d'un rail à l'entrée du pont, selon SNCF Réseau, qui a ouvert une "
               "enquête interne.\n\nLe Bureau d'enquêtes sur les accidents de transport "
               "terrestre a été saisi. Deux des huit blessés étaient encore hospitalisés "
               "vendredi à Vannes.\n\nLa circulation reprendra lundi entre Auray et Vannes.",
               "2026-02-13T12:20:00+01:00")

GRANVILLE = ("Granville : un chalutier détruit par un incendie dans le port",
             "Un chalutier de 22 mètres a été détruit par un incendie dans la nuit de "
             "dimanche à lundi dans le bassin à flot du port de Granville (Manche). Aucun "
             "marin n'était à bord.\n\nLes sapeurs-pompiers ont combattu les flammes pendant "
             "trois heures et posé un barrage flottant pour contenir le gazole.\n\nLe patron "
             "pêcheur, Loïc Marivint, parle d'« une vie de travail partie en fumée ».",
             "2026-06-08T08:00:00+02:00")
DEMANDS = ("Port de Granville : les pêcheurs réclament des pontons sécurisés",
           "Les pêcheurs du port de Granville (Manche) ont demandé mardi au syndicat mixte "
           "des ports de sécuriser le bassin à flot, où un chalutier a brûlé lundi, lors "
           "d'une réunion à la criée.\n\nIls réclament des bornes électriques neuves et des "
           "extincteurs sur les pontons, comme au port de Barfleur, équipé l'an dernier.\n\n"
           "Le président du syndicat mixte, Didier Holleville, a promis une étude d'ici "
           "l'été.",
           "2026-06-09T18:30:00+02:00")
BARFLEUR = ("Barfleur : un chalutier ravagé par un incendie dans le port",
            "Un chalutier de 19 mètres a été ravagé par un incendie dans le port de "
            "Barfleur (Manche). Aucun marin n'était à bord.\n\nUne "
            "quarantaine de sapeurs-pompiers sont intervenus et un barrage flottant a été "
            "posé pour contenir le gazole.\n\nLe patron, Yann Lecaplain, a porté plainte.",
            "2026-06-10T07:45:00+02:00")


def _record(k: int, item: tuple[str, str, str]) -> tuple[str, bytes]:
    title, text, published = item
    record = {"title": title, "text": text, "published": published,
              "source": f"Journal {k}", "url": f"https://journal{k}.example/a/{k}",
              "language": "fr"}
    return f"r{k}.jsonl", json.dumps(record, ensure_ascii=False).encode()


def _stories(v: veille.Veille, n: int) -> list[str]:
    by_url = {a.url: a.dedup.story_id for a in v.store.iter_articles() if a.dedup}
    return [by_url[f"https://journal{k}.example/a/{k}"] or "" for k in range(n)]


def test_three_events_of_one_departement_the_same_day_are_three_stories(tmp_path: Path
                                                                         ) -> None:
    """Regression: the school bus "sorti de la route" named no kind of event and joined
    the derailment or the landslide of the same day in the Morbihan. The derailment's
    follow-up the next day, with new facts (the rail's crack), stays in its story."""
    items = [DERAIL, SLIDE, BUS, DERAIL_NEXT]
    with veille.open(tmp_path / "data") as v:
        for k, item in enumerate(items):
            v.ingest_bytes([_record(k, item)])
        derail, slide, bus, derail_next = _stories(v, len(items))
    assert len({derail, slide, bus}) == 3
    assert derail_next == derail


def test_a_vote_headed_on_the_day_after_a_derailment_is_not_the_derailment(tmp_path: Path
                                                                           ) -> None:
    """Regression: the vote's headline and lead named the derailment ("au lendemain du
    déraillement d'Auray"); after the derailment's follow-up was ingested the vote was in
    the derailment's story. The follow-up stays with the derailment."""
    items = [DERAIL, VOTE, DERAIL_NEXT]
    with veille.open(tmp_path / "data") as v:
        for k, item in enumerate(items):
            v.ingest_bytes([_record(k, item)])
        derail, vote, derail_next = _stories(v, len(items))
    assert derail_next == derail
    assert vote != derail


def test_two_port_fires_are_not_chained_through_a_third_item(tmp_path: Path) -> None:
    """Regression: the fishermen's demands after the Granville fire, naming Barfleur's port
    in passing, joined the Granville fire's story; the Barfleur fire then joined it too
    (the story "named" Barfleur through that one member), the story said it was first
    published by the Granville fire's paper for both fires, and a saved search following
    the story alerted on the Barfleur fire."""
    with veille.open(tmp_path / "data") as v:
        v.ingest_bytes([_record(0, GRANVILLE)])
        v.ingest_bytes([_record(1, DEMANDS)])
        granville, _demands = _stories(v, 2)
        follow, _ = v.update_search("Suivi incendie Granville",
                                    {"query": "", "stories": [granville]})
        v.match_alerts()
        v.ingest_bytes([_record(2, BARFLEUR)])
        v.match_alerts()
        granville_now, _, barfleur = _stories(v, 3)
        assert barfleur != granville_now
        ids = {a.id: a.url for a in v.store.iter_articles()}
        alerted = {ids[m.article_id] for m in v.store.matches(follow.id)}
        assert "https://journal2.example/a/2" not in alerted
        first = {s.story_id: s.first_source for s in v.store.stories(limit=50)}
        assert first[barfleur] == "journal2.example"
        assert first[granville_now] == "journal0.example"
