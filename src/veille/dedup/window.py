"""The time window of recent signatures that the near-duplicate stage compares against.

The ingest loop owns it: it warms it from the store's ``signatures`` table (only the last
``days``, so memory stays bounded however large the store), hands it to the stage as its
:class:`~veille.dedup.near.Lookup`, and after each committed batch tells it which articles
the store kept, so exact duplicates and failures do not linger as candidates.
"""

from __future__ import annotations

from collections.abc import Iterable

from veille.dedup.candidates import Candidate, CandidateIndex
from veille.dedup.signature import VERSION, Signature

DEFAULT_DAYS = 14


class DedupWindow:
    """A :class:`CandidateIndex` over the last ``days`` of articles."""

    def __init__(self, *, days: int = DEFAULT_DAYS) -> None:
        self.minutes = days * 24 * 60
        self.index = CandidateIndex(window_minutes=self.minutes)

    def warm(self, rows: Iterable[tuple[str, str, int, bytes]]) -> None:
        """Load stored ``(article_id, source, minute, signature)`` rows, oldest first.

        Signatures of another version are skipped (they share no hash with current ones):
        the ingest loop re-signs them first (:func:`veille.dedup.resign.current_rows`).
        """
        ids: set[str] = set()
        for article_id, source, minute, blob in rows:
            signature = Signature.from_bytes(blob)
            if signature.version == VERSION:
                self.index.add(article_id, source, minute, signature)
                ids.add(article_id)
        self.index.commit(ids)

    def candidates(self, signature: Signature, minute: int) -> list[Candidate]:
        return self.index.candidates(signature, minute)

    def add(self, article_id: str, source: str, minute: int, signature: Signature) -> None:
        self.index.add(article_id, source, minute, signature)

    def commit(self, kept: set[str]) -> None:
        self.index.commit(kept)
