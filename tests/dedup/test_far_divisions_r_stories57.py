"""Two reports of one kind of event in two first-level divisions abroad are two stories,
and a follow-up naming its fire's activity zone joins it (r-stories57,
``veille.dedup.areas_abroad``, ``veille.dedup.specifics.ZONES``; t-final56b A2: snow "Во
Владивостоке" joined snow "в Екатеринбурге", a flood in Dresden snow in München; A13: "après
l'incendie de la zone du Rohu, à Lanester" made its own story). Fixture: own text
(``tests/fixtures/stories/far-divisions-r-stories57.jsonl``, CC0, written for veille): snow
at Omsk, its follow-up, the same template at Tomsk; floods at Leipzig and Nürnberg; a fire in
the zone of Kervidan at Quimperlé and the next day's follow-up."""

from __future__ import annotations

from pathlib import Path

from test_far_areas_r_stories56 import stories

from test_ingest_story_state import items
from veille.ingest import Ingestor, StoryFollower
from veille.store.base import Store
from veille.store.sqlite import SQLiteStore

FIXTURE = Path(__file__).parent.parent / "fixtures" / "stories" / \
    "far-divisions-r-stories57.jsonl"
LINES = FIXTURE.read_text(encoding="utf-8").splitlines()
R1, R2, R3, D1, D2, F1, F2 = (f"https://example.org/r-stories57-t/{u}"
                              for u in ("r1", "r2", "r3", "d1", "d2", "f1", "f2"))


def ingest(store: Store, cuts: list[tuple[int, int]], *, snapshots: bool = True) -> None:
    for part, (lo, hi) in enumerate(cuts):
        follower = StoryFollower(store, snapshots=snapshots)
        summary = Ingestor(store, batch_size=4, stories=follower).run(
            items(f"part{part}.jsonl", LINES[lo:hi]))
        assert summary.new == hi - lo, summary.errors


def test_far_divisions_apart_and_zone_follow_up_joined(tmp_path: Path) -> None:
    store = SQLiteStore.open(tmp_path / "s.sqlite3")
    try:
        ingest(store, [(0, len(LINES))])
        got = stories(store)
        assert got[R1] == got[R3]  # Omsk and its follow-up
        assert got[R2] != got[R1]  # Tomsk Oblast, not Omsk Oblast
        assert got[D1] != got[D2]  # Saxony, not Bavaria
        assert got[F1] is not None and got[F1] == got[F2]  # "la zone de Kervidan"
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
        assert frozenset({R2}) in parts(whole)
    finally:
        for store in (whole, loaded, replayed):
            store.close()


def test_divisions_read_abroad() -> None:
    from veille.dedup.areas import AREA, AREA_NAMED, apart, area_keys

    lead, _ = area_keys("Во Владивостоке из-за снегопада остановлены трамваи", "", (), ())
    assert lead == {AREA + "RU.59"}  # a declined name, Primorsky Krai
    lead, _ = area_keys("Schnee in München: S-Bahn fährt eingeschränkt", "", (), ())
    assert lead == {AREA + "DE.02"}  # an alternate name of Munich, Bavaria
    lead, _ = area_keys("Nordrhein-Westfalen: Rheinhochwasser erreicht Scheitel", "", (), ())
    assert lead == {AREA + "DE.07"}  # a Land heading its headline
    _, named = area_keys("Hochwasser in Dresden", "Nach Regen vom Wochenende.",
                         ("at:dresden",), ("at:dresden", "at~regen"))
    assert named == {AREA_NAMED + "DE.13"}  # "Regen" (rain) is no Bavarian town here
    # a French text naming a commune says nothing of a German side's event
    assert apart({AREA + "DE.13"}, {AREA_NAMED + "DE.13", AREA_NAMED + "53"},
                 {AREA + "DE.02"}, {AREA_NAMED + "DE.02"})
    # a text naming a division beyond its lead's: an event of several places
    assert not apart({AREA + "RU.71"}, {AREA_NAMED + "RU.48"},
                     {AREA + "RU.59"}, set())


def test_activity_zone_is_a_sub_place() -> None:
    from veille.dedup.specifics import specifics

    assert specifics("Incendie dans la zone du Rohu à Lanester", "")[0] == {"rohu"}
    assert specifics("Un feu dans la zone industrielle de Kerpont", "")[0] == {"kerpont"}
    assert not specifics("Des combats dans la zone de Gaza", "")[0]  # a known place
    assert not specifics("La zone euro en crise", "")[0]
