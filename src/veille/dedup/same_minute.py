"""Outlets that published a story at the same minute: who was first is not known.

Four outlets run one agency dispatch ("avec AFP") stamped 21:04. Dedup keeps the one that
arrived first as the story's own article and the others as its reprints, and the story
said "first published by" the first to arrive: a store fed in another order named another
outlet, and its title with it (t-final53b A5). The times tell only that they came out in
the same minute.

:func:`minute_ties` gives the members of a story published at the first publication's
minute (a time of day on each: a day-only date is :func:`veille.dedup.published_order.
order_unknown`'s case), own articles and full copies (not excerpts), in a **stable order**
that arrival cannot change: by outlet (folded), then by article id (a digest of the
address). The first of them is the story's first publication; the others' outlets are
:attr:`veille.store.base.StorySummary.first_tied`, and
:attr:`~veille.store.base.StorySummary.first_same_minute` says why: "first published by
X, Y and Z (same minute)".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from veille.extract.textshape import fold

SAME_MINUTE = True
"""Whether a story's first publication shared with other outlets at one minute is said so,
in a stable order (r-stories54). False: as before (the first to arrive is first)."""

TIME = "time"


def _minute(value: str) -> datetime:
    when = datetime.fromisoformat(value)
    if when.tzinfo is not None:
        when = when.astimezone(UTC)
    return when.replace(second=0, microsecond=0)


def minute_ties(rows: Sequence[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """The rows of ``rows`` published at the minute of the first own row, in the stable
    order of the module docstring; empty unless two outlets or more share it. ``rows``: a
    story's members in first-publication order, ``(title, reprint, id, zone, precision,
    time, source, relation, …)`` (:func:`veille.store.dedup_sql._story_head`'s);
    a reprint's ``relation`` "teaser" (an excerpt) never ties."""
    if not SAME_MINUTE:
        return []
    first = next((r for r in rows if not r[1]), None)
    if first is None or first[4] != TIME or not first[5] or not first[6]:
        return []
    minute = _minute(str(first[5]))
    tied = [r for r in rows if r[4] == TIME and r[5] and r[6] and
            (not r[1] or (len(r) > 7 and r[7] == "reprint")) and
            _minute(str(r[5])) == minute]
    if len({r[6] for r in tied}) < 2:
        return []
    return sorted(tied, key=lambda r: (fold(str(r[6])), str(r[6]), str(r[2])))
