"""A dispatch's closing sentence recalling the week's other event of its kind does not make
the two events' places and persons agree, nor does a court's département make a trial's town
lie in the other trial's area; a headline's "sur le …" places its event (issue #14,
q-stories22, from t-reader22's two trials at one cour d'assises and one minister at two
visits: "Cette condamnation intervient deux jours après celle … à Villeurbanne" named the
other trial's town, and "… condamnés par les assises du Rhône" placed the verdict in the
whole Rhône).

The articles below are own text, written for these tests.
"""

from __future__ import annotations

import pytest

from dispatch_kit import feed_stories
from veille.dedup import specifics, stories
from veille.dedup.specifics import towns
from veille.dedup.stories import Stories, places_of, terms

TRIAL_MERIGNAC = {
    "title": "Mérignac : le meurtre d'une retraitée jugé aux assises",
    "paragraphs": [
        "Le procès de Kevin R., 29 ans, accusé d'avoir tué sa voisine Odette, 81 ans, à "
        "Mérignac en 2024, s'est ouvert lundi devant la cour d'assises de la Gironde, à "
        "Bordeaux. L'accusé conteste avoir voulu la tuer.",
        "La victime avait été retrouvée dans son appartement de la résidence des Pins. Le "
        "verdict est attendu mercredi."]}
TRIAL_MERIGNAC_VERDICT = {
    "title": "Meurtre d'Odette à Mérignac : Kevin R. condamné à 22 ans de réclusion",
    "paragraphs": [
        "La cour d'assises de la Gironde a condamné mercredi Kevin R. à 22 ans de réclusion "
        "criminelle pour le meurtre de sa voisine Odette, 81 ans, à Mérignac.",
        "L'avocat de la famille a salué « une décision juste »."]}
TRIAL_TAXI = {
    "title": "Chauffeur de taxi tué : 18 ans de réclusion, décident les assises de la Gironde",
    "paragraphs": [
        "Deux hommes de 24 et 26 ans ont été condamnés jeudi à 18 et 12 ans de réclusion "
        "criminelle pour l'assassinat d'un chauffeur de taxi, Ahmed, 52 ans, tué en 2023 "
        "dans sa voiture à Libourne pour une recette de 300 euros.",
        "Les accusés, qui niaient avoir voulu tuer, feront appel selon leurs avocats. "
        "Pendant les quatre jours d'audience, l'avocate générale avait décrit « une "
        "expédition préparée », les deux hommes ayant repéré la voiture la veille. La "
        "famille de la victime, venue nombreuse, a quitté la salle en silence.",
        "La cour a aussi ordonné l'indemnisation des deux enfants du chauffeur.",
        "Ce verdict intervient au lendemain de celui du procès du meurtre d'une retraitée à "
        "Mérignac, jugé par la même cour."]}


def test_a_name_recalled_once_past_the_lead_is_no_mention() -> None:
    _, mentions = places_of(terms(TRIAL_TAXI["title"], TRIAL_TAXI["paragraphs"]))
    assert "town:merignac" not in mentions
    assert "town:libourne" in mentions
    _, mentions = places_of(terms(TRIAL_MERIGNAC_VERDICT["title"],
                                  TRIAL_MERIGNAC_VERDICT["paragraphs"]))
    assert "town:merignac" in mentions


def test_a_courts_department_is_no_place_of_the_event() -> None:
    assert "town:dept:33" not in towns(TRIAL_TAXI["title"], "")[1]
    assert "town:dept:33" in towns("Tempête : deux morts en Gironde", "")[1]


def test_a_commune_after_sur_le_is_a_place() -> None:
    assert "town:la hague" in towns("Loup : une attaque sur la Hague", "")[0]


def test_two_trials_at_one_court_with_a_closing_recall_are_two_stories() -> None:
    labels = feed_stories(Stories(), [TRIAL_MERIGNAC, TRIAL_MERIGNAC_VERDICT, TRIAL_TAXI],
                          hours=26)
    assert labels[0] == labels[1]
    assert labels[2] != labels[0]


def test_the_rules_off_are_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stories, "RECALLED_ONCE", False)
    monkeypatch.setattr(stories, "RECALLS", False)
    monkeypatch.setattr(specifics, "INSTITUTIONS_OF", False)
    _, mentions = places_of(terms(TRIAL_TAXI["title"], TRIAL_TAXI["paragraphs"]))
    assert "town:merignac" in mentions
    assert "town:dept:33" in towns(TRIAL_TAXI["title"], "")[1]
