"""Places a fresh user found false (newuser8 Q18, Q27), on sentences written here, through
the enrichment pipeline; and the rules' functions on their own."""

from __future__ import annotations

from typing import Any

from tests.enrich.conftest import enrich

from veille.enrich.places import geographic_name, institution_places, shipped
from veille.enrich.stage import Resources


def _enriched(resources: Resources, text: str, source: str = "ouest-france.fr"
              ) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    out = enrich(resources, text, source=source)
    places, entities = out["places"], out["entities"]
    assert isinstance(places, list) and isinstance(entities, list)
    return ({str(p["mentioned_as"]): p for p in places},
            {str(e["name"]): e for e in entities})


def test_a_subdivision_abroad_named_like_an_ocean_needs_its_country(
        resources: Resources) -> None:
    places, _ = _enriched(resources, ("Pêche\n\nLes chalutiers bloquent le port de "
                                      "Lorient. Le préfet maritime de l'Atlantique "
                                      "recevra les marins jeudi."))
    assert "Lorient" in places
    assert all(p["country"] != "BJ" for p in places.values())


def test_such_a_subdivision_with_its_country_named_stays(resources: Resources) -> None:
    places, _ = _enriched(resources, ("Élections\n\nLe préfet de l'Atlantique a reçu les "
                                      "candidats à Cotonou, au Bénin."))
    assert places["Atlantique"]["id"] == "iso3166-2:BJ-AQ"


def test_such_a_subdivision_after_a_head_noun_stays(resources: Resources) -> None:
    places, _ = _enriched(resources, ("Élections\n\nLe scrutin s'est tenu dans le "
                                      "département de l'Atlantique dimanche."))
    assert places["Atlantique"]["country"] == "BJ"


def test_a_subdivision_abroad_with_a_proper_name_needs_no_country(
        resources: Resources) -> None:
    places, _ = _enriched(resources, "Tourisme\n\nLa Bavière attire les skieurs cet hiver.")
    assert places["Bavière"]["id"] == "iso3166-2:DE-BY"


def test_a_radio_named_after_the_country_is_no_mention_of_it(resources: Resources) -> None:
    places, entities = _enriched(resources, ("Marée noire\n\nLes plages de Crozon sont "
                                             "souillées, a confié le maire à France Bleu "
                                             "Breizh Izel lundi."))
    assert "France" not in places and "Crozon" in places
    assert entities["France Bleu"]["label"] == "ORG"


def test_the_seat_of_an_institution_is_a_place_of_the_article(resources: Resources) -> None:
    places, entities = _enriched(resources, ("Hôpital de Rennes : les urgences débordées\n\n"
                                             "Les urgences du CHU de Rennes ont fermé des "
                                             "lits samedi, a indiqué la direction."))
    assert places["Rennes"]["kind"] == "commune"
    assert places["Rennes"]["department"] == "35"
    assert all(e["label"] != "LOC" for n, e in entities.items() if "CHU" in n)


def test_institution_places_adds_the_seat_and_makes_the_institution_an_organisation(
) -> None:
    text = "Les urgences du CHU de Nantes ont fermé."
    start = text.index("CHU")
    entities: list[dict[str, object]] = [
        {"id": "loc:chu-de-nantes", "label": "LOC", "name": "CHU de Nantes", "known": False,
         "count": 1, "mentions": [[start, start + 13, "CHU de Nantes"]]},
        {"id": "per:marc-noizet", "label": "PER", "name": "Marc Noizet", "known": False,
         "count": 1, "mentions": [[0, 5, "Marc Noizet"]]}]
    out = institution_places(entities, shipped())
    chu, _, nantes = out
    assert chu["label"] == "ORG" and chu["id"] == "org:chu-de-nantes"
    assert nantes["label"] == "LOC" and nantes["name"] == "Nantes"
    assert nantes["mentions"] == [[text.index("Nantes"), start + 13, "Nantes"]]
    assert text[text.index("Nantes"):start + 13] == "Nantes"


def test_institution_places_leaves_other_names() -> None:
    entities: list[dict[str, object]] = [
        {"id": "loc:rue-de-paris", "label": "LOC", "name": "rue de Paris", "known": False,
         "count": 1, "mentions": [[0, 12, "rue de Paris"]]},
        {"id": "org:olympique-de-marseille", "label": "ORG", "name": "Olympique de Marseille",
         "known": False, "count": 1, "mentions": [[20, 42, "Olympique de Marseille"]]},
        {"id": "org:chu-de-zorglubville", "label": "ORG", "name": "CHU de Zorglubville",
         "known": False, "count": 1, "mentions": [[50, 69, "CHU de Zorglubville"]]}]
    assert len(institution_places(entities, shipped())) == 3
    assert [e["label"] for e in entities] == ["LOC", "ORG", "ORG"]


def test_geographic_names() -> None:
    for name in ("Atlantique", "Centre-Est", "Mer Rouge", "L'Oriental", "Plateaux"):
        assert geographic_name(name), name
    for name in ("Californie", "Bavière", "Québec", ""):
        assert not geographic_name(name), name
