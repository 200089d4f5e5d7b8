"""The ingest's reorder buffer: articles let out in the order of their own times, within a
bound, whatever the order they were read in and wherever the batches are cut.

Replacement selection (Knuth, TAOCP vol. 3, 5.4.1): each article read is pushed into a
heap of at most :data:`HOLD` articles keyed by ``(minute, arrival)``; when it holds more,
the earliest is let out. What comes out, and in what order, is a function of the
sequence of articles read alone: the same files give the stateful stages (near
duplicates, stories) the same sequence with any ``batch_size`` (newuser15c D1), and a run
resumed after a kill, which skips the articles already stored (all let out before the
rest, since a batch stores only what was let out), holds the same articles the killed
run held at that point and goes on identically. Inputs in time order come out at once
after :data:`HOLD` articles; a folder read in name order comes out sorted when its
disorder spans fewer than :data:`HOLD` articles (on random input, sorted runs average
twice the bound).
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from typing import Generic, TypeVar

T = TypeVar("T")

HOLD = 200
"""Articles held back at most: the ingest's former default batch size, whose batches were
each clustered in time order (so a default run sorts at least as far as before). A
constant, not a setting: the order must not depend on how a run is configured. Memory:
:data:`HOLD` extracted articles, each bounded by ``max_input_bytes``."""


class Reorder(Generic[T]):
    """Items (articles) in, items out by ``(minute, arrival)``, :data:`HOLD` at most
    held."""

    def __init__(self, hold: int = HOLD) -> None:
        if hold < 0:
            raise ValueError(f"hold must be >= 0, got {hold}")
        self.hold = hold
        self._heap: list[tuple[int, int, T]] = []
        self._arrived = 0

    def __len__(self) -> int:
        return len(self._heap)

    def push(self, minute: int, item: T) -> list[T]:
        """Take ``item`` (dated ``minute``); the item let out (the earliest held,
        possibly this one) when more than ``hold`` are held, else none."""
        heapq.heappush(self._heap, (minute, self._arrived, item))
        self._arrived += 1
        if len(self._heap) > self.hold:
            return [heapq.heappop(self._heap)[2]]
        return []

    def drain(self) -> Iterator[T]:
        """Every item held, earliest first (the end of the run)."""
        while self._heap:
            yield heapq.heappop(self._heap)[2]

    def held(self) -> list[T]:
        """The items held, in no order."""
        return [entry[2] for entry in self._heap]
