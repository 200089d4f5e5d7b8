"""t-final50 A10 and r-kinds50's leftovers (h-kinds50), through the real enrichment
pipeline: "Collectivité de …" was a place; a fire and rescue service's name was cut before
"et de secours"; a political neologism in -ie on a person's name was a place or a body; a
club's head + its city was the city; a person's name after "cours" was the person; "De"
opening a Flemish body's name was left out; Portuguese "em Coimbra" was no place, "para o
Natal" was Natal, Brazil; "Handball" opening a headline was an organisation. Sentences
written for these tests (not the report's)."""

from __future__ import annotations

from tests.enrich.conftest import enrich

from veille.enrich.stage import Resources


def _labels(resources: Resources, text: str, **kw: str) -> dict[str, str]:
    return {str(m[2]): str(e["label"])
            for e in enrich(resources, text, **kw)["entities"]  # type: ignore[index]
            for m in e["mentions"]}


def _places(resources: Resources, text: str, **kw: str) -> dict[str, object]:
    return {str(p["mentioned_as"]): p["country"]
            for p in enrich(resources, text, **kw)["places"]}  # type: ignore[index]


def test_territorial_bodies_are_organisations(resources: Resources) -> None:
    found = _labels(resources, "Budget voté\n\nLa Collectivité territoriale de Martinique "
                               "et la Métropole de Rouen ont voté leur budget jeudi.")
    assert found["Collectivité territoriale de Martinique"] == "ORG"
    assert found["Métropole de Rouen"] == "ORG"


def test_a_fire_service_s_name_goes_on_over_et_de(resources: Resources) -> None:
    found = _labels(resources, "Feu de forêt\n\nLe Service départemental d'incendie et de "
                               "secours du Var (SDIS) a engagé cent pompiers près de Fréjus.")
    assert "Service départemental d'incendie" not in found
    assert found["Service départemental d'incendie et de secours du Var"] == "ORG"
    found = _labels(resources, "Feu\n\nLes pompiers du Service départemental d'incendie "
                               "et de secours (SDIS 33) sont intervenus.")
    assert found.get("Service départemental d'incendie et de secours") == "ORG"
    found = _labels(resources, "Séance\n\nLe Conseil départemental et de nombreux maires "
                               "ont voté le plan.")
    assert not any("nombreux" in name for name in found)


def test_a_neologism_on_a_person_s_name_is_no_place(resources: Resources) -> None:
    found = _labels(resources, "Politique\n\nDans la Macronie, on défend encore le bilan, "
                               "selon un ancien ministre.")
    assert found.get("Macronie", "MISC") == "MISC"


def test_a_club_s_head_and_its_city_are_the_club(resources: Resources) -> None:
    found = _labels(resources, "Football\n\nLe Real Valladolid a été battu par le Bétis "
                               "Séville dimanche soir.")
    assert found.get("Real Valladolid") == "ORG"
    assert found.get("Bétis Séville") == "ORG"


def test_a_name_after_cours_is_the_street_s(resources: Resources) -> None:
    found = _labels(resources, "Bastia\n\nUn accident s'est produit cours Napoléon, à "
                               "Bastia, mardi matin.")
    assert found.get("Napoléon") != "PER"


def test_a_dutch_article_opens_a_flemish_body_s_name(resources: Resources) -> None:
    found = _labels(resources, "Grève\n\nLe service de bus de De Lijn est perturbé à Gand, "
                               "a annoncé la société.")
    assert found.get("De Lijn") == "ORG"
    assert "Lijn" not in found


def test_portuguese_towns_after_em_and_christmas(resources: Resources) -> None:
    text = ("Handball: o Porto vence em Coimbra\n\nO Porto venceu em Coimbra e a equipa "
            "volta aos treinos para o Natal, disse o treinador.")
    places = _places(resources, text, language="pt", source="publico.pt")
    assert places.get("Coimbra") == "PT"
    assert "Natal" not in places
    assert "Handball" not in _labels(resources, text, language="pt", source="publico.pt")
    places = _places(resources, "Viagem\n\nO presidente visitou o Brasil e chegou a Natal "
                                "no Rio Grande do Norte.", language="pt", source="g1.br")
    assert places.get("Natal") == "BR"
