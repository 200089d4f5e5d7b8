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

**Across processes** (p-warm30): given a store (:class:`TermsSource`), a memo also reads
back the terms the store keeps (:mod:`veille.dedup.stored_terms`,
:mod:`veille.store.sqlite_terms`). :meth:`TermsMemo.load` reads the rows of the articles
about to be replayed or clustered, in one query per 500; an input whose digest has a row
under the current rules' version is decoded instead of read; an article's input read
afresh (:meth:`TermsMemo.of_article`: the story stage's new articles, or a missing or
stale row) is kept for :meth:`TermsMemo.flush`, which the writer calls after storing its
batch, after its warm-up and after its re-clustering. The digest covers the whole input,
so a row is never read for another input: the terms are a fresh reading's, always.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Protocol, runtime_checkable

from veille.dedup.stored_terms import decode, encode, terms_version
from veille.dedup.stories import Terms, terms

__all__ = ["LIMIT", "TermsMemo", "TermsSource", "terms_key"]

LIMIT = 2_500
"""Inputs whose terms a memo keeps, the least recently read dropped first: a window the
re-clustering reads (:data:`veille.ingest.RECLUSTER_LIMIT`, 2,000) and a batch (200) with
room to spare. About 30 KB each for a 4,000-character page (measured with ``tracemalloc``
on the AEB renders): 75 MB at most, for pages of that size."""


def terms_key(title: str, paragraphs: Sequence[str], published: date | None,
              language: str | None = None) -> bytes:
    """A 16-byte digest (BLAKE2b) of ``title``, ``paragraphs``, ``published`` and
    ``language`` (the article's, :func:`~veille.dedup.stories.terms`; ``None``, detected
    again, hashes as before r-captures60), each part prefixed by its length, so no two
    inputs that differ read as one (a paragraph split in two, a headline moved into the
    body). Lone surrogates are hashed as they are (``surrogatepass``)."""
    digest = hashlib.blake2b(digest_size=16)
    for part in (title, *paragraphs):
        data = part.encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    digest.update(b"|" + (published.isoformat().encode() if published else b"-"))
    digest.update(len(paragraphs).to_bytes(8, "little"))
    if language is not None:
        digest.update(b"|lang:" + language.encode("utf-8", "surrogatepass"))
    return digest.digest()


@runtime_checkable
class TermsSource(Protocol):
    """A store that keeps story terms (:class:`veille.store.sqlite_terms.TermsTables`)."""

    def stored_terms(self, article_ids: Iterable[str],
                     version: str) -> list[tuple[str, bytes, bytes]]:
        ...  # pragma: no cover

    def put_story_terms(self, rows: Sequence[tuple[str, bytes, bytes]],
                        version: str) -> None:
        ...  # pragma: no cover


class TermsMemo:
    """Story terms by input (module docstring): call it as :func:`~veille.dedup.stories.
    terms` is called; ``limit`` inputs kept (:data:`LIMIT`). ``hits`` and ``misses`` count
    the readings saved and made, ``stored`` those the store saved. ``store``: where the
    terms are persisted (none: in memory only)."""

    def __init__(self, limit: int = LIMIT, store: TermsSource | None = None) -> None:
        self.limit = max(1, limit)
        self.hits = 0
        self.misses = 0
        self.stored = 0
        self._held: dict[bytes, Terms] = {}
        self.store = store
        self.version = terms_version() if store is not None else ""
        """The rules' version the rows are read and written under
        (:func:`~veille.dedup.stored_terms.terms_version`)."""
        self._rows: dict[bytes, bytes] = {}  # the rows :meth:`load` read, by digest
        self._known: set[tuple[str, bytes]] = set()  # (article, digest) rows stored
        self._unsaved: dict[tuple[str, bytes], Terms] = {}  # to write, by article

    def load(self, article_ids: Iterable[str]) -> None:
        """Read the store's rows of ``article_ids`` (those the next readings need),
        replacing the rows read before; nothing without a store."""
        if self.store is not None:
            rows = self.store.stored_terms(article_ids, self.version)
            self._rows = {digest: data for _, digest, data in rows}
            self._known = {(article_id, digest) for article_id, digest, _ in rows}

    def flush(self) -> int:
        """Write the terms read afresh for an article since the last call; how many."""
        rows = [(article_id, key, encode(found))
                for (article_id, key), found in self._unsaved.items()]
        self._known.update(self._unsaved)
        self._unsaved.clear()
        if rows and self.store is not None:
            self.store.put_story_terms(rows, self.version)
        return len(rows)

    def of_article(self, article_id: str, title: str, paragraphs: Sequence[str],
                   published: date | None = None, language: str | None = None) -> Terms:
        """The terms of ``article_id``'s input (as a call), kept for :meth:`flush` unless
        the store holds them for this article (as the last :meth:`load` found or a
        :meth:`flush` wrote): an input read for another article (a copy's) is written
        for this one too."""
        key = terms_key(title, paragraphs, published, language)
        found = self._read(key, title, paragraphs, published, language)
        if self.store is not None and (article_id, key) not in self._known:
            self._unsaved[article_id, key] = found
        return found

    @property
    def held(self) -> int:
        """Inputs whose terms are kept now (no ``__len__``: an empty memo is no false
        value in ``read or terms``)."""
        return len(self._held)

    def __call__(self, title: str, paragraphs: Sequence[str],
                 published: date | None = None, language: str | None = None) -> Terms:
        return self._read(terms_key(title, paragraphs, published, language), title,
                          paragraphs, published, language)

    def _read(self, key: bytes, title: str, paragraphs: Sequence[str],
              published: date | None, language: str | None) -> Terms:
        held = self._held.pop(key, None)
        if held is None:
            row = self._rows.get(key)
            if row is not None:
                held = decode(row)
                self.stored += 1
            else:
                held = terms(title, paragraphs, published, language)
                self.misses += 1
            if len(self._held) >= self.limit:
                del self._held[next(iter(self._held))]
        else:
            self.hits += 1
        self._held[key] = held  # the most recently read last
        return held
