"""A journalist's corrections of stories (f-detach28): "article A is not in story S"
(detach), "A and B belong together" (join), and undoing either, kept in the store and
respected by every later re-clustering and ingest; a crash between the override's write
and the stories' rebuild is caught up. Real SQLite store, through the Python API and the
``veille`` command (subprocess).

Fixture: own text (``tests/fixtures/stories/order-independence.jsonl``: the Rennes
verdict story holds Ouest Exemple's report, Infos Bretagne's reprint of it and Bretagne
Radio's piece on the family; the Roubaix fire story holds an AFP dispatch and a paper's
"(avec AFP)" reprint of it)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import veille
from capture_kit import err, out, run_veille
from veille.dedup.story_overrides import DETACH, JOIN, Overrides, StoryOverride
from veille.errors import NotFound, StoryEditRefused
from veille.ingest import recluster_stories, stories_lag
from veille.service import Veille

FIXTURE = Path(__file__).parent.parent / "fixtures" / "stories" / "order-independence.jsonl"
LINES = FIXTURE.read_text(encoding="utf-8").splitlines()
VERDICT = "https://www.ouest-exemple.fr/rennes/assises-verdict-meurtre-thabor"
REPRINT = "https://www.infos-bretagne-exemple.fr/rennes-vingt-ans-meurtre-joggeur"
FAMILY = "https://www.bretagne-radio-exemple.fr/proces-thabor-verdict-famille"
AFP_FIRE = "https://www.afp.com/fr/infos/roubaix-incendie-entrepot-textile"
LENS = "https://www.sport-exemple.fr/"  # the RC Lens story's first article (prefix)


@pytest.fixture
def v(tmp_path: Path) -> Iterator[Veille]:
    with veille.open(tmp_path / "data") as service:
        service.ingest_bytes([("all.jsonl", ("\n".join(LINES) + "\n").encode())])
        yield service


def ids(v: Veille) -> dict[str, str]:
    """URL -> article id."""
    return {a.url or "": a.id for a in v.store.latest(limit=100)}


def story(v: Veille, url: str) -> str:
    article_id = ids(v)[url]
    return v.store.story_of([article_id])[article_id][0]


def mates(v: Veille, url: str) -> set[str]:
    """The URLs in the story of ``url``, apart from it."""
    by_id = {i: u for u, i in ids(v).items()}
    return {by_id[m.article_id] for m in v.store.story(story(v, url))} - {url}


def test_detach_makes_its_own_story_and_a_recluster_keeps_it(v: Veille) -> None:
    assert mates(v, FAMILY) == {VERDICT, REPRINT}
    edit = v.detach_article(ids(v)[FAMILY])
    assert mates(v, FAMILY) == set()
    assert mates(v, VERDICT) == {REPRINT}
    assert edit.story_id == story(v, FAMILY) != story(v, VERDICT)
    assert [o.kind for o in v.story_overrides()] == [DETACH]
    # a re-clustering of every article from a fresh state keeps it apart
    recluster_stories(v.store, ids(v).values())
    assert mates(v, FAMILY) == set()
    assert mates(v, VERDICT) == {REPRINT}


def test_a_later_ingest_never_puts_it_back(v: Veille) -> None:
    v.detach_article(ids(v)[FAMILY])
    # another outlet on the verdict and the family, the day after: a bridge between both
    bridge = {"url": "https://www.rennes-info-exemple.fr/thabor-verdict-reactions",
              "source": "Rennes Info", "language": "fr",
              "published": "2026-03-12T12:00:00+01:00",
              "title": "Meurtre du Thabor : vingt ans de réclusion, la famille du joggeur "
                       "« soulagée »",
              "text": "La cour d'assises d'Ille-et-Vilaine a condamné mercredi soir à vingt "
                      "ans de réclusion criminelle l'homme de 34 ans accusé du meurtre d'un "
                      "joggeur au parc du Thabor, à Rennes.\n\nLa mère du joggeur s'est dite "
                      "« soulagée » jeudi, et l'avocate de la famille a déclaré que « justice "
                      "a été rendue »."}
    v.ingest_bytes([("later.jsonl", json.dumps(bridge, ensure_ascii=False).encode())])
    assert not mates(v, FAMILY) & {VERDICT, REPRINT}
    recluster_stories(v.store, ids(v).values())
    assert not mates(v, FAMILY) & {VERDICT, REPRINT}


def test_detach_takes_its_copies_along(v: Veille) -> None:
    before = mates(v, AFP_FIRE)
    copies = {u for u in before if "nordmatin" in u and "entrepot" in u}
    assert copies  # the paper's "(avec AFP)" reprint of the dispatch
    v.detach_article(ids(v)[AFP_FIRE])
    assert mates(v, AFP_FIRE) == copies
    recluster_stories(v.store, ids(v).values())
    assert mates(v, AFP_FIRE) == copies


def test_undo_gives_the_story_back_to_the_rules(v: Veille) -> None:
    done = v.detach_article(ids(v)[FAMILY])
    undone = v.undo_story_override(str(done.overrides[0].id))
    assert [o.id for o in undone.overrides] == [done.overrides[0].id]
    assert v.story_overrides() == []
    assert mates(v, FAMILY) == {VERDICT, REPRINT}


def test_join_puts_it_with_the_other_and_holds(v: Veille) -> None:
    lens = next(u for u in ids(v) if u.startswith(LENS))
    v.join_articles(ids(v)[FAMILY], ids(v)[lens])
    assert lens in mates(v, FAMILY)
    assert not mates(v, FAMILY) & {VERDICT, REPRINT}
    recluster_stories(v.store, ids(v).values())
    assert lens in mates(v, FAMILY)
    # by a story id too; undone by the article's id
    v.undo_story_override(ids(v)[FAMILY])
    assert mates(v, FAMILY) == {VERDICT, REPRINT}


def test_edits_that_change_nothing_say_what_to_do(v: Veille) -> None:
    family = ids(v)[FAMILY]
    with pytest.raises(NotFound):
        v.detach_article("0000000000000000")
    with pytest.raises(NotFound):
        v.join_articles(family, "0000000000000000")
    with pytest.raises(StoryEditRefused, match="already"):
        v.join_articles(family, ids(v)[VERDICT])
    done = v.detach_article(family)
    with pytest.raises(StoryEditRefused, match="already") as refused:
        v.detach_article(family)
    assert f"veille stories undo {done.overrides[0].id}" in refused.value.hint
    with pytest.raises(NotFound):
        v.undo_story_override("999")


def test_the_latest_override_wins() -> None:
    detach = StoryOverride(1, DETACH, "a", "s", ("b", "c"))
    join = StoryOverride(2, JOIN, "a", "b")
    partition = {"a": "s", "b": "s", "c": "s", "d": "t"}
    assert Overrides([detach]).partition(partition)["a"] not in {"s", "t"}
    assert Overrides([detach, join]).partition(partition)["a"] == "s"
    assert Overrides([StoryOverride(3, DETACH, "a", "s", ("b",)), join]
                     ).partition(partition)["a"] not in {"s", "t"}


def test_a_crash_between_the_override_and_the_rebuild_is_caught_up(tmp_path: Path) -> None:
    data = tmp_path / "data"
    source = tmp_path / "all.jsonl"
    source.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    assert run_veille(["ingest", str(source)], data_dir=data).returncode == 0
    with veille.open(data) as v:
        family = ids(v)[FAMILY]
    killed = run_veille(["stories", "detach", family], data_dir=data,
                        env={"VEILLE_TEST_CRASH_AT": "override-before-recluster"})
    assert killed.returncode == 137, err(killed)
    with veille.open(data) as v:
        assert [o.kind for o in v.story_overrides()] == [DETACH]  # stored, logged
        assert mates(v, FAMILY) == {VERDICT, REPRINT}  # not rebuilt yet
        assert stories_lag(v.store) > 0  # the stories follower sees it behind
    # the next write (any) catches it up, as the web app's follower does
    listed = run_veille(["stories", "overrides", "--json"], data_dir=data)
    assert json.loads(out(listed))[0]["article_id"] == family
    settled = run_veille(["ingest", str(source)], data_dir=data)
    assert settled.returncode == 0, err(settled)
    with veille.open(data) as v:
        assert mates(v, FAMILY) == set()
        assert stories_lag(v.store) == 0


def test_cli_says_what_to_do(tmp_path: Path) -> None:
    data = tmp_path / "data"
    source = tmp_path / "all.jsonl"
    source.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    assert run_veille(["ingest", str(source)], data_dir=data).returncode == 0
    english = {"LANG": "en_US.UTF-8"}
    unknown = run_veille(["stories", "detach", "0000000000000000"], data_dir=data, env=english)
    assert unknown.returncode == 2
    assert err(unknown).count("\n") == 1 and "veille latest" in err(unknown)
    with veille.open(data) as v:
        family = ids(v)[FAMILY]
    done = run_veille(["stories", "detach", family], data_dir=data, env=english)
    assert done.returncode == 0, err(done)
    assert "veille stories undo 1" in out(done)
    again = run_veille(["stories", "detach", family], data_dir=data, env=english)
    assert again.returncode == 2 and "veille stories undo 1" in err(again)
    listed = run_veille(["stories", "overrides"], data_dir=data, env=english)
    assert out(listed).startswith("#1") and family in out(listed)
    # the listing and one story still answer as before
    shown = run_veille(["stories", family, "--json"], data_dir=data)
    assert json.loads(out(shown))["id"] == family
    undone = run_veille(["stories", "undo", "1"], data_dir=data, env=english)
    assert undone.returncode == 0 and "undone" in out(undone)
