"""Entity spans of t-enrich19: a common noun that an alias names once capitalised
("la réunion", a meeting) is no entity, and a dateline in capitals ("PERPIGNAN - ...")
is its town alone."""

from __future__ import annotations

import pytest
from tests.enrich.conftest import enrich

from veille.enrich.aliases import shipped_table
from veille.enrich.entities import alias_spans
from veille.enrich.stage import Resources


@pytest.mark.parametrize("text", [
    "La réunion du conseil municipal s'est tenue lundi soir.",
    "La réunion se tiendra dans quinze jours.",
    "Les élus ont quitté la réunion. La réunion a repris à 20 heures.",
    "L'union fait la force.",
])
def test_a_common_noun_after_a_capitalised_article_is_no_alias(text: str) -> None:
    assert [text[s:e] for s, e, _ in alias_spans(text, shipped_table())] == []


@pytest.mark.parametrize(("text", "name"), [
    ("La Réunion a été placée en vigilance orange.", "La Réunion"),
    ("Le cyclone approche de La Réunion.", "La Réunion"),
    ("Le Monde a publié l'enquête.", "Le Monde"),
])
def test_the_capitalised_name_still_matches(text: str, name: str) -> None:
    found = [text[s:e] for s, e, _ in alias_spans(text, shipped_table())]
    assert any(name.endswith(f) or f.endswith(name) for f in found), found


def test_a_meeting_is_no_place_through_the_pipeline(resources: Resources) -> None:
    enrichment = enrich(resources, "Conseil municipal\n\nLa réunion du conseil municipal "
                        "s'est tenue lundi soir à Rennes. La réunion reprendra jeudi.")
    places = enrichment["places"]
    assert isinstance(places, list)
    assert [p["name"] for p in places] == ["Rennes"]


@pytest.mark.parametrize(("text", "places", "absent"), [
    ("Élections\n\nPERPIGNAN - À cinq jours du premier tour, le maire a tenu meeting.",
     ["Perpignan"], ["cinq jours"]),
    ("Dialogue\n\nNOUMÉA - Les indépendantistes ont repris lundi les discussions.",
     ["Nouméa"], ["Les"]),
    ("Vote\n\nSTRASBOURG — Le Parlement européen a adopté mercredi la directive.",
     ["Strasbourg"], ["STRASBOURG - Le", "STRASBOURG — Le"]),
    ("Alerte\n\nSAINT-DENIS DE LA RÉUNION – Les écoles ferment jeudi.",
     ["Saint-Denis", "La Réunion"], ["Les"]),
])
def test_a_dateline_in_capitals_is_its_town_alone(resources: Resources, text: str,
                                                   places: list[str],
                                                   absent: list[str]) -> None:
    enrichment = enrich(resources, text)
    found = enrichment["places"]
    entities = enrichment["entities"]
    assert isinstance(found, list) and isinstance(entities, list)
    assert [p["name"] for p in found] == places
    mentions = [m[2] for e in entities for m in e["mentions"]]
    assert not [m for m in mentions if any(a in m for a in absent)], mentions
    if "DE LA RÉUNION" in text:
        assert found[0]["insee"] == "97411"


def test_the_story_after_the_dash_keeps_its_own_entity(resources: Resources) -> None:
    enrichment = enrich(resources, "Vote\n\nSTRASBOURG - Le Parlement européen a adopté "
                        "mercredi la directive sur le devoir de vigilance.")
    entities = enrichment["entities"]
    assert isinstance(entities, list)
    names = {str(e["name"]): e["label"] for e in entities}
    assert names.get("Parlement européen") == "ORG", names
    assert not [n for n in names if "STRASBOURG" in n and " " in n], names


def test_a_kicker_in_capitals_is_no_place(resources: Resources) -> None:
    enrichment = enrich(resources, "Vote\n\nVIDÉO - Le Parlement européen a adopté "
                        "mercredi la directive.")
    assert enrichment["places"] == []


@pytest.mark.parametrize("title", [
    "Rugby : le XV de France domine l'Écosse au Stade de France",
    "Pont : le cri d'alarme des élus",
])
def test_a_kicker_that_is_a_topic_word_is_no_entity(resources: Resources,
                                                    title: str) -> None:
    enrichment = enrich(resources, title + "\n\nLe match a eu lieu vendredi soir, "
                        "devant 80 000 spectateurs.")
    entities = enrichment["entities"]
    assert isinstance(entities, list)
    kicker = title.split(" :")[0]
    assert not [e for e in entities if e["name"] == kicker], entities
