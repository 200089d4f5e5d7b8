"""Which of two copies of a text was published first (docs/dedup.md, "the original").

A publication date known to the day only is stored as midnight of its day
(:data:`veille.record.DAY`, docs/record.md): a placeholder for an unknown time, not a time.
It stands for the interval ``[00:00, 24:00)`` of its own day (in its own offset).

Two questions are asked of that interval, and they have different answers:

- *Who copied whom* (:func:`published_before`): a copy is surely earlier only when all of
  its span is before the other's: two timed copies by their times, a day-only copy before
  a timed one (or another day-only one) of a *later* day. A day-only copy and a time of
  that same day are in no known order: nothing says the day-only one came out after the
  time, nor before (t-reader20 R1: a dispatch dated "24 November" was made a reprint of
  its own cut copy timed 10:30). The caller then decides by the texts (the longer one that
  contains the other is the original: ``store/dedup_sql.take_original``), else keeps the
  first seen in the original's place.
- *Where to list it* (:func:`latest_published`): lists and timelines show a day-only
  article after the timed ones of its day (docs/web.md), by the latest instant it may have
  come out. A display rule, never evidence of copying.

The story's first publication in SQL (``store/dedup_sql.py`` ``_FIRST``: by calendar day,
then a timed article before a day-only one) follows the display order, among the story's
own articles (copies come after).

Two captures of *one* article (versions, ``dedup/capture_order.py``) ask another question,
which one is later, and there a day-only date that contains the other's time tells
nothing: they compare the spans themselves (:func:`published_span`, :func:`span_before`).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from veille.record import DAY

DAY_SPAN = timedelta(days=1)
_JUST_BEFORE = timedelta(microseconds=1)


def latest_published(published: datetime, precision: str | None) -> datetime:
    """The latest instant a copy published at ``published`` may have come out: the time
    itself, or for a date known to the day only (``precision`` ``"day"``, stored as
    midnight) the last instant of that day in its own offset. Copies sort by this key:
    the smaller one is the earlier publication (module docstring)."""
    return published + DAY_SPAN - _JUST_BEFORE if precision == DAY else published


def published_before(first: datetime, first_precision: str | None, second: datetime,
                     second_precision: str | None,
                     tolerance: timedelta = timedelta(0)) -> bool:
    """Whether the copy published at ``first`` surely came out before the one at
    ``second``, by more than ``tolerance`` (times rounded or shifted by a feed's clock are
    no evidence, ``dedup_sql.ORIGINAL_TOLERANCE``), each read with its precision (``"day"``
    or ``"time"``/``None``): the latest instant ``first`` may have come out
    (:func:`latest_published`) is more than ``tolerance`` before the earliest ``second``
    may have (its midnight for a day-only date). False both ways for a day-only date and a
    time of that day, or two day-only dates of one day: their order is unknown (module
    docstring)."""
    return latest_published(first, first_precision) + tolerance < second


def order_unknown(first: datetime, first_precision: str | None, second: datetime,
                  second_precision: str | None) -> bool:
    """Whether the order of two publications is unknown because one is dated to the day
    only: neither surely came out before the other (:func:`published_before`), a day-only
    date and a time of that day, or two day-only dates of one day. A story's timeline and
    its "first published by" say so rather than show the display order as a fact
    (issue #14, f-stories21)."""
    return DAY in (first_precision, second_precision) and \
        not published_before(first, first_precision, second, second_precision) and \
        not published_before(second, second_precision, first, first_precision)


Span = tuple[datetime, datetime]
"""``(start, end)`` of a publication: a time is the instant itself (``start == end``), a
date known to the day only its day ``[midnight, next midnight)``."""


def published_span(published: datetime, precision: str | None) -> Span:
    """The span of instants a publication stated as ``published`` (with its precision,
    ``"day"`` or ``"time"``/``None``) may stand for (:data:`Span`)."""
    return (published, published + DAY_SPAN) if precision == DAY else (published, published)


def span_before(first: Span, second: Span) -> bool:
    """Whether all of ``first`` is before ``second``: it ends at or before the other's start
    (a day ends at the next midnight, which belongs to the next day) and starts earlier.
    Two spans that overlap (a day and a time on it, the same day twice, the same time
    twice) are neither before the other: no evidence of their order."""
    return first[1] <= second[0] and first[0] < second[0]
