"""Derived views follow the store's change log; the search index is the first of them.

The store logs every change to what readers see (:class:`~veille.store.base.Change`), with
a sequence number written in the transaction of the change. A derived view records the last
change it applied *atomically with its own commit* (the index keeps it in a state document
of the same tantivy commit), so after a crash anywhere it only has to catch up from there:
:func:`catch_up` replays what it lacks, and applying a change twice is harmless (a view
reads the article's current state, it does not replay the change's content).

Each catch-up registers the view's position with the store (``log_followers``), so the
log's compaction (:mod:`veille.store.changelog`) keeps every change the view still lacks.
A view whose position is below what compaction removed gets
:class:`~veille.errors.ChangeLogGap` instead of a silent skip: the index then resyncs from
the store's current state (:func:`follow`, :func:`veille.index.check.resync`).

:class:`IndexKeeper` is the one writer-side door to the index of a data directory: it opens
the live generation (see :mod:`veille.index.lifecycle`), takes the index writer when it
can, and applies everything pending, its own process's changes and everybody else's. When
another process holds the writer, that process applies the pending changes at its next
commit; the keeper only waits (bounded) to see it done.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import Protocol

from veille.crashpoints import crash_point
from veille.errors import ChangeLogGap, IndexBusy, IndexFormatError, SearchIndexError
from veille.index.base import IndexDoc
from veille.index.lifecycle import IndexHome
from veille.index.tantivy_index import TantivyIndex
from veille.record import Article
from veille.store.base import Change

CATCH_UP_CHUNK = 2000
"""Changes applied per index commit when catching up (a commit costs an fsync)."""
REBUILD_BATCH = 1000
INDEXED_KINDS = frozenset({"new", "version", "reextract", "delete", "enrich", "completed"})
"""Changes that alter what the index keeps of an article (a ``link`` does not; an
``enrich`` brings its entity and place ids)."""
POLL_S = 0.1
REBUILD_FOLLOWER = "search index (rebuild)"
"""The follower a rebuild registers from its start (``veille reindex``), so the changes
it catches up with after its swap are kept; forgotten once it is live."""

log = logging.getLogger("veille.index")
__all__ = ["crash_point"]  # re-exported: where the crash points were first defined


class ChangeLog(Protocol):
    """What derived views read from the store."""

    def change_seq(self) -> int: ...

    def changes(self, *, after: int, limit: int = 1000) -> list[Change]: ...

    def compacted_seq(self) -> int: ...

    def confirm_follower(self, name: str, applied_seq: int) -> None: ...

    def forget_follower(self, name: str) -> bool: ...

    def get_many(self, ids: Iterable[str]) -> dict[str, Article]: ...

    def iter_articles(self, *, with_raw: bool = False) -> Iterator[Article]: ...


class WritableIndex(Protocol):
    """What following the log needs from a search backend (tantivy, PostgreSQL)."""

    def doc(self, article: Article) -> IndexDoc: ...

    def add(self, articles: Sequence[Article]) -> int: ...

    def add_docs(self, docs: Iterable[IndexDoc], *, replace: bool = True) -> int: ...

    def delete(self, ids: Iterable[str]) -> None: ...

    def commit(self, *, applied_seq: int | None = None) -> None: ...

    def rollback(self) -> None: ...

    def applied_seq(self) -> int: ...


class DerivedView(Protocol):
    """Anything kept from the store's change log: the search index now, alerts later."""

    name: str

    def applied_seq(self) -> int:
        """The last change applied, as durably recorded (0: none)."""

    def apply(self, changes: Sequence[Change], store: ChangeLog) -> None:
        """Apply ``changes`` (in ``seq`` order) from the articles' current state in
        ``store``, and record ``changes[-1].seq`` in the same commit."""


def catch_up(store: ChangeLog, view: DerivedView, *, chunk: int = CATCH_UP_CHUNK) -> int:
    """Apply every change the view lacks; returns how many were applied.

    The view's position is registered with the store before and as it moves (the log's
    compaction keeps what it lacks). Raises :class:`~veille.errors.ChangeLogGap` when
    changes it lacks were compacted away; the compacted seq is read *after* each chunk,
    so a chunk read from a log compacted past the view meanwhile is never applied.
    """
    applied = view.applied_seq()
    store.confirm_follower(view.name, applied)
    total = 0
    while True:
        changes = store.changes(after=applied, limit=chunk)
        compacted = store.compacted_seq()
        if applied < compacted:
            raise ChangeLogGap(view.name, applied, compacted)
        if not changes:
            return total
        view.apply(changes, store)
        applied, total = changes[-1].seq, total + len(changes)
        store.confirm_follower(view.name, applied)


def hold(store: ChangeLog, name: str) -> int:
    """Register follower ``name`` at the log's head and return that seq: where a rebuild
    from the store's current state starts, every later change kept for it."""
    while True:
        start = store.change_seq()
        store.confirm_follower(name, start)
        if store.compacted_seq() <= start:  # else compacted past it meanwhile: again
            return start


def follow(store: ChangeLog, index: WritableIndex) -> int:
    """Catch the index up with the log; an index that lacks compacted changes is first
    brought to the store's current state in place (:func:`veille.index.check.resync`).
    Returns how many changes were applied."""
    try:
        return catch_up(store, IndexView(index))
    except ChangeLogGap as gap:
        from veille.index.check import resync

        log.warning("veille: %s; resyncing the index from the store", gap)
        resync(store, index)
        return catch_up(store, IndexView(index))


