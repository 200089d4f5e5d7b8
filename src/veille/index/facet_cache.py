"""A small least-recently-used cache of a query's count and facets, per index generation.

Counting the matches and their facets visits every match (a million for a query of
function words only, which matches every article), while the page of hits needs only the
top few. The count and facets of a query do not change until the index does, so they are
kept under ``(query, generation)``; a commit makes a new generation and the old entries
age out. Thread-safe (the web server answers from several threads).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from typing import Generic, TypeVar

Facets = dict[str, list[tuple[str, int]]]
Counted = tuple[int, Facets, int]
"""``(number of matches, {facet name: [(value, count), ...]}, number of them dated)``: the
last is how many matches have a publication day, which places a page of the date order
between the dated matches and the undated ones after them without counting them again."""
V = TypeVar("V")


class Lru(Generic[V]):
    """At most ``size`` entries; the least recently used goes first. Thread-safe."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._entries: OrderedDict[Hashable, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> V | None:
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
            return found

    def put(self, key: Hashable, value: V) -> None:
        if self.size <= 0:
            return
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)


class FacetCache(Lru[Counted]):
    """An :class:`Lru` of counts and facets that hands out and keeps copies (callers may
    change their lists)."""

    def get(self, key: Hashable) -> Counted | None:
        found = super().get(key)
        if found is None:
            return None
        return found[0], {name: list(values) for name, values in found[1].items()}, found[2]

    def put(self, key: Hashable, value: Counted) -> None:
        super().put(key, (value[0], {n: list(v) for n, v in value[1].items()}, value[2]))
