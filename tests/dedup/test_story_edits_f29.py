"""Story edits that follow each other (t-final29 F3): an override in force keeps applying
after later edits; the edit's message names the story really left and the one joined,
with headlines; the "edited by hand" box lists only the edits whose effect is in force.
Real SQLite store, through the Python API and the ``veille`` command (subprocess).

Fixture: own text (``tests/fixtures/stories/afp-reprints-bbc.jsonl``): an AFP dispatch
on arrests in Lyon, three reprints of it (20 Minutes, Le Parisien, Ouest-France, small
edits), and a BBC report in English of the same arrests (its own story by the rules)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from test_story_overrides import ids, mates, story

import veille
from capture_kit import err, out, run_veille
from veille.ingest import recluster_stories
from veille.service import Veille
from veille.story_edits import shaped_by

FIXTURE = Path(__file__).parent.parent / "fixtures" / "stories" / "afp-reprints-bbc.jsonl"
AFP = "https://www.afp.com/fr/infos/lyon-projet-attentat-quatre-interpellations"
M20 = "https://www.20minutes.fr/justice/lyon-projet-attentat-quatre-gardes-a-vue"
PARISIEN = "https://www.leparisien.fr/faits-divers/projet-attentat-lyon-quatre-interpellations"
OUEST = "https://www.ouest-france.fr/france/projet-attentat-lyon-interpellations"
BBC = "https://www.bbc.com/news/world-europe-lyon-plot-arrests"


@pytest.fixture
def v(tmp_path: Path) -> Iterator[Veille]:
    with veille.open(tmp_path / "data") as service:
        service.ingest_bytes([("all.jsonl", FIXTURE.read_bytes())])
        yield service


def box(v: Veille, url: str) -> list[int]:
    """The numbers of the edits the story page of ``url``'s story lists."""
    held = [m.article_id for m in v.store.story(story(v, url))]
    return [o.id for o, _ in shaped_by(v.store, story(v, url), held)]


def test_detaching_the_original_keeps_the_earlier_detach_of_its_copy(v: Veille) -> None:
    assert mates(v, AFP) == {M20, PARISIEN, OUEST} and mates(v, BBC) == set()
    v.join_articles(ids(v)[BBC], ids(v)[AFP])  # 1
    v.detach_article(ids(v)[M20])  # 2
    assert mates(v, AFP) == {PARISIEN, OUEST, BBC}
    v.detach_article(ids(v)[AFP])  # 3
    assert mates(v, M20) == set()  # #2 still holds
    assert mates(v, AFP) == {PARISIEN, OUEST}
    assert mates(v, BBC) == set()
    recluster_stories(v.store, ids(v).values())  # and from a fresh state
    assert mates(v, M20) == set() and mates(v, AFP) == {PARISIEN, OUEST}


def test_a_join_of_the_original_leaves_its_detached_copy_out(v: Veille) -> None:
    v.detach_article(ids(v)[M20])  # 1
    v.join_articles(ids(v)[AFP], ids(v)[BBC])  # 2: the AFP piece and its copies
    assert mates(v, AFP) == {PARISIEN, OUEST, BBC}
    assert mates(v, M20) == set()


def test_the_edited_by_hand_box_lists_only_edits_in_force(v: Veille) -> None:
    v.join_articles(ids(v)[BBC], ids(v)[AFP])  # 1
    assert box(v, AFP) == [1]
    v.detach_article(ids(v)[M20])  # 2
    assert box(v, AFP) == [1, 2]
    v.detach_article(ids(v)[AFP])  # 3: the BBC piece is no longer with the AFP one
    assert box(v, AFP) == [2]
    assert box(v, BBC) == [3]  # the AFP piece was taken out of the story it is in
    assert box(v, M20) == []


def test_messages_name_the_story_really_left_and_joined(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run_veille(["ingest", str(FIXTURE)], data_dir=data).returncode == 0
    with veille.open(data) as v:
        known = ids(v)
    english = {"LANG": "en_US.UTF-8"}

    def edit(*args: str) -> str:
        done = run_veille(["stories", *args], data_dir=data, env=english)
        assert done.returncode == 0, err(done)
        return out(done)

    joined = edit("join", known[BBC], known[AFP])
    assert "“France arrests four" in joined and "“Projet d'attentat jihadiste" in joined
    edit("detach", known[M20])
    said = edit("detach", known[AFP])
    with veille.open(data) as v:
        bbc_story, afp_story = story(v, BBC), story(v, AFP)
    # the story left is the one the BBC piece is in now, named with its headline
    assert f"story {bbc_story} “France arrests four" in said, said
    assert f"now in story {afp_story} “Projet d'attentat jihadiste" in said, said
    assert "veille stories undo 3" in said
