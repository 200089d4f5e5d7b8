"""Revisits: recent articles' pages read again on a schedule, to catch corrections and
updates their feed does not announce.

A listing announces a change only when its item carries a later update date
(:meth:`veille.collect.poll.Collector._changed`); many feeds never do, and a corrected page
would be read again only by ``veille fetch URL``. ``veille watch`` therefore revisits each
page a few times after it was first seen (``revisit_hours``, by default 1 h, 6 h and 24 h),
by a conditional GET (its ETag and Last-Modified: an unchanged page costs a ``304``), under
the fetcher's per-host limits (``fetch_per_host``, ``fetch_delay``, robots.txt), at most
``revisit_max`` pages a round, the most overdue first. A changed page becomes a version
(same URL, same source). Nothing is kept for it: a revisit is due when a point of the
schedule (first seen + h) has passed since the page's last fetch, so each point is read
once, and a watch stopped for a day catches up with one fetch, not three.
The points thin out with time: a news page is corrected and updated mostly in the hours
after it was published.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from veille.errors import ConfigError

PERMANENT = ("http-4", "robots", "blocked-address", "bad-url", "not-html", "too-large")
"""Fetch errors after which a page is not revisited (gone, refused, not a page)."""


def revisit_hours(text: str) -> tuple[float, ...]:
    """The schedule of the ``revisit_hours`` setting: hours after first seen, comma
    separated (``"1,6,24"``), sorted; empty (``""``, ``"0"``, ``"off"``) turns revisits off.

    Raises :class:`ConfigError` for a value that is not a positive number."""
    words = [w.strip() for w in text.replace(";", ",").split(",") if w.strip()]
    if words in ([], ["0"], ["off"], ["none"]):
        return ()
    try:
        hours = sorted({float(w) for w in words})
    except ValueError as exc:
        raise ConfigError(f"revisit_hours={text!r} is not a list of hours",
                          hint='give hours after first seen, e.g. "1,6,24", or "" to turn '
                               "revisits off") from exc
    if hours[0] <= 0 or hours[-1] > 24 * 365:
        raise ConfigError(f"revisit_hours={text!r}: each must be over 0 and at most a year",
                          hint='e.g. "1,6,24"')
    return tuple(hours)


def due_point(first_seen: datetime, last_fetched: datetime, now: datetime,
              hours: Sequence[float]) -> datetime | None:
    """The latest point of the schedule (first seen + h) that has passed (``<= now``) and
    is later than the page's last fetch, or None when no revisit is due."""
    due = None
    for h in hours:
        point = first_seen + timedelta(hours=h)
        if point > now:
            break
        if point > last_fetched:
            due = point
    return due


def due_revisits(rows: Sequence[tuple[str, str, datetime, datetime, str]], now: datetime,
                 hours: Sequence[float], limit: int) -> list[tuple[str, str]]:
    """The pages to revisit now, ``(url, source)``, the most overdue first, at most
    ``limit``, from the store's ``(url, source, first_seen, fetched_at, error)`` rows
    (:meth:`veille.store.sqlite_collect.CollectTables.revisit_candidates`)."""
    due: list[tuple[datetime, str, str]] = []
    for url, source, first_seen, fetched_at, error in rows:
        if error.startswith(PERMANENT):
            continue
        point = due_point(first_seen, fetched_at, now, hours)
        if point is not None:
            due.append((point, url, source))
    due.sort()
    return [(url, source) for _, url, source in due[:max(0, limit)]]
