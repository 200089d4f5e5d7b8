"""Entities a fresh user found false (nu4: N7, N8 c, N22), on sentences written here,
through the enrichment pipeline."""

from __future__ import annotations

from typing import Any

from tests.enrich.conftest import enrich

from veille.enrich.stage import Resources


def _entities(resources: Resources, text: str) -> dict[str, dict[str, Any]]:
    entities = enrich(resources, text)["entities"]
    assert isinstance(entities, list)
    return {str(e["name"]): e for e in entities}


def test_a_name_after_a_job_title_is_a_person_in_every_mention(resources: Resources) -> None:
    """A given name that is also a city ("Florence") made the person a place."""
    found = _entities(resources, (
        "Sommet : Nancy Martel et Lorraine Dupuis invitées à Brest\n\nDe son côté, "
        "l'ancienne présidente de la Commission européenne américaine Nancy Martel et "
        "l'ancienne ministre Lorraine Dupuis participeront au sommet organisé à Brest."))
    assert found["Nancy Martel"]["label"] == "PER"  # was MISC
    assert found["Lorraine Dupuis"]["label"] == "PER"


def test_job_titles_portfolios_and_english_sentences_are_no_entities(
        resources: Resources) -> None:
    found = _entities(resources, (
        "Gaz : accord à Vienne\n\nLe Premier ministre hongrois Viktor Orban a reçu lundi le "
        "ministre polonais de l'Agriculture. \"We will not pay for this war, we want "
        "peace,\" Viktor Orban told reporters in Vienna."))
    assert "Viktor Orban" in found
    assert not [n for n in found if "ministre" in n or n == "Agriculture"
                or n.startswith("We ")], sorted(found)


def test_an_initial_and_a_surname_are_the_person_named_in_full(resources: Resources) -> None:
    found = _entities(resources, (
        "Élections\n\nJoe Biden a été élu. « Le travail commence », a déclaré J. Biden "
        "devant ses partisans."))
    assert "J. Biden" not in found
    assert found["Joe Biden"]["count"] == 2


def test_a_span_past_a_known_name_into_a_prepositional_phrase_is_cut(
        resources: Resources) -> None:
    found = _entities(resources, (
        "Élections\n\nQuelques victoires importantes au Sénat pour les républicains "
        "mardi soir."))
    assert not [n for n in found if "pour" in n], sorted(found)


def test_a_storm_is_no_person(resources: Resources) -> None:
    found = _entities(resources, (
        "Tempête\n\nLa tempête meurtrière Ciaran a frappé la Bretagne. Le préfet reconnaît "
        "que Ciaran a surpris les secours."))
    assert all(e["label"] not in ("PER", "ORG") for n, e in found.items() if "Ciaran" in n)
