"""The sub-places rule compares like with like (newuser17c S6's shape: a follow-up whose lead
names a place after a street word, "le quartier des Goudes", was kept out of the story whose
articles all name the place after none, "au large des Goudes", though it scored far above
the threshold)."""

from __future__ import annotations

from typing import Any

from dispatch_kit import feed_stories
from veille.dedup.specifics import specifics
from veille.dedup.stories import Stories

Item = dict[str, Any]

DIVER_1: Item = {
    "title": "Marseille : un plongeur porté disparu au large des Goudes",
    "paragraphs": [
        "Un plongeur de 47 ans est porté disparu depuis samedi après-midi au large des "
        "Goudes, dans le sud de Marseille. Parti seul en mer, il n'a pas regagné son bateau, "
        "ont indiqué les marins-pompiers.",
        "Un hélicoptère de la gendarmerie et une vedette de la SNSM ont participé aux "
        "recherches, suspendues à la tombée de la nuit. Elles doivent reprendre dimanche à "
        "l'aube."]}
DIVER_2: Item = {
    "title": "Disparition d'un plongeur aux Goudes : les recherches reprennent dimanche",
    "paragraphs": [
        "Les recherches pour retrouver le plongeur disparu samedi au large des Goudes "
        "reprendront dimanche à l'aube, a indiqué la préfecture maritime. L'homme, âgé de 47 "
        "ans, plongeait seul.",
        "La SNSM et un hélicoptère ont ratissé la zone jusqu'à la nuit, sans résultat."]}
DIVER_FOUND: Item = {
    "title": "Plongeur disparu à Marseille : le corps retrouvé sur la plage du Prophète",
    "paragraphs": [
        "Le corps du plongeur de 47 ans disparu samedi au large des Goudes a été retrouvé "
        "lundi matin sur la plage du Prophète, a indiqué la préfecture maritime.",
        "Une enquête a été ouverte pour déterminer les circonstances de la disparition. La "
        "SNSM et les marins-pompiers avaient mené les recherches pendant deux jours."]}
DIVER_FOLLOW_UP: Item = {
    "title": "Plongeur disparu aux Goudes : les recherches ont repris à l'aube",
    "paragraphs": [
        "Les recherches ont repris dimanche à l'aube pour retrouver le plongeur de 47 ans "
        "disparu samedi au large de Marseille. L'homme, père de deux enfants, était très "
        "connu dans le quartier des Goudes, où il tenait un club de plongée.",
        "Un hélicoptère et la vedette de la SNSM quadrillent la zone, a indiqué la préfecture"
        " maritime."]}


def test_a_place_named_without_a_street_word_is_named() -> None:
    """Regression (another sea, another town): the follow-up's lead reads "goudes" (after
    "quartier"), the story's only lead sub-place is the beach where the body was found, and
    its three articles write "des Goudes" after no street word: the follow-up joins (it did
    not: the story was read as naming no "goudes")."""
    assert specifics(DIVER_1["title"], " ".join(DIVER_1["paragraphs"]))[1] == frozenset()
    assert specifics(DIVER_FOLLOW_UP["title"], " ".join(DIVER_FOLLOW_UP["paragraphs"]))[0] \
        == {"goudes"}
    stream = [DIVER_1, DIVER_2, DIVER_FOUND, DIVER_FOLLOW_UP]
    assert len(set(feed_stories(Stories(), stream, hours=14))) == 1
    before = feed_stories(Stories(named_places=False), stream, hours=14)
    assert before[0] == before[1] == before[2] != before[3]
