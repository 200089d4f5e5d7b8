"""False entities of t-enrich20 (issue 16): an agency named "noun, adjective, country" is
an organisation and its statement's speaker (E9); one name written as a town and as a
firm is two entities, and a firm's longer name makes no town a firm (E8); titles and
demonyms glued to a person's name are cut (E10); bodies acting are organisations, a town
after "de" no person (E11); a lone heading and an emoji's word are no places (E16)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.enrich.conftest import enrich

from veille.enrich.stage import Resources


def _entities(enrichment: dict[str, object]) -> list[dict[str, Any]]:
    entities = enrichment["entities"]
    assert isinstance(entities, list)
    return entities


def _by_name(enrichment: dict[str, object], name: str) -> list[dict[str, Any]]:
    return [e for e in _entities(enrichment) if e["name"] == name]


def _names(enrichment: dict[str, object]) -> set[str]:
    return {str(e["name"]) for e in _entities(enrichment)}


@pytest.mark.parametrize("text", [
    "Santé\n\nSelon Santé publique France, « l'épidémie ralentit ». « Restons prudents », "
    "insiste la directrice générale, Caroline Semaille.",
    "Santé\n\nSanté publique France a publié un bilan mercredi.",
    "Emploi\n\nSelon Statistique Canada, « le chômage recule ».",
])
def test_an_agency_named_after_its_country_is_an_organisation(resources: Resources,
                                                              text: str) -> None:
    enrichment = enrich(resources, text)
    agency = "Statistique Canada" if "Canada" in text else "Santé publique France"
    found = _by_name(enrichment, agency)
    assert [e["label"] for e in found] == ["ORG"], _entities(enrichment)


def test_the_agency_not_its_country_is_the_speaker(resources: Resources) -> None:
    enrichment = enrich(resources, "Santé\n\nSelon Santé publique France, « l'épidémie "
                        "ralentit ». « Restons prudents », insiste la directrice générale, "
                        "Caroline Semaille.")
    quotes = enrichment["quotes"]
    assert isinstance(quotes, list)
    first = next(q for q in quotes if q["text"].startswith("l'épidémie"))
    assert first["speaker"] == "Santé publique France"
    assert first["speaker_id"] == "org:sante-publique-france"


def test_a_town_and_a_firm_of_one_name_are_two_entities(resources: Resources) -> None:
    enrichment = enrich(resources, (
        "Orange : le festival des Chorégies dévoile sa programmation\n\n"
        "Les Chorégies d'Orange, doyen des festivals d'opéra en France, se tiendront du 2 "
        "au 28 juillet au Théâtre antique.\n\n"
        "La ville d'Orange (Vaucluse) attend 40 000 spectateurs. L'opérateur Orange reste "
        "le mécène principal de l'événement."))
    labels = sorted(e["label"] for e in _by_name(enrichment, "Orange"))
    assert labels == ["LOC", "ORG"]
    places = enrichment["places"]
    assert isinstance(places, list)
    assert any(p["name"] == "Orange" and p["insee"] == "84087" for p in places)


def test_a_firm_alone_keeps_every_mention(resources: Resources) -> None:
    enrichment = enrich(resources, "Télécoms\n\nL'opérateur Orange a annoncé des résultats "
                        "en hausse. Orange compte 300 millions de clients.")
    assert [e["label"] for e in _by_name(enrichment, "Orange")] == ["ORG"]


def test_a_firm_s_longer_name_leaves_the_town_a_place(resources: Resources) -> None:
    enrichment = enrich(resources, (
        "Lyon : le procès de l'incendie de la rue Mazagran s'ouvre aujourd'hui\n\n"
        "Le procès de l'incendie qui avait fait trois morts rue Mazagran, à Lyon, s'ouvre "
        "aujourd'hui devant le tribunal correctionnel. Le propriétaire de l'immeuble, la "
        "société Lyon Habitat Services, est poursuivi pour homicide involontaire."))
    assert [e["label"] for e in _by_name(enrichment, "Lyon")] == ["LOC"]
    places = enrichment["places"]
    assert isinstance(places, list)
    assert any(p["name"] == "Lyon" and p["insee"] == "69123" for p in places)


@pytest.mark.parametrize(("text", "person", "absent"), [
    ("Justice\n\nL'ancien garde des Sceaux Éric Dupond-Moretti a été entendu mardi comme "
     "témoin par les juges.", "Éric Dupond-Moretti", ["Sceaux Éric Dupond-Moretti", "Sceaux"]),
    ("Tennis\n\nIl affrontera dimanche le Serbe Novak Djokovic, tenant du titre.",
     "Novak Djokovic", ["Serbe Novak Djokovic"]),
    ("Tennis\n\nArthur Fils s'est qualifié en battant l'Argentin Francisco Cerúndolo en "
     "quatre sets.", "Francisco Cerúndolo", ["Argentin"]),
    ("Sénégal : Ousmane Sonko en visite à Paris\n\nLe Premier ministre sénégalais Ousmane "
     "Sonko est attendu à Paris la semaine prochaine, a annoncé mercredi Dakar.",
     "Ousmane Sonko", ["Premier ministre sénégalais Ousmane Sonko"]),
])
def test_a_title_or_demonym_before_a_name_is_cut(resources: Resources, text: str,
                                                 person: str, absent: list[str]) -> None:
    enrichment = enrich(resources, text)
    assert [e["label"] for e in _by_name(enrichment, person)] == ["PER"], \
        _entities(enrichment)
    assert not _names(enrichment) & set(absent)
    places = enrichment["places"]
    assert isinstance(places, list)
    assert not any(p["name"] == "Sceaux" for p in places)


@pytest.mark.parametrize(("text", "name"), [
    ("Football\n\nLe Stade de Reims a limogé mercredi son entraîneur Karel Geraerts.",
     "Stade de Reims"),
    ("Santé\n\nL'ARS redoute une épidémie de dengue.", "ARS"),
    ("Cyberattaque\n\nL'Anssi a dépêché une équipe sur place.", "Anssi"),
    ("Transports\n\nLa Métropole du Grand Paris a financé le projet.",
     "Métropole du Grand Paris"),
    ("Politique\n\nLa Macronie serre les rangs autour du Premier ministre.", "Macronie"),
    ("Macronie et Quai\n\nLa Macronie serre les rangs autour de Sébastien Lecornu, "
     "a-t-on appris vendredi. Le Quai a démenti toute crise avec Alger.\n\n« Il n'y a pas "
     "de crise », a assuré un diplomate du Quai.", "Quai"),
    ("Brest : le chantier naval Piriou décroche un contrat\n\nLe chantier naval Piriou, "
     "basé à Concarneau (Finistère), a signé mercredi un contrat.", "Piriou"),
])
def test_a_body_acting_is_an_organisation(resources: Resources, text: str,
                                          name: str) -> None:
    enrichment = enrich(resources, text)
    assert [e["label"] for e in _by_name(enrichment, name)] == ["ORG"], \
        _entities(enrichment)


def test_a_town_after_de_is_no_person(resources: Resources) -> None:
    enrichment = enrich(resources, "Nouvelle-Calédonie\n\nL'an dernier, les discussions de "
                        "Bougival avaient échoué.")
    assert [e["label"] for e in _by_name(enrichment, "Bougival")] == ["LOC"]
    places = enrichment["places"]
    assert isinstance(places, list)
    assert any(p["insee"] == "78092" for p in places)


def test_a_surname_named_in_full_stays_a_person(resources: Resources) -> None:
    enrichment = enrich(resources, "Politique\n\nJean Castex a parlé lundi. Les propos de "
                        "Castex ont surpris.")
    assert "Castex" not in {str(p["name"]) for p in enrichment["places"]}  # type: ignore


@pytest.mark.parametrize(("text", "absent"), [
    ("Gros\n\n« Nous voulons des euros », a déclaré Jean Martin à Tulle le 1er mars.", "Gros"),
    ("Emoji\n\n🔥 Incendie à Brive-la-Gaillarde 🚒 : « C'est terrible », a déclaré le maire "
     "Frédéric Soulier mardi.", "Incendie"),
])
def test_a_heading_s_word_is_no_place(resources: Resources, text: str, absent: str) -> None:
    enrichment = enrich(resources, text)
    assert absent not in _names(enrichment)
