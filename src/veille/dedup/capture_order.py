"""Which of two captures of one article is the later one (docs/dedup.md, "versions").

Two captures of one URL (or one canonical URL, or one guid without version numbers) do
not arrive in the order they were made: a WARC may hold its later capture first, CC-NEWS
files are imported in any order, a folder of saved pages is read in name order. The
capture that stays the current article is the one with the later evidence of time, read
in this precedence (the first level at which both captures have a value that differs
decides):

1. the page's own time: the latest of its ``updated`` (``dateModified``, ``<updated>``,
   a record's ``updated``) and ``published``, as the publisher states it (schema.org
   ``dateModified``/``datePublished``, Atom RFC 4287 ``updated``/``published``); a
   ``published`` known to the day only is its whole day, so it tells nothing against a
   time of that same day (``dedup/published_order.py``);
2. the capture's fetch time, ``raw.fetched_at``: a WARC record's ``WARC-Date`` (ISO 28500:
   "the instant that data capture for this record began"), a poll's response time, else
   the time the input was read;
3. arrival order: the capture read last is the later one.

Pure functions over records as :meth:`veille.record.Article.to_dict` writes them (the
store keeps that form of every version), no I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from veille.dedup.published_order import Span, published_span, span_before


def iso_time(value: object) -> datetime | None:
    """A stored record's time (an ISO 8601 string, or a ``datetime``), ``None`` when it is
    missing or no time."""
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _own_time(doc: Mapping[str, Any]) -> Span | None:
    """The later of the page's ``updated`` and ``published`` as a span
    (:func:`veille.dedup.published_order.published_span`: a ``published`` known to the day
    only is its whole day, not its midnight placeholder)."""
    content = doc.get("content") or {}
    if not isinstance(content, Mapping):
        return None
    updated, published = iso_time(content.get("updated")), iso_time(content.get("published"))
    spans = [published_span(t, precision) for t, precision in (
        (updated, None), (published, content.get("published_precision")))
        if t is not None and t.tzinfo is not None]
    if not spans:
        return None
    return (max(s for s, _ in spans), max(e for _, e in spans))


def _fetch_time(doc: Mapping[str, Any]) -> Span | None:
    raw = doc.get("raw") or {}
    found = iso_time(raw.get("fetched_at")) if isinstance(raw, Mapping) else None
    return (found, found) if found is not None and found.tzinfo is not None else None


LEVELS: tuple[Callable[[Mapping[str, Any]], Span | None], ...] = (_own_time, _fetch_time)
"""The evidence of a capture's time, strongest first (only aware times compare)."""


def own_time_later(new: Mapping[str, Any], stored: Mapping[str, Any]) -> bool:
    """Whether the page's own time (level 1: the later of its ``updated`` and
    ``published``, a day-only date its whole day) of the capture ``new`` is later than
    that of ``stored``, or ``stored`` has none and ``new`` has one: the same body at the
    same URL stamped later (a touched "updated", a publisher's re-dated item) is a new
    capture, not the page read again (docs/dedup.md; newuser4 N33, newuser11b U8). Both
    are records in :meth:`Article.to_dict` form."""
    mine, theirs = _own_time(new), _own_time(stored)
    return mine is not None and (theirs is None or span_before(theirs, mine))


def compare_captures(first: Mapping[str, Any], second: Mapping[str, Any]) -> int:
    """-1 when the capture ``first`` is older than ``second``, 1 when it is later, 0 when
    no evidence tells them apart (the caller then keeps arrival order). Both are records
    in :meth:`Article.to_dict` form. At a level where the two spans overlap (a date known
    to the day only and a time of that day) the next level decides."""
    for level in LEVELS:
        a, b = level(first), level(second)
        if a is not None and b is not None and (span_before(a, b) or span_before(b, a)):
            return -1 if span_before(a, b) else 1
    return 0
