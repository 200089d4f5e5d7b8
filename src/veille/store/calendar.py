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


def article_time(alias: str = "a") -> str:
    """SQL for the article's ISO time with its own offset: its publication as the record
    gives it, else the sort time (when first seen)."""
    return f"COALESCE(json_extract({alias}.doc, '$.content.published'), {alias}.sort_time)"


def article_day(alias: str = "a") -> str:
    """SQL for the article's calendar day (``YYYY-MM-DD``) in its own offset, never UTC."""
    return f"substr({article_time(alias)}, 1, 10)"


def article_precision(alias: str = "a") -> str:
    """SQL for the precision of :func:`article_time`: ``day`` (a date known to the day
    only), ``time``, or ``seen`` (undated: the time is when it was first seen)."""
    published = f"json_extract({alias}.doc, '$.content.published')"
    precision = f"json_extract({alias}.doc, '$.content.published_precision')"
    return f"(CASE WHEN {published} IS NULL THEN 'seen' ELSE COALESCE({precision}, 'time') END)"


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
                "SELECT id, json_extract(doc, '$.content.published') FROM articles "
                f"WHERE id IN ({','.join('?' * len(chunk))})", chunk):
            if value:
                try:
                    found[article_id] = datetime.fromisoformat(value)
                except ValueError:
                    continue  # not ours to judge here: the index's instant stays
    return found
