"""An article's story terms read once per process, not once per reading.

The story terms of an article (:func:`veille.dedup.stories.terms`: its weighted words, names,
sub-places, persons, days and kinds of event) cost about 8 ms of CPU for a 4,000-character
page (issue #13: 55% of a capture's ingest, measured with ``bench/ingest_stages.py``). An
ingest read them twice for every new article: once in the story stage, and again when its
end clusters the window's stories again from a fresh state (:func:`veille.dedup.recluster.
cluster`, the canonical order of issue #14), on the same headline, the same paragraphs (less
the same background sentences, most of the time) and the same publication day; a writer that
lives across ingests (``veille watch``) read them a third time for the articles its warm-up
replayed (:func:`veille.ingest.warm_stories`) that a later window clusters again.

:class:`TermsMemo` keeps the terms of the last :data:`LIMIT` inputs it read, keyed by a digest
of exactly what :func:`~veille.dedup.stories.terms` reads (headline, paragraphs, day): a
second reading of the same input is a lookup, and a different input (an update's new text,
other background sentences cut) is read afresh, so the terms are those a fresh reading gives,
always. It lives as long as the story state of one writer (:class:`veille.ingest.
StoryFollower`), whose rules' settings do not change meanwhile; the terms it returns are
shared and read-only (no reader of :class:`~veille.dedup.stories.Terms` changes them:
:meth:`~veille.dedup.stories.Stories.assign` copies what it keeps).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date

from veille.dedup.stories import Terms, terms

__all__ = ["LIMIT", "TermsMemo", "terms_key"]

LIMIT = 2_500
"""Inputs whose terms a memo keeps, the least recently read dropped first: a window the
re-clustering reads (:data:`veille.ingest.RECLUSTER_LIMIT`, 2,000) and a batch (200) with
room to spare. About 30 KB each for a 4,000-character page (measured with ``tracemalloc``
on the AEB renders): 75 MB at most, for pages of that size."""


def terms_key(title: str, paragraphs: Sequence[str], published: date | None) -> bytes:
    """A 16-byte digest (BLAKE2b) of ``title``, ``paragraphs`` and ``published``, each
    part prefixed by its length, so no two inputs that differ read as one (a paragraph
    split in two, a headline moved into the body). Lone surrogates are hashed as they
    are (``surrogatepass``)."""
    digest = hashlib.blake2b(digest_size=16)
    for part in (title, *paragraphs):
        data = part.encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    digest.update(b"|" + (published.isoformat().encode() if published else b"-"))
    digest.update(len(paragraphs).to_bytes(8, "little"))
    return digest.digest()


class TermsMemo:
    """Story terms by input (module docstring): call it as :func:`~veille.dedup.stories.
    terms` is called; ``limit`` inputs kept (:data:`LIMIT`). ``hits`` and ``misses`` count
    the readings saved and made."""

    def __init__(self, limit: int = LIMIT) -> None:
        self.limit = max(1, limit)
        self.hits = 0
        self.misses = 0
        self._held: dict[bytes, Terms] = {}

    @property
    def held(self) -> int:
        """Inputs whose terms are kept now (no ``__len__``: an empty memo is no false
        value in ``read or terms``)."""
        return len(self._held)

    def __call__(self, title: str, paragraphs: Sequence[str],
                 published: date | None = None) -> Terms:
        key = terms_key(title, paragraphs, published)
        held = self._held.pop(key, None)
        if held is None:
            held = terms(title, paragraphs, published)
            self.misses += 1
            if len(self._held) >= self.limit:
                del self._held[next(iter(self._held))]
        else:
            self.hits += 1
        self._held[key] = held  # the most recently read last
        return held
