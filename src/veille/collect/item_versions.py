"""Which stored item an id-less, page-less feed item corrects when its identity changed.

Such an item (no guid, no link: :func:`veille.collect.feeds.item_identity`) is identified
by its publication date, or by a digest of its text when it has none or shares it. A
correction that also moves the date (many CMSs re-date an edited brief) or that edits an
item identified by its digest makes a new identity: without this module it was stored as
a second article, "a republication" of the first (verify10, the S9 variants).

The rule, for a new item N of a listing (its identity never stored) and a stored id-less
item O of the same listing:

1. O is no longer in the listing: a correction takes the place of the item it corrects,
   while a new item is added beside the earlier ones;
2. their publication dates, when both have one, are less than :data:`WINDOW` apart;
3. their title and text read as one text corrected: the Jaccard resemblance of their
   word 3-gram sets (:func:`veille.dedup.signature.shingle_hashes`, the shingles of
   near-duplicate detection) is at least :data:`RESEMBLANCE`. A headline alone never
   matches: a daily "Le point sur la situation" repeats its title over new text.

When several stored items qualify, the most alike wins. N then takes O's identity, and
is stored as O's next version.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Protocol

import numpy as np

from veille.collect.feeds import listing_date
from veille.dedup.signature import shingle_hashes
from veille.record import RawInput
from veille.store.base import FetchRecord

WINDOW = timedelta(hours=24)
"""The longest move of a corrected item's date: a correction re-dates within the day."""
RESEMBLANCE = 0.5
"""The least word 3-gram Jaccard resemblance of a corrected item to its earlier text (a
few words changed in a brief of a hundred keep about three quarters of its 3-grams)."""
MAX_CANDIDATES = 200
"""The stored items of a listing compared, the most recently fetched first."""
ID_LESS_KEYS = ("published-", "sha256-")
"""How :func:`~veille.collect.feeds.item_identity` starts the key of an item without id."""

_TAG = re.compile(r"<[^>]*>")


class ItemStore(Protocol):
    def fetch_states_under(self, prefix: str, *, limit: int) -> list[FetchRecord]: ...

    def raw_hints(self, raw_id: str) -> dict[str, str]: ...

    def get_raw(self, raw_id: str) -> RawInput: ...


def listed_words(document: bytes) -> str:
    """The words of a stored item document (its title and text as HTML), tags removed."""
    text = document.decode("utf-8", "replace")
    return " ".join(html.unescape(_TAG.sub(" ", text)).split())


def resemblance(one: str, other: str) -> float:
    """The Jaccard resemblance (0 to 1) of two texts' word 3-gram hash sets."""
    first, second = np.unique(shingle_hashes(one)), np.unique(shingle_hashes(other))
    union = np.union1d(first, second).size
    return np.intersect1d(first, second).size / union if union else 0.0


def _apart(one: datetime | None, other: datetime | None) -> timedelta | None:
    """How far apart two listing dates are; None when either is missing or they cannot
    be compared (one with a zone, one without)."""
    if one is None or other is None or (one.tzinfo is None) != (other.tzinfo is None):
        return None
    return abs(one - other)


class Candidates:
    """The stored id-less items of one listing (``base``, its URL without fragment), read
    from ``store`` once, at the first question, with each one's date and words read once
    too: a first poll of a feed of many id-less items scans the fetch table once, not once
    an item."""

    def __init__(self, store: ItemStore, base: str) -> None:
        self.store, self.prefix = store, base.split("#", 1)[0] + "#item="
        self._records: list[FetchRecord] | None = None
        self._read: dict[str, tuple[datetime | None, str]] = {}

    def records(self) -> list[FetchRecord]:
        if self._records is None:
            self._records = [
                r for r in self.store.fetch_states_under(self.prefix, limit=MAX_CANDIDATES)
                if r.raw_id and r.url[len(self.prefix):].startswith(ID_LESS_KEYS)]
        return self._records

    def read(self, record: FetchRecord) -> tuple[datetime | None, str]:
        """The stored item's listing date and words."""
        if record.url not in self._read:
            assert record.raw_id is not None
            when = listing_date(self.store.raw_hints(record.raw_id).get("published", ""))
            self._read[record.url] = (when, listed_words(self.store.get_raw(record.raw_id)
                                                         .data))
        return self._read[record.url]


def predecessor(candidates: Candidates, document: bytes, published: datetime | None,
                listed: Iterable[str]) -> str | None:
    """The identity of the stored item among ``candidates`` that a new id-less item (its
    stored ``document``: :func:`veille.collect.listed.listed_document`; its listing date
    ``published``) corrects, by the module's rule, or None. ``listed`` are the identities
    the listing holds now."""
    current = set(listed)
    words = listed_words(document)
    best, best_score = None, RESEMBLANCE
    for record in candidates.records():
        if record.url in current:
            continue
        when, old_words = candidates.read(record)
        apart = _apart(published, when)
        if apart is not None and apart >= WINDOW:
            continue
        score = resemblance(words, old_words)
        if score >= best_score:
            best, best_score = record.url, score
    return best
