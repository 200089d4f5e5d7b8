"""Stories past the window are forgotten from a heap of their last minutes (issue #13): the
same stories as reading every active story for each article, whatever the order the
articles come in."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.dedup.stories import Stories


class _Scanning(Stories):
    """The expiry as it was: every active story read for each article."""

    def _expire(self, minute: int) -> None:
        limit = minute - self.window_days * 1440
        for sid in [s.id for s in self.active.values() if s.last < limit]:
            self._unpost(self.active.pop(sid))


_WORDS = ["ukraine", "kiev", "odessa", "frappe", "rennes", "metro", "conseil", "budget",
          "soudan", "darfour", "marche", "election"]
_ARTICLE = st.tuples(
    st.integers(min_value=0, max_value=30 * 1440),  # minute: out of order, over a month
    st.dictionaries(st.sampled_from(_WORDS), st.sampled_from([1.0, 1.5, 3.0, 4.5]),
                    min_size=1, max_size=6),
    st.booleans())  # a copy of the previous article


@settings(max_examples=300, deadline=None)
@given(st.lists(_ARTICLE, max_size=40), st.sampled_from([0.5, 2.0, 7.0]))
def test_the_heap_forgets_the_stories_a_scan_forgets(articles: list[tuple[int, dict[str, float],
                                                                          bool]],
                                                     window_days: float) -> None:
    heap, scan = Stories(window_days=window_days), _Scanning(window_days=window_days)
    for n, (minute, counts, copy) in enumerate(articles):
        copies = [f"a{n - 1}"] if copy and n else []
        assert heap.assign(f"a{n}", counts, minute, copies) == \
            scan.assign(f"a{n}", counts, minute, copies)
        assert list(heap.active) == list(scan.active)
        assert heap.postings == scan.postings
        assert heap.take_moved() == scan.take_moved()


def test_a_week_of_silence_ends_a_story() -> None:
    stories = Stories(window_days=7.0)
    terms = {"rennes": 3.0, "metro": 1.0, "conseil": 1.0, "budget": 1.0}
    stories.assign("a", terms, 0)
    stories.assign("b", terms, 60)  # joins: the story goes on from minute 60
    assert list(stories.active) == ["a"]
    stories.assign("c", {"soudan": 3.0}, 7 * 1440 + 30)  # a week after a, not after b
    assert "a" in stories.active
    stories.assign("d", {"darfour": 3.0}, 7 * 1440 + 61)  # a week after b
    assert "a" not in stories.active and "rennes" not in stories.postings
