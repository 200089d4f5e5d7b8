"""Which of two copies of a text was published first (docs/dedup.md, "the original").

A publication date known to the day only is stored as midnight of its day
(:data:`veille.record.DAY`, docs/record.md): a placeholder for an unknown time, not a time.
It stands for the interval ``[00:00, 24:00)`` of its own day (in its own offset), so it is
never "before" a copy with a time on that same day: the day-only copy may have come out
later that day, while the timed one surely came out at its time. Copies are therefore
ordered by the *latest* instant each may have been published (:func:`latest_published`):

- two timed copies: by their times;
- a day-only copy and a timed one: the day-only copy is earlier only when the timed one is
  on a later day (at or after the end of its day); on the same day the timed one is first;
- two day-only copies: by their days; on the same day they tie, and the caller's tie rule
  decides (first seen keeps the place of the original).

The same order gives the story's first publication in SQL (``store/dedup_sql.py``
``_FIRST``: by calendar day, then a timed article before a day-only one).

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
    """Whether the copy published at ``first`` came out before the one at ``second`` by
    more than ``tolerance`` (times rounded or shifted by a feed's clock are no evidence,
    ``dedup_sql.ORIGINAL_TOLERANCE``), each read with its precision (``"day"`` or
    ``"time"``/``None``) by :func:`latest_published`. False on a tie: two day-only copies
    of the same day are neither before the other."""
    return latest_published(first, first_precision) + tolerance < \
        latest_published(second, second_precision)


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
