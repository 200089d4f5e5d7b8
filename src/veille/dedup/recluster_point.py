"""Where the last re-clustering of a window ended, so the next one need not start over.

:func:`veille.ingest.recluster_stories` clusters a window of up to
:data:`~veille.ingest.RECLUSTER_LIMIT` stored articles again, from a fresh state (the days
before the window replayed into their stored stories first, when it was cut), in the
canonical order (:func:`veille.dedup.recluster.canonical_order`). A small ingest of new
articles adds them at the end of that order, into the same window: every article before
them is clustered exactly as the last re-clustering clustered it, from the same state. So
the state that re-clustering ended with is kept in the store (its :class:`Point`: the
``story_state`` row :data:`NAME`), and the next one starts from it, clustering only the
articles after it (issue #13, r-perf49: ~13 CPU s of a 3-article ingest into 5,000 stored
articles were this re-clustering).

**Only when nothing it was built from changed** (:func:`usable`), else the window is
clustered from the start as before:
- the state's version (:func:`veille.dedup.story_state.state_version`: this code, the
  settings) and its digest; the change log still reaches its position;
- the same days replayed before the window (their ids), the same first articles of the
  order, each with the same minute, day, copies and original (:func:`prefix_key`);
- no change logged since its position on those: a stored article's content (``version``,
  ``reextract``, ``completed``, ``delete``), a stored story of a replayed article or of
  an article outside the window its copies asked about (``link``), and no user override
  at all (``override``); an enrichment (``enrich``) is not read by the stories. A ``link``
  on an article of the window is no change for it: its stored story is what is being
  decided, its copies are in :func:`prefix_key`;
- none of the articles outside the window that its copies asked about is in it now.

The stories are then those a start from scratch gives (the identity checks of r-perf49:
``scripts/dump_store.py --writers 10``, the held-out sets of r-perf36 and r-perf49).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from veille.dedup.near import article_minute
from veille.dedup.recluster import parent_of
from veille.dedup.stories import Stories, copies_of, published_day
from veille.dedup.story_state import StateError, StateSource, digest_of, dumps, loads, state_version
from veille.record import Article
from veille.store.base import Store

NAME = "recluster"
"""The ``story_state`` row the point is kept in."""

SCAN = 5_000
"""Changes read after the point at most: past that, the window is clustered from the
start (a store written much since is no small ingest)."""

_HARMLESS = frozenset({"enrich"})
_CONTENT = frozenset({"new", "version", "reextract", "completed", "delete"})


@dataclass
class Point:
    """The state a re-clustering ended with, and what it was built from."""

    seq: int
    """The change log's position once its moves were stored."""
    before: str
    """:func:`ids_key` of the articles replayed before the window."""
    order: list[str]
    """The window's articles, in the order clustered."""
    key: str
    """:func:`prefix_key` of them."""
    asked: list[str]
    """Articles outside the window whose stored story its copies asked."""
    state: Stories


def ids_key(ids: Iterable[str]) -> str:
    """A digest of a set of ids."""
    return hashlib.blake2b("\n".join(sorted(ids)).encode(), digest_size=16).hexdigest()


def prefix_key(articles: Sequence[Article]) -> str:
    """A digest of what the clustering reads of ``articles`` besides their text (which a
    logged change alters): their order, minutes, days, copies, originals."""
    digest = hashlib.blake2b(digest_size=16)
    for article in articles:
        dedup = article.dedup
        day = published_day(article)
        digest.update(json.dumps([
            article.id, article_minute(article), day.isoformat() if day else None,
            copies_of(dedup) if dedup else None, parent_of(article),
            bool(dedup.relation or dedup.duplicate_of) if dedup else None,
            article.content is None]).encode())
    return digest.hexdigest()


def load(store: Store) -> Point | None:
    """The point the store keeps, or ``None`` (none, another version, damaged)."""
    if not isinstance(store, StateSource):
        return None
    row = store.story_state(NAME)
    if row is None:
        return None
    version, seq, digest, data = row
    if version != state_version() or digest != digest_of(data):
        return None
    try:
        value = loads(data)
    except StateError:
        return None
    if not isinstance(value, dict):
        return None
    state, order, asked = value.get("state"), value.get("order"), value.get("asked")
    before, key = value.get("before"), value.get("key")
    if not isinstance(state, Stories) or not isinstance(order, list) or \
            not isinstance(asked, list) or not isinstance(before, str) or \
            not isinstance(key, str):
        return None
    return Point(seq, before, order, key, asked, state)


def refusal(store: Store, point: Point, before: set[str], ordered: Sequence[Article],
            versioned: set[str] | None = None) -> str:
    """Why clustering ``ordered`` (the window, in its order) after ``before`` (the ids
    replayed first) may not start from ``point`` (see the module's docstring), in a few
    words; "" when it may. ``versioned``: articles that took a version the log may not
    show (an older capture read late: its article's terms are those of all its versions,
    :mod:`veille.dedup.version_terms`; t-final65 A3, h-stories66)."""
    count = len(point.order)
    if ids_key(before) != point.before:
        return "other days before the window"
    if not store.compacted_seq() <= point.seq <= store.change_seq():
        return "its position is not in the log"
    prefix = ordered[:count]
    if count > len(ordered) or [a.id for a in prefix] != point.order:
        return "other first articles"
    if prefix_key(prefix) != point.key:
        return "first articles changed"
    asked = set(point.asked)
    if any(a.id in asked for a in ordered):
        return "an article asked about is in the window"
    held = {a.id for a in prefix}
    if versioned and not held.isdisjoint(versioned):
        return "a first article took a version"
    after, read = point.seq, 0
    while changes := store.changes(after=after, limit=1_000):
        for change in changes:
            kind, article = change.kind, change.article_id
            if kind in _HARMLESS:
                continue
            if kind == "link":
                if article in before or article in asked:
                    return "a story changed before the window"
            elif kind in _CONTENT:
                if article in before or article in asked or article in held:
                    return f"an article was changed ({kind})"
            else:  # an override, or a kind this code does not know
                return f"a change of kind {kind}"
        read += len(changes)
        if read > SCAN:
            return "too many changes since"
        after = changes[-1].seq
    return ""


def save(store: Store, before: set[str], ordered: Sequence[Article], asked: Iterable[str],
         state: Stories) -> int:
    """Keep ``state`` (the window ``ordered`` clustered after ``before``) at the log's
    position; the bytes written (0: a store that keeps no state, or nothing changed)."""
    if not isinstance(store, StateSource):
        return 0
    data = dumps({"before": ids_key(before), "order": [a.id for a in ordered],
                  "key": prefix_key(ordered), "asked": sorted(set(asked)), "state": state})
    digest, seq = digest_of(data), store.change_seq()
    if store.story_state_head(NAME) == (state_version(), seq, digest):
        return 0
    store.put_story_state(NAME, state_version(), seq, digest, data)
    return len(data)
