"""f-places21 (issue 16): a homonym's country stated by a demonym of the state acting or
by an apposition after the name; a commune's name written in capitals (running text and
lines in capitals) read as its title-case form, acronyms left alone; a town's name that
stands for its authorities or club listed apart from the town under a name that says so.
Sentences written for these tests (not the held-out set's)."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.enrich.entities import restore_case
from veille.enrich.place_context import demonym_countries
from veille.enrich.places import shipped, town_in_capitals
from veille.enrich.stage import Resources

from .conftest import enrich
from .test_places_t20 import _places

# --- 1. demonyms: the state acting, an apposition after the name -----------------------

def test_one_demonym_of_the_state_acting_decides_the_homonym() -> None:
    text = "Visite\n\nLa ministre espagnole de la Santé a visité mardi un hôpital de Valence."
    assert _places(text, "Valence")["Valence"]["country"] == "ES"
    text = "Enquête\n\nLes autorités espagnoles ont ouvert une enquête à Mérida."
    assert _places(text, "Mérida")["Mérida"]["country"] == "ES"
    text = "Arrests\n\nSpanish police arrested a man in Merida on Friday."
    assert _places(text, "Merida", language="en")["Merida"]["country"] == "ES"


def test_a_demonym_of_a_person_is_still_no_context() -> None:
    text = "Festival\n\nUn peintre espagnol expose ses toiles à Valence jusqu'en juin."
    assert _places(text, "Valence")["Valence"]["insee"] == "26362"
    text = "Concert\n\nUne chanteuse mexicaine se produira à Mérida cet été."
    assert _places(text, "Mérida")["Mérida"]["country"] == "MX"


def test_an_apposition_after_the_name_states_the_country() -> None:
    text = "Tourisme\n\nValence, troisième ville espagnole, attire les visiteurs."
    assert _places(text, "Valence")["Valence"]["country"] == "ES"
    text = "Patrimoine\n\nMérida, la petite ville espagnole d'Estrémadure, garde son théâtre."
    assert _places(text, "Mérida")["Mérida"]["country"] == "ES"
    text = "Storm\n\nWind hit Merida, the old Spanish town, overnight."
    assert _places(text, "Merida", language="en")["Merida"]["country"] == "ES"


def test_state_nouns_weigh_as_two_demonyms() -> None:
    assert demonym_countries("le gouvernement espagnol")["ES"] == 2
    assert demonym_countries("un chanteur espagnol")["ES"] == 1
    assert demonym_countries("Spanish police said")["ES"] == 2


# --- 2. names in capitals ---------------------------------------------------------------

def test_a_commune_in_capitals_in_running_text_is_the_commune() -> None:
    text = "Piscine\n\nLe conseil municipal de DAX a voté lundi, comme celui de TARBES."
    places = _places(text, "DAX", "TARBES")
    assert places["DAX"]["insee"] == "40088"
    assert places["TARBES"]["insee"] == "65440"


def test_an_acronym_after_a_determiner_is_no_commune() -> None:
    assert town_in_capitals("OMS", "selon l'", shipped()) is None
    assert town_in_capitals("CHU", "au ", shipped()) is None  # Chũ is no commune anyway
    assert town_in_capitals("GAP", "à ", shipped()) is not None
    assert town_in_capitals("Gap", "à ", shipped()) is None  # not in capitals


def test_a_line_in_capitals_reads_its_communes_in_title_case() -> None:
    text = "INCENDIE ENTRE BAYONNE ET BIARRITZ\n\nLes pompiers sont intervenus."
    assert restore_case(text).startswith("Incendie entre Bayonne et Biarritz")
    text = "ÉLECTIONS À SAINT-NAZAIRE\n\nLe dépouillement a commencé."
    assert restore_case(text).startswith("Élections à Saint-Nazaire")
    text = "LA GRÈVE S'ÉTEND À TOURS\n\nLes cheminots votent."
    assert restore_case(text).startswith("La grève s'étend à Tours")
    text = "LES TOURS DE LA DÉFENSE\n\nUn quartier d'affaires."
    assert restore_case(text).startswith("Les tours de la défense")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["LE", "MAIRE", "DE", "GRÈVE", "À", "NANTES", "SNCF", "CGT",
                                 "PRÈS", "VALENCE", "LES", "TOURS", "PARIS", "ET", "OMS"]),
                min_size=2, max_size=8))
def test_restored_case_keeps_length_and_letters(words: list[str]) -> None:
    text = " ".join(words) + "\n\nUn texte."
    out = restore_case(text)
    assert len(out) == len(text) and out.casefold() == text.casefold()


def test_capitals_in_an_article(resources: Resources) -> None:
    section = enrich(resources, "Transports\n\nLe maire de PAU a rencontré celui de ROUEN.")
    places = {str(p["mentioned_as"]): p for p in section["places"]}  # type: ignore[union-attr]
    assert places["PAU"]["insee"] == "64445" and places["ROUEN"]["insee"] == "76540"
    section = enrich(resources, "INONDATIONS À GRENOBLE ET À ANNECY\n\nLes rivières débordent.")
    insee = {str(p["insee"]) for p in section["places"]}  # type: ignore[union-attr]
    assert {"38185", "74010"} <= insee


# --- 5. a town standing for its authorities is listed apart ------------------------------

def test_a_capital_for_its_government_is_not_listed_as_the_city_twice(
        resources: Resources) -> None:
    section = enrich(resources, "Diplomatie\n\nPékin a protesté mardi. Des touristes "
                     "sont arrivés à Pékin pour le Nouvel An.",
                     published=datetime(2026, 3, 11, 10, tzinfo=UTC))
    entities = section["entities"]
    assert isinstance(entities, list)
    names = [str(e["name"]) for e in entities]
    assert names.count("Pékin") == 1
    power = next(e for e in entities if e["label"] == "ORG")
    assert power["name"] == "Pékin (autorités)" and power["id"] == "org:pekin"
    section = enrich(resources, "Sanctions\n\nLondon warned Moscow on Monday. Crowds "
                     "gathered in London.", language="en")
    names = [str(e["name"]) for e in section["entities"]]  # type: ignore[union-attr]
    assert "London (authorities)" in names and names.count("Londres") == 1  # the place
