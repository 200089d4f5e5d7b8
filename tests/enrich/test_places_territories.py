"""Regions without an ISO 3166-2 entry of their own are places of kind region, not cities
(issue 16, newuser14a E20: "la bande de Gaza" was Gaza City), and a name after an office
and the comma of an apposition is a person (E18: "le gouverneur de la région, Oleh …" was
a place). Sentences written here, with other names and words than the testers'."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from veille.enrich.entities import Recognizer, Span, recognise
from veille.enrich.stage import Resources

from .conftest import enrich


def _places(section: dict[str, object]) -> dict[str, tuple[str, str, str]]:
    """(id, kind, country) by the name the place was mentioned as."""
    places = section["places"]
    assert isinstance(places, list)
    return {str(p["mentioned_as"]): (str(p["id"]), str(p["kind"]), str(p["country"]))
            for p in places}


@pytest.mark.parametrize(("text", "mentioned", "place"), [
    ("Des frappes ont visé le nord de la bande de Gaza dans la nuit.", "bande de Gaza",
     ("Q39760", "region", "PS")),
    ("Les colons multiplient les attaques en Cisjordanie occupée.", "Cisjordanie",
     ("Q36678", "region", "PS")),
    ("Les Arméniens ont fui le Haut-Karabakh en septembre 2023.", "Haut-Karabakh",
     ("veille:haut-karabakh", "region", "AZ")),
    ("Sébastopol, en Crimée, a été visée par des drones dans la nuit.", "Crimée",
     ("iso3166-2:UA-43", "region", "UA")),
    ("L'armée ukrainienne tient encore une partie du Donbas malgré la pression russe.",
     "Donbas", ("veille:donbass", "region", "UA")),
])
def test_territories_are_regions(resources: Resources, text: str, mentioned: str,
                                 place: tuple[str, str, str]) -> None:
    places = _places(enrich(resources, "Actualité du jour\n\n" + text))
    assert places.get(mentioned) == place


def test_the_city_stays_the_city(resources: Resources) -> None:
    """"la ville de Gaza" is the city: no "ville de Gaza" in the gazetteer; "la bande de
    Gaza" in the same sentence is the Strip."""
    places = _places(enrich(resources, (
        "Actualité du jour\n\nLes habitants de la ville de Gaza fuient vers le sud de la "
        "bande de Gaza.")))
    assert places["Gaza"][:2] == ("geonames:281133", "city")
    assert places["bande de Gaza"][0] == "Q39760"


def _model(names: dict[str, str]) -> Recognizer:
    """A recogniser that labels each of ``names`` (name → label) where it occurs: the
    model's errors of newuser14a E18, reproduced whatever model is installed."""
    def recognise_batch(texts: Sequence[str]) -> list[list[Span]]:
        out = []
        for text in texts:
            spans: list[Span] = []
            for name, label in names.items():
                at = text.find(name)
                if at >= 0:
                    spans.append((at, at + len(name), label))
            out.append(spans)
        return out
    return recognise_batch


@pytest.mark.parametrize(("text", "name"), [
    ("Le gouverneur de l'oblast de Kherson, Oleksandr Prokoudine, a annoncé un couvre-feu.",
     "Oleksandr Prokoudine"),
    ("Le recteur de la mosquée de Bordeaux, Tareq Oubrou, a condamné l'attaque.",
     "Tareq Oubrou"),
    ("La sénatrice de la Guyane, Marie-Laure Phinéra-Horth, a interpellé le gouvernement.",
     "Marie-Laure Phinéra-Horth"),
])
def test_a_name_after_an_office_and_a_comma_is_a_person(resources: Resources, text: str,
                                                        name: str) -> None:
    found = recognise(text, _model({name: "LOC"}), resources.aliases)
    assert [(m.text, m.label) for m in found if m.text == name] == [(name, "PER")]


def test_an_office_without_the_comma_keeps_its_complement(resources: Resources) -> None:
    """"le gouverneur de l'État de New York": the state, no person."""
    text = "Le gouverneur de l'État de New York a signé la loi."
    found = recognise(text, _model({"New York": "LOC"}), resources.aliases)
    assert [(m.text, m.label) for m in found] == [("New York", "LOC")]


def test_a_name_cut_at_its_particle_after_an_office_is_one_person(
        resources: Resources) -> None:
    """"Le procureur de Lorient, Tanguy" (a place) + "Le Corre" (MISC): one person; "Le
    maire de Lyon, Paris Match" keeps the names the alias table knows apart."""
    text = "Le procureur de Lorient, Tanguy Le Corre, a requis la détention provisoire."
    found = recognise(text, _model({"Tanguy": "LOC", "Le Corre": "MISC"}), resources.aliases)
    assert [(m.text, m.label) for m in found if "Tanguy" in m.text] == [
        ("Tanguy Le Corre", "PER")]
    text = "Selon le maire de Lyon, Paris Match a exagéré."
    found = recognise(text, _model({"Paris": "LOC", "Match": "ORG"}), resources.aliases)
    assert "Paris Match" not in [m.text for m in found if m.label == "PER"]
