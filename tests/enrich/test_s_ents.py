"""Enrichment faults of earlier fresh users (nu5 notes, "Still known"): a newspaper after a
contracted article, a transit operator read as a person, countries' and regions' French
names. Sentences written here, through the enrichment pipeline."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
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


def _cldr_french_names() -> list[tuple[str, str]]:
    """(ISO code, French name) of every territory in CLDR's French data (babel), each part
    around parentheses a name too ("Myanmar (Birmanie)")."""
    from babel import Locale

    out = []
    for code, name in Locale("fr").territories.items():
        if len(code) == 2 and code.isalpha():
            name = re.sub(r"^R\.A\.S\. chinoise de ", "", name)
            out.extend((code, part) for part in re.split(r"\s*[()]\s*", name)
                       if part[:1].isupper())
    return out


def test_every_country_of_the_gazetteer_resolves_by_its_french_name() -> None:
    from veille.enrich.aliases import shipped_table
    from veille.enrich.places import shipped

    gazetteer, table = shipped(), shipped_table()
    countries = {p.country for p in gazetteer.by_id.values() if p.kind == "country"}
    assert len(countries) > 240
    missing = []
    for code, name in _cldr_french_names():
        if code not in countries:
            continue
        row = table.lookup(name)
        found = gazetteer.candidates(name, row.id if row is not None else "")
        if row is None or not any(p.country == code and p.kind in (
                "country", "region", "department", "capital") for p in found):
            missing.append(f"{code} {name}")
    # "Saint-Martin (partie néerlandaise)": the name is the French Saint-Martin's too
    assert missing == ["SX Saint-Martin"]


@pytest.mark.parametrize("name, code", [
    ("Biélorussie", "BY"), ("Bélarus", "BY"), ("Birmanie", "MM"), ("Myanmar", "MM"),
    ("Tchéquie", "CZ"), ("République tchèque", "CZ"), ("Macédoine du Nord", "MK"),
    ("Côte d'Ivoire", "CI"), ("Côte d’Ivoire", "CI"), ("Pays-Bas", "NL"),
    ("Kirghizstan", "KG"), ("Congo-Kinshasa", "CD"), ("Hong Kong", "HK")])
def test_a_country_s_usual_french_names_are_aliases(name: str, code: str) -> None:
    from veille.enrich.aliases import shipped_table
    from veille.enrich.places import shipped

    row = shipped_table().lookup(name)
    assert row is not None and row.label == "LOC"
    assert shipped().by_id[row.id].country == code


CAPITALS = """Varsovie PL, Pékin CN, Londres GB, Moscou RU, Le Caire EG, Alger DZ, Bucarest RO,
    Minsk BY, La Havane CU, Copenhague DK, Lisbonne PT, Vienne AT, Athènes GR, Berne CH,
    La Valette MT, Nicosie CY, Tbilissi GE, Erevan AM, Bakou AZ, Tachkent UZ, Séoul KR,
    Hanoï VN, Bangkok TH, Katmandou NP, New Delhi IN, Téhéran IR, Bagdad IQ, Riyad SA,
    Mascate OM, Addis-Abeba ET, Khartoum SD, Tripoli LY, Rabat MA, Bamako ML,
    Ouagadougou BF, Niamey NE, Dakar SN, Kinshasa CD, Nairobi KE, Mogadiscio SO, Lima PE,
    Santiago CL, Buenos Aires AR, Ottawa CA, Canberra AU, Manille PH, Kiev UA, Vilnius LT,
    Bruxelles BE, Damas SY, Beyrouth LB, Amman JO, Ankara TR, Abou Dhabi AE, Doha QA,
    Phnom Penh KH, Madrid ES, Berlin DE, Paris FR"""


@pytest.mark.parametrize("name, code", [tuple(c.strip().rsplit(" ", 1))
                                        for c in CAPITALS.split(",")])
def test_a_capital_s_french_name_resolves(name: str, code: str) -> None:
    from veille.enrich.aliases import shipped_table
    from veille.enrich.places import shipped

    row = shipped_table().lookup(name)
    found = shipped().candidates(name, row.id if row is not None else "")
    assert any(p.country == code and p.kind in ("capital", "city") for p in found)


def _places(resources: Resources, text: str) -> dict[str, str]:
    places = enrich(resources, text, source="example.fr")["places"]
    assert isinstance(places, list)
    return {str(p["mentioned_as"]): str(p["country"]) for p in places}


@pytest.mark.parametrize("stated", [
    ", en Communauté valencienne,", " (Communauté valencienne)",
    ", dans la Communauté valencienne,"])
def test_a_stated_area_with_lower_case_words_is_read(resources: Resources,
                                                     stated: str) -> None:
    found = _places(resources, f"Intempéries\n\nLes pluies ont inondé Valence{stated} mardi.")
    assert found["Valence"] == "ES"


def test_a_stated_area_is_cut_before_the_words_that_follow_it(resources: Resources) -> None:
    found = _places(resources, "Intempéries\n\nLes pluies ont inondé Valence, en Espagne "
                               "mardi soir, selon les secours.")
    assert found["Valence"] == "ES"


@given(st.text(alphabet="ab -\u00a0\t'é", max_size=30))
def test_area_prefixes_are_the_name_cut_between_words(name: str) -> None:
    from veille.enrich.places import _area_prefixes

    prefixes = _area_prefixes(name)
    assert prefixes[0] == name
    assert all(name.startswith(p) for p in prefixes)
    assert [len(p) for p in prefixes] == sorted({len(p) for p in prefixes}, reverse=True)


def _place_ids(resources: Resources, text: str) -> dict[str, str]:
    places = enrich(resources, text, source="example.ca")["places"]
    assert isinstance(places, list)
    return {str(p["mentioned_as"]): str(p["id"]) for p in places}


def test_a_kicker_that_is_the_only_mention_names_the_area(resources: Resources) -> None:
    found = _place_ids(resources, ("Québec : un nouveau festival de jazz attire les foules\n\n"
                                   "Le festival a réuni 20 000 spectateurs samedi à "
                                   "Sherbrooke, selon les organisateurs."))
    assert found["Québec"] == "iso3166-2:CA-QC"


def test_a_kicker_named_in_the_body_as_the_town_stays_the_town(resources: Resources) -> None:
    found = _place_ids(resources, ("Québec : le maire présente son budget\n\nLe maire a "
                                   "présenté mardi à Québec le budget de la ville."))
    assert found["Québec"] == "geonames:6325494"


def test_a_kicker_whose_area_is_the_town_alone_stays_the_town(resources: Resources) -> None:
    found = _place_ids(resources, "Paris : la foire reprend\n\nLa foire reprend samedi.")
    assert found["Paris"] == "Q90"


@pytest.mark.parametrize("text", [
    "Transports\n\nLes travaux du tramway reprendront dans la nuit de lundi, selon Tisséo.",
    "Transports\n\nLes voyageurs peuvent acheter leur billet via Tisséo ou au guichet."])
def test_a_one_word_name_with_no_person_evidence_after_an_organisation_s_cue_is_no_person(
        resources: Resources, text: str) -> None:
    found = _entities(resources, text)
    assert found["Tisséo"][0] == "ORG"


def test_a_surname_named_in_full_or_titled_stays_a_person(resources: Resources) -> None:
    found = _entities(resources, ("Grève\n\nLes bus resteront au dépôt, selon Martine "
                                  "Lagarrigue. Chez Lagarrigue, on parle d'un conflit dur. "
                                  "Selon M. Bousquet, la ligne rouvrira lundi."))
    assert found["Martine Lagarrigue"][0] == "PER"
    assert found.get("Bousquet", ("PER",))[0] == "PER"
