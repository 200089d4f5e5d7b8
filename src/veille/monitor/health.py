"""Each registered source's health: last poll, last error, next poll, articles per day, and
whether its daily volume left its usual range.

The usual range is the median of its last ``BASELINE_DAYS`` full days (UTC), give or take
``SPREAD`` times their median absolute deviation (at least ``MIN_SPREAD`` articles): robust to
the odd big day, unlike a mean and standard deviation. Yesterday (the last full day) outside
it is flagged, as Media Cloud warns when a source's volume drops or jumps; a source with
fewer than ``MIN_DAYS`` days of history is not judged.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from urllib.parse import urlsplit

from veille.record import utcnow
from veille.store.base import Source

BASELINE_DAYS = 28
SPREAD = 3.0
MIN_SPREAD = 2.0
MIN_DAYS = 7
PER_DAY_DAYS = 7
"""``per_day`` is the articles collected (first seen) in the last this many days, over
their number: what a reader of "articles per day" expects, whatever the articles'
publication dates (a feed's back catalogue published in March counts on the day it came)."""


@dataclass(frozen=True, slots=True)
class Health:
    """One source's row: ``per_day`` the articles collected per day over the last
    :data:`PER_DAY_DAYS` days; ``yesterday`` and ``usual`` count the articles published
    on the last full day and on a normal day (``flagged``: yesterday outside it)."""

    source: Source
    label: str
    group: str
    per_day: float
    yesterday: int
    usual: tuple[float, float] | None
    flagged: bool


def usual_range(days: list[int]) -> tuple[float, float] | None:
    """``(low, high)`` of a normal day, or None with too little history."""
    if len(days) < MIN_DAYS:
        return None
    median = statistics.median(days)
    mad = statistics.median(abs(d - median) for d in days)
    spread = max(MIN_SPREAD, SPREAD * mad)
    return max(0.0, median - spread), median + spread


def health(store: object) -> list[Health]:
    """Every registered source's health, by name."""
    today = utcnow().date()
    first = today - timedelta(days=BASELINE_DAYS + 1)
    sources: list[Source] = store.registered_sources()  # type: ignore[attr-defined]
    meta: dict[str, tuple[str, str]] = store.source_meta()  # type: ignore[attr-defined]
    keys = {s.name: {s.name, (urlsplit(s.url).hostname or "").removeprefix("www.")}
            for s in sources}
    wanted = sorted({k for names in keys.values() for k in names if k})
    counts: dict[tuple[str, str], int] = {}
    since = datetime(first.year, first.month, first.day, tzinfo=UTC)
    for day, source, count in store.daily_counts(  # type: ignore[attr-defined]
            since=since, sources=wanted):
        counts[(day, source)] = counts.get((day, source), 0) + count
    # "articles per day": those collected in the last 7 days (today's so far included),
    # whatever their publication dates (t-final58 #18)
    week = utcnow() - timedelta(days=PER_DAY_DAYS)
    collected: dict[str, int] = store.collected_counts(  # type: ignore[attr-defined]
        since=week, sources=wanted)
    found: list[Health] = []
    for source in sources:
        def on(day: date, names: set[str] = keys[source.name]) -> int:
            return sum(counts.get((day.isoformat(), n), 0) for n in names)

        yesterday = today - timedelta(days=1)
        history = [on(yesterday - timedelta(days=i)) for i in range(1, BASELINE_DAYS + 1)]
        seen = history[:max((i + 1 for i, c in enumerate(history) if c), default=0)]
        usual = usual_range(seen)
        last = on(yesterday)
        label, group = meta.get(source.name, ("", ""))
        found.append(Health(source=source, label=label, group=group,
                            per_day=round(sum(collected.get(n, 0) for n in keys[source.name])
                                          / PER_DAY_DAYS, 1), yesterday=last,
                            usual=usual, flagged=usual is not None and not
                            usual[0] <= last <= usual[1]))
    return found
