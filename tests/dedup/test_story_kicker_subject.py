"""A kicked headline's subject stands right after its colon, and a wire agency's credit is
no participant of the event (issue #14, t-reader23 R1: one minister's milk-price visit in
Mayenne and her wolf plan at the Salon de l'agriculture the next day, two AFP dispatches
each headed "Topic : Annie Genevard verb …", were one story in every ingest order: she was
read as a speaker past the headline's first words, so no participants were compared, and
"AFP" of both datelines was a participant both sides wrote).

The articles below are own text, written for this test (other minister, other events).
"""

from __future__ import annotations

from dispatch_kit import feed_stories
from veille.dedup.people import subjects
from veille.dedup.stories import Stories, participants

PORT_VISIT = {
    "title": "Pêche en Bretagne : Hervé Lambrecht promet une aide d'urgence aux "
             "chalutiers de Lorient",
    "paragraphs": [
        "LORIENT (AFP) - Le ministre de la Mer, Hervé Lambrecht, a promis jeudi, en visite "
        "au port de pêche de Keroman, une aide d'urgence de 12 millions d'euros aux "
        "armateurs de chalutiers touchés par la hausse du gazole.",
        "« Aucun bateau ne restera à quai faute de carburant », a assuré le ministre devant "
        "les marins réunis à la criée. Le comité des pêches du Morbihan réclamait 20 "
        "millions."]}
PORT_VISIT_AGAIN = {
    "title": "Lorient : les chalutiers saluent l'aide promise par Hervé Lambrecht",
    "paragraphs": [
        "Au lendemain de la visite du ministre de la Mer au port de Keroman, les armateurs "
        "de Lorient saluent l'aide d'urgence de 12 millions d'euros promise par Hervé "
        "Lambrecht face à la hausse du gazole.",
        "Le comité des pêches du Morbihan juge toutefois la somme insuffisante."]}
OFFSHORE_WIND = {
    "title": "Éolien en mer : Hervé Lambrecht annonce un appel d'offres au large d'Oléron",
    "paragraphs": [
        "PARIS (AFP) - Le ministre de la Mer, Hervé Lambrecht, a annoncé vendredi au salon "
        "Euromaritime un appel d'offres pour un parc éolien flottant de 1 gigawatt au large "
        "de l'île d'Oléron, attribué en 2028.",
        "« La façade atlantique sera le premier bassin de l'éolien flottant », a déclaré "
        "Hervé Lambrecht. Les associations de défense du littoral dénoncent un projet "
        "trop proche des côtes."]}


def test_the_subject_of_a_kicked_headline_is_read_after_its_colon() -> None:
    lead = PORT_VISIT["paragraphs"][0]
    assert "person:lambrecht" in subjects(PORT_VISIT["title"], lead)
    # a colon far into the headline opens no kicker: the name past its third word, before
    # a speech verb, is a speaker there
    assert "person:lambrecht" not in subjects(
        "Le comité des pêches du Morbihan et les armateurs de Lorient : Hervé Lambrecht "
        "promet une aide", lead)


def test_a_wire_agency_is_no_participant() -> None:
    keys = participants({"AFP", "LORIENT", "Keroman", "Morbihan"},
                        frozenset({"person:lambrecht"}), PORT_VISIT["paragraphs"][0])
    assert not any(key.endswith(":afp") for key in keys)
    assert any(key.endswith(":keroman") for key in keys)


def test_one_ministers_two_kicked_dispatches_are_two_stories() -> None:
    labels = feed_stories(Stories(), [PORT_VISIT, OFFSHORE_WIND], hours=21)
    assert labels[0] != labels[1]


def test_the_visits_follow_up_still_joins_it() -> None:
    labels = feed_stories(Stories(), [PORT_VISIT, OFFSHORE_WIND, PORT_VISIT_AGAIN], hours=7)
    assert labels[2] == labels[0] != labels[1]
