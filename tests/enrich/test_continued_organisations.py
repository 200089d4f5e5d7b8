"""A known organisation directly followed by a name the model read apart is one longer
organisation (newuser8 Q18: "au micro de France Bleu Breizh Izel" gave the person "Breizh
Izel"); a person named right after an organisation stays a person. Real French model."""

from __future__ import annotations

from tests.enrich.conftest import enrich

from veille.enrich.stage import Resources


def _entities(resources: Resources, text: str) -> dict[str, str]:
    result = enrich(resources, text, source="journal.example")
    return {str(e["name"]): str(e["label"])
            for e in result["entities"]}  # type: ignore[union-attr]


def test_a_network_s_station_is_one_organisation(resources: Resources) -> None:
    found = _entities(resources, "Pêche en Bretagne\n\nLe patron pêcheur s'est exprimé "
                                 "jeudi matin au micro de France Bleu Breizh Izel, avant "
                                 "une réunion au port de Douarnenez.")
    assert "Breizh Izel" not in found
    assert found.get("France Bleu Breizh Izel") == "ORG"


def test_a_person_named_after_an_organisation_stays_a_person(resources: Resources) -> None:
    found = _entities(resources, "Automobile\n\nLe directeur général de Renault Luca de "
                                 "Meo a présenté jeudi les résultats du groupe à Paris.")
    assert found.get("Luca de Meo") == "PER" or any(
        label == "PER" and "Meo" in name for name, label in found.items())
