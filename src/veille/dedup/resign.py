"""Re-signing stored signatures of an older definition, when the ingest loop warms up.

Every stored signature follows one definition of words, shingles and hashes
(:data:`veille.dedup.signature.VERSION`, in the signature's first byte). A signature of
another version shares no hash with the current ones, so an upgraded store would stop
finding copies of what it held. When the ingest loop warms its window
(:class:`veille.dedup.window.DedupWindow`), :func:`current_rows` re-signs each row of
another version from the stored article's body, with the same input the near-duplicate
stage signs, and writes the new signatures back (``Store.update_signatures``), so the work
is done once, for the window only: rows older than the window are never compared again,
and stay as they are. A row whose article has gone, or has no text, is dropped from the
window.

Why lazily, at warm-up, rather than in a migration: the store's migrations are SQL, and
re-signing needs the article bodies and this code; the window is what near-duplicate
detection reads, and it is bounded (14 days by default), so the cost is bounded too.
The signature kept inside each stored article's record (``dedup.signature``) is left as
it was; nothing reads it back but :func:`veille.dedup.near.decode`, which reads every
version.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from veille.dedup.near import body_of
from veille.dedup.signature import VERSION, Shingler, Signature
from veille.record import Article

Row = tuple[str, str, int, bytes]
"""``(article_id, source, minute, signature)``, as ``Store.recent_signatures`` gives."""
CHUNK = 500


class SignatureStore(Protocol):
    """What re-signing needs of the store."""

    def get_many(self, ids: Iterable[str]) -> dict[str, Article]:
        """The stored articles among ``ids``."""

    def update_signatures(self, rows: Iterable[tuple[str, bytes]]) -> None:
        """Replace stored signatures."""


def is_current(blob: bytes) -> bool:
    """Whether a stored signature follows the current definition."""
    return Signature.from_bytes(blob).version == VERSION


def current_rows(store: SignatureStore, rows: Sequence[Row]) -> list[Row]:
    """``rows`` in order, each signature of another version re-signed (and written back);
    rows whose article cannot be re-signed are left out."""
    stale = [row[0] for row in rows if not is_current(row[3])]
    if not stale:
        return list(rows)
    shingler = Shingler()
    fresh: dict[str, bytes] = {}
    for i in range(0, len(stale), CHUNK):
        articles = store.get_many(stale[i:i + CHUNK])
        signed = [(article_id, shingler.signature(body).to_bytes())
                  for article_id, article in articles.items()
                  if (body := body_of(article))]
        store.update_signatures(signed)
        fresh.update(signed)
    return [row if is_current(row[3]) else (row[0], row[1], row[2], fresh[row[0]])
            for row in rows if row[0] in fresh or is_current(row[3])]
