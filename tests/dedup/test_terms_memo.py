"""An article's story terms are read once per writer, not once per reading (issue #13,
p-captures30): the story stage reads them, the re-clustering at the ingest's end
(:mod:`veille.dedup.recluster`) and a warm-up replay find them in the writer's memo
(:mod:`veille.dedup.terms_memo`). The memo must give exactly what a fresh reading gives:
the stories a real ingest stores are those a re-clustering that reads every article
afresh makes (it moves nothing). Real SQLite store, own fixture
(``tests/fixtures/stories/order-independence.jsonl``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.dedup.stories import terms
from veille.dedup.terms_memo import TermsMemo, terms_key
from veille.ingest import StoryFollower, ingest_paths, recluster_stories
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

FIXTURE = Path(__file__).parent.parent / "fixtures" / "stories" / "order-independence.jsonl"
_LEAD = ["Un incendie a ravagé lundi un entrepôt de Roubaix, rue de l'Épeule, selon les "
         "pompiers du Nord.", "Aucune victime n'est à déplorer."]


def test_a_second_reading_is_the_first_one() -> None:
    memo = TermsMemo()
    first = memo("Incendie à Roubaix", _LEAD, date(2026, 3, 2))
    again = memo("Incendie à Roubaix", list(_LEAD), date(2026, 3, 2))
    assert again is first and (memo.hits, memo.misses) == (1, 1)
    fresh = terms("Incendie à Roubaix", _LEAD, date(2026, 3, 2))
    assert first == fresh
    assert (first.names, first.headline, first.kinds, first.places, first.mentions) == \
        (fresh.names, fresh.headline, fresh.kinds, fresh.places, fresh.mentions)


def test_another_input_is_read_afresh() -> None:
    memo = TermsMemo()
    memo("Incendie à Roubaix", _LEAD, date(2026, 3, 2))
    memo("Incendie à Roubaix", _LEAD, date(2026, 3, 3))  # another day
    memo("Incendie à Roubaix", [" ".join(_LEAD)], date(2026, 3, 2))  # paragraphs joined
    memo("Incendie", ["à Roubaix", *_LEAD], date(2026, 3, 2))  # headline words moved
    assert (memo.hits, memo.misses) == (0, 4)


def test_the_least_recently_read_goes_first() -> None:
    memo = TermsMemo(limit=2)
    memo("A", ["un"])
    memo("B", ["deux"])
    memo("A", ["un"])  # read again: now the most recent
    memo("C", ["trois"])  # B goes
    assert memo.held == 2
    memo("A", ["un"])
    memo("B", ["deux"])
    assert (memo.hits, memo.misses) == (2, 4)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=20), st.lists(st.text(max_size=20), max_size=4),
       st.text(max_size=20), st.lists(st.text(max_size=20), max_size=4))
def test_keys_differ_when_inputs_differ(title: str, paragraphs: list[str],
                                        other_title: str, other: list[str]) -> None:
    same = (title, paragraphs) == (other_title, other)
    assert (terms_key(title, paragraphs, None) == terms_key(other_title, other, None)) == same
    assert terms_key(title, paragraphs, None) != terms_key(title, paragraphs, date(2026, 1, 1))


def test_an_ingest_reads_each_article_once_and_its_stories_are_a_fresh_reading(
        tmp_path: Path) -> None:
    store = SQLiteStore.open(tmp_path / "store.sqlite3")
    try:
        follower = StoryFollower(store)
        summary = ingest_paths(store, [FIXTURE], settings=Settings(), stories=follower)
        assert summary.new >= 15
        # the story stage read each new article's terms; the re-clustering found them
        assert follower.terms.misses <= summary.new + summary.versions + 2
        assert follower.terms.hits >= summary.new - 2
        # clustering the window again, every article's terms read afresh: no story moves
        everything = [a.id for a in store.latest(limit=100)]
        assert recluster_stories(store, everything) == {}
    finally:
        store.close()
