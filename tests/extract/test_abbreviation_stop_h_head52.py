"""A full stop that closes an abbreviation is no sentence's end (h-head52, t-final52 A4),
and a consent banner's sentence is page furniture, never a headline."""

from __future__ import annotations

import pytest

from veille.extract import textshape as ts
from veille.extract.abbreviation_stop import abbreviated_line
from veille.extract.consent_text import consent_sentence
from veille.extract.furniture_title import CONSENT_REASON, furniture_reason


@pytest.mark.parametrize("line", [
    "Budget : le gouvernement prolonge les crédits jusqu'au 30 janv.",
    "Grève à la SNCF : le préavis prolongé jusqu'au 15 févr.",
    "Murder trial of former councillor delayed until Sept.",
    "Nantes : vélos, trottinettes, scooters, etc.",
    "La huelga de metro se alarga hasta el 3 de dic.",
    "Sciopero dei treni rinviato al 14 genn. e poi al 3 ott.",
    "Streik bei der Bahn bis zum 12. Okt.",
    "Retraites : M. Macron prolonge la concertation jusqu'au 30 janv.",
])
def test_an_abbreviations_stop_ends_no_sentence(line: str) -> None:
    assert abbreviated_line(line)
    assert not ts.is_prose(line)
    assert not ts.block_shape(line).prose
    assert ts.title_score(line) == ts.title_score(line.rstrip("."))


@pytest.mark.parametrize("line", [
    "Les ouvriers ont quitté le chantier et sont rentrés chez eux.",  # a sentence
    "The workers downed tools and walked out.",  # "out" is a word, no date before it
    "Route 8 currently ends service at 10:30 p.m.",  # "p.m.", no title "M."
    "Le texte sera examiné le 30 janv. Les syndicats appellent à la grève.",  # two sentences
    "Les sénateurs ont voté la loi, les députés l'examineront le 30 janv. selon la "
    "conférence des présidents de l'Assemblée nationale, qui se réunira mardi.",  # long
])
def test_a_sentence_stays_a_sentence(line: str) -> None:
    assert not abbreviated_line(line)


@pytest.mark.parametrize("text", [
    "Nous utilisons des cookies pour améliorer votre expérience.",
    "We use cookies to give you the best experience on our website.",
    "We and our partners use cookies to personalise content and ads.",
    "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
    "Questo sito utilizza cookie tecnici e di profilazione.",
    "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",
    "En poursuivant votre navigation, vous acceptez l'utilisation de cookies.",
])
def test_a_consent_banners_sentence_is_furniture(text: str) -> None:
    assert consent_sentence(text)
    assert furniture_reason(text) == CONSENT_REASON


@pytest.mark.parametrize("text", [
    "La CNIL sanctionne Google pour ses cookies publicitaires",
    "Google will stop using third-party cookies in Chrome next year",
    "« Nous utilisons des cookies », affichait le site avant la sanction",
    "Les biscuits que nous utilisons pour le goûter de Noël",
])
def test_a_headline_about_cookies_is_no_banner(text: str) -> None:
    assert not consent_sentence(text)
