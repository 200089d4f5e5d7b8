"""Speakers of the thirteenth version of the quote rules (issue 16, branch s-quotes11), on
sentences written here: the words of an earlier quote of the sentence are no introduction
(straight marks as well as « »), an interviewee answers the author's question, a colon
closing the line before a quote introduces it, and speech verbs of the school grammar's
list of "verbes de parole"."""

from __future__ import annotations

import pytest

from veille.enrich.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in find_quotes(text)]


def test_a_selon_inside_an_earlier_straight_quote_is_no_source() -> None:
    found = _speakers(
        '"Chaque pays doit agir selon ses moyens et selon ses contraintes propres", a '
        "expliqué Paul Martin en citant l'Angleterre, qui a \"une économie très différente "
        'de la nôtre".')
    assert found and all(speaker == "Paul Martin" for _, speaker in found)


@pytest.mark.parametrize("marks", [("« ", " »"), ('"', '"')])
def test_a_participle_after_an_earlier_quote_shares_the_main_subject(
        marks: tuple[str, str]) -> None:
    o, c = marks
    found = dict(_speakers(
        "Le syndicat Sud a demandé jeudi que le ministre soit entendu sur ce fichier, qui "
        f"pourra viser {o}les jeunes dès treize ans{c}, dénonçant un {o}inacceptable{c} "
        "instrument de contrôle."))
    assert found.get("inacceptable") == "Sud"


@pytest.mark.parametrize("marks", [("« ", " »"), ('"', '"')])
def test_a_name_in_quotes_inside_the_introduction_keeps_its_subject(
        marks: tuple[str, str]) -> None:
    o, c = marks
    found = _speakers(
        f"La productrice Anne Roux, interrogée par {o}La Croix{c} : {o}Le montage "
        f"financier est aussi fragile qu'un château de cartes.{c}")
    assert found and found[-1][1] == "Anne Roux"
