"""An article's own time and calendar day, for every listing and day bucket.

The store's ``sort_time`` is UTC, so for a date known to the day only (stored as local
midnight, ``2026-11-30T00:00:00+01:00``, :data:`veille.record.DAY`) its first ten
characters name the day before (``2026-11-29T23:00:00+00:00``). Listings and day buckets
take the article's own ISO time (with its own offset) instead; ``sort_time`` stays the
order. The SQL runs on SQLite and, through :func:`veille.store.postgres.translate`, on
PostgreSQL.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from veille.record import Content


def own_time(content: Content) -> tuple[str | None, str | None]:
    """The ``own_time`` and ``time_precision`` columns of an article of ``content``: its
    publication time as the record writes it (its own offset) and that time's precision,
    both as in ``doc``, ``None`` when undated. The store keeps them with the content
    (migration 14), so a listing reads them without parsing the record: ``json_extract``
    parses the whole of it at each call (bench/article_page.py: 2 s of server time for
    the page of an 18 M-character record stored before the article bound)."""
    record = content.to_dict()
    return record["published"], record["published_precision"]


def article_time(alias: str = "a") -> str:
    """SQL for the article's ISO time with its own offset: its publication as the record
    gives it (the ``own_time`` column), else the sort time (when first seen)."""
    return f"COALESCE({alias}.own_time, {alias}.sort_time)"


def article_day(alias: str = "a") -> str:
    """SQL for the article's calendar day (``YYYY-MM-DD``) in its own offset, never UTC."""
    return f"substr({article_time(alias)}, 1, 10)"


def article_precision(alias: str = "a") -> str:
    """SQL for the precision of :func:`article_time`: ``day`` (a date known to the day
    only), ``time``, or ``seen`` (undated: the time is when it was first seen)."""
    return (f"(CASE WHEN {alias}.own_time IS NULL THEN 'seen' "
            f"ELSE COALESCE({alias}.time_precision, 'time') END)")


def calendar_day(value: datetime) -> str:
    """``YYYY-MM-DD`` of ``value`` in its own offset (an article's day), never UTC."""
    return value.date().isoformat()


def published_times(conn: Any, ids: list[str]) -> dict[str, datetime]:
    """Each dated article's publication time as its record gives it, with its own offset
    (the index keeps only the UTC instant); undated and unknown ids are absent."""
    found: dict[str, datetime] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i: i + 500]
        for article_id, value in conn.execute(
                "SELECT id, own_time FROM articles "
                f"WHERE id IN ({','.join('?' * len(chunk))})", chunk):
            if value:
                try:
                    found[article_id] = datetime.fromisoformat(value)
                except ValueError:
                    continue  # not ours to judge here: the index's instant stays
    return found
