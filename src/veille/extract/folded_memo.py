"""The folded blocks of the captures extracted last, kept for the ingest loop to reuse.

After a batch is stored, the ingest loop learns each sourced capture's blocks as its site's
candidate chrome (``Ingestor._learn_sites``: every block of the capture, folded). The
extractor has just split and folded the same text (its feature table), so the loop takes
them from here instead of splitting and folding the capture a second time (about 1 ms of
a 15 KB capture's 8, issue #13). An entry is found only for the very text the extractor
read (compared whole), so what is learnt is what splitting that text again would give; a
capture read another way (another charset, terminal escapes, a cut) or extracted in
another process is split again by the caller.

Bounded: at most :data:`MAX_ENTRIES` texts and :data:`MAX_CHARS` characters (texts and
their folded blocks), the oldest forgotten first; an entry is given out once.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence

__all__ = ["MAX_CHARS", "MAX_ENTRIES", "clear", "remember", "take"]

MAX_ENTRIES = 1024
"""Texts kept: several ingest batches (200 captures each by default)."""
MAX_CHARS = 8_000_000
"""Characters kept, texts and folded blocks together: an ingest batch of 200 captures of
15 KB holds about 6 million (at most 32 MB, four bytes a character; a batch of larger
captures loses its oldest entries, which are then split again: slower, not different)."""

_entries: OrderedDict[str, tuple[str, ...]] = OrderedDict()
_sizes: dict[str, int] = {}
_total = 0
_lock = threading.Lock()


def remember(text: str, folded: Sequence[str]) -> None:
    """Keep ``folded`` (each block of ``text``, folded, in order) for :func:`take`."""
    global _total
    size = len(text) + sum(map(len, folded))
    if size > MAX_CHARS:
        return
    with _lock:
        if text in _entries:
            _total -= _sizes.pop(text)
            del _entries[text]
        _entries[text] = tuple(folded)
        _sizes[text] = size
        _total += size
        while len(_entries) > MAX_ENTRIES or _total > MAX_CHARS:
            old, _ = _entries.popitem(last=False)
            _total -= _sizes.pop(old)


def take(text: str) -> tuple[str, ...] | None:
    """The folded blocks remembered for exactly ``text`` (forgotten here), or None."""
    global _total
    with _lock:
        folded = _entries.pop(text, None)
        if folded is not None:
            _total -= _sizes.pop(text)
        return folded


def clear() -> None:
    """Forget every entry."""
    global _total
    with _lock:
        _entries.clear()
        _sizes.clear()
        _total = 0
