"""The collection tables of the SQLite store: sources, fetch state, responses, wire versions.

A mixin of :class:`~veille.store.sqlite.SQLiteStore`, kept apart so the core store stays
small; it uses the store's connection and lock. Writes are single transactions, like the
rest of the store.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from veille.record import Article, Content, utcnow
from veille.store import dedup_sql
from veille.store.base import (
    BatchResult,
    FetchRecord,
    RevisitCandidate,
    Source,
    StoredResponse,
    WireVersion,
)
from veille.store.calendar import own_time

FETCH_STATE_UPSERT = (
    "INSERT INTO fetch_state (url, etag, last_modified, status, fetched_at, raw_id, error, "
    "retry_at) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(url) DO UPDATE SET "
    "etag=COALESCE(excluded.etag, etag), "
    "last_modified=COALESCE(excluded.last_modified, last_modified), "
    "status=excluded.status, fetched_at=excluded.fetched_at, "
    "raw_id=COALESCE(excluded.raw_id, raw_id), error=excluded.error, "
    "retry_at=excluded.retry_at")
"""A URL's last fetch over the one before (the validators and input kept when it gave
none); :mod:`veille.store.postgres` translates it by this very text."""

_SOURCE_COLUMNS = ("name, kind, url, every_s, paused, added_at, next_due, last_polled, "
                   "last_error, timezone")


def _iso(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat() if value else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _aware(value: str) -> datetime:
    """A stored ISO time, read in UTC when it carries no offset."""
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class CollectTables:
    """Sources, fetch state, response headers and wire version chains."""

    conn: sqlite3.Connection
    _lock: threading.RLock
    _log: Callable[[str, str], None]

    @contextmanager
    def _write(self) -> Iterator[None]:
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    # -- sources -----------------------------------------------------------------------

    def add_source(self, source: Source) -> None:
        now = utcnow()
        with self._write():
            self.conn.execute(
                f"INSERT INTO sources ({_SOURCE_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?) "
                "ON CONFLICT(name) DO UPDATE SET kind=excluded.kind, url=excluded.url, "
                "every_s=excluded.every_s, next_due=excluded.next_due, "
                "timezone=excluded.timezone",
                (source.name, source.kind, source.url, source.every_s, int(source.paused),
                 _iso(source.added_at or now), _iso(source.next_due or now),
                 _iso(source.last_polled), source.last_error, source.timezone))

    def registered_sources(self) -> list[Source]:
        rows = self.conn.execute(
            f"SELECT {_SOURCE_COLUMNS} FROM sources ORDER BY name").fetchall()
        return [Source(name=r[0], kind=r[1], url=r[2], every_s=r[3], paused=bool(r[4]),
                       added_at=_dt(r[5]), next_due=_dt(r[6]), last_polled=_dt(r[7]),
                       last_error=r[8], timezone=r[9]) for r in rows]

    def remove_source(self, name: str) -> bool:
        with self._write():
            return self.conn.execute("DELETE FROM sources WHERE name = ?",
                                     (name,)).rowcount > 0

    def pause_source(self, name: str, *, paused: bool = True) -> bool:
        with self._write():
            return self.conn.execute("UPDATE sources SET paused = ? WHERE name = ?",
                                     (int(paused), name)).rowcount > 0

    def claim(self, key: str, *, holder: str, now: datetime, until: datetime) -> bool:
        """Take the lease ``key`` for ``holder`` until ``until`` when no other holder has
        it past ``now``, in one statement (atomic in SQLite and PostgreSQL alike): True
        when taken (t-final58 #21: two pollers on one store fetched one page twice)."""
        with self._write():
            return self.conn.execute(
                "INSERT INTO leases (key, holder, until) VALUES (?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET holder = excluded.holder, "
                "until = excluded.until WHERE leases.until <= ? "
                "OR leases.holder = excluded.holder",
                (key, holder, _iso(until), _iso(now))).rowcount > 0

    def lease(self, key: str) -> tuple[str, datetime] | None:
        """The holder of lease ``key`` and its expiry, or None when nobody holds it."""
        row = self.conn.execute("SELECT holder, until FROM leases WHERE key = ?",
                                (key,)).fetchone()
        return None if row is None else (row[0], _aware(row[1]))

    def leases(self, prefix: str) -> dict[str, tuple[str, datetime]]:
        """Every lease whose key starts with ``prefix`` (``source:``): holder and expiry
        by key."""
        rows = self.conn.execute(
            "SELECT key, holder, until FROM leases WHERE substr(key, 1, ?) = ?",
            (len(prefix), prefix)).fetchall()
        return {row[0]: (row[1], _aware(row[2])) for row in rows}

    def take_over(self, key: str, *, holder: str, stale: str, until: datetime) -> bool:
        """Give lease ``key`` to ``holder`` until ``until`` if ``stale`` still holds it (a
        poller that stopped: :func:`veille.collect.leases.stopped`); True when taken."""
        with self._write():
            return self.conn.execute(
                "UPDATE leases SET holder = ?, until = ? WHERE key = ? AND holder = ?",
                (holder, _iso(until), key, stale)).rowcount > 0

    def release(self, key: str, *, holder: str) -> None:
        """Give back the lease ``key`` if ``holder`` has it (:meth:`claim`)."""
        with self._write():
            self.conn.execute("DELETE FROM leases WHERE key = ? AND holder = ?",
                              (key, holder))

    def source_polled(self, name: str, *, at: datetime, next_due: datetime,
                      error: str = "") -> None:
        with self._write():
            self.conn.execute(
                "UPDATE sources SET last_polled = ?, next_due = ?, last_error = ? "
                "WHERE name = ?", (_iso(at), _iso(next_due), error, name))

    # -- fetch state and responses -----------------------------------------------------

    def fetch_state(self, url: str) -> FetchRecord | None:
        row = self.conn.execute(
            "SELECT url, status, fetched_at, etag, last_modified, raw_id, error, retry_at "
            "FROM fetch_state WHERE url = ?", (url,)).fetchone()
        if row is None:
            return None
        return FetchRecord(url=row[0], status=row[1], fetched_at=datetime.fromisoformat(row[2]),
                           etag=row[3], last_modified=row[4], raw_id=row[5], error=row[6],
                           retry_at=_aware(row[7]) if row[7] else None)

    def fetch_states(self, urls: Iterable[str]) -> dict[str, FetchRecord]:
        wanted = list(dict.fromkeys(u for u in urls if u))
        found: dict[str, FetchRecord] = {}
        for start in range(0, len(wanted), 500):
            part = wanted[start:start + 500]
            for row in self.conn.execute(
                    "SELECT url, status, fetched_at, raw_id, error, retry_at FROM fetch_state "
                    f"WHERE url IN ({','.join('?' * len(part))})", part).fetchall():
                found[row[0]] = FetchRecord(url=row[0], status=row[1],
                                            fetched_at=datetime.fromisoformat(row[2]),
                                            raw_id=row[3], error=row[4],
                                            retry_at=_aware(row[5]) if row[5] else None)
        return found

    def fetch_states_under(self, prefix: str, *, limit: int) -> list[FetchRecord]:
        """The last fetches of the URLs that start with ``prefix`` and hold a stored input,
        the most recent first, at most ``limit`` (the stored items of one listing,
        ``<listing URL>#item=``: :mod:`veille.collect.item_versions`). A scan of the
        table, for the rare id-less item never seen before."""
        rows = self.conn.execute(
            "SELECT url, status, fetched_at, etag, last_modified, raw_id, error "
            "FROM fetch_state WHERE substr(url, 1, ?) = ? AND raw_id IS NOT NULL "
            "ORDER BY fetched_at DESC LIMIT ?", (len(prefix), prefix, limit)).fetchall()
        return [FetchRecord(url=r[0], status=r[1], fetched_at=datetime.fromisoformat(r[2]),
                            etag=r[3], last_modified=r[4], raw_id=r[5], error=r[6])
                for r in rows]

    def record_fetches(self, records: Sequence[FetchRecord],
                       responses: Sequence[StoredResponse] = ()) -> None:
        with self._write():
            self.conn.executemany(
                FETCH_STATE_UPSERT,
                [(r.url, r.etag, r.last_modified, r.status, _iso(r.fetched_at), r.raw_id,
                  r.error, _iso(r.retry_at) if r.retry_at else None) for r in records])
            self.conn.executemany(
                "INSERT OR REPLACE INTO responses VALUES (?,?,?,?,?,?)",
                [(r.raw_id, r.url, r.final_url, r.status, json.dumps(r.headers),
                  _iso(r.fetched_at)) for r in responses])

    def revisit_candidates(self, since: datetime) -> list[RevisitCandidate]:
        """The pages fetched over HTTP whose article was first seen at ``since`` or later
        (``veille.collect.revisit``).
        Items stored from a listing's own text (fetched as nothing: status 0, no error)
        are not pages."""
        rows = self.conn.execute(
            # recent articles first (by first_seen), then their pages (by raw_id): SQLite
            # keeps a CROSS JOIN's order; both columns are indexed (migration 9)
            "SELECT f.url, a.source, a.first_seen, f.fetched_at, f.error, f.retry_at, "
            "a.id, a.url FROM articles a CROSS JOIN fetch_state f WHERE f.raw_id = a.raw_id "
            "AND a.first_seen >= ? AND (f.status != 0 OR f.error != '')",
            (_iso(since),)).fetchall()
        return [RevisitCandidate(url, source, _aware(first), _aware(fetched), error or "",
                                 _aware(retry) if retry else None, article, url == own)
                for url, source, first, fetched, error, retry, article, own in rows]

    def raw_hints(self, raw_id: str) -> dict[str, str]:
        """What the listing said of a raw input (``RawInput.hints``; empty when nothing or
        an unknown id), read without its data."""
        row = self.conn.execute("SELECT hints FROM raw_hints WHERE raw_id = ?",
                                (raw_id,)).fetchone()
        return dict(json.loads(row[0])) if row else {}

    def relist(self, raw_id: str, hints: dict[str, str]) -> None:
        """Record what the listing says now of a stored raw input (``hints`` over those
        kept): a page read again because its listed date moved and found unchanged keeps
        the new date, so the next poll does not read it again for the same move
        (:meth:`veille.collect.poll.Collector._changed`). Nothing when ``raw_id`` has no
        hints row (it was stored without a listing)."""
        kept = self.raw_hints(raw_id)
        if not kept or {**kept, **hints} == kept:
            return
        with self._write():
            self.conn.execute("UPDATE raw_hints SET hints = ? WHERE raw_id = ?",
                              (json.dumps({**kept, **hints}, ensure_ascii=False), raw_id))

    def response(self, raw_id: str) -> StoredResponse | None:
        row = self.conn.execute(
            "SELECT raw_id, url, final_url, status, headers, fetched_at FROM responses "
            "WHERE raw_id = ? ORDER BY fetched_at DESC LIMIT 1", (raw_id,)).fetchone()
        if row is None:
            return None
        return StoredResponse(raw_id=row[0], url=row[1], final_url=row[2], status=row[3],
                              headers=dict(json.loads(row[4])),
                              fetched_at=datetime.fromisoformat(row[5]))

    # -- wire versions -----------------------------------------------------------------

    def wire_versions(self, guid: str) -> list[WireVersion]:
        rows = self.conn.execute(
            "SELECT guid, version, raw_id, article_id, seen_at FROM wire_versions "
            "WHERE guid = ? ORDER BY version, seen_at", (guid,)).fetchall()
        return [WireVersion(guid=r[0], version=r[1], raw_id=r[2], article_id=r[3],
                            seen_at=datetime.fromisoformat(r[4])) for r in rows]

    def _put_wire(self, article: Article, result: BatchResult, raw_put: Any) -> bool:
        """Inside ``put_batch``: chain a wire item's version. True when handled here (the
        guid's article exists: a newer version replaces its content, an older or equal
        one is a duplicate); False when this is the first version (stored as usual)."""
        content = article.content
        assert content is not None
        raw_put(article.raw)
        self.conn.execute("INSERT OR IGNORE INTO wire_versions VALUES (?,?,?,?,?)",
                          (content.guid, content.version, article.raw.raw_id, article.id,
                           _iso(utcnow())))
        row = self.conn.execute("SELECT doc FROM articles WHERE id = ?",
                                (article.id,)).fetchone()
        if row is None:
            return False
        stored = json.loads(row[0]).get("content") or {}
        if not _later_version(content, stored):
            result.duplicate += 1
            return True
        # The content it replaces becomes an earlier version with its diff, as for a page
        # updated at its URL (``duplicates`` lists it: fresh-user report nu1, F10).
        dedup_sql.push_version(self.conn, article.id, row[0], article, article.first_seen)
        dedup_sql.keep_place(self.conn, article.id, json.loads(row[0]), article)
        article.first_seen = _dt(json.loads(row[0]).get("first_seen")) or article.first_seen
        self.conn.execute(
            "UPDATE articles SET raw_id=?, title=?, language=?, published=?, updated=?, "
            "sort_time=?, fingerprint=?, url=?, own_time=?, time_precision=?, doc=? WHERE id=?",
            (article.raw.raw_id, content.title, content.language, _iso(content.published),
             _iso(content.updated), _iso(content.published) or _iso(article.first_seen),
             article.dedup.fingerprint if article.dedup else None, article.url,
             *own_time(content), json.dumps(article.to_dict(), ensure_ascii=False),
             article.id))
        self._log(article.id, "version")
        result.versions.append(article.id)
        return True


def _later_version(content: Content, stored: dict[str, Any]) -> bool:
    """Whether a wire item's ``content`` is a later version than the ``stored`` one: a
    higher version number; with equal numbers (the number is optional in ninjs 2.x and
    defaults in NewsML-G2, so both are often 0), a later ``versionCreated`` (``updated``)
    and another text (an update without a number is no duplicate: newuser12 W19), or another
    publishing status (:func:`_status_change`)."""
    stored_version = int(stored.get("version") or 0)
    if content.version != stored_version:
        return content.version > stored_version
    then = _dt(stored.get("updated"))
    if _status_change(content, stored, then):
        return True
    if content.updated is None or then is None or content.updated <= then:
        return False
    return (content.title, content.paragraphs) != (stored.get("title"),
                                                    stored.get("paragraphs"))


def _status_change(content: Content, stored: dict[str, Any], then: datetime | None) -> bool:
    """Whether ``content``, of the ``stored`` item's version number, changes its publishing
    status (``evidence.pub_status``: a kill, a hold, a hold lifted) and is the later of the
    two: a status change is a version of the item even with the same text, as a page its
    site removed is marked however unchanged its text (docs/collect.md, "Kills and holds";
    newuser16b C15: a ninjs kill without a version, a NewsML-G2 kill re-sent with the same
    number, was a duplicate and the killed story stayed live). Later: its ``versionCreated``
    is; with no time to order them (absent, or the same), a withdrawal (canceled,
    withheld) is taken as the later: NewsML-G2 asks for a new version on any change, so a
    same-numbered, same-time re-send is from a system that does not count versions, and
    lifting a hold that way cannot be told from an old copy read again."""
    status = str((content.evidence or {}).get("pub_status") or "")
    if status == str((stored.get("evidence") or {}).get("pub_status") or ""):
        return False
    if content.updated is not None and then is not None and content.updated != then:
        return content.updated > then
    return bool(status)
