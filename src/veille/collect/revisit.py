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

A refusal that may pass is no verdict on the page: ``429 Too Many Requests`` (RFC 6585
section 4), ``503 Service Unavailable`` and the other ``5xx`` (RFC 9110 section 15.6),
``408`` and ``425``. Such a page is asked again at a later round, not before the time its
``Retry-After`` gives (bounded: :data:`RETRY_LATER` when it gives none, at most
:data:`RETRY_MAX`), never taken for gone (``veille.collect.gone``: only ``404`` and
``410`` are) nor dropped from the schedule as a lasting ``4xx`` is.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from veille.errors import ConfigError
from veille.store.base import RevisitCandidate

PERMANENT = ("http-4", "robots", "blocked-address", "bad-url", "not-html", "too-large")
"""Fetch errors after which a page is not revisited (gone, refused, not a page), but those
of :data:`PASSING` (:func:`lasting`)."""
PASSING = ("http-408", "http-425", "http-429", "http-5")
"""HTTP refusals that may pass: a timeout, too early, too many requests (RFC 6585 section
4: "Too Many Requests"), the server's own failure or unavailability (``503``)."""
RETRY_LATER = timedelta(minutes=10)
"""When a passing refusal gives no ``Retry-After``: asked again no sooner."""
RETRY_MAX = timedelta(hours=24)
"""The longest ``Retry-After`` honoured: a site asking for a week is asked after a day."""
REVISIT_LEASE = timedelta(minutes=15)
"""How long a poller holds a page it revisits (``revisit:URL`` in the store's leases) if it
dies before giving it back. Two pollers of one store (``serve --watch`` beside ``veille
watch``) saw the same revisits due and read each page twice (the note of stop 58: "revisits
of recent pages are not claimed"); the sources' own lease is ``veille.collect.watch.POLL_LEASE``."""


WALL_TRIES = 3
"""How many times a page that showed a wall instead of its article (a consent wall, a
login form: :mod:`veille.extract.walls`) is fetched in all: the wall is the site's answer
of the moment, asked again at the next rounds that list the page, then no more (verify16
Z13: it was recorded as fetched and never asked again)."""
_WALL = "wall-"


def wall_error(previous: str) -> str:
    """The fetch error recorded for a page refused as a wall: ``wall-N``, ``N`` the walls
    met in a row, one more than ``previous`` (the URL's last error) says."""
    tries = previous[len(_WALL):] if previous.startswith(_WALL) else ""
    return f"{_WALL}{int(tries) + 1 if tries.isdigit() else 1}"


def lasting(error: str) -> bool:
    """Whether a fetch ``error`` (a reason: ``http-410``, ``robots``...) is lasting: the
    page is not asked again on its own (a revisit, a listing naming it again). A wall met
    :data:`WALL_TRIES` times is (:func:`wall_error`)."""
    if error.startswith(_WALL):
        tries = error[len(_WALL):]
        return not tries.isdigit() or int(tries) >= WALL_TRIES
    return error.startswith(PERMANENT) and not error.startswith(PASSING)


def retry_time(error: str, retry_after: float | None, now: datetime) -> datetime | None:
    """When a page refused with ``error`` may be asked again: ``now`` plus the
    ``retry_after`` seconds the site gave (clamped to 0 .. :data:`RETRY_MAX`), or plus
    :data:`RETRY_LATER` without one; None for an error that is no passing refusal."""
    if not error.startswith(PASSING):
        return None
    if retry_after is None:
        return now + RETRY_LATER
    return now + min(timedelta(seconds=max(0.0, retry_after)), RETRY_MAX)


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


def one_url_per_article(rows: Sequence[RevisitCandidate]) -> list[RevisitCandidate]:
    """One row per article, in the rows' order: the article's own URL when it was
    fetched, else the URL fetched last. A tracking variant of its address
    (``?xtor=RSS-1``) and a moved page's old address were fetched as the same article, and
    asking each of them again multiplied a site's load and counted one failure twice
    (newuser16c N7). Rows without an article id are kept as they are."""
    best: dict[str, RevisitCandidate] = {}
    for row in rows:
        if not row.article:
            continue
        kept = best.get(row.article)
        if kept is None or (row.own_url, row.fetched_at) > (kept.own_url, kept.fetched_at):
            best[row.article] = row
    return [row for row in rows if not row.article or best[row.article] is row]


def due_revisits(rows: Sequence[RevisitCandidate], now: datetime,
                 hours: Sequence[float], limit: int) -> list[tuple[str, str]]:
    """The pages to revisit now, ``(url, source)``, the most overdue first, at most
    ``limit``, from the store's rows
    (:meth:`veille.store.sqlite_collect.CollectTables.revisit_candidates`). A page whose
    last revisit was refused for a while (:func:`retry_time`) is due again once its
    ``retry_at`` has passed: the point it was read for is not spent. An article fetched
    under several URLs is read under one (:func:`one_url_per_article`)."""
    due: list[tuple[datetime, str, str]] = []
    for url, source, first_seen, fetched_at, error, retry_at, _, _ in \
            one_url_per_article(rows):
        if lasting(error):
            continue
        if retry_at is not None:
            if retry_at <= now:
                due.append((retry_at, url, source))
            continue
        point = due_point(first_seen, fetched_at, now, hours)
        if point is not None:
            due.append((point, url, source))
    due.sort()
    return [(url, source) for _, url, source in due[:max(0, limit)]]
