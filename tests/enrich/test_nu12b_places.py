"""What newuser12b found false in the entity and place filters (D6, issue 16): a street
named after a town made an entity of that town, a locality's head noun made the recogniser
drop the quarter's name, and a headline's subject and news made one place. Sentences
written here, with other names."""

from __future__ import annotations

from veille.enrich.entities import clean
from veille.enrich.stage import Resources

from .conftest import enrich


def _names(section: dict[str, object]) -> dict[str, str]:
    """Label by mention text."""
    entities = section["entities"]
    assert isinstance(entities, list)
    return {str(m[2]): str(e["label"]) for e in entities for m in e["mentions"]}


def _placed(section: dict[str, object]) -> set[str]:
    places = section["places"]
    assert isinstance(places, list)
    return {str(p["name"]) for p in places}


def test_a_street_named_after_a_town_is_the_street(resources: Resources) -> None:
    """"la rue de Toulon" in Lyon is a street: no entity "Toulon", no place Toulon."""
    section = enrich(resources, (
        "Lyon : un immeuble évacué\n\n"
        "Les habitants de la rue de Toulon, à Lyon, ont été évacués. Le drame de "
        "l'avenue d'Italie reste dans les mémoires."))
    names = _names(section)
    # r-places35 (issue 16): the street is an address, no LOC entity either
    assert names.get("rue de Toulon") is None
    assert "Toulon" not in names and "Toulon" not in _placed(section)
    assert "Lyon" in _placed(section)


def test_a_seat_after_a_quay_stays_the_place(resources: Resources) -> None:
    """"quai de Bercy" is left to the seats' rule: Bercy, the place."""
    section = enrich(resources, "Paris : embouteillages\n\nLa circulation est bloquée "
                     "quai de Bercy depuis lundi.")
    assert _names(section).get("Bercy") == "LOC"


def test_a_quarter_after_its_head_noun_is_a_place(resources: Resources) -> None:
    """"du quartier de Belsunce" (Marseille): the recogniser's span "quartier de
    Belsunce" was dropped whole as a description; the quarter's name is the place's."""
    section = enrich(resources, (
        "Marseille : un incendie dans le 1er\n\n"
        "Le feu s'est déclaré vers 3h au rez-de-chaussée de ce bâtiment de cinq étages du "
        "quartier de Belsunce, avant de se propager par la cage d'escalier, piégeant les "
        "habitants des étages supérieurs."))
    assert _names(section).get("Belsunce") == "LOC"


def test_an_event_named_after_its_place_names_the_place(resources: Resources) -> None:
    """A headline's "Incendie de Belsunce" (MISC for the recogniser) names the quarter:
    the place filter finds the article by it."""
    section = enrich(resources, (
        "Incendie de Belsunce : enquête sur un marchand de sommeil\n\n"
        "Les enquêteurs s'intéressent au propriétaire de l'immeuble, à Marseille."))
    names = _names(section)
    assert names.get("Belsunce") == "LOC"
    assert "Incendie de Belsunce" not in names


def test_a_hyphenated_acronym_is_no_place(resources: Resources) -> None:
    """"(AP-HP)", which the recogniser calls a place, is an organisation like "RN"."""
    section = enrich(resources, (
        "Paris : un blessé décède\n\n"
        "Un des blessés est décédé lundi soir à l'hôpital de la Pitié, a annoncé "
        "l'Assistance publique-Hôpitaux de Paris (AP-HP)."))
    assert _names(section).get("AP-HP") == "ORG"
    assert "AP-HP" not in _placed(section)


def test_an_acronym_then_its_news_is_the_acronym() -> None:
    assert clean("PS maintient sa motion", 0) == ("PS", 0)
    assert clean("SNCF Voyageurs", 0) == ("SNCF Voyageurs", 0)
    assert clean("RER de la ligne", 0) == ("RER de la ligne", 0)
