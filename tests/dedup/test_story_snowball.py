"""Different events in one town do not snowball into one story (q-stories27, t-final27 F1).

A warehouse fire in Saint-Denis (93), a man arrested there for threatening its mayor in the
name of the Islamic State, and the next day's council budget vote share the town, its mayor,
the prosecutor's office and the days: the arrest joined the fire (its kind of event, an
arrest, was named by no entry of the lexicon: "placé en garde à vue", "apologie du
terrorisme"), and then the story, holding both kinds (the union of its members'), agreed with
any later fire, arrest or vote of a town called Saint-Denis, La Réunion's too. A story's kinds
are now its core (:mod:`veille.dedup.story_core`), and an arrest is a kind of event.

Inputs: the tester's own files (tests/fixtures/final27/README.md), ingested one file at a
time into a real store, in several orders, the AFP updates of the fire last.
"""

from __future__ import annotations

from collections import Counter
from itertools import permutations
from pathlib import Path

import pytest
from tests.dedup.test_story_arguments import _pair

from dispatch_kit import feed_at
from veille.dedup.event_kinds import event_kinds
from veille.dedup.stories import Stories
from veille.dedup.story_core import core_kinds, vote
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "final27"
SOURCES = {"02-lefigaro-capture.txt": "lefigaro.fr", "19-leparisien-wrapped.txt": "leparisien.fr"}
FIRE = ["01-afp-incendie.ninjs.json", "02-lefigaro-capture.txt", "03-ouestfrance.html",
        "04-20minutes-feed.rss", "05-actu-teaser.json"]
ARREST = ["07-lemonde-apologie.html", "08-franceinfo-atom.xml"]
VOTE = "19-leparisien-wrapped.txt"
REUNION = "22-reunion-incendie.jsonl"
UPDATES = ["06-afp-incendie-v2.ninjs.json", "06b-afp-incendie-v3.ninjs.json"]


def ingest(store: SQLiteStore, names: list[str]) -> dict[str, str]:
    """Ingest ``names`` one file each; file name -> the story id of the article it made
    (a version's file: its original's)."""
    made: dict[str, str] = {}
    for name in names:
        summary = ingest_texts(store, [(name, (FIXTURES / name).read_bytes())],
                               source=SOURCES.get(name))
        if summary.new_ids:
            made[name] = summary.new_ids[0]
    out = {}
    for name, article in made.items():
        dedup = store.get(article).dedup
        assert dedup is not None and dedup.story_id
        out[name] = dedup.story_id
    return out


def groups(stories: dict[str, str]) -> set[frozenset[str]]:
    by: dict[str, set[str]] = {}
    for name, sid in stories.items():
        by.setdefault(sid, set()).add(name)
    return {frozenset(v) for v in by.values()}


def test_an_arrest_is_a_kind_of_event() -> None:
    assert "justice" in event_kinds(
        "Un homme placé en garde à vue", ["Il a été interpellé mardi à Saint-Denis."])
    assert "crime" in event_kinds("Un homme interpellé pour apologie du terrorisme", [])
    # "interpeller" someone (to challenge them) names no arrest
    assert "justice" not in event_kinds("Les syndicats interpellent le maire", [])


def test_a_story_s_kinds_are_its_core() -> None:
    votes: Counter[str] = Counter()
    vote(votes, {"accident", "^accident"})
    vote(votes, {"crime", "^crime"})  # one member of another event
    assert core_kinds(votes, 2, {"accident", "^accident"}) == {"accident", "^accident"}
    vote(votes, {"crime"})  # two of three members tell it: the story's core now
    assert "crime" in core_kinds(votes, 3, {"accident", "^accident"})


def test_an_article_must_match_the_story_s_core_terms() -> None:
    """A RATP strike told twice, then another body's strike in Paris days later, with the
    argument rule off (tests/fixtures/stories/event-arguments.json): the third passes the
    threshold on the whole centroid, not on the terms both reports hold; the core terms part
    it on their own."""
    pair = _pair("a RATP strike")
    stream = [(0, pair["first"]), (360, pair["echo"]), (int(pair["days"] * 1440),
                                                        pair["second"])]
    on = feed_at(Stories(arguments=False), stream)
    off = feed_at(Stories(arguments=False, core_bar=0.0), stream)
    assert on[0] == on[1] != on[2]
    assert off[0] == off[1] == off[2]


@pytest.mark.parametrize("order", list(permutations([FIRE[0], *ARREST])))
def test_the_fire_and_the_arrest_are_two_stories_in_any_order(
        store: SQLiteStore, order: tuple[str, ...]) -> None:
    stories = ingest(store, [*order, UPDATES[1]])
    assert groups(stories) == {frozenset({FIRE[0]}), frozenset(ARREST)}


@pytest.mark.parametrize("order", [
    [*FIRE[1:], FIRE[0], *ARREST, VOTE, REUNION],  # the tester's (the original after copies)
    [REUNION, VOTE, *reversed(ARREST), *FIRE],
    [ARREST[0], FIRE[0], VOTE, FIRE[3], ARREST[1], REUNION, FIRE[1], FIRE[2], FIRE[4]],
])
def test_four_events_stay_four_stories_with_the_update_last(
        store: SQLiteStore, order: list[str]) -> None:
    stories = ingest(store, [*order, *UPDATES])
    assert groups(stories) == {frozenset(FIRE), frozenset(ARREST), frozenset({VOTE}),
                               frozenset({REUNION})}
