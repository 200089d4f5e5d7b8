"""The embedded store: one SQLite file in WAL mode.

WAL gives many readers and one writer, and a batch is one ``BEGIN IMMEDIATE`` transaction,
so a ``kill -9`` mid-ingest leaves either the whole batch or none of it. Raw inputs are kept
compressed with zstd, so every article can be re-extracted after an upgrade.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import zstandard

from veille.dedup.capture_order import compare_captures
from veille.dedup.completion import completes, confirms
from veille.dedup.near import body_of
from veille.diskfull import is_disk_full
from veille.errors import ArticleMerged, NotFound, StoreError
from veille.outlet_identity import one_outlet
from veille.record import (
    COMPLETED,
    REPRINT_RELATIONS,
    Article,
    RawInput,
    exported_original,
    utcnow,
)
from veille.source_edits import carried_edit
from veille.store import calendar, dedup_sql
from veille.store.base import (
    STORIES_VIEW,
    BatchResult,
    Change,
    Failure,
    Link,
    StoryArticle,
    StorySummary,
    Version,
)
from veille.store.calendar import own_time
from veille.store.changelog import ChangeLogTables
from veille.store.migrations import migrate
from veille.store.readonly import can_write, read_only_error
from veille.store.sqlite_collect import CollectTables
from veille.store.sqlite_enrich import EnrichTables, folded_name
from veille.store.sqlite_full import Connection, disk_full
from veille.store.sqlite_history import HistoryTables
from veille.store.sqlite_monitor import MonitorTables
from veille.store.sqlite_state import StateTables
from veille.store.sqlite_terms import TermsTables

RETITLED = "retitled"
"""What :meth:`SQLiteStore._same_text` returns second for a text that is a stored
article's body under another headline, of the same source: a new version of it."""
DATED = "dated"
"""A read of a stored undated article that gives its publication date
(:func:`veille.store.dedup_sql.dated_at_last`): its version, as :data:`RETITLED`."""
MAX_SITE_BLOCK_CHARS = 500


