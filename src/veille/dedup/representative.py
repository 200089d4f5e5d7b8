"""Which article stands for a story in a list: its fullest independent article.

A teaser (a paywalled opening, a summary) is short next to the story's full articles, and a
reprint copies another outlet; both make poor representatives even when they come first or
rank first. The rule, in order: not a teaser (shorter than half the story's longest text),
not a reprint, then the longest text, then the given order (newest or best ranked first).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")


def fullest(items: Sequence[T], *, length: Callable[[T], int],
            reprint: Callable[[T], bool]) -> T:
    """The item to show for a group of copies/coverage of one story.

    ``items`` is non-empty, in the list's own order; ``length`` gives the text's length in
    characters, ``reprint`` whether the item copies another outlet's article.
    Raises ``ValueError`` on an empty sequence.
    """
    if not items:
        raise ValueError("no article to choose from")
    longest = max(length(item) for item in items)

    def key(pair: tuple[int, T]) -> tuple[bool, bool, int, int]:
        position, item = pair
        size = length(item)
        return (size * 2 < longest, reprint(item), -size, position)

    return min(enumerate(items), key=key)[1]