class IndexView:
    """The search index as a derived view: a changed article replaces its document (its
    old text no longer matches), a deleted one is removed."""

    name = "search index"

    def __init__(self, index: WritableIndex, *, name: str = "search index") -> None:
        self.index = index
        self.name = name

    def applied_seq(self) -> int:
        return self.index.applied_seq()

    def apply(self, changes: Sequence[Change], store: ChangeLog) -> None:
        ids = list(dict.fromkeys(c.article_id for c in changes if c.kind in INDEXED_KINDS))
        articles = store.get_many(ids)
        try:
            self.index.delete(i for i in ids if i not in articles)
            self.index.add(list(articles.values()))
            crash_point("index-before-commit")
            self.index.commit(applied_seq=changes[-1].seq)
        except BaseException:
            self.index.rollback()
            raise
        crash_point("index-after-commit")


def build(store: ChangeLog, index: WritableIndex, *,
          progress: Callable[[int], None] | None = None) -> int:
    """Fill an empty index from the store (streamed, ``REBUILD_BATCH`` articles at a time),
    then catch up with what changed meanwhile; returns how many articles were added. The
    rebuild holds the log from its start as :data:`REBUILD_FOLLOWER` (the caller forgets
    it once the index is live)."""
    start = hold(store, REBUILD_FOLLOWER)
    total = 0
    articles = iter(store.iter_articles())
    while batch := list(islice(articles, REBUILD_BATCH)):
        total += index.add_docs((index.doc(a) for a in batch), replace=False)
        if progress:
            progress(len(batch))
    index.commit(applied_seq=start)
    catch_up(store, IndexView(index, name=REBUILD_FOLLOWER))
    return total


def still_pending(index: WritableIndex, target: int, deadline: float) -> int | None:
    """After :class:`~veille.errors.IndexBusy` (another process holds the writer): 0 when
    that process has applied up to ``target``, how many changes are still pending once
    ``deadline`` (``time.monotonic()``) is past, else None after a short sleep (try again)."""
    applied = index.applied_seq()
    if applied >= target:
        return 0
    if time.monotonic() >= deadline:
        return target - applied
    time.sleep(POLL_S)
    return None


class IndexKeeper:
    """Keeps the live index of ``home`` up to the store's change log, for one process."""

    def __init__(self, home: IndexHome, store: ChangeLog,
                 opener: Callable[[Path], TantivyIndex]) -> None:
        self.home = home
        self.store = store
        self.opener = opener
        self.index: TantivyIndex | None = None

    def live(self, *, create: bool = True) -> TantivyIndex | None:
        """The live generation, opened (and created, empty, when there is none yet)."""
        path = self.home.current()
        if path is None and create:
            with self.home.locked():
                path = self.home.current()
                if path is None:  # an empty index (no state document: applied 0)
                    path = self.home.new_generation()
                    self.release()
                    self.index = self.opener(path)
                    self.home.swap(path)
        if path is None:
            return None
        if self.index is None or self.index.path != path:
            self.release()
            try:
                self.index = self.opener(path)
            except IndexFormatError as exc:
                self.index = self._rebuilt(exc)
        return self.index

    def _rebuilt(self, outdated: IndexFormatError) -> TantivyIndex:
        """A new generation built from the store in place of one in an older format (an
        upgrade changed what the index holds): a derived view catches up by itself, as
        after a crash, rather than refusing every search until ``veille reindex``. One
        process rebuilds; another that waited for the lock opens what it built."""
        with self.home.locked():
            current = self.home.current()
            if current is not None:
                try:
                    return self.opener(current)  # rebuilt by another process meanwhile
                except IndexFormatError:
                    pass
            log.warning("%s; rebuilding it from the store", outdated)
            path = self.home.new_generation()
            index = self.opener(path)
            build(self.store, index)
            self.home.swap(path)
        self.home.remove_stale()
        self.store.forget_follower(REBUILD_FOLLOWER)
        return index

    def sync(self, *, wait: float = 0.0) -> int:
        """Bring the live index up to the store's last change; returns how many changes
        are still pending (0 when the index is up to date).

        Takes the writer when free and applies everything pending. When another process
        holds it, waits up to ``wait`` seconds for that process to apply them. Raises
        :class:`~veille.errors.SearchIndexError` when the index cannot be written.
        """
        target = self.store.change_seq()
        deadline = time.monotonic() + wait
        while True:
            index = self.live()
            assert index is not None
            try:
                follow(self.store, index)
            except IndexBusy:
                pending = still_pending(index, target, deadline)
                if pending is not None:
                    return pending
                continue
            except SearchIndexError:
                if self.home.current() == index.path:
                    raise
                self.release()  # its generation was swapped out (and removed) meanwhile
                continue
            if self.home.current() == index.path:
                return 0
            # A rebuild swapped in a new generation meanwhile: apply there as well.

    def applied_seq(self) -> int:
        index = self.live(create=False)
        return index.applied_seq() if index is not None else 0

    def release(self) -> None:
        """Give the writer back (others may write), keeping nothing open."""
        if self.index is not None:
            self.index.close()
            self.index = None