def _iso(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat() if value else None


def _set_wal(conn: sqlite3.Connection, *, attempts: int = 100) -> None:
    """Switch to WAL, retrying while another connection creates the same new file.

    Changing the journal mode needs an exclusive lock, and SQLite answers "database is
    locked" at once, without its busy handler, when two connections open a new store
    together (``serve --watch`` does); a few short retries (about 5 s in all) let the first
    one finish.
    """
    for attempt in range(attempts):
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(0.05)


REPLACE_CONTENT_SQL = (
    "UPDATE articles SET title=?, language=?, published=?, updated=?, sort_time=?, "
    "fingerprint=?, url=?, own_time=?, time_precision=?, doc=? "
    "WHERE id=? AND json(doc) != json(?)")
"""Re-extraction writes an article only when its record differs as JSON, not as text: the
enrichment view rewrites ``doc`` with ``json_set`` (SQLite's minified form, PostgreSQL's
``jsonb`` order), never byte for byte as Python's ``json.dumps`` (newuser6 M22)."""


ID_CHARS = 16
"""The length of an article id (:func:`veille.record.article_id`: 16 hex digits)."""


class SQLiteStore(CollectTables, EnrichTables, MonitorTables, ChangeLogTables, HistoryTables,
                  TermsTables, StateTables):
    """The default store backend."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        conn.create_function("veille_fold", 1, folded_name, deterministic=True)
        self._lock = threading.RLock()
        self._log_rows: list[tuple[str, str]] = []
        self._logged: set[str] = set()
        self._compressor = zstandard.ZstdCompressor(level=3)
        self._decompressor = zstandard.ZstdDecompressor()

    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False) -> SQLiteStore:
        """Open (creating and migrating if needed) the store at ``path``."""
        path = Path(path)
        if not readonly and not can_write(path):
            raise read_only_error(path)
        try:
            if not readonly:
                path.parent.mkdir(parents=True, exist_ok=True)
            uri = f"file:{path}?mode=ro" if readonly else f"file:{path}"
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=30,
                                   check_same_thread=False, factory=Connection)
            conn.where = path.parent
            conn.execute("PRAGMA busy_timeout = 30000")
            if not readonly:
                _set_wal(conn)
                conn.execute("PRAGMA synchronous = NORMAL")
                conn.execute("PRAGMA foreign_keys = ON")
                migrate(conn)
        except (sqlite3.Error, OSError) as exc:
            if is_disk_full(exc):
                raise disk_full(path.parent, exc) from exc
            raise StoreError(f"cannot open the store at {path}: {exc}",
                             hint="check the path and its permissions, or set --data-dir") from exc
        return cls(conn, path)

    def close(self) -> None:
        self.conn.close()

    # -- writing -----------------------------------------------------------------------

    def _put_raw(self, raw: RawInput) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO raw_inputs (raw_id, origin, media_type, url, source, "
            "fetched_at, size, codec, data, hints) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (raw.raw_id, raw.origin, raw.media_type, raw.url, raw.source,
             _iso(raw.fetched_at), len(raw.data), "zstd", self._compressor.compress(raw.data),
             json.dumps(raw.hints, ensure_ascii=False) if raw.hints else None),
        )
        if raw.hints:
            self.conn.execute("INSERT OR IGNORE INTO raw_hints VALUES (?,?)",
                              (raw.raw_id, json.dumps(raw.hints, ensure_ascii=False)))
        # its own row per origin: identical bytes at another URL share the content above
        # and keep their own provenance (migration 18, f-b2-32)
        self.conn.execute(
            "INSERT OR IGNORE INTO raw_fetches (raw_id, origin, media_type, url, source, "
            "fetched_at, hints) VALUES (?,?,?,?,?,?,?)",
            (raw.raw_id, raw.origin, raw.media_type, raw.url, raw.source,
             _iso(raw.fetched_at),
             json.dumps(raw.hints, ensure_ascii=False) if raw.hints else None))

    def _put_article(self, article: Article, result: BatchResult) -> None:
        assert article.content is not None
        if article.content.guid and self._put_wire(article, result, self._put_raw):
            return  # a later (or repeated) version of a wire item already stored
        fingerprint = article.dedup.fingerprint if article.dedup else None
        self._put_raw(article.raw)
        row = self.conn.execute("SELECT id, fingerprint, raw_id, doc FROM articles WHERE id = ?",
                                (article.id,)).fetchone()
        if row is not None and fingerprint and row[2] != article.raw.raw_id and (
                row[1] != fingerprint or dedup_sql.restamped(row[3], article)):
            # The same URL back with changed content (or a new headline or update time over
            # the same body): a version of the stored article, the current one if it is
            # the later capture, else an earlier one (docs/dedup.md, newuser7 P14). A
            # read that continues a stored read cut short completes it (newuser13b M13).
            if completes(json.loads(row[3]), article):
                self._put_completion(row[0], row[3], article, result)
            elif row[1] == fingerprint and (
                    dedup_sql.date_corrected(json.loads(row[3]), article)
                    or dedup_sql.dated_at_last(json.loads(row[3]), article)):
                dedup_sql.note_date_correction(row[3], article)  # newuser16c N16
                self._put_version(row[0], row[3], article, result)
            elif compare_captures(article.to_dict(), json.loads(row[3])) < 0:
                self._put_older_version(row[0], row[3], article, result)
            else:
                self._put_version(row[0], row[3], article, result)
            return
        if row is not None and fingerprint and row[2] != article.raw.raw_id \
                and row[1] == fingerprint and dedup_sql.stamped_later(row[3], article):
            self._put_stamp(row[0], row[3], article, result)
            return
        if row is None and fingerprint:
            row = self._same_text(article, fingerprint)
        if row is not None and len(row) == 3 and row[1] == RETITLED:
            self._put_version(row[0], row[2], article, result)  # t-final51 A10
            return
        if row is not None and len(row) == 3 and row[1] == DATED:
            dedup_sql.note_date_correction(row[2], article)  # t-final58 #16
            self._put_version(row[0], row[2], article, result)
            return
        if row is not None and row[0] == article.id and len(row) > 3 and \
                confirms(json.loads(row[3]), article):
            self._put_completion(row[0], row[3], article, result)  # verify14 V8
            return
        if row is not None:
            result.duplicate += 1
            if row[0] != article.id:
                self._link_raw(article, row[0], "exact")
                self._log(row[0], "link")
            elif self._raw_of(row[0]) != article.raw.raw_id:
                # the article itself read again (its own URL, other bytes: a page's
                # changing chrome): its input is known, but it is no copy of itself
                # (newuser11b U8); nothing changed, so nothing is logged
                self._link_raw(article, row[0], "same")
            return
        relinked = dedup_sql.take_original(self.conn, article) or \
            dedup_sql.take_teasers(self.conn, article)
        if article.dedup is not None:
            dedup_sql.to_root(self.conn, article.dedup, body_of(article),
                              exported_original(article.raw))
            relinked = [*relinked, *dedup_sql.adopt_excerpts(self.conn, article)]
            if article.dedup.story_id:  # a story renamed after its original goes by it
                article.dedup.story_id = dedup_sql.current_story(self.conn,
                                                                 article.dedup.story_id)
        self._insert_article(article, fingerprint)
        dedup_sql.write_dedup(self.conn, article)
        self._log(article.id, "new")
        for other in dict.fromkeys([*(article.dedup.near_duplicates if article.dedup else ()),
                                    *relinked]):
            self._log(other, "link")  # its copies (or its original) changed
        result.new.append(article.id)
        # only a story of this transaction's articles: a stored story id is kept
        for other in dedup_sql.name_stories_after_originals(self.conn, [article.id],
                                                            fresh=result.new):
            self._log(other, "link")  # its story's id changed

    def _same_text(self, article: Article, fingerprint: str) -> tuple[str, ...] | None:
        """The stored article whose body ``article`` repeats exactly (same fingerprint) as
        the same publication read again, else None (``article`` is then stored).

        A copy is the same publication when its bytes are input already stored (a resumed
        ingest adds nothing), or when neither its source nor its URL is known to differ
        from a stored copy's (a text saved again in other chrome) and the texts do not
        declare another publication (:func:`dedup_sql.declared_apart`: another site name,
        or another headline and publication time; newuser9 R4/R5). Another outlet's copy,
        or one at another URL, has its own URL, headline and time: it is coverage, stored
        as a ``reprint`` (or ``republication``) of the earliest copy, like a lightly edited
        one (docs/dedup.md, newuser6 M14).

        A copy under **another headline** (:func:`dedup_sql.retitled`) is no read of the
        same publication: of the same source (or both without one), it is that article's
        new version, returned as ``(id, RETITLED, stored document)``; of a source the
        stored one does not name (a capture without a masthead, then the outlet's page), a
        copy stored as its own article. Before, the page with "Ukraine : Volodymyr
        Zelensky…" for "Ukraine : Zelensky…" was an "exact copy 1.00" of it, its headline
        lost (t-final51 A10)."""
        rows = self.conn.execute(
            "SELECT id, source, url, doc FROM articles WHERE fingerprint = ? "
            "ORDER BY sort_time, id LIMIT 100", (fingerprint,)).fetchall()
        if not rows:
            return None
        known = self.conn.execute(
            "SELECT article_id FROM duplicates WHERE raw_id = ? UNION ALL "
            "SELECT id FROM articles WHERE raw_id = ? LIMIT 1",
            (article.raw.raw_id, article.raw.raw_id)).fetchone()
        if known is not None:
            return (str(known[0]),)
        for other_id, source, url, doc in rows:
            if not (article.source and source and not one_outlet(article.source, source)) \
                    and not (
                    article.url and url and article.url != url) and \
                    not dedup_sql.declared_apart(article, doc):
                if not dedup_sql.retitled(article, doc):
                    if ((article.source or "") == (source or "")
                            or one_outlet(article.source, source)) \
                            and dedup_sql.dated_at_last(json.loads(doc), article):
                        return (str(other_id), DATED, str(doc))  # t-final58 #16
                    return (str(other_id),)
                if (article.source or "") == (source or "") or \
                        one_outlet(article.source, source):
                    return (str(other_id), RETITLED, str(doc))
        dedup_sql.mark_exact_copy(self.conn, article, str(rows[0][0]), rows[0][1])
        return None

    def _link_raw(self, article: Article, article_id: str, kind: str) -> None:
        self.conn.execute("INSERT OR IGNORE INTO duplicates VALUES (?,?,?,?,?,?)",
                          (article.raw.raw_id, article_id, article.raw.origin, kind,
                           _iso(utcnow()), article.source))

    def _put_older_version(self, article_id: str, current_doc: str, article: Article,
                           result: BatchResult) -> None:
        """A capture older than the stored content, read late: kept (its raw input and its
        place in the version chain), the current article untouched, so nothing is logged:
        the index, enrichment and alerts have nothing to follow (docs/dedup.md)."""
        if self.conn.execute("SELECT 1 FROM article_versions WHERE article_id = ? AND "
                             "raw_id = ?", (article_id, article.raw.raw_id)).fetchone():
            result.duplicate += 1  # this capture is in the chain already
            return
        dedup_sql.insert_older_version(self.conn, article_id, current_doc, article)
        self._link_raw(article, article_id, "version")
        result.versions.append(article_id)

    def _put_completion(self, article_id: str, old_doc: str, article: Article,
                        result: BatchResult) -> None:
        """``article``, the page read whole, replaces the stored text that a cut connection
        left (:mod:`veille.dedup.completion`): the same version, its place kept, the cut
        read's input still known (read again, it changes nothing); logged ``completed``,
        which the index and enrichment follow and alerts do not announce as an update."""
        current = dedup_sql.complete(self.conn, article_id, old_doc, article)
        self._update_article(article_id, current, "(cut read)", "same")
        self._log(article_id, COMPLETED)
        result.completed.append(article_id)

    def _put_stamp(self, article_id: str, old_doc: str, article: Article,
                   result: BatchResult) -> None:
        """The same headline and body with only a later time of its own (a touched
        "updated": :func:`dedup_sql.stamped_later`): the stored article takes that time as
        its ``updated``, no version (newuser16c N9); the read's input is known (read again,
        it changes nothing) and the change is logged ``reextract``, which the index follows
        and alerts do not announce."""
        current = dedup_sql.stamp(old_doc, article)
        self._update_article(article_id, current, "(re-stamped read)", "same")
        self._link_raw(article, article_id, "same")
        self._log(article_id, "reextract")
        result.duplicate += 1

    def _put_version(self, article_id: str, old_doc: str, article: Article,
                     result: BatchResult) -> None:
        found = dedup_sql.found_teasers(article)
        current = dedup_sql.add_version(self.conn, article_id, old_doc, article)
        relinked = [*dedup_sql.take_version_teasers(self.conn, current, found),
                    *dedup_sql.take_version_copies(self.conn, current)]
        self._update_article(article_id, current, "(earlier version)", "version")
        self._log(article_id, "version")
        for other in relinked:
            self._log(other, "link")  # now a teaser of the article
        result.versions.append(article_id)

    def _update_article(self, article_id: str, current: Article, origin: str,
                        kind: str) -> None:
        """Write ``current`` as the stored article ``article_id``. The input it replaces
        stays known (a ``duplicates`` row of ``kind``, its origin said as ``origin``), so
        re-reading it changes nothing."""
        old_raw = self._raw_of(article_id)
        stored = self.conn.execute("SELECT doc FROM articles WHERE id = ?",
                                   (article_id,)).fetchone()
        if stored is not None:  # a user's edit of its source stays (veille.source_edits)
            carried_edit(dict(json.loads(stored[0]).get("ext") or {}), current)
        if old_raw and old_raw != current.raw.raw_id:
            self.conn.execute("INSERT OR IGNORE INTO duplicates VALUES (?,?,?,?,?,?)",
                              (old_raw, article_id, origin, kind, _iso(utcnow()), None))
        assert current.content is not None
        content = current.content
        self.conn.execute(
            "UPDATE articles SET raw_id=?, url=?, title=?, language=?, published=?, updated=?, "
            "sort_time=?, fingerprint=?, own_time=?, time_precision=?, doc=? WHERE id=?",
            (current.raw.raw_id, current.url, content.title, content.language,
             _iso(content.published), _iso(content.updated),
             _iso(content.published) or _iso(current.first_seen),
             current.dedup.fingerprint if current.dedup else None, *own_time(content),
             json.dumps(current.to_dict(), ensure_ascii=False), article_id))

    def _insert_article(self, article: Article, fingerprint: str | None) -> None:
        assert article.content is not None
        content = article.content
        sort_time = _iso(content.published) or _iso(article.first_seen)
        self.conn.execute(
            "INSERT INTO articles (id, raw_id, source, url, title, language, published, "
            "updated, first_seen, sort_time, fingerprint, own_time, time_precision, doc) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (article.id, article.raw.raw_id, article.source, article.url, content.title,
             content.language, _iso(content.published), _iso(content.updated),
             _iso(article.first_seen), sort_time, fingerprint, *own_time(content),
             json.dumps(article.to_dict(), ensure_ascii=False)),
        )

    def _log(self, article_id: str, kind: str) -> None:
        """One entry of the change log, written by :meth:`_write_log` before the commit of
        the caller's transaction (a ``link`` to an article already logged in it is
        implied by that entry: a view reads the article's whole current state)."""
        if kind == "link" and article_id in self._logged:
            return
        self._logged.add(article_id)
        self._log_rows.append((article_id, kind))

    def _write_log(self) -> None:
        if self._log_rows:
            at = _iso(utcnow())
            self.conn.executemany("INSERT INTO changes (article_id, kind, at) VALUES (?,?,?)",
                                  [(article_id, kind, at) for article_id, kind in self._log_rows])
        self._log_rows, self._logged = [], set()

    def _raw_of(self, article_id: str) -> str | None:
        row = self.conn.execute("SELECT raw_id FROM articles WHERE id = ?",
                                (article_id,)).fetchone()
        return row[0] if row else None

    def put_batch(self, articles: Sequence[Article],
                  failures: Sequence[Failure] = (), *, seen_again: int = 0,
                  story_moves: Mapping[str, str] | None = None,
                  stories_seq: int | None = None,
                  story_reasons: Mapping[str, str | None] | None = None) -> BatchResult:
        result = BatchResult()
        with self._lock:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                self._log_rows, self._logged = [], set()
                for article in articles:
                    self._put_article(article, result)
                moved_ids = dedup_sql.move_to_stories(self.conn, story_moves or {},
                                                      story_reasons)
                for moved in [*moved_ids, *dedup_sql.name_stories_after_originals(
                        self.conn, moved_ids, fresh=result.new)]:
                    self._log(moved, "link")  # its story changed
                if stories_seq is not None:
                    self.conn.execute("INSERT INTO view_state VALUES (?, ?) ON CONFLICT(view) "
                                      "DO UPDATE SET applied_seq = MAX(applied_seq, "
                                      "excluded.applied_seq)", (STORIES_VIEW, stories_seq))
                for failure in failures:
                    if failure.raw is not None:
                        self._put_raw(failure.raw)
                    self.conn.execute(
                        "INSERT OR REPLACE INTO failures (origin, reason, message, raw_id, at) "
                        "VALUES (?,?,?,?,?)",
                        (failure.origin, failure.reason, failure.message,
                         failure.raw.raw_id if failure.raw else None, _iso(utcnow())),
                    )
                    result.failed += 1
                if result.duplicate + seen_again:
                    self.conn.execute("UPDATE counters SET value = value + ? "
                                      "WHERE name = 'duplicates'",
                                      (result.duplicate + seen_again,))
                self._write_log()
                self.conn.execute("COMMIT")
            except BaseException:
                self._log_rows, self._logged = [], set()
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
        return result

    def replace_content(self, articles: Sequence[Article]) -> int:
        """Write re-extracted articles whose record differs as JSON (SQLite's ``json()``
        minifies both sides: the enrichment view writes with ``json_set``, not Python's
        separators), each logged as a ``reextract`` change; returns how many."""
        changed = 0
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            self._log_rows, self._logged = [], set()
            try:
                for article in articles:
                    assert article.content is not None
                    doc = json.dumps(article.to_dict(), ensure_ascii=False)
                    content = article.content
                    cur = self.conn.execute(
                        REPLACE_CONTENT_SQL,
                        (content.title, content.language, _iso(content.published),
                         _iso(content.updated),
                         _iso(content.published) or _iso(article.first_seen),
                         article.dedup.fingerprint if article.dedup else None,
                         article.url, *own_time(content), doc, article.id, doc),
                    )
                    if cur.rowcount:
                        self._log(article.id, "reextract")
                    changed += cur.rowcount
                self._write_log()
                self.conn.execute("COMMIT")
            except BaseException:
                self._log_rows, self._logged = [], set()
                self.conn.execute("ROLLBACK")
                raise
        return changed

    def set_article_source(self, article: Article) -> None:
        """Write ``article``, whose source a user changed (:mod:`veille.source_edits`): its
        record, its ``source`` where the store keeps it apart (the articles' column, the
        near-duplicate signatures, the story membership that counts a story's sources),
        logged as a ``reextract`` change so that the index, the enrichment view and the
        alerts follow. :class:`~veille.errors.NotFound` when it is not stored."""
        assert article.content is not None
        content = article.content
        doc = json.dumps(article.to_dict(), ensure_ascii=False)
        with self._write():  # one transaction, as the story overrides' (sqlite_overrides)
            self._log_rows, self._logged = [], set()
            cur = self.conn.execute(
                "UPDATE articles SET source=?, title=?, language=?, published=?, updated=?, "
                "sort_time=?, fingerprint=?, url=?, own_time=?, time_precision=?, doc=? "
                "WHERE id=?",
                (article.source, content.title, content.language, _iso(content.published),
                 _iso(content.updated), _iso(content.published) or _iso(article.first_seen),
                 article.dedup.fingerprint if article.dedup else None, article.url,
                 *own_time(content), doc, article.id))
            if not cur.rowcount:
                raise NotFound(f"no article with id {article.id!r}")
            for table in ("signatures", "story_members"):
                self.conn.execute(f"UPDATE {table} SET source=? WHERE article_id=?",
                                  (article.source, article.id))
            self._log(article.id, "reextract")
            self._write_log()

    def delete_articles(self, ids: Iterable[str], *, merged_into: str | None = None) -> int:
        deleted = 0
        with self._write():
            self._log_rows, self._logged = [], set()
            for article_id in dict.fromkeys(ids):
                if self.conn.execute("DELETE FROM articles WHERE id = ?",
                                     (article_id,)).rowcount:
                    dedup_sql.forget(self.conn, article_id)
                    self._log(article_id, "delete")
                    deleted += 1
                    if merged_into and merged_into != article_id:
                        self._remember_merge(article_id, merged_into)
            self._write_log()
        return deleted

    def _remember_merge(self, article_id: str, into: str) -> None:
        """Record that ``article_id`` became ``into`` (in the caller's transaction); ids
        merged into ``article_id`` earlier now lead to ``into`` too (one hop each)."""
        self.conn.execute("UPDATE merged_articles SET into_id = ? WHERE into_id = ?",
                          (into, article_id))
        self.conn.execute(
            "INSERT INTO merged_articles (id, into_id, merged_at) VALUES (?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET into_id = excluded.into_id, "
            "merged_at = excluded.merged_at", (article_id, into, _iso(utcnow())))

    def remember_merges(self, pairs: Iterable[tuple[str, str]]) -> int:
        rows = [(old, into, _iso(utcnow())) for old, into in pairs if old != into]
        if not rows:
            return 0
        added = 0
        with self._write():
            for row in rows:
                added += self.conn.execute(
                    "INSERT INTO merged_articles (id, into_id, merged_at) SELECT ?, ?, ? "
                    "WHERE NOT EXISTS (SELECT 1 FROM articles WHERE id = ?) "
                    "ON CONFLICT (id) DO NOTHING", (*row, row[0])).rowcount
        return added

    def merged_ids(self) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for old, into in self.conn.execute(
                "SELECT id, into_id FROM merged_articles ORDER BY id").fetchall():
            found.setdefault(into, []).append(old)
        return found

    def merged_into(self, article_id: str) -> str | None:
        row = self.conn.execute("SELECT into_id FROM merged_articles WHERE id = ?",
                                (article_id,)).fetchone()
        return str(row[0]) if row else None

    def learn_site_blocks(self, source: str, blocks: Iterable[str]) -> None:
        self.learn_pages_blocks([(source, blocks)])

    def learn_pages_blocks(self, pages: Iterable[tuple[str, Iterable[str]]]) -> None:
        # Each page counts a block once; one transaction for all the pages.
        rows = [(source, block) for source, blocks in pages
                for block in {b for b in blocks if 0 < len(b) <= MAX_SITE_BLOCK_CHARS}]
        if not rows:
            return
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                self.conn.executemany(
                    "INSERT INTO site_blocks VALUES (?,?,1) ON CONFLICT(source, block) "
                    "DO UPDATE SET pages = pages + 1",
                    rows,
                )
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    # -- reading -----------------------------------------------------------------------

    def known_raw_ids(self, raw_ids: Iterable[str]) -> set[str]:
        ids = list(raw_ids)
        known: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i: i + 500]
            marks = ",".join("?" * len(chunk))
            known.update(r[0] for r in self.conn.execute(
                f"SELECT raw_id FROM articles WHERE raw_id IN ({marks}) UNION "
                f"SELECT raw_id FROM duplicates WHERE raw_id IN ({marks})", chunk + chunk))
        return known

    def known_inputs(self, inputs: Iterable[RawInput]) -> set[tuple[str, str]]:
        """``(raw_id, origin)`` of the ``inputs`` the store holds already: their bytes
        are an article's or a duplicate's input (:meth:`known_raw_ids`) and, for an input
        with a URL, they came from this very origin (``raw_fetches``, migration 18).
        Identical bytes at another URL are a new input: stored, it is the same
        publication read again (a duplicate of the article those bytes are), and its own
        raw-input row keeps its URL (f-b2-32: the second URL was dropped as "seen
        again", its provenance lost)."""
        wanted = list(inputs)
        known = self.known_raw_ids(r.raw_id for r in wanted)
        pairs = list(dict.fromkeys((r.raw_id, r.origin) for r in wanted
                                   if r.raw_id in known and r.url))
        fetched: set[tuple[str, str]] = set()
        for i in range(0, len(pairs), 400):
            chunk = pairs[i: i + 400]
            where = " OR ".join("(raw_id = ? AND origin = ?)" for _ in chunk)
            fetched.update((str(r[0]), str(r[1])) for r in self.conn.execute(
                f"SELECT raw_id, origin FROM raw_fetches WHERE {where}",
                [v for pair in chunk for v in pair]))
        return {(r.raw_id, r.origin) for r in wanted if r.raw_id in known and (
            not r.url or (r.raw_id, r.origin) in fetched)}

    def raw_fetches(self, raw_id: str) -> list[RawInput]:
        """Every origin that brought the content ``raw_id`` (its own raw-input row each,
        first fetched first), the content shared: what each article or copy of those
        bytes was read from."""
        content = self.get_raw(raw_id)
        rows = self.conn.execute(
            "SELECT origin, media_type, url, source, fetched_at, hints FROM raw_fetches "
            "WHERE raw_id = ? ORDER BY fetched_at, origin", (raw_id,)).fetchall()
        return [RawInput(data=content.data, origin=r[0], media_type=r[1], url=r[2],
                         source=r[3], fetched_at=datetime.fromisoformat(r[4]), raw_id=raw_id,
                         hints=json.loads(r[5]) if r[5] else {}) for r in rows]

    def articles_of_raw(self, raw_ids: Iterable[str]) -> dict[str, str]:
        """``raw_id -> article id`` for the stored inputs among ``raw_ids``: the article
        the input is (its current or an earlier version) or repeats (a duplicate)."""
        ids = list(dict.fromkeys(raw_ids))
        found: dict[str, str] = {}
        for i in range(0, len(ids), 300):
            chunk = ids[i: i + 300]
            marks = ",".join("?" * len(chunk))
            for raw_id, article_id in self.conn.execute(
                    f"SELECT raw_id, id FROM articles WHERE raw_id IN ({marks}) UNION ALL "
                    f"SELECT raw_id, article_id FROM article_versions WHERE raw_id IN "
                    f"({marks}) UNION ALL SELECT raw_id, article_id FROM duplicates WHERE "
                    f"raw_id IN ({marks})", chunk * 3):
                found.setdefault(str(raw_id), str(article_id))
        return found

    def _article(self, doc: str) -> Article:
        return Article.from_dict(json.loads(doc))

    def get(self, article_id: str) -> Article:
        row = self.conn.execute("SELECT doc FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            if (into := self.merged_into(article_id)) is not None:
                raise ArticleMerged(article_id, into)
            raise NotFound(f"no article with id {article_id!r}",
                           hint="list ids with `veille latest` or `veille search`")
        return self._article(row[0])

    def latest(self, *, limit: int = 20, offset: int = 0, after_seq: int = 0,
               source: str | None = None, dated: bool | None = None,
               until_seq: int | None = None) -> list[Article]:
        where, args = "seq > ?", list[object]([after_seq])
        if source is not None:
            where, args = where + " AND source = ?", [after_seq, source]
        if until_seq is not None:
            where, args = where + " AND seq <= ?", [*args, until_seq]
        if dated is not None:
            where += " AND published IS NOT NULL" if dated else " AND published IS NULL"
        rows = self.conn.execute(
            f"SELECT doc FROM articles WHERE {where} ORDER BY sort_time DESC, seq DESC "
            "LIMIT ? OFFSET ?", (*args, limit, offset)).fetchall()
        return [self._article(r[0]) for r in rows]

    def get_many(self, ids: Iterable[str]) -> dict[str, Article]:
        wanted = list(dict.fromkeys(ids))
        found: dict[str, Article] = {}
        for i in range(0, len(wanted), 500):
            chunk = wanted[i: i + 500]
            rows = self.conn.execute(
                f"SELECT id, doc FROM articles WHERE id IN ({','.join('?' * len(chunk))})",
                chunk).fetchall()
            found.update((r[0], self._article(r[1])) for r in rows)
        return found

    def change_seq(self) -> int:
        row = self.conn.execute("SELECT COALESCE(MAX(seq), 0) FROM changes").fetchone()
        # compaction keeps the newest change; an emptied log still has its compacted seq
        return int(row[0]) or self.compacted_seq()

    def changes(self, *, after: int, limit: int = 1000) -> list[Change]:
        rows = self.conn.execute(
            "SELECT seq, article_id, kind FROM changes WHERE seq > ? ORDER BY seq LIMIT ?",
            (after, limit)).fetchall()
        return [Change(seq=int(r[0]), article_id=r[1], kind=r[2]) for r in rows]

    def max_seq(self) -> int:
        row = self.conn.execute("SELECT COALESCE(MAX(seq), 0) FROM articles").fetchone()
        return int(row[0])

    def iter_articles(self, *, with_raw: bool = False) -> Iterator[Article]:
        last = 0
        while True:
            rows = self.conn.execute(
                "SELECT seq, doc FROM articles WHERE seq > ? ORDER BY seq LIMIT 500", (last,)
            ).fetchall()
            if not rows:
                return
            for seq, doc in rows:
                last = seq
                article = self._article(doc)
                if with_raw:
                    article.raw = self.get_raw(article.raw.raw_id, origin=article.raw.origin)
                yield article

    def get_raw(self, raw_id: str, *, origin: str | None = None) -> RawInput:
        """The raw input ``raw_id``: its content, with the provenance (origin, URL, source,
        time, hints) of the row ``origin`` brought when given and kept (``raw_fetches``:
        an article's own input when other URLs gave the same bytes), else of the first
        input of those bytes."""
        row = self.conn.execute(
            "SELECT raw_id, origin, media_type, url, source, fetched_at, codec, data, hints "
            "FROM raw_inputs WHERE raw_id = ?", (raw_id,)).fetchone()
        if row is None:
            raise NotFound(f"no raw input with id {raw_id!r}")
        data = self._decompressor.decompress(row[7]) if row[6] == "zstd" else bytes(row[7])
        own = self.conn.execute(
            "SELECT origin, media_type, url, source, fetched_at, hints FROM raw_fetches "
            "WHERE raw_id = ? AND origin = ?", (raw_id, origin)).fetchone() \
            if origin is not None and origin != row[1] else None
        meta = own if own is not None else row[1:6] + (row[8],)
        return RawInput(data=data, origin=meta[0], media_type=meta[1], url=meta[2],
                        source=meta[3], fetched_at=datetime.fromisoformat(meta[4]),
                        raw_id=row[0], hints=json.loads(meta[5]) if meta[5] else {})

    def failures(self, *, limit: int = 100) -> list[Failure]:
        rows = self.conn.execute(
            "SELECT origin, reason, message FROM failures ORDER BY id DESC LIMIT ?", (limit,)
        ).fetchall()
        return [Failure(origin=r[0], reason=r[1], message=r[2]) for r in rows]

    def site_chrome(self, source: str, *, min_pages: int = 3) -> frozenset[str]:
        rows = self.conn.execute(
            "SELECT block FROM site_blocks WHERE source = ? AND pages >= ?", (source, min_pages)
        ).fetchall()
        return frozenset(r[0] for r in rows)

    def sources(self) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT source, COUNT(*), MAX(sort_time) FROM articles GROUP BY source "
            "ORDER BY COUNT(*) DESC, source").fetchall()
        return [{"source": r[0], "articles": r[1], "latest": r[2]} for r in rows]

    def declared_site_names(self, source: str, limit: int) -> list[str]:
        """The site names (``content.site_name``) the latest ``limit`` articles of
        ``source`` declare, newest first, "" for none (:mod:`veille.outlet_names`)."""
        rows = self.conn.execute(
            "SELECT doc FROM articles WHERE source = ? ORDER BY seq DESC LIMIT ?",
            (source, limit)).fetchall()
        names = []
        for (doc,) in rows:
            content = json.loads(doc).get("content") or {}
            names.append(str(content.get("site_name") or ""))
        return names

    def rules_version(self, name: str) -> int:
        """The version of the rules ``name`` the store's derived data were written with
        (the ``counters`` row ``name``; 0 when none is kept: :mod:`veille.naming_rules`)."""
        with self._lock:
            row = self.conn.execute("SELECT value FROM counters WHERE name = ?",
                                    (name,)).fetchone()
        return int(row[0]) if row else 0

    def keep_rules_version(self, name: str, version: int) -> None:
        """Keep ``version`` as the rules ``name``'s (:meth:`rules_version`)."""
        with self._write():
            self.conn.execute(
                "INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT (name) DO "
                "UPDATE SET value = excluded.value", (name, version))

    def site_name_declarations(self, source: str, limit: int) -> list[tuple[str, str]]:
        """``(site name, how it was read)`` for the latest ``limit`` articles of
        ``source``, newest first: ``content.site_name`` and its
        ``content.evidence.site_name`` ("" for a name the page declares in its structured
        data, a record's own; else the note of where it was read: a capture's masthead,
        a title tag, a feed's title). :mod:`veille.outlet_names` vouches for some."""
        rows = self.conn.execute(
            "SELECT doc FROM articles WHERE source = ? ORDER BY seq DESC LIMIT ?",
            (source, limit)).fetchall()
        found = []
        for (doc,) in rows:
            content = json.loads(doc).get("content") or {}
            evidence = content.get("evidence") or {}
            found.append((str(content.get("site_name") or ""),
                          str(evidence.get("site_name") or "")))
        return found

    def recent_signatures(self, *, window_minutes: int) -> list[tuple[str, str, int, bytes]]:
        return dedup_sql.recent_signatures(self.conn, window_minutes)

    def signatures_between(self, first: int, last: int) -> list[tuple[str, str, int, bytes]]:
        return dedup_sql.signatures_between(self.conn, first, last)

    def update_signatures(self, rows: Iterable[tuple[str, bytes]]) -> None:
        """Replace stored signatures, in one transaction (see ``veille.dedup.resign``)."""
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                dedup_sql.update_signatures(self.conn, list(rows))
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    def links(self, article_id: str) -> list[Link]:
        return dedup_sql.links(self.conn, article_id)

    def versions(self, article_id: str) -> list[Version]:
        return dedup_sql.versions(self.conn, article_id)

    def earlier_contents(self, ids: Iterable[str]) -> dict[str, list[Article]]:
        return dedup_sql.earlier_contents(self.conn, list(ids))

    def stories(self, *, limit: int = 20, offset: int = 0, min_articles: int = 1,
                story_id: str | None = None, until_seq: int | None = None,
                prose_only: bool = False) -> list[StorySummary]:
        # under the writers' lock: the page's read transaction (one snapshot, r-perf67)
        # must not open on this connection while another thread's batch writes on it
        with self._lock:
            return dedup_sql.stories(self.conn, limit=limit, offset=offset,
                                     min_articles=min_articles, story_id=story_id,
                                     until_seq=until_seq, prose_only=prose_only)

    def story_count(self, *, min_articles: int = 1, until_seq: int | None = None,
                    prose_only: bool = False) -> int:
        """How many stories :meth:`stories` lists in all (up to ``until_seq``'s snapshot;
        ``prose_only``: as :meth:`stories`)."""
        return dedup_sql.story_count(self.conn, min_articles=min_articles, until_seq=until_seq,
                                     prose_only=prose_only)

    def story(self, story_id: str) -> list[StoryArticle]:
        return dedup_sql.story_articles(self.conn, story_id)

    def latest_groups(self, *, limit: int = 20, offset: int = 0, after_seq: int = 0,
                      dated: bool = True, until_seq: int | None = None) -> list[list[str]]:
        return dedup_sql.latest_groups(self.conn, limit=limit, offset=offset,
                                       after_seq=after_seq, dated=dated, until_seq=until_seq)

    def latest_count(self, *, after_seq: int = 0, dated: bool = True, collapse: bool = False,
                     until_seq: int | None = None) -> tuple[int, int]:
        """``(rows, articles)`` of the whole latest list (:func:`dedup_sql.latest_count`)."""
        return dedup_sql.latest_count(self.conn, after_seq=after_seq, dated=dated,
                                      collapse=collapse, until_seq=until_seq)

    def story_of(self, ids: Iterable[str]) -> dict[str, tuple[str, bool]]:
        return dedup_sql.story_of(self.conn, list(dict.fromkeys(ids)))

    def story_id_of(self, story_id: str) -> str | None:
        return dedup_sql.story_id_of(self.conn, story_id)

    def ids_starting(self, prefix: str, *, stories: bool = False, limit: int = 2
                     ) -> list[str]:
        """The article ids (or, with ``stories``, the story ids) that begin with
        ``prefix``, at most ``limit``, in order: what a shortened id names (f-cliux32).
        Ids are 16 lowercase hex digits, so the range ``prefix00…``–``prefixff…`` holds
        exactly them, in every collation, and is read from the id's index."""
        low, high = prefix.ljust(ID_CHARS, "0"), prefix.ljust(ID_CHARS, "f")
        sql = ("SELECT DISTINCT story_id FROM story_members WHERE story_id BETWEEN ? AND ? "
               "ORDER BY story_id LIMIT ?" if stories else
               "SELECT id FROM articles WHERE id BETWEEN ? AND ? ORDER BY id LIMIT ?")
        return [str(row[0]) for row in self.conn.execute(sql, (low, high, limit))
                if str(row[0]).startswith(prefix)]

    def copies_of(self, ids: Iterable[str]) -> dict[str, str]:
        return dedup_sql.copies_of(self.conn, list(dict.fromkeys(ids)))

    def published_times(self, ids: Iterable[str]) -> dict[str, datetime]:
        return calendar.published_times(self.conn, list(dict.fromkeys(ids)))

    def story_sources(self, story_ids: Iterable[str]) -> dict[str, int]:
        return dedup_sql.story_sources(self.conn, list(dict.fromkeys(story_ids)))

    def counts(self) -> dict[str, int]:
        def count(table: str) -> int:
            return int(self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

        counts = {name: count(name) for name in ("articles", "raw_inputs", "failures")}
        row = self.conn.execute("SELECT value FROM counters WHERE name = 'duplicates'").fetchone()
        marks = ",".join("?" * len(REPRINT_RELATIONS))
        # the ``relation`` column the store derives from each record (migration 19), read
        # from its index of the copies: no record is parsed (f-cliux33)
        copies = self.conn.execute(
            f"SELECT COUNT(*) FROM articles WHERE relation IN ({marks})",
            sorted(REPRINT_RELATIONS)).fetchone()[0]
        return {"articles": counts["articles"], "raw_inputs": counts["raw_inputs"],
                "duplicates": int(row[0]) if row else 0, "copies": int(copies),
                "failures": counts["failures"]}

    def integrity_ok(self) -> bool:
        return bool(self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
