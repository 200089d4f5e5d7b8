"""An acronym and its full name in one article are one entity (t-final34 A12): the name then
its acronym in parentheses (already), the acronym then its name in parentheses, an acronym so
defined that the recogniser did not tag (its later uses too), and an acronym and a name of
three words or more whose content words' initials it spells exactly, with no parentheses
("le SNCTA" … "le Syndicat national des contrôleurs du trafic aérien"). A person's party in
parentheses stays the party. Sentences written here, through the real enrichment pipeline."""

from __future__ import annotations

from tests.enrich.conftest import enrich

from veille.enrich.stage import Resources


def _entities(resources: Resources, text: str, language: str = "fr"
              ) -> dict[str, tuple[str, str]]:
    entities = enrich(resources, text, language=language)["entities"]
    assert isinstance(entities, list)
    return {str(m[2]): (str(e["label"]), str(e["id"])) for e in entities
            for m in e["mentions"]}


def test_an_acronym_then_its_full_name_in_parentheses(resources: Resources) -> None:
    found = _entities(resources, (
        "Pénurie\n\nL'ANSF (Autorité nationale de sûreté ferroviaire) a suspendu mardi deux "
        "lignes. Selon l'ANSF, les contrôles dureront un mois."))
    assert found["ANSF"] == found["Autorité nationale de sûreté ferroviaire"]


def test_an_acronym_the_text_uses_after_naming_the_body_in_full(resources: Resources) -> None:
    found = _entities(resources, (
        "Grève\n\nUn préavis a été déposé par le SNPL, premier syndicat des pilotes. Le "
        "Syndicat national des pilotes de ligne réclame des embauches."))
    assert found["SNPL"] == found["Syndicat national des pilotes de ligne"]
    assert found["SNPL"][1].startswith("org:")


def test_a_defined_acronym_the_recogniser_missed_is_the_body(resources: Resources) -> None:
    found = _entities(resources, (
        "Crash near Duluth\n\nInvestigators from the Federal Railroad Safety Office (FRSO) "
        "arrived on Tuesday. The FRSO said a report would follow."), language="en")
    long = found["Federal Railroad Safety Office"]
    assert found["FRSO"] == long


def test_a_party_after_a_person_and_an_unspelled_acronym_stay_apart(
        resources: Resources) -> None:
    found = _entities(resources, (
        "Agriculture\n\nLe député Marc Lenoir (LR) soutient la Coordination rurale de "
        "l'Ouest. La CGT dénonce le projet de la Confédération paysanne du Centre."))
    assert found["Marc Lenoir"] != found.get("LR")
    assert found.get("CGT") != found.get("Confédération paysanne du Centre")
