"""An author value opening with the Italian, German, Dutch or Portuguese credit word ("di
Marco Bellini" in ``<meta name="author">``) kept the word in the name (t-final60 #7); the
particle of a name ("Di Maio", "von der Leyen") stays. Pages written for this test,
through the real extract stage."""

from __future__ import annotations

import pytest

from veille.extract.bylines import people_and_credits
from veille.extract.stage import HTML, ExtractStage
from veille.record import Article, RawInput


@pytest.mark.parametrize(("value", "name"), [
    ("di Marco Bellini", "Marco Bellini"), ("Di Giulia Ferri", "Giulia Ferri"),
    ("Von Anna Berg", "Anna Berg"), ("von Jonas Keller", "Jonas Keller"),
    ("door Els Peeters", "Els Peeters"), ("da Ana Costa", "Ana Costa"),
    ("de Jean Dupont", "Jean Dupont"), ("Par Marie Roux", "Marie Roux"),
])
def test_a_credit_word_is_no_part_of_the_name(value: str, name: str) -> None:
    assert people_and_credits([value]) == ([name], [])


@pytest.mark.parametrize("value", ["Luigi Di Maio", "Di Maio", "von der Leyen",
                                   "Ursula von der Leyen", "Van Der Berg", "de Villepin",
                                   "Dirk De fauw", "Da Silva"])
def test_a_names_particle_stays(value: str) -> None:
    assert people_and_credits([value]) == ([value], [])


def test_an_italian_meta_author_through_the_extractor() -> None:
    page = ("<!doctype html><html lang='it'><head><meta charset='utf-8'>"
            "<title>Il porto riapre</title><meta name='author' content='di Chiara Lodi'>"
            "</head><body><article><h1>Il porto di Varezzo riapre dopo la mareggiata</h1>"
            "<p>Il porto di Varezzo ha riaperto lunedì ai pescatori dopo tre giorni di "
            "chiusura, ha annunciato la capitaneria, che ha verificato i moli.</p>"
            "<p>I danni sono stimati in due milioni di euro dalla regione.</p>"
            "</article></body></html>").encode()
    article = ExtractStage()(Article(raw=RawInput(data=page, origin="porto.html",
                                                  media_type=HTML)))
    assert article.content is not None and article.content.authors == ["Chiara Lodi"]


def test_a_role_in_parentheses_is_shown_once_in_them() -> None:
    """t-final60 #23: "Par Julien Lemaire (Saint-Denis (La Réunion), envoyé spécial)" was
    shown "Julien Lemaire ((Saint-Denis (La Réunion), envoyé spécial))"."""
    from veille.extract.bare_byline import author_roles

    roles = author_roles(["Odile Ferrand"], [
        "Par Odile Ferrand (Fort-de-France (Martinique), envoyée spéciale)"])
    assert roles == {"Odile Ferrand": "Fort-de-France (Martinique), envoyée spéciale"}
    assert author_roles(["Odile Ferrand"], ["Par Odile Ferrand, envoyée spéciale (Brest)"]) \
        == {"Odile Ferrand": "envoyée spéciale (Brest)"}
