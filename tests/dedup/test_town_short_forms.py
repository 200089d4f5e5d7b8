"""The short forms of large communes' compound names read as towns (newuser17c S1's shape:
two events of one kind in two towns, one of them named as the press names it, "Brive" for
Brive-la-Gaillarde, joined because that headline named no town)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from dispatch_kit import feed_stories
from veille.dedup import areas, specifics
from veille.dedup.specifics import towns
from veille.dedup.stories import Stories
from veille.dedup.town_short_forms import short_forms

Item = dict[str, Any]

CANTEEN_1: Item = {
    "title": "Charleville : une quarantaine d'élèves intoxiqués à la cantine d'une école",
    "paragraphs": [
        "Une quarantaine d'élèves d'une école élémentaire de Charleville ont été pris de "
        "vomissements mardi après le déjeuner à la cantine, ont indiqué les pompiers des "
        "Ardennes. Huit enfants ont été conduits à l'hôpital par précaution.",
        "L'agence régionale de santé a ouvert une enquête pour déterminer l'origine de "
        "l'intoxication alimentaire. Des échantillons du repas, un gratin de poisson, ont été "
        "prélevés."]}
CANTEEN_2: Item = {
    "title": "Intoxication alimentaire à la cantine : huit écoliers de Charleville hospitalisés",
    "paragraphs": [
        "Huit enfants ont été hospitalisés et une trentaine d'autres soignés sur place mardi "
        "après une intoxication alimentaire à la cantine d'une école élémentaire de "
        "Charleville.",
        "L'agence régionale de santé enquête sur le gratin de poisson servi au déjeuner; des "
        "échantillons ont été prélevés, selon les pompiers."]}
OTHER_CANTEEN: Item = {
    "title": "Laval : des écoliers intoxiqués à la cantine, l'agence régionale de santé enquête",
    "paragraphs": [
        "Une trentaine d'élèves d'une école élémentaire de Laval ont été pris de vomissements "
        "jeudi après le déjeuner à la cantine, selon les pompiers. Cinq enfants ont été "
        "conduits à l'hôpital.",
        "L'agence régionale de santé a ouvert une enquête pour déterminer l'origine de "
        "l'intoxication alimentaire; des échantillons du repas ont été prélevés."]}


def _clear() -> None:
    for cached in (specifics._communes, specifics._town_key, specifics._commune_key,
                   specifics._town_keys):
        cached.cache_clear()


@pytest.fixture
def short_on(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The short forms read (``TOWN_SHORT_FORMS``, off by default), the caches cleared on
    both sides of the test."""
    monkeypatch.setattr(specifics, "TOWN_SHORT_FORMS", True)
    _clear()
    yield
    monkeypatch.undo()
    _clear()


@pytest.mark.usefixtures("short_on")
def test_short_forms_name_their_commune() -> None:
    assert towns("Charleville : un incendie ravage un entrepôt", "")[0] == \
        {"town:charleville-mezieres"}
    assert towns("L'usine de Cherbourg à l'arrêt", "")[0] == {"town:cherbourg-en-cotentin"}
    assert towns("Aix : la cour d'appel confirme", "")[0] == {"town:aix-en-provence"}
    # The official name still reads as itself; an ambiguous first element names none.
    assert towns("Aix-les-Bains : le lac gelé", "")[0] == {"town:aix-les-bains"}
    assert towns("L'usine de Villeneuve ferme ses portes", "")[0] == frozenset()


def test_the_rule_on_made_up_communes() -> None:
    rows = [("Mont-Haut", 50_000), ("Mont-Bas", 30_000),  # two large: ambiguous
            ("Grandval-sur-Lac", 40_000), ("Grandval-le-Petit", 1_000),  # dominant
            ("Petitbourg-en-Val", 10_000),  # too small
            ("Le Roc-sur-Mer", 60_000),  # an article: none
            ("Ouest-Ville", 30_000), ("Ouest", 20_000)]  # a commune of that name: 1.5x
    assert short_forms(rows) == {"grandval": "grandval-sur-lac"}


@pytest.mark.usefixtures("short_on")
def test_two_canteens_in_two_towns_are_two_stories(monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression (newuser17c S1's shape, another event and other towns): an event told
    twice with the short form of its town's name, then the same kind of event in another
    town two days later: one story without the towns rule, two with it (before the short
    forms, the first headlines named no town and the three were one story)."""
    stream = [CANTEEN_1, CANTEEN_2, OTHER_CANTEEN]
    on = feed_stories(Stories(), stream, hours=20)
    # the regions rule (r-stories56) parts these texts too: off as well, as before it
    monkeypatch.setattr(areas, "AREAS", False)
    off = feed_stories(Stories(towns=False), stream, hours=20)
    assert on[0] == on[1] != on[2]
    assert off[0] == off[1] == off[2]


def test_off_by_default() -> None:
    """``TOWN_SHORT_FORMS`` is off (a back-reference's short form would make two towns'
    events agree: newuser17c's cyberattacks)."""
    assert towns("L'usine de Cherbourg à l'arrêt", "")[0] == frozenset()
