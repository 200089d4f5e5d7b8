"""Regions of the world and demonyms are places (issue #14's ninth round; newuser13b M4:
"Sahel : Daech revendique une attaque contre l'armée malienne", whose headline names no
place of the gazetteer, joined the story of an attack in Iraq).

The articles below are own text (invented facts), written for these tests.
"""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dispatch_kit import feed_stories, stream_record
from veille.dedup import specifics
from veille.dedup.regions import world_places
from veille.dedup.specifics import towns
from veille.dedup.stories import Stories
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

Item = dict[str, Any]
_record = partial(stream_record, sources=("monde.example", "afrique-info.example"),
                  path="attaques", first_hour=6)
"""A JSON record of the k-th article of a stream, for ingest."""

IRAQ_1: Item = {
    "title": "Irak : cinq soldats tués dans l'attaque d'un poste de l'armée",
    "paragraphs": [
        "Cinq soldats ont été tués dans la nuit dans l'attaque d'un poste de l'armée par des "
        "combattants jihadistes au nord de Bagdad, selon un responsable de la sécurité.",
        "Les assaillants ont pris la fuite après un échange de tirs. L'armée a lancé une "
        "opération de ratissage dans la zone."]}
IRAQ_2: Item = {
    "title": "Cinq soldats irakiens tués dans une attaque jihadiste au nord de Bagdad",
    "paragraphs": [
        "Des combattants jihadistes ont attaqué dans la nuit un poste de l'armée au nord de "
        "Bagdad, tuant cinq soldats, a indiqué un responsable de la sécurité.",
        "Une opération de ratissage a été lancée dans la zone après la fuite des "
        "assaillants."]}
SAHEL: Item = {
    "title": "Sahel : une attaque jihadiste contre un poste de l'armée fait neuf morts",
    "paragraphs": [
        "Neuf soldats ont été tués dans l'attaque d'un poste de l'armée par des combattants "
        "jihadistes, selon des sources sécuritaires.",
        "Les assaillants ont pris la fuite après un échange de tirs. Une opération de "
        "ratissage a été lancée dans la zone."]}
SAHEL_COUNTRY: Item = {
    "title": "Burkina Faso : deuil national après l'attaque d'un poste de l'armée",
    "paragraphs": [
        "Le gouvernement a décrété un deuil national de trois jours après l'attaque "
        "jihadiste qui a coûté la vie à neuf soldats dans un poste de l'armée.",
        "Une opération de ratissage a été lancée dans la zone après la fuite des "
        "assaillants."]}


def test_regions_and_demonyms_stand_for_countries() -> None:
    assert towns("Sahel : une attaque jihadiste fait 12 morts", "")[0] == {
        "town:country:ml", "town:country:bf", "town:country:ne", "town:country:td",
        "town:country:mr"}
    assert world_places("L'armée malienne perd huit hommes") == {"town:country:ml"}
    assert world_places("Des soldats nigériens tués") == {"town:country:ne"}
    assert world_places("Fitch dégrade la note grecque") == {"town:country:gr"}
    assert world_places("Essai nord-coréen") == {"town:country:kp"}
    assert world_places("Le président français") == frozenset()  # France is left out
    assert world_places("Un cyclone dans l'océan Indien") == frozenset()
    assert world_places("Le malienisme") == frozenset()  # a word, not a form


@given(st.text(max_size=80), st.text(max_size=80))
def test_more_text_names_more_places(first: str, second: str) -> None:
    """Reading is per word: a text's places are among those of a longer text holding it,
    whatever its case."""
    assert world_places(first) <= world_places(first + " " + second)
    assert world_places(first.upper()) == world_places(first) or \
        not first.isascii()  # upper() of a non-ASCII letter may fold elsewhere ("ß")



def test_an_attack_in_the_sahel_is_not_the_attack_in_iraq(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression (newuser13b M4's shape): an attack in Iraq told twice, then an attack in
    the Sahel whose headline names no country: joined without the regions, apart now."""
    stream = [IRAQ_1, IRAQ_2, SAHEL]
    on = feed_stories(Stories(), stream)
    monkeypatch.setattr(specifics, "WORLD_REGIONS", False)
    off = feed_stories(Stories(), stream)
    assert on[0] == on[1] != on[2]
    assert off[0] == off[1] == off[2]


def test_a_region_and_its_country_are_one_place() -> None:
    """The Sahel's attack, then its country's mourning: one story."""
    on = feed_stories(Stories(), [SAHEL, SAHEL_COUNTRY])
    assert on[0] == on[1]



def test_through_ingest_the_sahel_stays_apart(store: SQLiteStore) -> None:
    """Through the ingest loop into a real store, one ingest per article: Iraq's two reports
    one story, the Sahel's attack and its country's mourning another."""
    stream = [IRAQ_1, IRAQ_2, SAHEL, SAHEL_COUNTRY]
    new = [i for k, item in enumerate(stream)
           for i in ingest_texts(store, [_record(k, item)]).new_ids]
    story = [store.get(i).dedup.story_id for i in new]  # type: ignore[union-attr]
    assert story[0] == story[1] != story[2] == story[3]
