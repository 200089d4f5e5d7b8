"""When an article's contents were first seen, and when it last changed (newuser11b U19, U22).

A version's content was first seen when the capture that brought it was made: its raw
input's fetch time (``raw.fetched_at``: a poll's response, a WARC record's date, else when
the input was read). The version chain's stored ``seen_at`` is when a content was
*replaced*, the next one's arrival: shown as the time of the content it replaced, the
history of corrections was shifted by one (the first headline at the time of the second,
the current one with no time).
"""

from __future__ import annotations

from datetime import datetime

from veille.record import Article


def revised_at(article: Article) -> datetime | None:
    """When the current content of a changed article was first seen: the fetch time of its
    raw input, for an article that is a version of itself (``dedup.version_of``: the same
    URL or wire guid came back changed); ``None`` for an article never changed. A fetch time
    without a zone is no evidence (``None``)."""
    if article.dedup is None or article.dedup.version_of is None:
        return None
    fetched = article.raw.fetched_at
    return fetched if fetched.utcoffset() is not None else None


def last_change(article: Article) -> datetime:
    """The time a reader of a feed sees an article last changed (docs/web.md, Feeds):
    :func:`changed_at` of the article's times."""
    content = article.content
    return changed_at(content.updated if content else None, revised_at(article),
                      content.published if content else None, article.first_seen)


def changed_at(updated: datetime | None, revised: datetime | None,
               published: datetime | None, first_seen: datetime) -> datetime:
    """The page's own update time, else when its current content was first seen if it was
    changed since (a correction with no ``dateModified``: :func:`revised_at`), never before
    its publication, else its publication, else when the store first saw it."""
    if updated is not None:
        return updated
    if revised is not None:
        return max(revised, published) if published is not None else revised
    return published or first_seen
