"""Names that are no persons (t-final65 A7): an acronym defined in brackets after its
expansion ("service départemental d'incendie et de secours (Sdis)"), a region whose name
ended a body's name read as a person ("Regione Toscana" made "in Toscana" a person), a
town holding a given name after a title-like word ("Vila Nova de Gaia e Matosinhos"), and
a feast before a place ("le marché de Noël du Barachois")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.enrich.coordinated_names import coordinated_given_names
from veille.enrich.entities import defined_acronyms
from veille.enrich.stage import Resources

from .conftest import enrich


def _persons(section: dict[str, object]) -> list[str]:
    entities = section["entities"]
    assert isinstance(entities, list)
    return [e["name"] for e in entities if e["label"] == "PER"]


def _labels(section: dict[str, object], name: str) -> set[str]:
    entities = section["entities"]
    assert isinstance(entities, list)
    return {e["label"] for e in entities if e["name"] == name}


def test_acronym_after_its_expansion_is_an_organisation(resources: Resources) -> None:
    section = enrich(resources, "Grève à la caisse d'assurance maladie\n\n"
                                "La directrice de la caisse primaire d'assurance maladie "
                                "(Cpam), Sylvie Royer, a reçu les syndicats mardi.")
    assert "Cpam" not in _persons(section)
    assert _labels(section, "Cpam") <= {"ORG"}


def test_title_case_acronyms_are_defined() -> None:
    text = ("le colonel Pierre Aubry, directeur du service départemental d'incendie et de "
            "secours (Sdis). Le président da Associação Nacional de Municípios Portugueses "
            "(Anmp) et la ville (Paris).")
    assert {"sdis", "anmp"} <= defined_acronyms(text)
    assert "paris" not in defined_acronyms(text)


def test_region_after_a_body_read_as_a_person(resources: Resources) -> None:
    section = enrich(resources, "Allerta rossa in Toscana. Il presidente della Regione "
                                "Eugenio Giani: \"State a casa\"\n\n"
                                "\"La situazione è critica\", ha detto il presidente della "
                                "Regione Toscana, Eugenio Giani, in un video.", language="it")
    assert "Toscana" not in _persons(section)
    assert "Regione Toscana" not in _persons(section)


@pytest.mark.parametrize("text", [
    "Chuva forte no Norte\n\nA Proteção Civil registou ocorrências nos concelhos do Porto, "
    "Vila Nova de Gaia e Matosinhos.",
    "Incêndio no Ribatejo\n\nOs bombeiros de Vila Franca de Xira e Alverca combateram as "
    "chamas durante a noite.",
])
def test_towns_holding_a_given_name(resources: Resources, text: str) -> None:
    persons = _persons(enrich(resources, text, language="pt"))
    assert not [p for p in persons if any(w in p for w in ("Gaia", "Matosinhos", "Franca",
                                                            "Alverca"))], persons


@pytest.mark.parametrize("text", [
    "Saint-Denis : le marché de Noël du Barachois inauguré\n\n"
    "Le marché de Noël du Barachois a ouvert ses portes samedi soir à Saint-Denis.",
    "Lille : la parade de Noël du Vieux-Lille reportée\n\n"
    "La parade de Noël du Vieux-Lille aura lieu dimanche prochain.",
])
def test_feast_before_a_place(resources: Resources, text: str) -> None:
    assert not [p for p in _persons(enrich(resources, text)) if "Noël" in p]


_NAME = st.from_regex(r"[A-Z][a-z]{2,8}", fullmatch=True)


@given(_NAME, _NAME, _NAME, st.sampled_from(["de", "da", "do", "di", "del", "du"]))
def test_pair_ending_a_longer_name_is_left(head: str, first: str, second: str,
                                          particle: str) -> None:
    text = f"nos concelhos de {head} {particle} {first} e {second}."
    found = coordinated_given_names(text, [], lambda _: True, lambda _: False)
    assert found == []


def test_menu_items_are_no_person(resources: Resources) -> None:
    section = enrich(resources, "Esonda il Bisenzio a Prato, 300 evacuati\n\n"
                                "Livorno  Pisa  Lucca  Grosseto  Toscana\n\n"
                                "La piena ha allagato le strade del centro.", language="it")
    assert not [p for p in _persons(section) if "Grosseto" in p or "Lucca" in p]
