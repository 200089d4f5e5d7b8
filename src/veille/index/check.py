"""``veille check``: compare the store and the index, say what differs, and repair it.

The store is the source of truth. For every article it holds, the index must hold one
document whose ``hash`` (:func:`veille.index.state.doc_hash`) is that of the article's
indexed form now; the index must hold nothing else. Changes logged after the index's
applied sequence number are *pending* (not yet applied): an index behind the store
(``lag`` > 0) is a finding, and an article it lacks is reported missing even when its
change is pending; pending articles are left out of the ``stale`` and ``different``
comparisons (another process may be applying them). A repair catches up, then removes
stale documents and writes missing or different ones from the store, in one commit: no
full rebuild. Damaged files (checksums, see
:func:`veille.index.lifecycle.verify_files`) cannot be repaired in place; they need
``veille reindex``.

An index whose applied seq is below what the log's compaction removed (a ``gap``, see
:mod:`veille.store.changelog`) cannot catch up from the log: :func:`resync` compares every
article with the index and writes what differs, as a repair does, and records the log's
head it started from; it is what a catch-up does on its own when it meets the gap.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from veille.errors import SearchIndexError
from veille.index.lifecycle import verify_files
from veille.index.state import doc_hash
from veille.index.sync import (
    CATCH_UP_CHUNK,
    REBUILD_BATCH,
    ChangeLog,
    WritableIndex,
    hold,
)
from veille.index.tantivy_index import TantivyIndex

if TYPE_CHECKING:
    from veille.store.replica import ReplicaPosition

SHOWN = 20


@dataclass(slots=True)
class Drift:
    """What differs between the store and the index (ids), and the index's damaged files."""

    store_seq: int = 0
    index_seq: int = 0
    compacted_seq: int = 0
    """Up to where the store's change log was compacted (changes at or below it are gone)."""
    articles: int = 0
    documents: int = 0
    missing: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    different: list[str] = field(default_factory=list)
    damaged: list[str] = field(default_factory=list)
    repaired: int = 0
    replica: ReplicaPosition | None = None
    """Where the read replica (``read_url``) stands, None without one: its lag is no
    drift (``--repair`` cannot fix it; it replays on its own), but searches miss what it
    lacks, so it is reported."""

    @property
    def lag(self) -> int:
        return max(0, self.store_seq - self.index_seq)

    @property
    def gap(self) -> bool:
        """The index lacks changes the log's compaction removed: it must resync."""
        return self.index_seq < self.compacted_seq and not self.damaged

    @property
    def found(self) -> bool:
        return bool(self.missing or self.stale or self.different or self.damaged
                    or self.lag)

    def lines(self) -> list[str]:
        """The report, one line per finding (ids shown up to ``SHOWN`` per kind)."""
        out = [f"store: {self.articles} articles, change {self.store_seq}; index: "
               f"{self.documents} documents, change {self.index_seq} (lag {self.lag})"]
        for label, ids in (("missing from the index", self.missing),
                           ("in the index but not in the store", self.stale),
                           ("different in the index", self.different)):
            if ids:
                more = f" ... and {len(ids) - SHOWN} more" if len(ids) > SHOWN else ""
                out.append(f"{len(ids)} {label}: {' '.join(sorted(ids)[:SHOWN])}{more}")
        if self.gap:
            out.append(f"gap: the log was compacted up to change {self.compacted_seq}, past "
                       "the index: it resyncs from the store (`veille check --repair`, or the "
                       "next command that writes)")
        elif self.lag and not self.damaged:
            out.append(f"behind: {self.lag} changes of the store not applied to the index yet")
        out.extend(f"damaged: {problem}" for problem in self.damaged)
        if self.replica is not None:
            out.append(self.replica.one_line() or
                       f"read replica: up to date (change {self.replica.seq})")
        return out

    def as_dict(self) -> dict[str, object]:
        return {"store_seq": self.store_seq, "index_seq": self.index_seq, "lag": self.lag,
                "compacted_seq": self.compacted_seq, "gap": self.gap,
                "articles": self.articles, "documents": self.documents,
                "missing": sorted(self.missing), "stale": sorted(self.stale),
                "different": sorted(self.different), "damaged": list(self.damaged),
                "repaired": self.repaired,
                **(self.replica.as_dict() if self.replica is not None else {})}


def pending_ids(store: ChangeLog, after: int) -> set[str]:
    """Articles with a change logged after ``after`` (not yet applied by the index)."""
    pending: set[str] = set()
    while changes := store.changes(after=after, limit=CATCH_UP_CHUNK):
        pending.update(c.article_id for c in changes)
        after = changes[-1].seq
    return pending


def compare(store: ChangeLog, index: Any, *, since: int | None = None) -> Drift:
    """Compare ids and hashes; the index's files are verified first. Changes after
    ``since`` (default: the index's applied seq) are pending."""
    files = verify_files(index.path) if isinstance(index, TantivyIndex) else []
    drift = Drift(damaged=files, store_seq=store.change_seq(),
                  compacted_seq=store.compacted_seq())
    if drift.damaged:
        return drift  # reading a damaged index may fail anywhere: it needs a rebuild
    try:
        drift.index_seq = index.applied_seq()
        entries = index.entries()
    except SearchIndexError as exc:
        drift.damaged.append(exc.one_line())
        return drift
    drift.documents = len(entries)
    pending = pending_ids(store, drift.index_seq if since is None else since)
    for article in store.iter_articles():
        drift.articles += 1
        indexed = entries.pop(article.id, None)
        if indexed is None:
            drift.missing.append(article.id)
        elif article.id in pending:
            continue
        elif indexed != doc_hash(index.doc(article)):
            drift.different.append(article.id)
    drift.stale = [i for i in entries if i not in pending]
    return drift


def repair(store: ChangeLog, index: Any, drift: Drift, *,
           applied_seq: int | None = None) -> int:
    """Fix what :func:`compare` found (the caller holds the writer and has caught up):
    stale documents removed, missing and different ones written from the store, in one
    commit that records ``applied_seq`` (default: the index's own)."""
    wanted = drift.missing + drift.different
    if not (wanted or drift.stale or applied_seq is not None):
        return 0
    written = 0
    try:
        index.delete(drift.stale)
        for start in range(0, len(wanted), REBUILD_BATCH):  # a resync of a new index: all
            written += index.add(list(store.get_many(wanted[start:start + REBUILD_BATCH])
                                      .values()))
        index.commit(applied_seq=index.applied_seq() if applied_seq is None else applied_seq)
    except BaseException:
        index.rollback()
        raise
    return len(drift.stale) + written


def resync(store: ChangeLog, index: WritableIndex) -> int:
    """Bring an index that lacks compacted changes to the store's current state in place:
    hold the log at its head, compare every article with the index (changes after the
    head are pending: the catch-up that follows applies them), write what differs and
    record the head. Returns the documents written or removed."""
    start = hold(store, "search index")
    drift = compare(store, index, since=start)
    if drift.damaged:
        raise SearchIndexError(f"the search index cannot be resynced: {drift.damaged[0]}",
                               hint="run `veille reindex`")
    return repair(store, index, drift, applied_seq=start)
