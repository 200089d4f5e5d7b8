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
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from veille.errors import SearchIndexError
from veille.index.lifecycle import verify_files
from veille.index.state import doc_hash
from veille.index.sync import CATCH_UP_CHUNK, ChangeLog
from veille.index.tantivy_index import TantivyIndex

SHOWN = 20


@dataclass(slots=True)
class Drift:
    """What differs between the store and the index (ids), and the index's damaged files."""

    store_seq: int = 0
    index_seq: int = 0
    articles: int = 0
    documents: int = 0
    missing: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    different: list[str] = field(default_factory=list)
    damaged: list[str] = field(default_factory=list)
    repaired: int = 0

    @property
    def lag(self) -> int:
        return max(0, self.store_seq - self.index_seq)

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
        if self.lag and not self.damaged:
            out.append(f"behind: {self.lag} changes of the store not applied to the index yet")
        out.extend(f"damaged: {problem}" for problem in self.damaged)
        return out

    def as_dict(self) -> dict[str, object]:
        return {"store_seq": self.store_seq, "index_seq": self.index_seq, "lag": self.lag,
                "articles": self.articles, "documents": self.documents,
                "missing": sorted(self.missing), "stale": sorted(self.stale),
                "different": sorted(self.different), "damaged": list(self.damaged),
                "repaired": self.repaired}


def pending_ids(store: ChangeLog, after: int) -> set[str]:
    """Articles with a change logged after ``after`` (not yet applied by the index)."""
    pending: set[str] = set()
    while changes := store.changes(after=after, limit=CATCH_UP_CHUNK):
        pending.update(c.article_id for c in changes)
        after = changes[-1].seq
    return pending


def compare(store: ChangeLog, index: Any) -> Drift:
    """Compare ids and hashes; the index's files are verified first."""
    files = verify_files(index.path) if isinstance(index, TantivyIndex) else []
    drift = Drift(damaged=files, store_seq=store.change_seq())
    if drift.damaged:
        return drift  # reading a damaged index may fail anywhere: it needs a rebuild
    try:
        drift.index_seq = index.applied_seq()
        entries = index.entries()
    except SearchIndexError as exc:
        drift.damaged.append(exc.one_line())
        return drift
    drift.documents = len(entries)
    pending = pending_ids(store, drift.index_seq)
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


def repair(store: ChangeLog, index: Any, drift: Drift) -> int:
    """Fix what :func:`compare` found (the caller holds the writer and has caught up):
    stale documents removed, missing and different ones written from the store."""
    wanted = drift.missing + drift.different
    if not (wanted or drift.stale):
        return 0
    articles = store.get_many(wanted)
    try:
        index.delete(drift.stale)
        index.add(list(articles.values()))
        index.commit(applied_seq=index.applied_seq())
    except BaseException:
        index.rollback()
        raise
    return len(drift.stale) + len(articles)
