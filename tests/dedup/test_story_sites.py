"""Two strikes called by one union the same day at two firms in two départements are two
stories: each headline places its strike at its site's commune, written after "de" ("la
raffinerie … de Donges", "l'usine … de Hagondange"), and neither text names the other's
(issue #14, q-stories22, from t-reader22's Donges / Dunkerque pair: the two shared the union,
the kind, the strike's words and the day, and no place of either side was read to differ).

The articles below are own text, written for these tests.
"""

from __future__ import annotations

import pytest

from dispatch_kit import feed_stories
from veille.dedup import specifics
from veille.dedup.specifics import towns
from veille.dedup.stories import Stories

STRIKE_PAPER = {
    "title": "Grève FO à la papeterie Smurfit de Saillat-sur-Vienne, la production arrêtée",
    "paragraphs": [
        "Les salariés de la papeterie de Saillat-sur-Vienne (Haute-Vienne) ont cessé le "
        "travail lundi à l'appel de Force ouvrière, qui réclame une hausse de 5 % des "
        "salaires et l'embauche d'intérimaires. La production est à l'arrêt depuis 5 heures.",
        "« La direction refuse de négocier », a déclaré le délégué FO, Thierry Bonnaud. La "
        "direction évoque une grève « minoritaire » et une proposition de 2 %."]}
STRIKE_PAPER_AGAIN = {
    "title": "Saillat-sur-Vienne : la grève reconduite à la papeterie",
    "paragraphs": [
        "Réunis en assemblée générale, les grévistes de la papeterie Smurfit ont voté "
        "lundi soir la reconduction de la grève à l'appel de FO. Thierry Bonnaud juge la "
        "proposition de 2 % de la direction « insultante ».",
        "La production est à l'arrêt et aucun camion n'est sorti du site."]}
STRIKE_STEEL = {
    "title": "Grève FO à l'usine Ascometal de Hagondange, les salaires en question",
    "paragraphs": [
        "Plusieurs centaines de salariés de l'aciérie de Hagondange (Moselle) ont cessé le "
        "travail lundi à l'appel de Force ouvrière, qui réclame une hausse de 6 % des "
        "salaires. Les fours sont à l'arrêt.",
        "« Nous ne reprendrons pas le travail sans augmentation », a prévenu la déléguée FO "
        "Nadine Kieffer. La direction propose 2,5 %."]}


def test_a_sites_commune_after_de_is_its_place() -> None:
    assert "town:saillat-sur-vienne" in towns(STRIKE_PAPER["title"], "")[0]
    assert "town:hagondange" in towns(STRIKE_STEEL["title"], "")[0]
    # a person's particle or a ministry is no site
    assert towns("La ministre de l'Agriculture reçoit Jean de Donges", "")[0] == frozenset()


def test_two_strikes_of_one_union_at_two_sites_are_two_stories() -> None:
    labels = feed_stories(Stories(), [STRIKE_PAPER, STRIKE_STEEL, STRIKE_PAPER_AGAIN],
                          hours=2)
    assert labels[0] == labels[2]
    assert labels[1] != labels[0]


def test_sites_off_is_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(specifics, "SITES_OF", False)
    assert towns(STRIKE_STEEL["title"], "")[0] == frozenset()
