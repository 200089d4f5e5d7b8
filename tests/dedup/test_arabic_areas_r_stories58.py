"""Two same-day events in two Arab capitals are two stories, and a next-day follow-up in
Arabic joins its event (r-stories58, ``veille.dedup.areas_abroad``'s Arabic names,
``veille.dedup.stories.SCRIPT_FUNCTION_WORDS``: a power-cut protest "في بيروت" and a
bread-price protest "في القاهرة" the same day were one story, sharing generic words and no
place veille read). Fixture: own text (``tests/fixtures/stories/
arabic-capitals-r-stories58.jsonl``, CC0, written for veille): water cut in Baghdad, the same
template in Damascus, Baghdad's water back the next day."""

from __future__ import annotations

from pathlib import Path

from test_far_areas_r_stories56 import stories

from test_ingest_story_state import items
from veille.ingest import Ingestor, StoryFollower
from veille.store.sqlite import SQLiteStore

FIXTURES = Path(__file__).parent.parent / "fixtures" / "stories"
A1, A2, A3 = (f"https://example.org/r-stories58-t/{u}" for u in ("a1", "a2", "a3"))


def ingested(tmp_path: Path, fixture: str) -> dict[str, str | None]:
    """URL -> story id of the fixture's records, ingested in order in a fresh SQLite
    store with the story stage."""
    lines = (FIXTURES / fixture).read_text(encoding="utf-8").splitlines()
    store = SQLiteStore.open(tmp_path / "s.sqlite3")
    try:
        summary = Ingestor(store, batch_size=4, stories=StoryFollower(store)).run(
            items("in.jsonl", lines))
        assert summary.new == len(lines), summary.errors
        return stories(store)
    finally:
        store.close()


def test_two_capitals_apart_follow_up_joined(tmp_path: Path) -> None:
    got = ingested(tmp_path, "arabic-capitals-r-stories58.jsonl")
    assert got[A1] != got[A2]  # Baghdad, not Damascus
    assert got[A3] != got[A2]
    assert got[A3] == got[A1]  # the next day: water back in Baghdad


def test_arabic_names_read_as_areas() -> None:
    from veille.dedup.areas import AREA, AREA_NAMED, apart, area_keys

    lead, named = area_keys("احتجاجات في بيروت بسبب انقطاع الكهرباء", "", (), ())
    assert lead == {AREA + "LB.04"}  # after "في" (in)
    lead, _ = area_keys("تظاهرة ببيروت", "", (), ())
    assert lead == {AREA + "LB.04"}  # a joined "ب" (in)
    lead, _ = area_keys("وصل الوزير إلى عمّان", "", (), ())
    assert lead == {AREA + "JO.16"}  # a shadda written over a letter
    lead, named = area_keys("بيروت: احتجاجات", "", (), ())
    assert lead == {AREA + "LB.04"}  # heading the headline before a colon
    lead, named = area_keys("ميناء بيروت يستأنف العمل", "وكان الوزير قد زار القاهرة أمس.", (), ())
    assert not lead  # no cue before it: named, not stated
    assert AREA_NAMED + "EG.11" in named
    assert apart({AREA + "LB.04"}, {AREA_NAMED + "LB.04"},
                 {AREA + "EG.11"}, {AREA_NAMED + "EG.11"})


def test_arabic_and_russian_function_words_are_no_terms() -> None:
    from veille.dedup.stories import terms

    got = terms("احتجاجات في بيروت", ["تظاهر المواطنون يوم الاثنين على الرصيف إلى المساء."])
    assert not {"في", "يوم", "الاثنين", "على", "إلى"} & got.keys()
    assert {"احتجاجات", "بيروت", "المواطنون"} <= got.keys()
    got = terms("Пожар в Омске", ["Пожар начался в понедельник, сообщил представитель МЧС."])
    assert not {"понедельник", "сообщил"} & got.keys()
    assert "пожар" in got
    # a Latin word is untouched: only words outside ASCII are looked up there
    assert "vers" not in terms("Un train", ["Il roule vers Lyon, dit le chef."])
