"""When an article's contents were first seen, and when it last changed (newuser11b U19, U22).

A content was first seen when veille read the capture that brought it: the article's
``first_seen`` for its first content, ``dedup.version_seen`` for a later one (the ingest's
reading time). Never the capture's own time (``raw.fetched_at``: a file's modification
time, a WARC record's date), which is evidence of when the capture was made, not of when
veille saw it: read as veille's, a page saved to a file on Monday and ingested on Friday
had a version "seen by veille" on Monday, before the article itself (t-final29 F9). The
version chain's stored ``seen_at`` is when a content was *replaced*, the next one's
arrival: shown as the time of the content it replaced, the history of corrections was
shifted by one (the first headline at the time of the second, the current one with no
time).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from veille.dedup.capture_order import iso_time
from veille.record import Article

if TYPE_CHECKING:
    from veille.store.base import Version

UPDATE_SLACK = timedelta(minutes=1)
"""How much later than its publication a page's update time must be to tell of an update:
most CMSs print ``dateModified`` equal to ``datePublished`` (or seconds after it, the
first save) on a page never changed since (newuser17c S11: every timeline row said
"mis à jour le" at its own publication time)."""


def stated_update(published: datetime | None, updated: datetime | None) -> datetime | None:
    """``updated`` when it tells of an update, later than ``published`` by more than
    :data:`UPDATE_SLACK` (or with no publication time to compare), else None: what the
    web pages print as "mis à jour le" / "updated". A time without a zone is compared as
    UTC."""
    if updated is None or published is None:
        return updated
    if (published.tzinfo is None) != (updated.tzinfo is None):
        return updated  # not comparable: said as given
    return updated if updated - published > UPDATE_SLACK else None


def revised_at(article: Article) -> datetime | None:
    """When the current content of a changed article was first seen: when veille read it
    (``dedup.version_seen``), for an article that is a version of itself
    (``dedup.version_of``: the same URL or wire guid came back changed); ``None`` for an
    article never changed. A record written before that field has its capture's fetch
    time, when zoned, never before the article was first seen (t-final29 F9)."""
    if article.dedup is None or article.dedup.version_of is None:
        return None
    stated = iso_time(article.dedup.version_seen) if article.dedup.version_seen else None
    if stated is not None:
        return stated
    fetched = article.raw.fetched_at
    if fetched.utcoffset() is None:
        return None
    first = article.first_seen
    return fetched if first.utcoffset() is None or fetched >= first else first


def current_seen(article: Article, versions: Sequence[Version]) -> datetime | None:
    """When the current content of an article with earlier ``versions`` was first seen:
    :func:`revised_at` when it came as a version of itself (in a record written before
    ``dedup.version_seen``, when the last version was replaced, if that was after it was
    seen), else the article's first-seen time (the current content was the first read: an
    older capture of the same page came later and was filed as an earlier version,
    t-reader23 R8: the page said "vue le ?"); ``None`` for an article never changed (no
    ``versions``)."""
    if not versions:
        return None
    dedup = article.dedup
    if dedup is not None and dedup.version_of is not None and not dedup.version_seen:
        last = replaced_at(versions[-1])
        if last is not None:
            return last
    return revised_at(article) or article.first_seen


def declared_time(value: object, published: object = None, *,
                  first: bool = False) -> datetime | None:
    """A version's own time as its source declared it, from the ``content.updated`` of
    the record kept of that version (an ISO 8601 string, as stored): the time a wire
    agency stamps each version with (ninjs ``versioncreated``, NewsML-G2
    ``versionCreated``), a feed entry's ``updated``, a page's ``dateModified``. The
    ``first`` version, never updated, declares its time as its ``published`` ("Publié le
    25 novembre 2026 à 07h30", ``article:published_time``: it said "unknown", t-final31
    F9); a later one keeps the article's publication time, which dates no correction.
    ``None`` when the version declared none, or the value is no time: then the version's
    time is unknown, and veille's seen/replaced times are never shown in its place
    (t-final27 F8: ``veille duplicates`` printed the ingest times as the versions'
    dates)."""
    if isinstance(value, str):
        return iso_time(value)
    return iso_time(published) if first and isinstance(published, str) else None


def current_declared(article: Article) -> datetime | None:
    """The current version's own declared time (:func:`declared_time`): its
    ``content.updated``, ``None`` when it declares none (the current content of an
    article with earlier versions is no first version: its publication time is the
    first's)."""
    return article.content.updated if article.content is not None else None


def replaced_at(version: Version) -> datetime | None:
    """When the next content replaced ``version``: its stored ``replaced_at``, ``None`` when
    that is before the version was itself seen (an older capture read after the update that
    replaced it: "replaced" 29 s before "seen" said nothing true, t-reader23 R8)."""
    if version.replaced_at is None or version.replaced_at < version.seen_at:
        return None
    return version.replaced_at


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
