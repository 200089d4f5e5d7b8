"""Keeping the index in step with the store, which is the source of truth.

:class:`IndexSink` is an ingest sink: after each batch the store has committed, it adds
that batch's new articles to the index and commits the index, so an interrupted ingest
leaves the index at most one batch behind; ``veille reindex`` (:func:`rebuild`) makes it
exact again from the store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Protocol

from veille.errors import SearchIndexError
from veille.index.base import Index
from veille.record import Article

REBUILD_BATCH = 1000


class ArticleSource(Protocol):
    def iter_articles(self, *, with_raw: bool = False) -> Iterable[Article]: ...


@dataclass(slots=True)
class IndexSink:
    """Adds each committed batch to the index, then commits the index.

    An index that cannot be written (locked by another process, damaged) must not stop
    an ingest: the store has the articles. The sink keeps the error in ``error``, stops
    trying, and the caller tells the user to run ``veille reindex``.
    """

    index: Index
    added: int = 0
    error: SearchIndexError | None = None

    def __call__(self, articles: Sequence[Article]) -> None:
        if not articles or self.error is not None:
            return
        try:
            self.added += self.index.add(articles)
            self.index.commit()
        except SearchIndexError as exc:
            self.error = exc


def rebuild(store: ArticleSource, index: Index, *,
            progress: Callable[[int], None] | None = None) -> int:
    """Empty the index and add every article of the store; returns how many."""
    index.clear()
    total = 0
    articles = iter(store.iter_articles())
    while batch := list(islice(articles, REBUILD_BATCH)):
        total += index.add(batch)
        if progress:
            progress(len(batch))
    index.commit()
    return total
