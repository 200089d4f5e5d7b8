"""The folded words of the paragraphs extracted last, kept for the fingerprint to reuse.

The content fingerprint (:mod:`veille.dedup.fingerprint`) hashes the folded words of an
article's body. The text-capture extractor has just folded every paragraph and split it
into words (its teaser check reads them), so the fingerprint takes them from here instead
of folding and scanning the body a second time (about 0.15 ms of a 15 KB capture's 7,
issue #13). An entry is found only for the very paragraph text it was made from (compared
whole), so what is reused is what folding that paragraph again would give; a paragraph
changed after extraction (control characters removed) or extracted in another process is
folded again by the caller.

Bounded: at most :data:`MAX_ENTRIES` paragraphs and :data:`MAX_CHARS` characters of
paragraph text, the oldest forgotten first.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

__all__ = ["MAX_CHARS", "MAX_ENTRIES", "clear", "get", "remember"]

MAX_ENTRIES = 4096
"""Paragraphs kept: those of the last hundred or so articles (the fingerprint stage runs
right after the extraction of each)."""
MAX_CHARS = 2_000_000
"""Characters of paragraph text kept (their words take about as much again)."""

_entries: OrderedDict[str, tuple[str, ...]] = OrderedDict()
_total = 0
_lock = threading.Lock()


def remember(paragraph: str, words: tuple[str, ...]) -> None:
    """Keep ``words``, the words (:func:`veille.extract.textshape.words`) of ``paragraph``
    folded (:func:`veille.extract.textshape.fold`), for :func:`get`."""
    global _total
    if len(paragraph) > MAX_CHARS:
        return
    with _lock:
        if paragraph in _entries:
            _entries.move_to_end(paragraph)
            return
        _entries[paragraph] = words
        _total += len(paragraph)
        while len(_entries) > MAX_ENTRIES or _total > MAX_CHARS:
            old, _ = _entries.popitem(last=False)
            _total -= len(old)


def get(paragraph: str) -> tuple[str, ...] | None:
    """The folded words remembered for exactly ``paragraph``, or None."""
    return _entries.get(paragraph)


def clear() -> None:
    """Forget every entry."""
    global _total
    with _lock:
        _entries.clear()
        _total = 0
