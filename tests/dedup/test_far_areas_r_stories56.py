"""Two reports of one kind of event whose leads state French regions far apart, neither
naming the other's, are two stories (r-stories56, ``veille.dedup.areas``; t-final55b A2: a
warehouse fire at Grand-Quevilly joined one at Vénissieux, a wind alert from the Finistère
to the Manche a rain alert from the Hérault to the Alpes-Maritimes). Fixture: own text
(``tests/fixtures/stories/far-areas-r-stories56.jsonl``, CC0, written for veille): a
warehouse fire at Bolbec (Seine-Maritime) and its follow-up headed on the département; the
same night one at Saint-Vulbas (Ain) on the same template; two orange snow alerts on one
template, the Savoies and the Pyrenees; a storm reported from the Morbihan and from the
Vendée "après la Bretagne" (one event of several places)."""

from __future__ import annotations

from pathlib import Path

from test_ingest_story_state import items
from veille.dedup.areas import AREA, AREA_NAMED, apart, area_keys
from veille.ingest import Ingestor, StoryFollower
from veille.record import Article
from veille.store.base import Store
from veille.store.sqlite import SQLiteStore

FIXTURE = Path(__file__).parent.parent / "fixtures" / "stories" / "far-areas-r-stories56.jsonl"
LINES = FIXTURE.read_text(encoding="utf-8").splitlines()
F1, F2, G1, V1, V2, T1, T2 = (f"https://example.org/r-stories56/{u}"
                              for u in ("f1", "f2", "g1", "v1", "v2", "t1", "t2"))


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


def test_same_kind_far_apart_are_two_stories_one_storm_is_one(tmp_path: Path) -> None:
    store = SQLiteStore.open(tmp_path / "s.sqlite3")
    try:
        ingest(store, [(0, len(LINES))])
        got = stories(store)
        assert got[F1] == got[F2]  # the follow-up headed on the département
        assert got[G1] != got[F1]  # Ain, not Seine-Maritime
        assert got[V1] != got[V2]  # the Savoies, not the Pyrenees
        assert got[T1] == got[T2]  # one storm, "après la Bretagne"
    finally:
        store.close()


def test_writers_one_record_each_give_the_same_stories(tmp_path: Path) -> None:
    """Each record ingested by a new writer, loading the saved state or replaying the
    store: the same partition as one ingest of all."""
    whole = SQLiteStore.open(tmp_path / "whole.sqlite3")
    loaded = SQLiteStore.open(tmp_path / "loaded.sqlite3")
    replayed = SQLiteStore.open(tmp_path / "replayed.sqlite3")
    one_each = [(i, i + 1) for i in range(len(LINES))]
    try:
        ingest(whole, [(0, len(LINES))])
        ingest(loaded, one_each, snapshots=True)
        ingest(replayed, one_each, snapshots=False)

        def parts(store: Store) -> set[frozenset[str]]:
            by: dict[str | None, set[str]] = {}
            for url, sid in stories(store).items():
                by.setdefault(sid, set()).add(url)
            return {frozenset(v) for v in by.values()}

        assert parts(loaded) == parts(whole) == parts(replayed)
        assert frozenset({G1}) in parts(whole)
    finally:
        for store in (whole, loaded, replayed):
            store.close()


def test_area_keys_and_apart() -> None:
    lead, named = area_keys("Incendie à Grand-Quevilly", "Un feu (Seine-Maritime).",
                            {"at:grand quevilly"}, {"at:grand quevilly"})
    assert lead == {AREA + "28"} and named == {AREA_NAMED + "28"}  # "Le Grand-Quevilly"
    text = "Vigilance orange\nDu Finistère à la Manche, de l'Hérault aux Alpes-Maritimes."
    alert, _ = area_keys(text, text, (), ())
    assert alert == {AREA + c for c in ("53", "28", "76", "93")}
    korea, _ = area_keys("Essai en Corée du Nord", "", (), ())
    assert not korea  # "du Nord" after a country's name is no département
    bram, bram_named = area_keys("Tempête", "La tempête Bram arrive.", (), {"at~bram"})
    assert not bram and not bram_named  # a commune's name with no preposition of place
    # a text naming ("at~") a place the other side states ("at:"): a commentary
    assert not apart({AREA + "28", "at:rouen"}, {"at~gennevilliers"},
                     {AREA + "11", "at:gennevilliers"}, set())
    assert apart({AREA + "84"}, {AREA_NAMED + "84"}, {AREA + "28"}, {AREA_NAMED + "28"})
    assert not apart({AREA + "84"}, set(), set(), set())  # one side states none
    assert not apart({AREA + "53"}, set(), {AREA + "28"}, {AREA_NAMED + "53"})  # named
    assert not apart({AREA + "53"}, {AREA_NAMED + "93"}, {AREA + "28"}, set())  # spread
