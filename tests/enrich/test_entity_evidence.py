"""Issue 16, entity noise that made veille say something false, read with the real French
model: capitalised common words as people ("Paragraphe", "Baptisée", "Reconfigurer"),
companies as places resolved to coordinates ("le groupe Saint-Gobain"), a surname as a
town ("Pour Montebourg, …"), demonyms as places, fragments ("Armel Le", "New Jersey
mercredi"). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from tests.enrich.conftest import enrich

from veille.enrich.evidence import (
    common_word_by_position,
    company_evidence,
    lower_case_phrase,
    opens_a_sentence,
    organisation_by_its_words,
)
from veille.enrich.lexicon import french
from veille.enrich.stage import Resources


def _entities(found: dict[str, Any]) -> dict[str, str]:
    """Entity name → label."""
    return {str(e["name"]): str(e["label"]) for e in found["entities"]}


def test_the_lexicon_is_the_installed_model_s() -> None:
    lexicon = french()
    assert lexicon.is_word("Paragraphe") and lexicon.is_word("Baptisée")
    assert not lexicon.is_word("Montebourg") and not lexicon.is_word("Sarkozy")
    assert lexicon.is_verb_form("Abonnez") and lexicon.is_verb_form("Baptisée")
    assert not lexicon.is_verb_form("Orange") and not lexicon.is_verb_form("Marche")
    assert lexicon.is_adjective("Russes") and lexicon.is_adjective("Camerounaise")


def test_a_common_word_opening_a_sentence_is_no_person(resources: Resources) -> None:
    found = _entities(enrich(resources, "Reconfigurer les sites pour répondre à la demande\n\n"
                             "Baptisée « Horizon », la nouvelle raffinerie ouvrira en mai. "
                             "Paragraphe suivant. Le directeur Paul Girard l'a confirmé."))
    assert "Reconfigurer" not in found and "Baptisée" not in found
    assert "Paragraphe" not in found
    assert found.get("Paul Girard") == "PER"


def test_a_surname_that_is_a_common_word_keeps_its_person_evidence(
        resources: Resources) -> None:
    # "martin" is a noun of the lexicon: the title, or the full name, says it is a person
    titled = _entities(enrich(resources, "Démission au conseil\n\n"
                              "Martin a démissionné mardi. M. Martin était contesté."))
    assert titled.get("Martin") == "PER"
    full = _entities(enrich(resources, "Démission au conseil\n\n"
                            "Martin a démissionné mardi. Paul Martin était contesté."))
    assert full.get("Paul Martin") == "PER" and "Martin" not in full


def test_interface_labels_alone_on_their_line_are_no_entities(resources: Resources) -> None:
    found = _entities(enrich(resources, "Le Parlement vote la réforme\n\nPublicité\n\n"
                             "Le texte a été adopté à Strasbourg.\n\nPartagez\n\nAbonnez-vous"))
    assert not {"Publicité", "Partagez", "Abonnez"} & set(found)


def test_a_place_with_a_company_s_words_is_the_company(resources: Resources) -> None:
    found = enrich(resources, "Saint-Gobain ferme une usine\n\n"
                   "Saint-Gobain a annoncé la fermeture d'une usine. Le groupe Saint-Gobain "
                   "emploie 160 000 personnes dans le monde.")
    assert _entities(found).get("Saint-Gobain") == "ORG"
    assert not [p for p in found["places"] if p["name"] == "Saint-Gobain"]  # no coordinates


def test_a_legal_form_or_an_english_head_makes_an_organisation(resources: Resources) -> None:
    found = _entities(enrich(resources, "Résultats\n\n"
                             "Casino Guichard-Perrachon SA est coté à Paris. Le musée prête "
                             "ses toiles au Sterling & Francine Clark Art Institute."))
    assert found.get("Casino Guichard-Perrachon SA") == "ORG"
    assert found.get("Francine Clark Art Institute") == "ORG"


def test_a_channel_named_like_a_person_is_an_organisation(resources: Resources) -> None:
    found = _entities(enrich(resources, "Enquête\n\nUn reportage diffusé par la chaîne "
                             "qatarie Al Jazeera sème le doute. Le documentaire d'Al Jazeera "
                             "a duré neuf mois."))
    assert found.get("Al Jazeera") == "ORG"


def test_a_surname_the_gazetteer_knows_is_the_person_named_in_full(
        resources: Resources) -> None:
    found = enrich(resources, "Pour Montebourg, le nucléaire est une filière d'avenir\n\n"
                   "Arnaud Montebourg a défendu le nucléaire jeudi.")
    assert _entities(found) == {"Arnaud Montebourg": "PER"}
    person = found["entities"][0]
    assert person["count"] == 2  # the headline's "Montebourg" is his
    assert not found["places"]  # not the Manche commune


def test_a_headline_s_common_noun_phrase_is_no_person(resources: Resources) -> None:
    found = _entities(enrich(resources, "Science : fin de la traque du Boson de Higgs ?\n\n"
                             "Les physiciens ont mis en évidence le boson de Higgs."))
    assert "Boson de Higgs" not in found


def test_demonyms_are_no_places(resources: Resources) -> None:
    found = _entities(enrich(resources, "Vacances\n\nLes Espagnols et les Russes ont "
                             "afflué à Nice cet été, comme les Camerounais."))
    assert all(found.get(n) != "LOC" for n in ("Espagnols", "Russes", "Camerounais"))
    assert found.get("Nice") == "LOC"


def test_a_name_runs_past_a_particle_and_drops_a_trailing_weekday(
        resources: Resources) -> None:
    found = _entities(enrich(resources, "Vendée Globe\n\nFrançois Gabart devance Armel Le "
                             "Cléac'h au large des Açores. Le président est attendu dans "
                             "le New Jersey mercredi."))
    assert found.get("Armel Le Cléac'h") == "PER" and "Armel Le" not in found
    assert "New Jersey mercredi" not in found and found.get("New Jersey") == "LOC"


def test_a_storm_named_in_apposition_is_no_person(resources: Resources) -> None:
    found = _entities(enrich(resources, "Typhons\n\nUn deuxième typhon, Damrey, est "
                             "attendu jeudi au nord de Shanghai."))
    assert found.get("Damrey") != "PER"


def test_evidence_rules_on_their_own() -> None:
    text = "Publicité\n\nBaptisée « X », la machine sort. Paul Martin en parle."
    assert common_word_by_position(text, 0, "Publicité", "ORG", block="Publicité",
                                   known_place=False)
    at = text.index("Baptisée")
    assert common_word_by_position(text, at, "Baptisée", "PER", block=None, known_place=False)
    assert not common_word_by_position(text, text.index("Martin"), "Martin", "PER",
                                       block=None, known_place=False)
    assert company_evidence("la société Orange a vu ses ventes", "Orange")
    assert company_evidence("Orange SA publie", "Orange")
    assert not company_evidence("les habitants d'Orange ont voté", "Orange")
    assert organisation_by_its_words("Gordon and Betty Moore Foundation")
    assert not organisation_by_its_words("Paul Martin")
    assert lower_case_phrase("du Boson de Higgs. le boson de Higgs", "Boson de Higgs") == "Higgs"
    assert lower_case_phrase("Bertrand de Broc, bertrand de Broc", "Bertrand de Broc") is None
    assert opens_a_sentence("Il pleut. - Le ", len("Il pleut. - Le "))


@given(st.text(alphabet="abcdéABCÉ .-'«»\n", max_size=60), st.integers(0, 60))
def test_opens_a_sentence_never_raises(text: str, at: int) -> None:
    opens_a_sentence(text, min(at, len(text)))
    if text.strip():
        word = text.split()[0]
        common_word_by_position(text, 0, word, "PER", block=None, known_place=False)
        company_evidence(text, word)
