"""A lone provisional article moves into a story only on the rules a join asks of it
(newuser17c S5's shape: a club's match report, alone, moved into the story of its coach's
dismissal two days later, which both dismissal articles had just been kept out of)."""

from __future__ import annotations

from typing import Any

from dispatch_kit import feed_stories
from veille.dedup.stories import Stories

Item = dict[str, Any]

MATCH: Item = {
    "title": "Top 14 : le Stade rochelais s'incline à domicile (12-25)",
    "paragraphs": [
        "Le Stade rochelais a concédé samedi soir une lourde défaite, battu 12-25 par Toulon "
        "au stade Marcel-Deflandre. Les Maritimes reculent à la neuvième place du classement.",
        "Sans solution en touche, les Rochelais n'ont marqué aucun essai. Leur entraîneur "
        "Garnier a reconnu une soirée difficile devant un public qui a sifflé ses joueurs à "
        "la pause."]}
DISMISSAL_1: Item = {
    "title": "Stade rochelais : Pierre Garnier limogé",
    "paragraphs": [
        "Le Stade rochelais a annoncé lundi le départ de Pierre Garnier, démis de ses "
        "fonctions par le président Vincent Merling.",
        "Le président a évoqué une décision nécessaire. L'intérim sera confié à Romain "
        "Carbonneau jusqu'à la nomination d'un successeur, attendue d'ici la fin du mois."]}
DISMISSAL_2: Item = {
    "title": "Rugby : le Stade rochelais se sépare de Pierre Garnier",
    "paragraphs": [
        "Pierre Garnier quitte le Stade rochelais. Vincent Merling l'a démis de ses "
        "fonctions lundi, un départ annoncé par communiqué.",
        "Romain Carbonneau assurera l'intérim, le temps de nommer un successeur d'ici la fin "
        "du mois, a précisé Vincent Merling."]}


def test_a_match_report_does_not_move_into_its_coachs_dismissal() -> None:
    """Regression (another club, another sport): the dismissal's articles share only names
    with the match report and stay out of its story (the second fails both the plain-word
    bar and the evidence rule); the report, still alone, no longer moves into theirs (it
    did before: a move was asked neither rule)."""
    stream = [MATCH, DISMISSAL_1, DISMISSAL_2]
    story = feed_stories(Stories(), stream, hours=22)
    assert story[1] == story[2] != story[0]
    assert feed_stories(Stories(move_checks=False), stream, hours=22) == [story[1]] * 3
