"""The store protocol: a few methods every backend implements (SQLite now, PostgreSQL later).

A contract test suite (``tests/contract/test_store_contract.py``) runs against every backend
that is available, so a backend is correct when it passes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from veille.record import Article, RawInput


@dataclass(frozen=True, slots=True)
class Failure:
    """An item that failed, with what it was, where it came from and why."""

    origin: str
    reason: str
    message: str
    raw: RawInput | None = None


@dataclass(slots=True)
class BatchResult:
    """What one atomic batch did."""

    new: list[str] = field(default_factory=list)
    duplicate: int = 0
    failed: int = 0


class Store(Protocol):
    """What veille needs from a store."""

    def put_batch(self, articles: Sequence[Article], failures: Sequence[Failure] = ()) -> BatchResult:
        """Store articles and failures in one atomic transaction."""

    def known_raw_ids(self, raw_ids: Iterable[str]) -> set[str]:
        """Which of these raw inputs were already stored (for a quick resume)."""

    def get(self, article_id: str) -> Article:
        """One article, or :class:`~veille.errors.NotFound`."""

    def latest(self, *, limit: int = 20, offset: int = 0, after_seq: int = 0,
               source: str | None = None) -> list[Article]:
        """Newest first, by publication time (first-seen time when unknown).

        ``source`` keeps one site's articles (the web app's "same source" related list).
        """

    def iter_articles(self, *, with_raw: bool = False) -> Iterator[Article]:
        """Every article, in insertion order."""

    def replace_content(self, articles: Sequence[Article]) -> int:
        """Write re-extracted content over stored articles; returns how many changed."""

    def get_raw(self, raw_id: str) -> RawInput:
        """The raw input, decompressed."""

    def failures(self, *, limit: int = 100) -> list[Failure]:
        """The most recent failures."""

    def learn_site_blocks(self, source: str, blocks: Iterable[str]) -> None:
        """Count the blocks seen on one more page of ``source``."""

    def site_chrome(self, source: str, *, min_pages: int = 3) -> frozenset[str]:
        """Blocks seen on at least ``min_pages`` pages of ``source``."""

    def counts(self) -> dict[str, int]:
        """Articles, raw inputs, duplicates and failures stored."""

    def close(self) -> None:
        """Release the backend."""
