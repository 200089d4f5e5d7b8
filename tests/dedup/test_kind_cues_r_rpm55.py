"""A side naming no kind of event whose cues all point elsewhere does not agree with a side
naming kinds (r-rpm55, ``veille.dedup.kind_cues``). Fixture: own text
(``tests/fixtures/stories/kind-cues-r-rpm55.jsonl``, CC0, written for veille): two reports
of a diplomatic row with an (invented) country that names, in passing, the games it hosts,
then the games' closing report two days later (it names no kind, cues sport). Before
r-rpm55 the closing joined the row's story at arrival."""

from __future__ import annotations

from pathlib import Path

from test_ingest_story_state import items
from veille.dedup.kind_cues import cues_elsewhere
from veille.ingest import Ingestor, StoryFollower
from veille.record import Article
from veille.store.base import Store
from veille.store.sqlite import SQLiteStore

FIXTURE = Path(__file__).parent.parent / "fixtures" / "stories" / "kind-cues-r-rpm55.jsonl"
LINES = FIXTURE.read_text(encoding="utf-8").splitlines()
ROW, ROW2, CLOSING = (f"https://example.org/r-rpm55/{u}" for u in ("x1", "x2", "c1"))


def ingest(store: Store, cuts: list[tuple[int, int]], *, snapshots: bool = True) -> None:
    for part, (lo, hi) in enumerate(cuts):
        follower = StoryFollower(store, snapshots=snapshots)
        summary = Ingestor(store, batch_size=4, stories=follower).run(
            items(f"part{part}.jsonl", LINES[lo:hi]))
        assert summary.new == hi - lo, summary.errors


def stories(store: Store) -> dict[str, str | None]:
    """URL -> story id of every stored article."""
    found: list[Article] = store.latest(limit=100)
    return {a.url or a.id: a.dedup.story_id if a.dedup else None for a in found}


def test_the_closing_stays_out_of_the_row_that_names_the_games(tmp_path: Path) -> None:
    store = SQLiteStore.open(tmp_path / "s.sqlite3")
    try:
        ingest(store, [(0, 3)])
        got = stories(store)
        assert got[ROW] == got[ROW2]  # one event, two outlets
        assert got[CLOSING] != got[ROW]
    finally:
        store.close()


def test_writers_one_record_each_give_the_same_stories(tmp_path: Path) -> None:
    """Each record ingested by a new writer, loading the saved state or replaying the
    store: the same partition as one ingest of all."""
    whole = SQLiteStore.open(tmp_path / "whole.sqlite3")
    loaded = SQLiteStore.open(tmp_path / "loaded.sqlite3")
    replayed = SQLiteStore.open(tmp_path / "replayed.sqlite3")
    try:
        ingest(whole, [(0, 3)])
        ingest(loaded, [(0, 1), (1, 2), (2, 3)], snapshots=True)
        ingest(replayed, [(0, 1), (1, 2), (2, 3)], snapshots=False)

        def parts(store: Store) -> set[frozenset[str]]:
            by: dict[str | None, set[str]] = {}
            for url, sid in stories(store).items():
                by.setdefault(sid, set()).add(url)
            return {frozenset(v) for v in by.values()}

        assert parts(loaded) == parts(whole) == parts(replayed)
        assert frozenset({CLOSING}) in parts(whole)
    finally:
        for store in (whole, loaded, replayed):
            store.close()


def test_cues_elsewhere() -> None:
    sport, row = frozenset({"~sport"}), frozenset({"diplomacy", "^diplomacy", "~economy"})
    assert cues_elsewhere(sport, row)
    assert cues_elsewhere(row, sport)  # either side
    assert not cues_elsewhere(frozenset({"~economy"}), row)  # a cue the story cues
    assert not cues_elsewhere(frozenset({"~diplomacy"}), row)  # a cue the story names
    assert not cues_elsewhere(frozenset(), row)  # no evidence either way
    assert not cues_elsewhere(sport, frozenset({"~economy"}))  # neither names a kind
    assert not cues_elsewhere(frozenset({"sport"}), row)  # both name: not this rule
    assert not cues_elsewhere(frozenset({"^sport"}), row)  # a headline mark is no cue
