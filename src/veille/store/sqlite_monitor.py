"""The monitoring tables of the SQLite store: saved searches, alert matches and outbox.

A mixin of :class:`~veille.store.sqlite.SQLiteStore` (like
:mod:`veille.store.sqlite_collect`), using the store's connection and lock. The alert view
writes its matches, its outbox rows and its applied seq in one transaction
(:meth:`MonitorTables.record_matches`), so a crash leaves all of them or none.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from veille.errors import NotFound
from veille.record import utcnow
from veille.store.base import Delivery, Match, SavedSearch
from veille.store.calendar import article_day, calendar_day

ALERT_VIEW = "alerts"
"""The name the alert view keeps its applied seq under in ``view_state``."""
_SEARCH_COLUMNS = ("id, name, query, filters, collapse, channels, created_at, created_seq, "
                   "visited_seq")
_OUTBOX_COLUMNS = ("id, key, search_id, article_id, version, kind, channel, due_at, attempts, "
                   "last_error, delivered_at")


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat()


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _search(row: tuple[object, ...]) -> SavedSearch:
    filters = json.loads(str(row[3]))
    channels = json.loads(str(row[5]))
    return SavedSearch(
        id=int(str(row[0])), name=str(row[1]), query=str(row[2]),
        sources=list(filters.get("sources", [])), groups=list(filters.get("groups", [])),
        languages=list(filters.get("languages", [])), collapse=bool(row[4]),
        stories=list(filters.get("stories", [])),
        breaking=int(filters.get("breaking", 0)), within_minutes=int(filters.get("within", 60)),
        email=channels.get("email", ""), digest=channels.get("digest", "immediate"),
        lang=channels.get("lang", "fr"), webhook=channels.get("webhook", ""),
        secret=channels.get("secret", ""), created_at=_dt(str(row[6])),
        created_seq=int(str(row[7])), visited_seq=int(str(row[8])))


def _delivery(row: tuple[object, ...]) -> Delivery:
    return Delivery(id=int(str(row[0])), key=str(row[1]), search_id=int(str(row[2])),
                    article_id=str(row[3]), version=int(str(row[4])), kind=str(row[5]),
                    channel=str(row[6]), due_at=datetime.fromisoformat(str(row[7])),
                    attempts=int(str(row[8])), last_error=str(row[9]),
                    delivered_at=_dt(row[10] if isinstance(row[10], str) else None))


_REDEFINED = ("(saved_searches.query <> excluded.query OR saved_searches.filters <> "
              "excluded.filters OR saved_searches.collapse <> excluded.collapse)")
"""SQL: an update changes what the saved search matches (not only where alerts go)."""


class MonitorTables:
    """Saved searches, the alert view's state, its matches and its outbox."""

    conn: sqlite3.Connection
    _lock: threading.RLock
    _write: Callable[[], AbstractContextManager[None]]
    compacted_seq: Callable[[], int]

    def save_search(self, search: SavedSearch) -> SavedSearch:
        filters = json.dumps({"sources": search.sources, "groups": search.groups,
                              "languages": search.languages, "stories": search.stories,
                              "breaking": search.breaking, "within": search.within_minutes})
        channels = json.dumps({"email": search.email, "digest": search.digest,
                               "lang": search.lang, "webhook": search.webhook,
                               "secret": search.secret})
        with self._write():
            conn = self.conn
            seq = int(conn.execute("SELECT COALESCE(MAX(seq), 0) FROM changes"
                                   ).fetchone()[0])
            conn.execute(
                "INSERT INTO saved_searches (name, query, filters, collapse, channels, "
                "created_at, created_seq, visited_seq) VALUES (?,?,?,?,?,?,?,?) "
                "ON CONFLICT(name) DO UPDATE SET query=excluded.query, "
                "filters=excluded.filters, collapse=excluded.collapse, "
                "channels=excluded.channels, "
                # a new definition starts from now, like a new search; new channels do not
                # (now, not the created_at the update carries over: newuser11 U21)
                f"created_at=CASE WHEN {_REDEFINED} THEN ? "
                "ELSE saved_searches.created_at END, "
                f"created_seq=CASE WHEN {_REDEFINED} THEN excluded.created_seq "
                "ELSE saved_searches.created_seq END",
                (search.name, search.query, filters, int(search.collapse), channels,
                 _iso(search.created_at or utcnow()), seq, seq, _iso(utcnow())))
            self._drop_stale(search.name)
            # a channel removed takes its alerts not sent yet with it (newuser16c N11: a
            # removed webhook's queued alert was retried forever, to the URL '')
            kept = search.channels() or [""]
            conn.execute(
                "DELETE FROM alert_outbox WHERE delivered_at IS NULL AND search_id = "
                "(SELECT id FROM saved_searches WHERE name = ?) AND channel NOT IN "
                f"({','.join('?' * len(kept))})", (search.name, *kept))
            if int(conn.execute("SELECT COUNT(*) FROM saved_searches").fetchone()[0]) == 1:
                # The first saved search: the alert view starts here, not at seq 0.
                conn.execute("INSERT INTO view_state VALUES (?, ?) ON CONFLICT(view) "
                             "DO UPDATE SET applied_seq = excluded.applied_seq",
                             (ALERT_VIEW, seq))
        return self.saved_search(search.name)

    def _drop_stale(self, name: str | None = None) -> int:
        """Delete the unsent outbox rows matched under an earlier definition of their
        saved search (``name``'s, else every search's): the match's ``seq`` is at or before
        the search's ``created_seq``. Returns how many."""
        where = "AND s.name = ?" if name is not None else ""
        cursor = self.conn.execute(
            "DELETE FROM alert_outbox WHERE delivered_at IS NULL AND EXISTS (SELECT 1 "
            "FROM alert_matches m JOIN saved_searches s ON s.id = m.search_id "
            "WHERE m.search_id = alert_outbox.search_id "
            "AND m.article_id = alert_outbox.article_id "
            f"AND m.version = alert_outbox.version AND m.seq <= s.created_seq {where})",
            (name,) if name is not None else ())
        return int(cursor.rowcount or 0)

    def last_version_seqs(self, article_ids: Iterable[str]) -> dict[str, int]:
        ids = list(dict.fromkeys(article_ids))
        found: dict[str, int] = {}
        for start in range(0, len(ids), 500):
            part = ids[start:start + 500]
            found.update((str(r[0]), int(r[1])) for r in self.conn.execute(
                "SELECT article_id, MAX(seq) FROM changes WHERE kind IN ('new', 'version', "
                "'completed') "
                f"AND article_id IN ({','.join('?' * len(part))}) GROUP BY article_id",
                part).fetchall())
        return found

    def drop_stale_deliveries(self) -> int:
        with self._write():
            return self._drop_stale()

    def saved_searches(self) -> list[SavedSearch]:
        rows = self.conn.execute(
            f"SELECT {_SEARCH_COLUMNS} FROM saved_searches ORDER BY name").fetchall()
        return [_search(r) for r in rows]

    def saved_search(self, key: str | int) -> SavedSearch:
        column = "id" if isinstance(key, int) or re.fullmatch(r"[0-9]{1,18}", key) else "name"
        row = self.conn.execute(
            f"SELECT {_SEARCH_COLUMNS} FROM saved_searches WHERE {column} = ?",
            (int(key) if column == "id" else key,)).fetchone()
        if row is None:
            raise NotFound(f"no saved search {key!r}",
                           hint="list them with `veille saved list`")
        return _search(row)

    def remove_saved_search(self, key: str | int) -> bool:
        try:
            search = self.saved_search(key)
        except NotFound:
            return False
        with self._write():
            conn = self.conn
            for table in ("alert_outbox", "alert_matches"):
                conn.execute(f"DELETE FROM {table} WHERE search_id = ?", (search.id,))
            conn.execute("DELETE FROM saved_searches WHERE id = ?", (search.id,))
        return True

    def visit_saved_search(self, search_id: int, seq: int) -> None:
        with self._lock:
            self.conn.execute("UPDATE saved_searches SET visited_seq = ? WHERE id = ?",
                              (seq, search_id))

    def change_time(self, seq: int) -> datetime:
        """When change ``seq`` was committed (UTC, to the second)."""
        row = self.conn.execute("SELECT at FROM changes WHERE seq = ?", (seq,)).fetchone()
        return datetime.fromisoformat(str(row[0])) if row else utcnow()

    def view_seq(self, view: str) -> int:
        row = self.conn.execute("SELECT applied_seq FROM view_state WHERE view = ?",
                                (view,)).fetchone()
        return int(row[0]) if row else 0

    def matched_before(self, pairs: Iterable[tuple[int, str]],
                       after: Mapping[int, int] | None = None) -> set[tuple[int, str]]:
        found: set[tuple[int, str]] = set()
        for search_id, article_id in pairs:
            since = (after or {}).get(search_id, -1)
            if self.conn.execute("SELECT 1 FROM alert_matches WHERE search_id = ? AND "
                                 "article_id = ? AND seq > ? LIMIT 1",
                                 (search_id, article_id, since)).fetchone():
                found.add((search_id, article_id))
        return found

    def unmatched_now(self, search_id: int) -> dict[str, datetime]:
        rows = self.conn.execute(
            "SELECT m.article_id, m.matched_at FROM alert_matches m WHERE m.search_id = ? "
            "AND m.kind = 'unmatched' AND m.version = (SELECT MAX(version) FROM "
            "alert_matches o WHERE o.search_id = m.search_id AND o.article_id = m.article_id "
            "AND o.kind <> 'breaking')", (search_id,)).fetchall()
        return {str(r[0]): datetime.fromisoformat(str(r[1])) for r in rows}

    def last_matches(self, pairs: Iterable[tuple[int, str]]) -> dict[tuple[int, str], Match]:
        found: dict[tuple[int, str], Match] = {}
        for search_id, article_id in pairs:
            r = self.conn.execute(
                "SELECT search_id, article_id, version, kind, seq, matched_at FROM "
                "alert_matches WHERE search_id = ? AND article_id = ? AND kind <> 'breaking' "
                "ORDER BY version DESC, seq DESC LIMIT 1", (search_id, article_id)).fetchone()
            if r is not None:
                found[search_id, article_id] = Match(int(r[0]), r[1], int(r[2]), r[3],
                                                     int(r[4]), datetime.fromisoformat(r[5]))
        return found

    def matched_versions(self, triples: Iterable[tuple[int, str, int]]
                         ) -> set[tuple[int, str, int]]:
        return {(search_id, article_id, version) for search_id, article_id, version in triples
                if self.conn.execute("SELECT 1 FROM alert_matches WHERE search_id = ? AND "
                                     "article_id = ? AND version = ?",
                                     (search_id, article_id, version)).fetchone()}

    def stored_seqs(self, article_ids: Iterable[str]) -> dict[str, int]:
        ids = list(dict.fromkeys(article_ids))
        found: dict[str, int] = {}
        compacted = self.compacted_seq()
        for start in range(0, len(ids), 500):
            part = ids[start:start + 500]
            # an article whose ``new`` change compaction removed was stored before the kept
            # log: 0, not the seq of a later change that survived (docs/architecture.md)
            found.update((str(r[0]), int(r[1]) if r[2] is not None or not compacted else 0)
                         for r in self.conn.execute(
                "SELECT article_id, MIN(seq), MIN(CASE WHEN kind = 'new' THEN seq END) "
                f"FROM changes WHERE article_id IN ({','.join('?' * len(part))}) "
                "GROUP BY article_id", part).fetchall())
        return found

    def record_matches(self, view: str, seq: int, matches: Sequence[Match],
                       deliveries: Sequence[Delivery]) -> None:
        with self._write():
            conn = self.conn
            conn.executemany(
                "INSERT OR IGNORE INTO alert_matches VALUES (?,?,?,?,?,?)",
                [(m.search_id, m.article_id, m.version, m.kind, m.seq,
                  _iso(m.matched_at)) for m in matches])
            now = _iso(utcnow())
            conn.executemany(
                "INSERT OR IGNORE INTO alert_outbox (key, search_id, article_id, version, "
                "kind, channel, created_at, due_at) VALUES (?,?,?,?,?,?,?,?)",
                [(d.key, d.search_id, d.article_id, d.version, d.kind, d.channel, now,
                  _iso(d.due_at)) for d in deliveries])
            conn.execute("INSERT INTO view_state VALUES (?, ?) ON CONFLICT(view) "
                         "DO UPDATE SET applied_seq = MAX(applied_seq, excluded.applied_seq)",
                         (view, seq))

    def story_sites(self, story_id: str) -> dict[str, set[str]]:
        """``source -> registrable domains`` of the story's articles' URLs: where each
        source is published (:func:`veille.outlet_groups.sites_of`, rule 4)."""
        from veille.outlet_groups import sites_of

        return sites_of((str(r[0]), r[1]) for r in self.conn.execute(
            "SELECT m.source, a.url FROM story_members m JOIN articles a "
            "ON a.id = m.article_id WHERE m.story_id = ?", (story_id,)))

    def story_joins(self, story_id: str) -> list[tuple[str, str, bool, datetime, int]]:
        """``(article_id, source, reprint, joined_at, seq)`` of each article of a story, in
        the order they were stored (``seq``; ``joined_at`` is to the second).

        An original stored after copies of it (published first, ingested later: it matched
        them, docs/dedup.md) joins as of its earliest such copy: the story had its text
        then, and the copy it displaced counted in its place, so it is no new source."""
        rows = self.conn.execute(
            "SELECT m.article_id, m.source, m.reprint, m.at, a.seq FROM story_members m "
            "JOIN articles a ON a.id = m.article_id WHERE m.story_id = ? ORDER BY a.seq",
            (story_id,)).fetchall()
        joins = {str(r[0]): (datetime.fromisoformat(str(r[3])), int(r[4])) for r in rows}
        for original, copy in self.conn.execute(
                "SELECT l.other_id, l.article_id FROM article_links l JOIN story_members m "
                "ON m.article_id = l.other_id WHERE m.story_id = ? AND m.reprint = 0",
                (story_id,)).fetchall():
            if copy in joins and joins[copy][1] < joins[original][1]:
                joins[original] = joins[copy]
        return [(str(r[0]), str(r[1]), bool(r[2]), *joins[str(r[0])]) for r in rows]

    def last_crossing(self, search_id: int, story_id: str) -> tuple[int, int]:
        """The number of the story alert's last threshold crossing for this story (0: none)
        and the ``seq`` of the article that crossed it (0: none): the crossings of the
        articles now in the story, and the numbers of every crossing queued under its id
        (whose article may be in another story by now)."""
        row = self.conn.execute(
            "SELECT am.version, a.seq FROM alert_matches am JOIN story_members m "
            "ON m.article_id = am.article_id JOIN articles a ON a.id = am.article_id "
            "WHERE am.search_id = ? AND am.kind = 'breaking' AND m.story_id = ? "
            "ORDER BY am.version DESC LIMIT 1", (search_id, story_id)).fetchone()
        number, seq = (int(row[0]), int(row[1])) if row else (0, 0)
        # The crossings queued under this story's id whose article has moved to another
        # story since (a re-clustering, `veille stories join`): their number is taken, or
        # the story's next crossing would reuse their outbox key and be dropped as already
        # sent (t-final56 A2). Delivered rows stay in the outbox.
        prefix = f"{search_id}/story/{story_id}/x"
        for (key,) in self.conn.execute(
                "SELECT key FROM alert_outbox WHERE key > ? AND key < ?",  # the key's index
                (prefix, prefix[:-1] + "y")).fetchall():
            taken = str(key)[len(prefix):].split("/", 1)[0]
            if taken.isdigit() and int(taken) > number:
                number = int(taken)
        return number, seq

    def matches(self, search_id: int, *, after_seq: int = 0, limit: int = 50) -> list[Match]:
        rows = self.conn.execute(
            "SELECT search_id, article_id, version, kind, seq, matched_at FROM alert_matches "
            "WHERE search_id = ? AND seq > ? ORDER BY seq DESC LIMIT ?",
            (search_id, after_seq, limit)).fetchall()
        return [Match(int(r[0]), r[1], int(r[2]), r[3], int(r[4]),
                      datetime.fromisoformat(r[5])) for r in rows]

    def matched_articles(self, search_id: int, *, until_seq: int, skip: Collection[str] = (),
                         limit: int = 50) -> tuple[list[Match], int]:
        rows = self.conn.execute(
            "SELECT search_id, article_id, version, kind, seq, matched_at FROM alert_matches m "
            "WHERE search_id = ? AND seq <= ? AND seq = (SELECT MAX(seq) FROM alert_matches "
            "o WHERE o.search_id = m.search_id AND o.article_id = m.article_id AND o.seq <= ?) "
            "ORDER BY seq DESC, version DESC LIMIT ?",
            (search_id, until_seq, until_seq, limit + len(skip) + 1)).fetchall()
        found: dict[str, Match] = {}
        for r in rows:
            if r[1] not in skip and r[1] not in found and len(found) < limit:
                found[r[1]] = Match(int(r[0]), r[1], int(r[2]), r[3], int(r[4]),
                                    datetime.fromisoformat(r[5]))
        total = int(self.conn.execute(
            "SELECT COUNT(DISTINCT article_id) FROM alert_matches WHERE search_id = ? AND "
            "seq <= ?", (search_id, until_seq)).fetchone()[0])
        return list(found.values()), total

    def matched_newest_first(self, search_id: int, *, limit: int = 10_000) -> list[str]:
        # published and first_seen are stored in UTC, so their text sorts as their time
        # (newuser11b U10: the saved search's export was in the order of its alerts)
        rows = self.conn.execute(
            "SELECT id FROM articles WHERE id IN (SELECT article_id FROM alert_matches "
            "WHERE search_id = ?) ORDER BY published IS NULL, "
            "COALESCE(published, first_seen) DESC, seq DESC LIMIT ?",
            (search_id, limit)).fetchall()
        return [str(r[0]) for r in rows]

    def count_matches(self, search_id: int, *, after_seq: int = 0) -> int:
        # articles, not matches: an article corrected twice since the visit is one new
        row = self.conn.execute("SELECT COUNT(DISTINCT article_id) FROM alert_matches "
                                "WHERE search_id = ? AND seq > ?",
                                (search_id, after_seq)).fetchone()
        return int(row[0])

    def due_deliveries(self, now: datetime, *, limit: int = 500) -> list[Delivery]:
        rows = self.conn.execute(
            f"SELECT {_OUTBOX_COLUMNS} FROM alert_outbox WHERE delivered_at IS NULL "
            "AND due_at <= ? ORDER BY id LIMIT ?", (_iso(now), limit)).fetchall()
        return [_delivery(r) for r in rows]

    def deliveries(self, *, search_id: int | None = None, pending: bool = False,
                   article_id: str | None = None, limit: int = 100) -> list[Delivery]:
        where, args = ["1 = 1"], list[object]()
        if search_id is not None:
            where.append("search_id = ?")
            args.append(search_id)
        if article_id is not None:
            where.append("article_id = ?")
            args.append(article_id)
        if pending:
            where.append("delivered_at IS NULL")
        rows = self.conn.execute(
            f"SELECT {_OUTBOX_COLUMNS} FROM alert_outbox WHERE {' AND '.join(where)} "
            "ORDER BY id DESC LIMIT ?", (*args, limit)).fetchall()
        return [_delivery(r) for r in rows]

    def cancel_deliveries(self, ids: Sequence[int]) -> None:
        with self._lock:
            self.conn.executemany("DELETE FROM alert_outbox WHERE id = ? AND "
                                  "delivered_at IS NULL", [(i,) for i in ids])

    def mark_delivered(self, ids: Sequence[int], at: datetime, note: str = "") -> None:
        with self._lock:
            self.conn.executemany(
                "UPDATE alert_outbox SET delivered_at = ?, attempts = attempts + 1, "
                "last_error = ? WHERE id = ? AND delivered_at IS NULL",
                [(_iso(at), note, i) for i in ids])

    def try_sender_lock(self) -> bool:
        """Take the store-wide alert sender's lock, True when taken. The embedded store's
        senders all run on this machine and take a file lock in the data directory
        (:meth:`veille.service.Veille.deliver_alerts`): nothing more is needed here.
        PostgreSQL's senders may run on several machines (its override)."""
        return True

    def release_sender_lock(self) -> None:
        """Give back what :meth:`try_sender_lock` took."""

    def mark_failed(self, ids: Sequence[int], error: str, retry_at: datetime) -> None:
        with self._lock:
            self.conn.executemany(
                "UPDATE alert_outbox SET attempts = attempts + 1, last_error = ?, due_at = ? "
                "WHERE id = ? AND delivered_at IS NULL",
                [(error[:500], _iso(retry_at), i) for i in ids])

    def source_names(self, groups: Iterable[str]) -> list[str]:
        wanted = list(groups)
        if not wanted:
            return []
        rows = self.conn.execute(
            f"SELECT name FROM sources WHERE source_group IN ({','.join('?' * len(wanted))}) "
            "ORDER BY name", wanted).fetchall()
        return [r[0] for r in rows]

    # -- the web UI's account and sessions ---------------------------------------------

    def set_password_hash(self, account: str, password_hash: str) -> None:
        """Create the account or replace its password hash (its sessions end)."""
        with self._write():
            conn = self.conn
            conn.execute("INSERT INTO accounts VALUES (?,?,?) ON CONFLICT(name) DO UPDATE "
                         "SET password_hash = excluded.password_hash, "
                         "updated_at = excluded.updated_at",
                         (account, password_hash, _iso(utcnow())))
            conn.execute("DELETE FROM sessions WHERE account = ?", (account,))

    def password_hash(self, account: str) -> str | None:
        row = self.conn.execute("SELECT password_hash FROM accounts WHERE name = ?",
                                (account,)).fetchone()
        return str(row[0]) if row else None

    def has_accounts(self) -> bool:
        return self.conn.execute("SELECT 1 FROM accounts LIMIT 1").fetchone() is not None

    def add_session(self, token_hash: str, account: str, expires_at: datetime) -> None:
        with self._lock:
            self.conn.execute("DELETE FROM sessions WHERE expires_at < ?", (_iso(utcnow()),))
            self.conn.execute("INSERT INTO sessions VALUES (?,?,?)",
                              (token_hash, account, _iso(expires_at)))

    def session_account(self, token_hash: str) -> str | None:
        """The account of a live session, or None (unknown or expired)."""
        row = self.conn.execute("SELECT account FROM sessions WHERE token_hash = ? AND "
                                "expires_at > ?", (token_hash, _iso(utcnow()))).fetchone()
        return str(row[0]) if row else None

    def end_session(self, token_hash: str) -> None:
        with self._lock:
            self.conn.execute("DELETE FROM sessions WHERE token_hash = ?", (token_hash,))

    # -- attention over time -----------------------------------------------------------

    def daily_counts(self, *, since: datetime, sources: Sequence[str] | None = None
                     ) -> list[tuple[str, str, int]]:
        """``(day, source, articles)`` of the dated articles published on ``since``'s day
        or later, for the given sources only when given. Days are each article's own
        calendar day (its own offset, :mod:`veille.store.calendar`), as a listing shows
        it and as the attention chart counts its matches, never UTC."""
        day = article_day("articles")
        # offsets are within ±14 h: the UTC bound (indexed) keeps every article of the day
        where = f"published IS NOT NULL AND published >= ? AND {day} >= ?"
        args = [_iso(since - timedelta(days=1)), calendar_day(since)]
        if sources is not None:
            if not sources:
                return []
            where += f" AND source IN ({','.join('?' * len(sources))})"
            args += list(sources)
        rows = self.conn.execute(
            f"SELECT {day}, source, COUNT(*) FROM articles WHERE {where} "
            "GROUP BY 1, 2", args).fetchall()
        return [(str(r[0]), str(r[1]), int(r[2])) for r in rows]

    def collected_counts(self, *, since: datetime, sources: Sequence[str]
                         ) -> dict[str, int]:
        """``source -> articles`` first seen (collected) at ``since`` or later, whatever
        their publication dates, for the given sources: what "articles per day" on
        /manage/sources counts (t-final58 #18: five articles collected today, published in
        March, counted 0)."""
        if not sources:
            return {}
        rows = self.conn.execute(
            "SELECT source, COUNT(*) FROM articles WHERE first_seen >= ? AND source IN "
            f"({','.join('?' * len(sources))}) GROUP BY 1",
            [_iso(since), *sources]).fetchall()
        return {str(r[0]): int(r[1]) for r in rows}

    def source_groups(self) -> dict[str, str]:
        """Each registered source's group, by name and by its URL's host."""
        groups: dict[str, str] = {}
        for name, url, group in self.conn.execute(
                "SELECT name, url, source_group FROM sources WHERE source_group != ''"):
            groups[name] = group
            host = urlsplit(url).hostname or ""
            if host:
                groups[host.removeprefix("www.")] = group
        return groups

    def set_source_meta(self, name: str, *, label: str, group: str) -> bool:
        """Give a registered source a friendly name and a group; False when unknown."""
        with self._lock:
            cur = self.conn.execute("UPDATE sources SET label = ?, source_group = ? "
                                    "WHERE name = ?", (label, group, name))
        return cur.rowcount > 0

    def source_meta(self) -> dict[str, tuple[str, str]]:
        """Each registered source's friendly name and group, by name."""
        return {str(r[0]): (str(r[1]), str(r[2])) for r in self.conn.execute(
            "SELECT name, label, source_group FROM sources")}
