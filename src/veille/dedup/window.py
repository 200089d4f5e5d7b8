"""The time window of recent signatures that the near-duplicate stage compares against.

The ingest loop owns it: it warms it from the store's ``signatures`` table (only the last
``days``, so memory stays bounded however large the store), hands it to the stage as its
:class:`~veille.dedup.near.Lookup`, and after each committed batch tells it which articles
the store kept, so exact duplicates and failures do not linger as candidates.

An article dated before that window (a backfill: an archive, a WARC, a late feed, a page
published in March ingested in November) is compared with the store's signatures around
its own date, not with the recent ones: the window reads them from the store through its
``loader`` (one span of ``3 x days`` per ``days`` of time, the last :data:`ARCHIVE_SPANS`
spans kept), with the articles of the batch not yet committed. Without it, whether two
copies of one dispatch were recognised depended on whether an unrelated recent article
had been ingested in between.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable

from veille.dedup.candidates import Candidate, CandidateIndex
from veille.dedup.signature import VERSION, Signature

DEFAULT_DAYS = 14
#: Spans of older signatures kept in memory at once (each ``3 x days`` of the store).
ARCHIVE_SPANS = 4

Row = tuple[str, str, int, bytes]
Loader = Callable[[int, int], Iterable[Row]]
"""``(first, last)`` minutes -> the store's ``(article_id, source, minute, signature)``
rows dated in ``[first, last)``."""


class DedupWindow:
    """A :class:`CandidateIndex` over the last ``days`` of articles, and spans of older
    ones read on demand through ``loader`` (none without one)."""

    def __init__(self, *, days: int = DEFAULT_DAYS, loader: Loader | None = None) -> None:
        self.minutes = days * 24 * 60
        self.index = CandidateIndex(window_minutes=self.minutes)
        self.loader = loader
        self._newest: int | None = None
        self._archives: OrderedDict[int, CandidateIndex] = OrderedDict()
        self._batch: list[tuple[str, str, int, Signature]] = []

    def warm(self, rows: Iterable[Row]) -> None:
        """Load stored ``(article_id, source, minute, signature)`` rows, oldest first.

        Signatures of another version are skipped (they share no hash with current ones):
        the ingest loop re-signs them first (:func:`veille.dedup.resign.current_rows`).
        """
        ids: set[str] = set()
        for article_id, source, minute, blob in rows:
            signature = Signature.from_bytes(blob)
            if signature.version == VERSION:
                self.index.add(article_id, source, minute, signature)
                self._see(minute)
                ids.add(article_id)
        self.index.commit(ids)

    def _see(self, minute: int) -> None:
        self._newest = minute if self._newest is None else max(self._newest, minute)

    def _is_old(self, minute: int) -> bool:
        return self._newest is not None and minute < self._newest - self.minutes

    def _archive(self, minute: int) -> CandidateIndex | None:
        """The older signatures around ``minute``: span ``k = minute // minutes`` holds
        ``[(k-1) x minutes, (k+2) x minutes)``, so every article within the window of
        ``minute`` is in it, from the store and from this batch."""
        if self.loader is None:
            return None
        span = minute // self.minutes
        found = self._archives.get(span)
        if found is not None:
            self._archives.move_to_end(span)
            return found
        first, last = (span - 1) * self.minutes, (span + 2) * self.minutes
        archive = CandidateIndex(window_minutes=3 * self.minutes)
        ids: set[str] = set()
        for article_id, source, at, blob in self.loader(first, last):
            signature = Signature.from_bytes(blob)
            if signature.version == VERSION:  # the loader re-signs older ones
                archive.add(article_id, source, at, signature)
                ids.add(article_id)
        archive.commit(ids)
        for article_id, source, at, signature in self._batch:
            if first <= at < last and article_id not in ids:
                archive.add(article_id, source, at, signature)
        self._archives[span] = archive
        while len(self._archives) > ARCHIVE_SPANS:
            self._archives.popitem(last=False)
        return archive

    def candidates(self, signature: Signature, minute: int,
                   source: str | None = None) -> list[Candidate]:
        if not self._is_old(minute):
            return self.index.candidates(signature, minute, source=source)
        archive = self._archive(minute)
        if archive is None:
            return self.index.candidates(signature, minute, source=source)
        return [c for c in archive.candidates(signature, minute, source=source)
                if abs(c.minute - minute) <= self.minutes]

    def add(self, article_id: str, source: str, minute: int, signature: Signature) -> None:
        self._batch.append((article_id, source, minute, signature))
        for span, archive in self._archives.items():
            if (span - 1) * self.minutes <= minute < (span + 2) * self.minutes:
                archive.add(article_id, source, minute, signature)
        if self._is_old(minute) and self.loader is not None:
            return  # older than the recent window: only the spans around it need it
        self.index.add(article_id, source, minute, signature)
        self._see(minute)

    def commit(self, kept: set[str]) -> None:
        self.index.commit(kept)
        for archive in self._archives.values():
            archive.commit(kept)
        self._batch = []
