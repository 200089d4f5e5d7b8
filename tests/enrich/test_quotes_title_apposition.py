"""Regression (newuser7 P5, quote part): "», a déclaré la ministre déléguée aux comptes
publics, Amélie Dufresne." gave the speaker "ministre déléguée": the title's complement
("aux comptes publics") ended the noun phrase, and the name in apposition that closes the
incise was never read. A name closing the incise after a title now speaks."""

from __future__ import annotations

import pytest

from veille.enrich.quotes import find_quotes


@pytest.mark.parametrize(("text", "speaker"), [
    ("« C'est un budget responsable », a déclaré la ministre déléguée aux comptes publics, "
     "Amélie Dufresne.", "Amélie Dufresne"),
    ("« C'est un budget responsable », a déclaré la ministre déléguée aux comptes publics, "
     "Amélie Dufresne, mardi soir.", "Amélie Dufresne"),
    ("« Nous tiendrons », a assuré le secrétaire d'État chargé des transports, "
     "Paul Moreau.", "Paul Moreau"),
    # an addressee is no title's complement: nothing after it names the speaker
    ("« Nous tiendrons », a déclaré le ministre aux journalistes, avant de partir.",
     "ministre"),
])
def test_a_name_closing_the_incise_after_a_title_speaks(text: str, speaker: str) -> None:
    (quote,) = find_quotes(text)
    assert quote.speaker == speaker
