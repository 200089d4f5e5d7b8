"""Two events of different kinds in one town, the same mayor quoted, are two stories, even
the same day: what each headline says happened differs (q-stories24, t-final24 F3: a
basilica's spire reopening joined a fire in a tower block near it; the reopening's text
names a tornado of 1846, a disaster, and the fire's residents are "évacués", a disaster's
cue, so the kinds of their texts agreed; the basilica's name and the mayor's words, plain
terms of both, passed the kinds' plain-word bar).

Own text, written from t-final24's inputs' shape (not its words): a reopening and a fire,
one day, one town, one mayor; the fire told twice.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from veille.dedup.event_kinds import HEAD, KINDS, headline_kinds
from veille.dedup.stories import Stories, story_terms
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

REOPENING = {
    "title": "Saint-Denis : la basilique rouvre sa flèche au public",
    "paragraphs": [
        "Après plus de quatre ans de travaux, la flèche de la basilique de Saint-Denis "
        "(Seine-Saint-Denis) est accessible aux visiteurs à partir de ce mercredi, a annoncé le "
        "Centre des monuments nationaux.",
        "« C'est un moment historique pour la ville et pour toute la Seine-Saint-Denis », s'est "
        "réjoui le maire, Mathieu Hanotaux. Les visites se feront sur réservation.",
        "La flèche, démontée en 1846 après avoir été fragilisée par une tornade, culmine de "
        "nouveau à 86 mètres.",
    ],
}
FIRE = {
    "title": "Saint-Denis : un incendie dans un immeuble de la cité Joliot-Curie fait trois "
             "blessés",
    "paragraphs": [
        "Un violent incendie s'est déclaré mercredi soir dans une tour de la cité "
        "Joliot-Curie, à Saint-Denis (Seine-Saint-Denis), à quelques centaines de mètres de la "
        "basilique. Trois personnes ont été légèrement blessées.",
        "Une quarantaine d'habitants ont été évacués et relogés pour la nuit dans un gymnase.",
        "« Les secours sont intervenus très vite », a assuré le maire de Saint-Denis, Mathieu "
        "Hanotaux, venu sur place.",
    ],
}
FIRE_AGAIN = {
    "title": "Seine-Saint-Denis : trois blessés dans l'incendie d'une tour à Saint-Denis",
    "paragraphs": [
        "Trois personnes ont été blessées, dont un enfant, dans l'incendie d'une tour de la "
        "cité Joliot-Curie à Saint-Denis, mercredi soir.",
        "Une quarantaine de résidents ont dû passer la nuit dans un gymnase. La mairie promet "
        "un relogement rapide.",
    ],
}
STREAM = [REOPENING, FIRE, FIRE_AGAIN]


def test_headline_kinds_are_the_headlines_own() -> None:
    assert headline_kinds(REOPENING["title"]) == {HEAD + "opening"}
    assert headline_kinds(FIRE["title"]) == {HEAD + "accident"}
    assert headline_kinds("Le maire de Saint-Denis en visite") == frozenset()


@given(st.text(max_size=200))
def test_headline_kinds_are_known_kinds(title: str) -> None:
    assert {k.removeprefix(HEAD) for k in headline_kinds(title)} <= KINDS.keys()


def _feed(stories: Stories, items: list[dict[str, Any]]) -> list[str]:
    labels = [stories.assign(f"a{k}", story_terms(stories, f"a{k}", item["title"],
                                                  item["paragraphs"]), k * 120)
              for k, item in enumerate(items)]
    moved = stories.take_moved()
    return [moved.get(f"a{k}", label) for k, label in enumerate(labels)]


def test_a_reopening_and_a_fire_the_same_day_are_two_stories() -> None:
    """Regression (F3's shape, one day: the event-day rule cannot tell them apart): the rule
    off (``head_kinds=False``, as before) joins the three; on, the fire is one story and the
    reopening another."""
    off = _feed(Stories(head_kinds=False), STREAM)
    on = _feed(Stories(), STREAM)
    assert off[0] == off[1] == off[2]
    assert on[1] == on[2] != on[0]


def _record(k: int, item: dict[str, Any]) -> tuple[str, bytes]:
    source = ("actu.example", "leparisien.example", "20minutes.example")[k]
    return f"{k}.jsonl", json.dumps(
        {"url": f"https://{source}/article/{k}", "title": item["title"], "source": source,
         "published": f"2026-12-02T{10 + 5 * k:02d}:00:00+01:00",
         "text": "\n\n".join(item["paragraphs"])}, ensure_ascii=False).encode()


def test_through_ingest_the_reopening_stays_apart(store: SQLiteStore) -> None:
    """Regression through the ingest loop into a real store, all at once (the window
    clustered again) and the story's first publication the fire's own."""
    new = ingest_texts(store, [_record(k, item) for k, item in enumerate(STREAM)]).new_ids
    story = [store.get(i).dedup.story_id for i in new]  # type: ignore[union-attr]
    assert story[1] == story[2] != story[0]
