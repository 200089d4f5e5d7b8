"""q-places25 (issue 16): f-places25's follow-ups. A Belgian province that shares its name
with a city is the province only after its head noun ("la province de Namur"); bare in
an enumeration of towns it is the city. Sentences written for these tests, through the
real enrichment pipeline."""

from __future__ import annotations

import pytest
from tests.enrich.conftest import enrich

from veille.enrich.places import district_named
from veille.enrich.stage import Resources


def _places(resources: Resources, text: str, **kw: str) -> dict[str, dict[str, object]]:
    return {str(p["mentioned_as"]): p
            for p in enrich(resources, text, **kw)["places"]}  # type: ignore[index,union-attr]


# --- 1. a province named after its city --------------------------------------------------

def test_a_bare_name_among_towns_is_the_city_not_its_province(resources: Resources) -> None:
    found = _places(resources, "Grève\n\nLes trains circuleront peu entre Mons, Namur et "
                               "Liège mardi.")
    assert found["Namur"]["kind"] == "city"
    assert found["Liège"]["kind"] == "city"


def test_the_province_after_its_head_noun_stays_the_province(resources: Resources) -> None:
    found = _places(resources, "Neige\n\nDans la province de Namur, les écoles ferment. "
                               "À Anvers, le port tourne.")
    assert found["Namur"]["kind"] == "region"
    assert found["Anvers"]["kind"] == "city"


def test_a_province_with_an_area_s_article_stays_the_province(resources: Resources) -> None:
    assert _places(resources, "Routes\n\nLes routes du Limbourg sont glissantes.")[
        "Limbourg"]["kind"] == "region"


# --- 2. a district's name is no commune elsewhere ----------------------------------------

def test_a_district_of_an_overseas_town_is_no_mainland_commune(resources: Resources) -> None:
    # t-final25 F10's shape, in other words: the text is about Saint-Pierre (La Réunion)
    text = ("Inondations\n\nSAINT-PIERRE (La Réunion) (AFP) - Plusieurs maisons ont été "
            "inondées mardi dans le quartier de la Montagne, sur les hauteurs de "
            "Saint-Pierre, à La Réunion.")
    found = _places(resources, text)
    assert "Montagne" not in found and "la Montagne" not in found
    assert found["Saint-Pierre"]["insee"] == "97416"


def test_a_hamlet_s_name_is_no_commune_of_another_region(resources: Resources) -> None:
    text = ("Accident\n\nÀ Chamonix, en Haute-Savoie, un randonneur a été secouru au "
            "hameau des Granges mardi.")
    assert "Granges" not in _places(resources, text)


def test_a_district_of_a_town_abroad_is_no_overseas_commune(resources: Resources) -> None:
    # t-enrich25 E9's shape: the district of Laval (Québec), named bare in the headline
    text = ("Laval veut son tramway jusqu'à Sainte-Rose\n\nLe maire de Laval a demandé à "
            "Québec de financer le tramway jusqu'au quartier Sainte-Rose, au nord de "
            "Montréal.")
    assert "Sainte-Rose" not in _places(resources, text, source="lapresse.ca")


def test_a_district_of_a_named_town_keeps_the_town(resources: Resources) -> None:
    found = _places(resources, "Fait divers\n\nUn incendie a touché un immeuble dans un "
                               "quartier du Havre mardi soir.")
    assert found["Havre"]["insee"] == "76351"


@pytest.mark.parametrize(("text", "district"), [
    ("dans le quartier de la Montagne", True),
    ("au hameau des Granges", True),
    ("au lieu-dit les Fourches", True),
    ("dans la cité des Tarterêts", True),
    ("dans le quartier du Mirail", True),
    ("jusqu'au quartier Sainte-Rose", True),
    ("dans un quartier de Marseille", False),
    ("la cité de Carcassonne", False),
    ("dans les quartiers de Lyon", False),
])
def test_a_district_s_head_noun_before_a_name(text: str, district: bool) -> None:
    name = text.rsplit(" ", 1)[1]
    start = len(text) - len(name)
    assert district_named({"mentions": [[start, len(text), name]]}, text) is district


# --- 3. names of the press that read as another place --------------------------------------

@pytest.mark.parametrize("name", ["Democratic Republic of Congo", "DR Congo",
                                  "Democratic Republic of the Congo"])
def test_the_democratic_republic_of_congo_is_not_the_republic_of_the_congo(
        resources: Resources, name: str) -> None:
    text = (f"Aid\n\nThe {name}'s government asked for more food aid on Monday, the "
            "United Nations said.")
    countries = {p["country"] for p in _places(resources, text, language="en").values()}
    assert "CD" in countries and "CG" not in countries


@pytest.mark.parametrize("text", [
    "Rail\n\nLes cantons de Vaud et du Jura ont signé mardi un accord sur les trains.",
    "Rail\n\nLe canton du Jura a signé mardi un accord sur les trains régionaux.",
])
def test_a_canton_named_like_a_department_is_the_swiss_canton(
        resources: Resources, text: str) -> None:
    assert _places(resources, text)["Jura"]["id"] == "iso3166-2:CH-JU"


def test_the_department_of_jura_stays_french(resources: Resources) -> None:
    text = "Neige\n\nLe département du Jura et le canton de Morez sont sous la neige."
    assert _places(resources, text)["Jura"]["id"] == "iso3166-2:FR-39"


@pytest.mark.parametrize(("text", "language"), [
    ("Oil\n\nPrices rose on Monday after Brent crude climbed above $80 a barrel, traders "
     "in London said.", "en"),
    ("Pétrole\n\nLe baril de Brent a dépassé 80 dollars lundi à Londres.", "fr"),
])
def test_a_crude_grade_is_no_place(resources: Resources, text: str, language: str) -> None:
    found = _places(resources, text, language=language)
    assert "Brent" not in found and {"London", "Londres"} & set(found)
