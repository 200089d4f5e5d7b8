"""Enrichment faults of earlier fresh users (nu5 notes, "Still known"): a newspaper after a
contracted article, a transit operator read as a person, countries' and regions' French
names. Sentences written here, through the enrichment pipeline."""

from __future__ import annotations

from tests.enrich.conftest import enrich

from veille.enrich.stage import Resources


def _entities(resources: Resources, text: str) -> dict[str, tuple[str, str]]:
    entities = enrich(resources, text, source="example.fr")["entities"]
    assert isinstance(entities, list)
    return {str(e["name"]): (str(e["label"]), str(e["id"])) for e in entities}


def test_a_title_after_a_contracted_or_lower_case_article_is_the_title(
        resources: Resources) -> None:
    found = _entities(resources, (
        "Revue de presse\n\nSelon une enquête du Monde publiée hier, le projet a pris du "
        "retard. Le maire a confié au Parisien qu'il attendait des réponses. D'après le "
        "Figaro, la décision est prise, et un éditorial des Échos la juge coûteuse."))
    assert found["Le Monde"] == ("ORG", "Q12461")
    assert found["Le Parisien"][1] == "veille:le-parisien"
    assert found["Le Figaro"][1] == "veille:le-figaro"
    assert found["Les Echos"][1] == "veille:les-echos"
    assert not {"Monde", "Parisien", "Figaro", "Échos"} & set(found)


def test_the_world_in_lower_case_is_no_newspaper(resources: Resources) -> None:
    found = _entities(resources, ("Voyage\n\nIls ont fait le tour du monde à la voile et "
                                  "parlent au public de Brest."))
    assert "Le Monde" not in found

