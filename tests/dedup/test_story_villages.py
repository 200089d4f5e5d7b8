"""Villages and region words (issue #14's twelfth round).

Two events of one kind in one department the same week (two forest fires in the Var, at Le
Luc and at Collobrières) share the department, the kind and its words: the village each
happened in tells them apart, and villages are below the towns' population
(:data:`veille.dedup.specifics.LEAD_COMMUNES`). Two countries' attacks were joined through
a region word of one text ("l'État islamique en Afrique de l'Ouest" named Burkina Faso
for an attack in Nigeria: newuser14b G11 / G12, verify14 V4): a region written in a text,
not a headline, stands for none of its countries (:data:`veille.dedup.specifics.
TEXT_REGIONS`).

The articles are the own text of ``tests/fixtures/stories/one-kind-other-place.json``,
written before the rules.
"""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from dispatch_kit import feed_stories, stream_record
from veille.dedup import specifics
from veille.dedup.specifics import towns
from veille.dedup.stories import Stories
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

FIXTURE = Path(__file__).parents[1] / "fixtures" / "stories" / "one-kind-other-place.json"
PAIRS: dict[str, dict[str, Any]] = {
    p["label"]: p for p in json.loads(FIXTURE.read_text(encoding="utf-8"))["pairs"]}
FIRES = PAIRS["two forest fires in the Var the same week, different villages"]
AVALANCHES = PAIRS["two avalanches in Savoie the same week, different resorts"]
ATTACKS = PAIRS["two countries' attacks joined by region words: Mali then Côte d'Ivoire"]
_record = partial(stream_record, sources=("var.example", "sud.example"), path="feux")


def _stream(pair: dict[str, Any]) -> list[dict[str, Any]]:
    """The first event, its echo by another outlet, the other event."""
    return [pair["first"], pair["echo"], pair["second"]]


def test_villages_of_the_lead_are_read() -> None:
    head, named = towns("Var : un feu de forêt parcourt 300 hectares près du Luc",
                        "Un incendie s'est déclaré lundi sur la commune du Luc.")
    assert head == {"town:le luc"} and "town:le luc" in named
    assert towns("Mimizan : noyade d'un vacancier", "")[0] == {"town:mimizan"}
    assert towns("Skieur emporté", "Un skieur a été emporté à Val-d'Isère.")[0] == \
        {"town:val-d'isere"}
    # A kicker is read whole ("Plan de relance :" is no commune Plan), a common word after
    # "à" is no village, and a big town of the lead stays out (only the headline's count).
    assert towns("Plan de relance : la France investit", "")[0] == frozenset()
    assert towns("Grève", "Les cheminots ont défilé à Paris et à Strasbourg.")[0] == \
        frozenset()


def test_a_region_in_the_text_stands_for_none_of_its_countries() -> None:
    title = "Nigeria : au moins 15 morts dans une attaque contre un marché"
    body = "Les assaillants sont attribués à l'État islamique en Afrique de l'Ouest."
    assert towns(title, body) == (frozenset({"town:country:ng"}), frozenset({"town:country:ng"}))
    # In the headline a region still stands for its countries.
    assert "town:country:bf" in towns("Sahel : douze soldats tués", "")[0]


def test_two_fires_in_two_villages_are_two_stories(monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: the fire at Le Luc told twice, then a fire at Collobrières two days
    later: one story without the villages, two now."""
    on = feed_stories(Stories(), _stream(FIRES), hours=24)
    monkeypatch.setattr(specifics, "LEAD_COMMUNES", False)
    off = feed_stories(Stories(), _stream(FIRES), hours=24)
    assert on[0] == on[1] != on[2]
    assert off[0] == off[1] == off[2]


def test_two_countries_are_not_joined_by_a_region_word(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: an ambush in Mali told twice, then an attack in Côte d'Ivoire whose text
    writes "Afrique de l'Ouest" and "Sahel": one story when the text's regions stood for
    their countries, two now."""
    on = feed_stories(Stories(), _stream(ATTACKS), hours=12)
    monkeypatch.setattr(specifics, "TEXT_REGIONS", True)
    # nor the core terms (q-stories27), which part the Ivorian attack on their own too
    off = feed_stories(Stories(core_bar=0.0), _stream(ATTACKS), hours=12)
    assert on[0] == on[1] != on[2]
    assert off[0] == off[1] == off[2]


def test_one_event_in_a_village_told_twice_joins() -> None:
    """The avalanche at Val-d'Isère, then the rescue at Le Fornet told otherwise: one story."""
    labels = feed_stories(Stories(), [AVALANCHES["first"], AVALANCHES["echo"]])
    assert labels[0] == labels[1]


def test_through_ingest_the_villages_stay_apart(store: SQLiteStore) -> None:
    """Through the ingest loop into a real store, one ingest per article, a day apart:
    the fire at Le Luc (two outlets) one story, the fire at Collobrières another."""
    new = [i for k, item in enumerate(_stream(FIRES))
           for i in ingest_texts(store, [_record(k, item, first_hour=6 + 3 * k)]).new_ids]
    story = [store.get(i).dedup.story_id for i in new]  # type: ignore[union-attr]
    assert story[0] == story[1] != story[2]
