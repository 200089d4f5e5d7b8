"""Which article stands for a story in a list (issue 14): its fullest independent article,
never a teaser that came first or ranked first."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from veille.dedup.representative import fullest

Item = tuple[str, int, bool]  # (id, text length, reprint)


def pick(items: list[Item]) -> str:
    return fullest(items, length=lambda i: i[1], reprint=lambda i: i[2])[0]


def test_a_teaser_first_does_not_represent_its_story() -> None:
    assert pick([("teaser", 300, False), ("full", 4000, True), ("other", 3500, False)]) \
        == "other"


def test_fullest_independent_wins_then_order() -> None:
    assert pick([("a", 2000, False), ("b", 2100, False)]) == "b"
    assert pick([("a", 2000, False), ("b", 2000, False)]) == "a"
    assert pick([("copy", 5000, True)]) == "copy"


@given(st.lists(st.tuples(st.text(min_size=1, max_size=3), st.integers(0, 10_000),
                          st.booleans()), min_size=1, max_size=12))
def test_never_a_teaser_when_a_full_text_exists(items: list[Item]) -> None:
    chosen = fullest(items, length=lambda i: i[1], reprint=lambda i: i[2])
    longest = max(i[1] for i in items)
    assert chosen in items and chosen[1] * 2 >= longest
