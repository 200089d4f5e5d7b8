"""Entity kinds and spans still false after r-who36/h-kinds37 (issue 16; t-final36 A7,
r-who36's and h-kinds37's open cases), through the real enrichment pipeline (spaCy's
model, the shipped alias table and gazetteer): a trade's people and a region, a firm's
regional branch, a Crit'Air grade, a service's district ("routes du Sud-Ouest"), a camp,
a bus network, Hong Kong's "Central", English role nouns before a name, and the "il" of a
quote after "L'usine X"."""

from __future__ import annotations

from typing import Any

import pytest

from veille.enrich.compass import part_or_direction
from veille.enrich.named_kinds import regional_branch
from veille.enrich.quotes import noun_gender_by_ending
from veille.enrich.stage import Resources

from .conftest import enrich


def _kinds(enrichment: dict[str, Any]) -> dict[str, set[str]]:
    kinds: dict[str, set[str]] = {}
    for entity in enrichment["entities"]:
        for mention in entity["mentions"]:
            kinds.setdefault(str(mention[2]), set()).add(str(entity["label"]))
    return kinds


def test_trade_groups_and_regional_branches_are_organisations(resources: Resources) -> None:
    kinds = _kinds(enrich(resources, (
        "Tempête en Bretagne\n\n"
        "« C'est une semaine blanche », a regretté Soazig Le Bihan, présidente de "
        "l'organisation de producteurs Pêcheurs de Bretagne. Les Apiculteurs de Vendée "
        "s'inquiètent aussi, a indiqué Enedis Bretagne, qui a rétabli le courant.")))
    assert kinds.get("Pêcheurs de Bretagne") == {"ORG"}, kinds
    assert kinds.get("Apiculteurs de Vendée") == {"ORG"}, kinds
    assert kinds.get("Enedis Bretagne") == {"ORG"}, kinds
    assert kinds.get("Soazig Le Bihan") == {"PER"}, kinds


def test_a_grade_after_a_noun_is_no_organisation(resources: Resources) -> None:
    kinds = _kinds(enrich(resources, (
        "Pic de pollution à Lyon\n\n"
        "Seuls les véhicules munis d'une vignette Crit'Air 3 pourront circuler jeudi, a "
        "annoncé la préfecture du Rhône.")))
    assert kinds.get("Crit'Air 3", {"MISC"}) == {"MISC"}, kinds


def test_a_service_s_district_is_no_area(resources: Resources) -> None:
    text = ("Travaux sur l'A64\n\n"
            "« Le trafic est le plus faible la nuit », a assuré le directeur des routes du "
            "Sud-Ouest, Thierry Fabre.")
    kinds = _kinds(enrich(resources, text))
    assert "Sud-Ouest" not in kinds, kinds
    assert kinds.get("Thierry Fabre") == {"PER"}, kinds
    at = text.index("Sud-Ouest")
    assert part_or_direction(text, at, at + len("Sud-Ouest"))
    area = "La grêle a touché le Sud-Ouest mardi."
    assert not part_or_direction(area, area.index("Sud"), area.index("Sud") + 9)
    assert "Sud-Ouest" in _kinds(enrich(resources, "Orages\n\n" + area))


def test_camps_and_networks(resources: Resources) -> None:
    kinds = _kinds(enrich(resources, (
        "Syrie : rapatriement\n\n"
        "Les camps d'al-Hol et de Roj abritent encore des milliers de personnes. Un "
        "incendie a touché le camp de Kara Tepe.\n\n"
        "Le réseau de bus Citéa sera perturbé samedi à Valence, a annoncé la direction "
        "de Citéa.")))
    assert kinds.get("Roj") == {"LOC"}, kinds
    assert kinds.get("Kara Tepe", {"LOC"}) == {"LOC"}, kinds
    assert kinds.get("Citéa") == {"ORG"}, kinds
    assert kinds.get("Valence") == {"LOC"}, kinds


def test_a_district_coordinated_with_a_place_is_a_place(resources: Resources) -> None:
    kinds = _kinds(enrich(resources, (
        "Ferry fares rise\n\n"
        "Ferries running between Tsim Sha Tsui and Central will cost more from January, "
        "the operator said. Central is also served by the trams."), language="en"))
    assert kinds.get("Central") == {"LOC"}, kinds


@pytest.mark.parametrize("role", ["Chef", "Nurse", "Midwife"])
def test_an_english_role_noun_before_a_name_is_cut(resources: Resources, role: str) -> None:
    kinds = _kinds(enrich(resources, (
        "Harbour festival\n\n"
        f"{role} Tobias Okafor said the kitchen would reopen on Monday."), language="en"))
    assert kinds.get("Tobias Okafor") == {"PER"}, kinds
    assert f"{role} Tobias Okafor" not in kinds, kinds


def test_il_after_a_factory_is_not_the_firm(resources: Resources) -> None:
    enrichment = enrich(resources, (
        "Roanne : l'usine va fermer\n\n"
        "L'usine Textiloire de Roanne fermera ses portes en mars, faute de repreneur.\n\n"
        "« Nous avons tout essayé pendant deux ans », a-t-il ajouté."))
    kinds = _kinds(enrichment)
    assert "PER" not in kinds.get("Textiloire", set()), kinds
    quote = next(q for q in enrichment["quotes"] if "tout essayé" in q["text"])
    assert "Textiloire" not in (quote.get("speaker") or ""), quote
    assert not str(quote.get("speaker_id") or "").endswith("textiloire"), quote


def test_noun_gender_by_ending() -> None:
    assert noun_gender_by_ending("usine") == "f"
    assert noun_gender_by_ending("association") == "f"
    assert noun_gender_by_ending("université") == "f"
    assert noun_gender_by_ending("atelier") == "m"
    assert noun_gender_by_ending("établissement") == "m"
    assert noun_gender_by_ending("artiste") == ""


def test_a_regional_branch_is_no_feature_of_the_area() -> None:
    assert regional_branch("Enedis Bretagne")
    assert regional_branch("GRDF Occitanie")
    assert not regional_branch("Lake Ontario")  # a lake of the province
    assert not regional_branch("Mont Bretagne")
    assert not regional_branch("Brest Bretagne")  # a town first
