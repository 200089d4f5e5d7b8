"""A story takes an article that tells another kind of event only on shared words beyond
names (newuser11b U5: a jazz festival in Blois joined the Loire flood's story through
"Blois" and "Loire"; newuser9 R11: a library's opening joined a killing's story).

The fixture (``tests/fixtures/stories/same-place-other-events.json``, own text) holds pairs
of articles on one town: two events, or one event told twice.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from veille.dedup.event_kinds import KINDS, event_kinds
from veille.dedup.stories import Stories, story_terms
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

ROOT = Path(__file__).resolve().parents[2]
PAIRS: list[dict[str, Any]] = json.loads(
    (ROOT / "tests" / "fixtures" / "stories" / "same-place-other-events.json")
    .read_text(encoding="utf-8"))["pairs"]


def _pair(label: str) -> dict[str, Any]:
    return next(p for p in PAIRS if p["label"].startswith(label))


# Bordeaux: the Garonne's flood told twice, and a trial in the town between the two.
FLOOD = _pair("Bordeaux: the Garonne's flood")
TRIAL = _pair("Bordeaux: a corruption trial")["first"]
STREAM = [FLOOD["first"], TRIAL, FLOOD["second"]]


def test_kinds_read_elided_words_and_whole_words() -> None:
    assert event_kinds("Risque d’inondation à Nantes", []) == {"disaster"}
    assert event_kinds("Un geste cruel", ["Le cessez-le-feu."]) == {"war"}
    assert event_kinds("Orléans", ["La Loire en crue, les quais fermés."]) == {"disaster"}
    assert event_kinds("Le maire et le préfet", ["Ils se sont rencontrés."]) == frozenset()


def test_kinds_read_only_the_first_characters() -> None:
    """The text past ``chars`` is not read: the work per article is bounded."""
    body = ["x " * 300, "Un festival de jazz et trois concerts."]
    assert event_kinds("Blois", body, chars=100) == frozenset()
    assert event_kinds("Blois", body) == {"culture"}


def test_kinds_come_from_words_that_name_the_event() -> None:
    """A verb or word with another sense names no kind (newuser14b S4, own text): trees
    that fell ("abattus"), streets found ("découvert"), a storm that struck ("frappé"),
    firemen called out ("mobilisés"), a prefect condemning an attack ("a condamné"),
    stalls set on fire ("incendier"), a military base as a landmark."""
    gale = ("Coup de vent sur Lorient : toitures arrachées",
            ["Au matin, les Lorientais ont découvert des trottoirs couverts de tuiles. Trois "
             "peupliers se sont abattus sur la route de Ploemeur.",
             "La tempête a frappé toute la côte ; quarante pompiers ont été mobilisés."])
    assert event_kinds(*gale) == {"disaster"}
    raid = ("Mali : une attaque contre un marché",
            ["Des hommes armés ont tiré sur la foule avant d'incendier des boutiques, près "
             "d'une base militaire. Le préfet a condamné une attaque lâche."])
    assert event_kinds(*raid) == frozenset()
    # The event's own verbs in their sense, and its nouns, still name it.
    assert "crime" in event_kinds("Un homme abattu par balles à Nîmes", [])
    assert "war" in event_kinds("Gaza : nouvelles frappes aériennes", [])
    assert "justice" in event_kinds("Il est condamné à douze ans de réclusion", [])
    assert event_kinds("Rafales et vents violents sur Brest", []) == {"disaster"}


def test_kinds_weigh_the_lead_and_need_two_weak_cues() -> None:
    """One weak cue (a word told with a kind that names no event: "syndicats") is no kind;
    a word naming the event counts alone in the headline or lead, and with another cue
    further on (newuser14b S4, own text)."""
    visit = ("Nantes : le ministre en visite dans un lycée",
             ["Il a été accueilli par les syndicats devant le lycée Clemenceau."])
    assert event_kinds(*visit) == frozenset()
    far = ["x " * 300, "La veille, une grève avait fermé le lycée."]
    assert event_kinds("Nantes", far) == frozenset()
    assert event_kinds("Nantes", [far[0], far[1] + " Une manifestation a suivi."]) == \
        {"social"}
    assert event_kinds("Grève au lycée Clemenceau", []) == {"social"}


@given(st.text(max_size=300), st.lists(st.text(max_size=300), max_size=5))
def test_kinds_are_known_kinds(title: str, paragraphs: list[str]) -> None:
    assert event_kinds(title, paragraphs) <= KINDS.keys()


def _feed(stories: Stories, items: list[dict[str, Any]]) -> list[str]:
    labels = [stories.assign(f"a{k}", story_terms(stories, f"a{k}", item["title"],
                                                  item["paragraphs"]), k * 360)
              for k, item in enumerate(items)]
    moved = stories.take_moved()
    return [moved.get(f"a{k}", label) for k, label in enumerate(labels)]


def test_another_kind_of_event_in_the_town_is_not_moved_in() -> None:
    """Regression (U5's shape): the trial opens a story, provisional; the flood's second
    article makes the flood's story two and the trial moved in through "Bordeaux" (with the
    rule off, ``event_kinds=False``, as before; with :data:`veille.dedup.stories.ACTORS` off
    too, since "Bordeaux" in both headlines is no evidence of the event either). A flood and a
    trial: apart."""
    on = _feed(Stories(), STREAM)
    off = _feed(Stories(event_kinds=False, actors=0.0), STREAM)
    assert _feed(Stories(event_kinds=False), STREAM)[1] != on[0]
    assert on[0] == on[2] != on[1]
    assert off[0] == off[1] == off[2]


def test_one_event_told_twice_still_joins() -> None:
    for pair in (p for p in PAIRS if p["kind"] == "same"):
        labels = _feed(Stories(), [pair["first"], pair["second"]])
        assert labels[0] == labels[1], pair["label"]


def _record(k: int, item: dict[str, Any]) -> tuple[str, bytes]:
    source = ("sud-ouest.example", "la-gazette.example")[k % 2]
    return f"{k}.jsonl", json.dumps(
        {"url": f"https://{source}/article/{k}", "title": item["title"], "source": source,
         "published": f"2026-11-24T{8 + 6 * k:02d}:00:00+01:00",
         "text": "\n\n".join(item["paragraphs"])}, ensure_ascii=False).encode()


def test_through_ingest_the_other_event_stays_apart(store: SQLiteStore) -> None:
    """Regression (U5's shape) through the ingest loop into a real store, one ingest per
    article, as a watch's polls store them: the flood is one story, the trial another."""
    new = [i for k, item in enumerate(STREAM)
           for i in ingest_texts(store, [_record(k, item)]).new_ids]
    story = [store.get(i).dedup.story_id for i in new]  # type: ignore[union-attr]
    assert story[0] == story[2] != story[1]
