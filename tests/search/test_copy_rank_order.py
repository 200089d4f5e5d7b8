"""copies_after_originals: its shortcut (no copy among the ids, scores best first) gives
what the full ordering gives, for any list (issue 13: the sort ran twice on every search
page's 1,000 ranked ids)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from veille.search.copy_rank import copies_after_originals


def ordered(ids: list[str], scores: list[float],
            original_of: dict[str, str]) -> tuple[list[str], list[float]]:
    """The rule of the module's docstring, written plainly: a copy ranked with its
    original takes at most the original's score and comes just after it; a copy already
    below its original stays where it is (f-reader21: moved up on a tie, a copy below a
    page entered it)."""
    position = {article_id: p for p, article_id in enumerate(ids)}
    keyed = []
    for p, (article_id, score) in enumerate(zip(ids, scores, strict=True)):
        # up the copy's links (a copy of a copy: t-final21 F3b), the farthest in the list
        chain, original = [article_id], original_of.get(article_id)
        while original is not None and original not in chain:
            chain.append(original)
            original = original_of.get(original)
        at = next((position[o] for o in reversed(chain[1:]) if o in position), None)
        if at is not None and at > p and scores[at] <= score:
            keyed.append((scores[at], at, 1, article_id))
        else:
            keyed.append((score, p, 0, article_id))
    keyed.sort(key=lambda entry: (-entry[0], entry[1], entry[2]))
    return [entry[3] for entry in keyed], [entry[0] for entry in keyed]


@given(st.lists(st.floats(min_value=0, max_value=10, allow_nan=False), max_size=40),
       st.booleans(), st.dictionaries(st.integers(0, 45), st.integers(0, 45), max_size=6))
def test_the_order_is_the_rule_s(scores: list[float], best_first: bool,
                                 copies: dict[int, int]) -> None:
    if best_first:
        scores = sorted(scores, reverse=True)
    ids = [f"a{n}" for n in range(len(scores))]
    original_of = {f"a{copy}": f"a{original}" for copy, original in copies.items()}
    assert copies_after_originals(ids, scores, original_of) == ordered(ids, scores, original_of)


def test_a_copy_of_a_copy_ranks_under_the_root() -> None:
    """t-final21 F3b: the teaser (filed under the reprint) ranked above the dispatch."""
    ids, scores = ["teaser", "reprint", "dispatch"], [3.0, 2.8, 2.6]
    original_of = {"teaser": "reprint", "reprint": "dispatch"}
    assert copies_after_originals(ids, scores, original_of)[0] == [
        "dispatch", "teaser", "reprint"]


def test_an_ordered_list_without_copies_is_returned_as_given() -> None:
    ids, scores = ["a", "b", "c"], [3.0, 2.0, 2.0]
    assert copies_after_originals(ids, scores, {"x": "a"}) == (ids, scores)
    assert copies_after_originals(ids, [1.0, 2.0, 3.0], {}) == (["c", "b", "a"],
                                                                 [3.0, 2.0, 1.0])
