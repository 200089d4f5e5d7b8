"""The application service: one write path for every caller, and veille's Python API.

The CLI (``ingest``, ``fetch``, ``watch``, ``reextract``, ``reindex``, ``check``), the web
write API and a notebook (``veille.open(data_dir)``) all go through :class:`Veille`, which
owns the store, the pipeline and the derived views. Every write is committed to the store
with its change log entries first; the search index then follows the log
(:class:`~veille.index.sync.IndexKeeper`): after each batch, at the start of each write,
and once more, waiting up to ``settings.index_wait`` seconds, at the end. A write whose
changes are still not searchable then says so in its summary (``index_pending``,
``index_error``), and the CLI exits non-zero.

    >>> import veille
    >>> with veille.open("data") as v:                        # doctest: +SKIP
    ...     v.ingest("captures/", source="lemonde.fr")
    ...     v.search("coalition antijihadiste").hits[0].title
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, BinaryIO, get_args
from urllib.parse import urlsplit

from veille import diskfull
from veille.backends import open_pg_index, open_store
from veille.dedup.story_overrides import StoryOverride
from veille.errors import (
    ConfigError,
    IndexBusy,
    IndexFormatError,
    QueryError,
    SearchIndexError,
    StoreError,
)
from veille.index.lifecycle import IndexHome
from veille.index.shadow import remove_with, shadow, writable
from veille.index.sync import REBUILD_FOLLOWER, IndexKeeper, build, crash_point, follow
from veille.index.tantivy_index import TantivyIndex
from veille.record import Article
from veille.search.types import SearchRequest, SearchResponse, Sort
from veille.settings import Settings, load_settings
from veille.source_name import checked_source
from veille.store.base import STORIES_VIEW
from veille.store.readonly import READ_COMMANDS, can_write, open_for_reading
from veille.store.sqlite import SQLiteStore

if TYPE_CHECKING:  # collection, ingest and maintenance are imported when used (CLI start-up)
    from veille.collect.poll import PollSummary
    from veille.enrich.view import EnrichResult
    from veille.index.check import Drift
    from veille.ingest import IngestSummary
    from veille.maintenance import ReextractResult
    from veille.monitor.alerts import AlertView
    from veille.monitor.deliver import DeliveryReport
    from veille.search.paging import Paged
    from veille.source_edits import SourceEdit
    from veille.store.base import SavedSearch, Source
    from veille.store.changelog import Compaction
    from veille.store.replica import ReplicaPosition
    from veille.story_edits import StoryEdit

log = logging.getLogger("veille")
REENRICH_LOCK = ".reenrich.lock"
"""The data directory's lock a ``veille reenrich`` holds while it runs: a catch-up in
another process (``veille enrich``, the watcher's) then leaves the articles to it rather
than taking its unfinished mark for a killed run (newuser15c D3). The lock dies with its
process, so a killed run's mark is finished by the next catch-up."""

ALERT_TICK_S = 1.0
"""How often an idle ``veille watch`` looks for new matches and due alerts (seconds)."""


@dataclass(frozen=True, slots=True)
class IndexStatus:
    """Where the index stands after a write: changes not yet searchable, and why."""

    pending: int = 0
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.pending == 0 and not self.error

    def message(self) -> str:
        """One line saying what is wrong and what to run ('' when all is searchable)."""
        if self.error and diskfull.HINT in self.error:  # its own remedy: free space, rerun
            return f"the search index was not updated: {self.error}"
        if self.error:
            return (f"the search index was not updated ({self.error}); the articles are "
                    "stored: run `veille check --repair`")
        if self.pending:
            return (f"{self.pending} stored changes are not searchable yet: another process "
                    "holds the search index's writer; run `veille check --repair` once it "
                    "is done")
        return ""


class Veille:
    """A data directory opened for reading and writing: store, pipeline and derived views.

    ``store`` may be given (an already open store, kept open by its owner); otherwise it is
    opened on first use and closed by :meth:`close`.
    """

    def __init__(self, settings: Settings, *, store: SQLiteStore | None = None) -> None:
        self.settings = settings
        self._store = store
        self._owns_store = store is None
        self.home = IndexHome(settings.index_dir)
        self._keeper: Any = None
        self._reader: tuple[str, Any] | None = None
        self._read_store: SQLiteStore | None = None
        self._batch_error: SearchIndexError | None = None
        self._alerts: AlertView | None = None
        self.on_no_smtp: Callable[[int], None] | None = None
        self.delivered: DeliveryReport | None = None
        """What :meth:`deliver_alerts` sent and failed since :meth:`watch` began (None
        outside a watch): `veille watch` says it (t-final36 B5)."""
        """Called once, the first time a pass leaves e-mail alerts waiting because no SMTP
        server is set (``veille watch``, ``serve --watch`` say so on stderr)."""
        self._told_no_smtp = False

    # --- resources --------------------------------------------------------------------

    @property
    def store(self) -> SQLiteStore:
        if self._store is None:
            self._store = open_store(self.settings)
            self._names_current(self._store)
        return self._store

    def _names_current(self, store: SQLiteStore) -> None:
        """Re-derive the stored outlet names when the store's were derived with other
        naming rules (:func:`veille.naming_rules.names_current`), as an index of another
        ``FORMAT`` is rebuilt; one process does it (a lock in the index's directory), the
        others find it done next time."""
        from veille.naming_rules import NAMING_RULES, NAMING_STATE, names_current

        if store.rules_version(NAMING_STATE) == NAMING_RULES:
            return
        with self._alone(".naming.lock") as alone:  # an index path that is a file: no
            if alone:  # lock to take, and the ingest still stores (tests/sync/test_check.py)
                names_current(store)

    @property
    def read_store(self) -> SQLiteStore:
        """Where pages are read from: the read replica when ``read_url`` is set; the
        SQLite store opened read-only when the data directory is (:meth:`read_only`)."""
        if self._store is not None and not self.settings.read_url:
            return self._store
        if self._read_store is None:
            if self.settings.read_url:
                self._read_store = open_store(self.settings, read=True)
            elif self.read_only():
                self._read_store = open_for_reading(self.settings.store_path)
            else:
                return self.store
        return self._read_store

    @property
    def keeper(self) -> Any:
        """The follower of the change log for this process's index (tantivy's
        :class:`IndexKeeper`, or PostgreSQL's when ``index_url`` is set)."""
        if self._keeper is None:
            if self.settings.index_url:
                from veille.index.pg_index import PgIndexKeeper

                self._keeper = PgIndexKeeper(self.store,
                                             lambda: open_pg_index(self.settings))
            else:
                self._keeper = IndexKeeper(self.home, self.store, self.open_index)
        return self._keeper

    def open_index(self, path: Path, *, reading: bool = False) -> TantivyIndex:
        """The tantivy index at ``path``; ``reading`` (a search, a comparison): through a
        shadow directory when ``path`` is read-only (:mod:`veille.index.shadow`).

        Raises :class:`SearchIndexError` when the index directory is read-only and this
        is not for reading: tantivy writes its lock files, so say so rather than its
        permission error.
        """
        if path.is_dir() and not writable(path):
            if reading:
                return self._open_shadow(path)
            raise SearchIndexError(
                f"the search index in {path} is read-only, and this command writes to it",
                hint=f"pass --data-dir a writable copy (or make it writable); {READ_COMMANDS} "
                     "still read a read-only data directory")
        return TantivyIndex(path, default_language=self.settings.default_language)

    def _open_shadow(self, path: Path) -> TantivyIndex:
        try:
            linked = shadow(path)
        except OSError as exc:
            raise SearchIndexError(f"cannot read the search index in {path}: {exc}",
                                   hint="check its permissions") from exc
        try:
            index = TantivyIndex(linked, default_language=self.settings.default_language)
        except BaseException:
            shutil.rmtree(linked, ignore_errors=True)
            raise
        remove_with(index, linked)
        return index

    def read_only(self) -> bool:
        """Whether the data directory's SQLite store cannot be written (a snapshot, a
        read-only mount): reads then open it read-only (:func:`veille.store.readonly.
        open_for_reading`), the index through a shadow directory."""
        return not self.settings.store_url and not can_write(self.settings.store_path)

    def close(self) -> None:
        """Release the index writer and close the store (when this object opened it)."""
        if self._keeper is not None:
            self._keeper.release()
        if self._alerts is not None:
            self._alerts.close()
            self._alerts = None
        if self._reader is not None and self.settings.index_url:
            self._reader[1].close()
        self._reader = None
        if self._read_store is not None:
            self._read_store.close()
            self._read_store = None
        if self._store is not None and self._owns_store:
            self._store.close()
            self._store = None

    def __enter__(self) -> Veille:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    # --- keeping the index in step ----------------------------------------------------

    def sync(self, *, wait: float | None = None) -> IndexStatus:
        """Apply the store's pending changes to the index; ``wait`` (default
        ``settings.index_wait``) bounds the wait for another writer."""
        try:
            pending = self.keeper.sync(
                wait=self.settings.index_wait if wait is None else wait)
        except SearchIndexError as exc:
            return IndexStatus(pending=self._lag(), error=exc.one_line())
        return IndexStatus(pending=pending)

    def release(self) -> None:
        """Give the index writer back, so other processes can write (``watch`` does it
        between polls, the web app after each write)."""
        if self._keeper is not None:
            self._keeper.release()

    def _lag(self) -> int:
        try:
            return max(0, self.store.change_seq() - int(self.keeper.applied_seq()))
        except SearchIndexError:
            return self.store.change_seq()

    def _start(self) -> None:
        """At the start of every write: catch up with what earlier runs left pending."""
        self._batch_error = None
        self.sync(wait=0)
        self.match_alerts()

    def _after_batch(self, _articles: Sequence[Article]) -> None:
        crash_point("store-after-commit")
        if self._batch_error is not None:
            return
        try:
            self.keeper.sync(wait=0)
        except SearchIndexError as exc:
            self._batch_error = exc
        self.match_alerts()

    def _finish(self, summary: IngestSummary) -> IngestSummary:
        if self.settings.enrich_on_write:
            self.enrich()
        status = self.sync()
        self.match_alerts()
        summary.index_pending, summary.index_error = status.pending, status.message()
        try:
            self.compact_if_due()
        except Exception as exc:  # housekeeping after a write that is done: never fail it
            log.warning("veille: the change log was not compacted: %s", exc)
        return summary

    # --- the change log's compaction (see veille.store.changelog) ---------------------

    def compact(self, *, dry_run: bool = False) -> Compaction:
        """Remove the changes of the store's log that every live follower has applied
        (older than ``changelog_keep_hours``); followers not seen for
        ``changelog_follower_days`` no longer hold it (they resync when they next run)."""
        from datetime import timedelta

        return self.store.compact_log(
            keep_age=timedelta(hours=self.settings.changelog_keep_hours),
            follower_age=timedelta(days=self.settings.changelog_follower_days),
            dry_run=dry_run)

    def compact_if_due(self) -> Compaction | None:
        """Compact when the log holds more than ``changelog_compact_rows`` changes (counted
        from its seqs: no scan), as the end of each write does; None when not due."""
        limit = self.settings.changelog_compact_rows
        if limit <= 0 or self.store.change_seq() - self.store.compacted_seq() <= limit:
            return None
        return self.compact()

    # --- enrichment (a derived view of the change log, see veille.enrich.view) --------

    def _enrich_resources(self) -> Any:
        from veille.enrich.defaults import default_resources

        return default_resources(self.settings.data_dir)

    def enrich(self, *, progress: Callable[[int], None] | None = None) -> EnrichResult:
        """Enrich what changed since the enrichment view's last applied change (entities,
        places, dates mentioned, quotes), then bring the index up to date."""
        from veille.enrich.view import follow

        with self._alone(REENRICH_LOCK) as alone:
            pass  # held by a `veille reenrich` running now, if any (not kept here)
        result = follow(self.store, self._enrich_resources(), progress=progress,
                        rebuild_elsewhere=not alone)
        self.sync(wait=0)
        # what the entities made match (a place: or entity: search) is queued now, as an
        # ingest queues what its words match: the alert view lagged until the next
        # `saved list` or `alerts send`, and `alerts status` showed nothing (t-final32 #10)
        self.match_alerts()
        return result

    def reenrich(self, *, progress: Callable[[int], None] | None = None) -> EnrichResult:
        """Enrich every stored article again (after an alias table edit or an upgrade)."""
        from veille.enrich.view import reenrich

        with self._alone(REENRICH_LOCK) as alone:
            if not alone:
                raise StoreError("a re-enrichment of every article is already running in "
                                 "another process", hint="wait for it to end; `veille stats` "
                                 "shows its progress as enrich_lag")
            result = reenrich(self.store, self._enrich_resources(), progress=progress)
        self.sync()
        self.match_alerts()
        return result

    # --- writing ----------------------------------------------------------------------

    def ingest(self, *paths: str | Path, source: str | None = None,
               stdin: BinaryIO | None = None, progress: Callable[[int], None] | None = None,
               archive_progress: Callable[[int], None] | None = None,
               executor: str | None = None, zone: str = "",
               file_progress: Callable[[int], None] | None = None) -> IngestSummary:
        """Ingest files and directories (``-``: ``stdin``), as ``veille ingest`` does.
        ``zone`` (a tz database name, ``--timezone``): the zone of their dates printed
        without one, before ``source``'s setting.
        ``executor`` (default ``settings.executor``) runs extraction (a WARC backfill on a
        Dask cluster: ``dask://host:port``); the store is written here, in order.
        ``source`` names the outlet of the inputs that name none of their own
        (:mod:`veille.extract.given_source`; ``summary.own_source`` counts the others):
        trimmed, a domain or a name, else :class:`~veille.errors.ArgumentError`
        (:func:`veille.source_name.checked_source`)."""
        from veille.executors import open_executor
        from veille.ingest import ingest_paths

        source = checked_source(source)
        self._start()
        runner = open_executor(executor or self.settings.executor)
        try:
            summary = ingest_paths(self.store, [Path(p) for p in paths],
                                   settings=self.settings, source=source, stdin=stdin,
                                   sinks=[self._after_batch], progress=progress,
                                   archive_progress=archive_progress, executor=runner,
                                   zone=zone, file_progress=file_progress)
        finally:
            runner.close()
        return self._finish(summary)

    def ingest_bytes(self, named: Iterable[tuple[str, bytes]], *,
                     source: str | None = None, settle: bool = True,
                     origin: str = "") -> IngestSummary:
        """Ingest in-memory inputs ``(name, bytes)``; the name's extension picks the format
        (``page.html``, ``capture.txt``, ``records.jsonl``...); ``source`` as for
        :meth:`ingest`; ``origin`` names them in messages and failures instead (the write
        API: the request). ``settle``: False leaves the
        stories' canonical re-clustering to :meth:`settle_stories` (the write API's
        background follower), so the call does not wait for it. A ``source`` that is
        neither a domain nor an outlet's name raises :class:`~veille.errors.ArgumentError`
        (:func:`veille.source_name.checked_source`)."""
        from veille.ingest import ingest_texts

        source = checked_source(source)
        self._start()
        summary = ingest_texts(self.store, named, settings=self.settings, source=source,
                               sinks=[self._after_batch], settle=settle, origin=origin)
        return self._finish(summary)

    def settle_stories(self) -> dict[str, str]:
        """Cluster again the stories of what was stored since the last re-clustering
        (:func:`veille.ingest.settle_stories`, a follower of the change log); nothing when
        nothing was. Returns the moves (article id -> story id)."""
        from veille.ingest import settle_stories, stories_behind

        self._start()
        if not stories_behind(self.store):
            return {}
        return settle_stories(self.store)

    # --- the user's story corrections (veille.story_edits, dedup/story_overrides.py) --

    def _edit_story(self, edit: Callable[[SQLiteStore], StoryEdit]) -> StoryEdit:
        """Run one story edit as every write runs: the views caught up first, the index
        and the alerts after."""
        self._start()
        done = edit(self.store)
        self.sync()
        self.match_alerts()
        return done

    def detach_article(self, article_id: str) -> StoryEdit:
        """Take an article out of its story, for good (:func:`veille.story_edits.detach`)."""
        from veille import story_edits

        return self._edit_story(lambda store: story_edits.detach(store, article_id))

    def join_articles(self, article_id: str, other: str) -> StoryEdit:
        """Put an article in the story of ``other`` (an article or story id), for good
        (:func:`veille.story_edits.join`)."""
        from veille import story_edits

        return self._edit_story(lambda store: story_edits.join(store, article_id, other))

    def undo_story_override(self, key: str) -> StoryEdit:
        """Undo an override by its number, or every override of an article
        (:func:`veille.story_edits.undo`)."""
        from veille import story_edits

        return self._edit_story(lambda store: story_edits.undo(store, key))

    def edit_source(self, article_id: str, source: str, by: str) -> SourceEdit:
        """Give a stored article another source, recorded as made by ``by``
        (:func:`veille.source_edits.edit_source`); the index and the alerts follow, as
        after every write."""
        from veille import source_edits

        self._start()
        done = source_edits.edit_source(self.store, article_id, source, by)
        self.sync()
        self.match_alerts()
        return done

    def story_overrides(self, article_ids: Iterable[str] | None = None
                        ) -> list[StoryOverride]:
        """The user's story overrides, oldest first (all, or those naming one of
        ``article_ids``)."""
        return self.store.story_overrides(article_ids)

    def _collector(self) -> Any:
        from veille.collect.poll import Collector

        return Collector(self.store, self.settings, sinks=[self._after_batch])

    def fetch(self, urls: Sequence[str]) -> PollSummary:
        """Fetch pages now and ingest them, as ``veille fetch`` does."""
        self._start()
        summary: PollSummary = self._collector().fetch_urls(list(urls))
        self._finish(summary.ingest)
        return summary

    def watch(self, *, once: bool = False,
              report: Callable[[list[Source], PollSummary], None] | None = None,
              idle: Callable[[Source | None, datetime | None], None] | None = None
              ) -> PollSummary:
        """Poll the registered sources (``once``: each active source once). The index is
        brought up to date after each poll and its writer released while idle; after each
        round the due alerts are sent (:meth:`deliver_alerts`). The enrichment view is kept
        caught up in the background (:mod:`veille.follower`), or at the end with
        ``once``, whose last step sends the alerts that enrichment queued."""
        from veille.collect.watch import watch
        from veille.follower import Followers

        # Enrichment follows the change log too: in the background while watching, at
        # the end of a single round (``enrich_in_background`` turns both off).
        enrich = self.settings.enrich_in_background and not self.settings.enrich_on_write
        followers = Followers.start(self.settings, ["enrichment"] if enrich and not once else [])

        def after_poll(sources: list[Source], summary: PollSummary) -> None:
            self._finish(summary.ingest)
            self.release()
            followers.wake()
            if report:
                report(sources, summary)

        from veille.monitor.deliver import DeliveryReport

        self.delivered = DeliveryReport()
        self._start()
        try:
            total: PollSummary = watch(self.store, self._collector(), once=once,
                                       report=after_poll, idle=idle, tick=self._send_alerts,
                                       sleep=self._idle)
        finally:
            followers.stop()
        if enrich and once:
            self.enrich()
        self._finish(total.ingest)
        if once:  # what the final enrichment queued (entity searches) goes now, not a
            self.deliver_alerts()  # cron period later (newuser6 M6)
        return total

    # --- monitoring -------------------------------------------------------------------

    def _send_alerts(self) -> None:
        self.deliver_alerts()

    def _idle(self, seconds: float) -> None:
        """Wait between polls, sending alerts every ``ALERT_TICK_S`` meanwhile (what
        other processes stored, retries and digests that fall due)."""
        self.release()  # an idle watcher holds no index writer: a beside ingest indexes
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            time.sleep(min(ALERT_TICK_S, left))
            self.deliver_alerts()

    @property
    def alerts(self) -> AlertView:
        """The alert view: saved searches matched against the change log."""
        if self._alerts is None:
            from veille.monitor.alerts import AlertView

            self._alerts = AlertView(self.store, default_language=self.settings.default_language,
                                     digest_hour=self.settings.digest_hour,
                                     data_dir=self.settings.data_dir,
                                     live=self._alert_index)
        return self._alerts

    def match_alerts(self) -> int:
        """Match the saved searches against the changes the alert view lacks, queueing
        the deliveries (see docs/monitoring.md); returns how many changes were applied.
        A store without the monitoring tables has no alerts (both backends have them)."""
        if not hasattr(self.store, "save_search"):
            return 0
        # One process matches at a time: another one matching now (the ingest beside a
        # `veille watch`) is matching what this one would; it only sends, then.
        with self._alone(".alerts.lock") as alone:
            return self.alerts.catch_up() if alone else 0

    @contextlib.contextmanager
    def _alone(self, name: str) -> Iterator[bool]:
        """The data directory's lock ``name``, not waited for: True when this process
        holds it; True too when there is no index directory to lock in (a file in its
        place), where nothing else can run beside it either."""
        try:
            lock = self.home.locked(name, wait=False)
            alone = lock.__enter__()
        except SearchIndexError:
            yield True
            return
        try:
            yield alone
        finally:
            lock.__exit__(None, None, None)

    def copies_left_out(self, search: SavedSearch, ids: Sequence[str]) -> set[str]:
        """The copies (reprints, teasers, republications) among ``ids`` that ``search``
        leaves out when it leaves out reprints (``collapse``): those whose original it
        matches too, decided as its alerts decide it (:meth:`Matcher.match
        <veille.monitor.matching.Matcher.match>`, same query, filters and aliases), so
        that ``saved show`` lists what the search alerts (t-final32 #12: "reprints:
        collapsed" above the [reprint] rows). A copy whose matching words are its own
        stays. Empty when the search keeps reprints."""
        from veille.enrich.aliases import current
        from veille.monitor.matching import Matcher, original_of

        if not search.collapse or not ids:
            return set()
        articles = self.store.get_many(list(ids))
        copies = [a for a in articles.values() if original_of(a) is not None]
        if not copies:
            return set()
        wanted = sorted({o for a in copies if (o := original_of(a)) is not None})
        originals = list(self.store.get_many(wanted).values())
        matcher = Matcher(default_language=self.settings.default_language)
        try:
            kept = matcher.match(copies, [search], self.alerts._groups,
                                 current(self.settings.data_dir), live=self._alert_index(),
                                 originals=originals, names=self.store)
        finally:
            matcher.close()
        return {a.id for a in copies} - set(kept.get(search.id, ()))

    def _alert_index(self) -> TantivyIndex | None:
        """The live index the alert view may match on: a local tantivy one, or None."""
        if self.settings.index_url:
            return None
        try:
            index = self.keeper.live(create=False)
        except SearchIndexError:
            return None
        return index if isinstance(index, TantivyIndex) else None

    def deliver_alerts(self) -> DeliveryReport:
        """Send the due alerts of the outbox (e-mail, webhooks), retrying failed ones
        with backoff."""
        from veille.monitor.deliver import DeliveryReport, deliver_due

        if not self.match_alerts() and not hasattr(self.store, "save_search"):
            return DeliveryReport()
        # One sender at a time (newuser8 Q25: `serve --watch` and a cron `alerts send`
        # each read the due rows, sent them, then marked them: every alert went out once
        # per process). A lock dies with its process, so a crash never blocks the next
        # sender, and the crash window stays what docs/monitoring.md says.
        with self._alone(".alerts-send.lock") as alone:
            if not alone or not self.store.try_sender_lock():
                return DeliveryReport(busy=True)
            try:
                report = deliver_due(self.store, self.settings)
            finally:
                self.store.release_sender_lock()
        if self.delivered is not None:
            self.delivered.add(report)
        if report.no_smtp and self.on_no_smtp is not None and not self._told_no_smtp:
            self._told_no_smtp = True
            self.on_no_smtp(report.no_smtp)
        return report

    def save_search(self, search: SavedSearch) -> SavedSearch:
        """Save (or update, by name) a saved search; a webhook gets a signing secret."""
        from veille.monitor.saved import prepare

        self.match_alerts()  # what came before it is not its business
        try:
            analyze = self.reader().analyze
        except SearchIndexError:  # no index yet: the matcher still skips such a query
            analyze = None
        from veille.collect.netguard import AddressPolicy

        prepared = prepare(search, analyze, AddressPolicy.parse(self.settings.fetch_allow))
        self._check_stories(prepared)
        self._check_groups(prepared)
        return self.store.save_search(prepared)

    def webhook_warnings(self, search: SavedSearch) -> list[str]:
        """What to say of a saved search's webhook that the address guard refuses at
        delivery (:func:`veille.monitor.saved.webhook_blocked`): ``[]`` or one line."""
        from veille.collect.netguard import AddressPolicy
        from veille.monitor.saved import webhook_blocked

        said = webhook_blocked(search.webhook, AddressPolicy.parse(self.settings.fetch_allow))
        return [said] if said else []

    def update_search(self, name: str, given: Mapping[str, object]
                      ) -> tuple[SavedSearch, SavedSearch | None]:
        """Save the search ``name`` with the settings in ``given`` (keys of
        :data:`veille.monitor.saved_update.SETTINGS`); an existing one keeps every setting
        ``given`` leaves out (:func:`~veille.monitor.saved_update.merge`). Returns it as
        saved and as it was before (None: new); :class:`~veille.errors.ConfigError` as
        :meth:`save_search`."""
        from veille.monitor.saved_update import (
            NEW_SEARCH_NEEDS_QUERY,
            NEW_SEARCH_NEEDS_QUERY_HINT,
            merge,
        )

        key = " ".join(name.split())
        before = {s.name: s for s in self.store.saved_searches()}.get(key)
        if before is None and "query" not in given:
            # an update may leave it out; a new search matching every article by default
            # would be an accident (newuser11b U15)
            raise ConfigError(NEW_SEARCH_NEEDS_QUERY, hint=NEW_SEARCH_NEEDS_QUERY_HINT)
        if before is None and given.get("stories") and "collapse" not in given:
            # following a story is following its coverage: the outlets that run its
            # dispatch too, as the story page's Follow button does (newuser14b S8: "0 new"
            # while two more outlets ran it)
            given = {**given, "collapse": False}
        return self.save_search(merge(before, key, given)), before

    def _check_groups(self, search: SavedSearch) -> None:
        """Refuse a source group no registered source is in: it would stand for no source,
        so the search could never match (newuser6 M13; a group is given to registered
        sources on the web UI's /manage/sources page, docs/monitoring.md). The groups the
        saved search of that name already has stay accepted, as in :meth:`_check_stories`."""
        if not search.groups:
            return
        before = {s.name: s for s in self.store.saved_searches()}.get(search.name)
        known = sorted(set(self.store.source_groups().values()))
        for group in search.groups:
            if group not in known and not (before and group in before.groups):
                raise ConfigError(
                    f"no source group {group!r} (known: {', '.join(known) or 'none'})",
                    hint="give registered sources a group on the web UI's /manage/sources "
                         "page")

    def unknown_sources(self, search: SavedSearch) -> tuple[list[str], int]:
        """The sources of ``search`` veille does not know yet (no registered source by that
        name or URL host, no stored article from it), and how many it knows. Accepted when
        saved, since a source may appear later; the CLI warns (newuser6 M13)."""
        registered = self.store.registered_sources()
        known = {s.name for s in registered}
        known |= {(urlsplit(s.url).hostname or "").removeprefix("www.") for s in registered}
        known |= {str(row["source"]) for row in self.store.sources()}
        known.discard("")
        return [s for s in search.sources if s not in known], len(known)

    def unknown_filters(self, query: str) -> list[str]:
        """Warnings for the ``source:``, ``entity:``, ``place:`` and ``lang:`` filters of
        ``query`` that match no stored article (``place:Atlantide``), worded as search
        words them (:mod:`veille.search.filter_hint`, :mod:`veille.search.source_hint`),
        so that a saved search on a name veille does not know is said so when it is
        saved, not found silent later (f-cliux32). [] without a search index."""
        from veille.enrich.aliases import current
        from veille.enrich.query import resolve_aliases
        from veille.index.query import parse_query
        from veille.search.filter_hint import unknown_filter_warnings
        from veille.search.source_hint import unknown_source_warnings

        try:
            index = self.reader()
        except SearchIndexError:
            return []
        index.refresh()
        typed = parse_query(query).node
        node = resolve_aliases(typed, current(self.settings.data_dir))
        return [*unknown_source_warnings(node, index, self.read_store),
                *unknown_filter_warnings(node, index, self.read_store, typed)]

    def place_homonyms(self, query: str) -> list[str]:
        """Warnings for the ``place:`` filters of ``query`` that name several places the
        store's articles name ("Saint-Denis": Seine-Saint-Denis and La Réunion), each with
        the forms naming one (:func:`veille.monitor.place_homonyms.homonym_warnings`).
        Accepted when saved; the CLI and the API warn (t-final25 S14)."""
        from veille.monitor.place_homonyms import homonym_warnings

        places = getattr(self.store, "places", None)
        if places is None:  # a store without the enrichment's tables
            return []
        return homonym_warnings(query, lambda name: places(name=name, limit=50))

    def _check_stories(self, search: SavedSearch) -> None:
        """Refuse a story id the store does not know (a typo can never alert, newuser6
        M13); the ids the saved search of that name already follows stay accepted, since
        a lone article's story may have merged away since (docs/monitoring.md). An old id
        of a story (renamed after its original, merged: ``Store.story_id_of``) is
        replaced, in ``search.stories``, by the id the story goes by now."""
        before = {s.name: s for s in self.store.saved_searches()}.get(search.name)
        known = set(before.stories) if before else set()
        search.stories[:] = list(dict.fromkeys(
            s if s in known else self.store.story_id_of(s) or s for s in search.stories))
        for story_id in search.stories:
            if story_id not in known and not self.store.story(story_id):
                raise ConfigError(f"no story {story_id!r}",
                                  hint="story ids are on the story pages (/stories) and "
                                       "in `veille stories`")

    def reextract(self, *, progress: Callable[[int], None] | None = None,
                  executor: str | None = None) -> ReextractResult:
        """Extract every stored raw input again (streamed); changed articles are logged
        and re-indexed, keeping their enrichment until the enrichment view follows (at
        once with ``enrich_on_write``, else ``veille enrich`` or ``watch``). ``executor``
        (default ``settings.executor``) runs the extraction
        (``local``, ``dask-local``, ``dask://host:port``); a killed run resumes."""
        from veille.executors import open_executor
        from veille.maintenance import CURSOR_FILE, reextract

        self._start()
        runner = open_executor(executor or self.settings.executor)
        cursor = self.settings.data_dir / CURSOR_FILE
        cursor.parent.mkdir(parents=True, exist_ok=True)
        try:
            result = reextract(self.store, progress=progress, sinks=[self._after_batch],
                               executor=runner, cursor=cursor,
                               batch_size=self.settings.batch_size)
        finally:
            runner.close()
        if self.settings.enrich_on_write:  # as after an ingest (:meth:`_finish`)
            self.enrich()
        status = self.sync()
        result.index_pending, result.index_error = status.pending, status.message()
        result.enrich_pending = self.store.enrich_lag()
        return result

    def reindex(self, *, progress: Callable[[int], None] | None = None) -> int:
        """Build a new index from the store beside the live one, swap it in atomically,
        and remove the old one; returns how many articles it holds. Works whatever state
        the old index is in."""
        if self.settings.index_url:
            return self._reindex_pg(progress)
        with self.home.locked(".reindex.lock", wait=False) as alone:
            if not alone:
                raise SearchIndexError("another `veille reindex` is running",
                                       hint="wait for it to finish")
            self.release()
            self._reader = None
            generation = self.home.new_generation()
            index = self.open_index(generation)
            try:
                count = build(self.store, index, progress=progress)
                crash_point("reindex-before-swap")
                with self.home.locked():
                    self.home.swap(generation)
                crash_point("reindex-after-swap")
                follow(self.store, index)  # what reached the old one meanwhile
            finally:
                index.close()
            self.home.remove_stale()
            self.store.forget_follower(REBUILD_FOLLOWER)
        return count

    def _reindex_pg(self, progress: Callable[[int], None] | None) -> int:
        """PostgreSQL: the rebuild is one transaction (readers see the old rows until it
        commits), under the index's writer lock."""
        index = self.keeper.live()
        try:
            index.start_rebuild()
            count = build(self.store, index, progress=progress)
        except BaseException:
            index.rollback()
            raise
        self.store.forget_follower(REBUILD_FOLLOWER)
        return count

    def check(self, *, repair_drift: bool = False) -> Drift:
        """Compare store and index (ids and content hashes, files' checksums); with
        ``repair_drift``, catch up and fix what differs (a rebuild only for damaged
        files). The returned report's ``found`` is True when drift was found. A
        comparison of a read-only data directory (a snapshot) reads it read-only."""
        from veille.index.check import Drift, compare, repair

        if not repair_drift and not self.settings.index_url and self.read_only():
            return self._compare_read_only()
        if not self.settings.index_url and self.home.current() is None and \
                self.store.change_seq() == 0:
            return Drift()  # nothing stored, nothing indexed: they agree
        index: Any = None
        try:
            if repair_drift:
                pending = self.keeper.sync(wait=self.settings.index_wait)
                if pending:
                    raise IndexBusy(IndexStatus(pending=pending).message())
            index = self.keeper.live(create=False)
            if index is None:
                raise SearchIndexError(f"no search index in {self.settings.index_dir}")
            drift = compare(self.store, index)
        except IndexBusy:
            raise
        except SearchIndexError as exc:
            index, drift = None, Drift(store_seq=self.store.change_seq(),
                                       articles=self.store.counts()["articles"],
                                       damaged=[exc.one_line()])
        if repair_drift and (drift.damaged or index is None):
            drift.repaired = self.reindex()
        elif repair_drift and index is not None:
            drift.repaired = repair(self.store, index, drift)
        drift.replica = self.replica()
        return drift

    def _compare_read_only(self) -> Drift:
        """:meth:`check` without repair, of a data directory veille cannot write: the
        store read-only, the live generation through a shadow (newuser15c D4)."""
        from veille.index.check import Drift, compare

        store = self.read_store
        if self.home.current() is None:
            if store.change_seq() == 0:
                return Drift()
            return Drift(store_seq=store.change_seq(), articles=store.counts()["articles"],
                         damaged=[f"no search index in {self.settings.index_dir}"])
        try:
            return compare(store, self.reader())
        except SearchIndexError as exc:
            return Drift(store_seq=store.change_seq(), articles=store.counts()["articles"],
                         damaged=[exc.one_line()])

    # --- reading ----------------------------------------------------------------------

    def reader(self) -> Any:
        """The live index for searching, reopened after a ``reindex`` swapped it (with
        ``index_url``: PostgreSQL, on the read replica when ``read_url`` is set)."""
        if self.settings.index_url:
            if self._reader is None:
                self._reader = ("", open_pg_index(self.settings, read=True))
            return self._reader[1]
        token = self.home.token()
        if self._reader is None or self._reader[0] != token:
            path = self.home.current()
            if path is None:
                raise SearchIndexError(f"no search index in {self.settings.index_dir}",
                                       hint="run `veille reindex` to build it from the store")
            try:
                self._reader = (token, self.open_index(path, reading=True))
            except IndexFormatError:  # an upgrade: the keeper rebuilds it from the store
                self.keeper.live()
                self._reader = (self.home.token(), self.open_index(self.home.current()
                                                                    or path, reading=True))
        return self._reader[1]

    def search(self, query: str, *, page: int = 1, per_page: int = 10,
               sort: Sort = "relevance", facets: bool = False,
               collapse: bool = False) -> SearchResponse:
        """One page of results (see docs/search.md for the query language). Each hit
        carries its ``story_id``; with ``collapse``, one hit per story, with how many other
        articles and sources of the story matched (as ``/api/v1/search?collapse=true``)."""
        from veille.enrich.aliases import current
        from veille.search.service import search

        _check_sort(sort)
        _check_whole("page", page)
        _check_whole("per_page", per_page)
        index = self.reader()
        index.refresh()  # what this process (or another) committed a moment ago
        return search(SearchRequest(query=query, page=page, per_page=per_page, sort=sort,
                                    facets=facets, collapse=collapse,
                                    language=self.settings.default_language), index=index,
                      store=self.read_store, aliases=current(self.settings.data_dir))

    def search_page(self, query: str, *, page: int = 1, per_page: int = 10,
                    sort: Sort = "relevance", facets: bool = False, collapse: bool = False,
                    cursor: str | None = None, not_prose: bool = False) -> Paged:
        """:meth:`search`, paged as the API pages (:func:`veille.search.paging.page`):
        the first page gives ``next_cursor`` when there is more, and ``cursor`` (an
        answer's ``next_cursor`` or ``prev_cursor``, the CLI's or the API's) the page it
        leads to, the list as it stood at its first page (articles stored since left
        out, none given twice). A cursor that cannot be used gives the first page, with a
        warning."""
        from veille.enrich.aliases import current
        from veille.search.paging import page as paged
        from veille.search.service import search

        _check_sort(sort)
        _check_whole("page", page)
        _check_whole("per_page", per_page)
        index = self.reader()
        index.refresh()
        store = self.read_store
        aliases = current(self.settings.data_dir)
        return paged(store, lambda request: search(request, index=index, store=store,
                                                   aliases=aliases),
                     query=query, page=page, per_page=per_page, sort=sort,
                     collapse=collapse, cursor=cursor, facets=facets,
                     language=self.settings.default_language, not_prose=not_prose)

    def latest(self, limit: int = 20, *, offset: int = 0) -> list[Article]:
        """The latest articles, newest first by publication time; then the undated ones,
        newest first seen first, after all the dated ones (as ``veille latest`` and the home
        page: an article without a date is never listed as the newest news)."""
        _check_whole("limit", limit, least=0)
        _check_whole("offset", offset, least=0)
        store = self.read_store
        dated = store.latest(limit=limit, offset=offset, dated=True)
        if len(dated) >= limit:
            return dated
        # Past the last dated article: skip the undated ones the earlier pages showed.
        skip = 0 if dated or offset == 0 else offset - len(
            store.latest(limit=offset, dated=True))
        return [*dated, *store.latest(limit=limit - len(dated), offset=skip, dated=False)]

    def get(self, article_id: str) -> Article:
        """One article, or :class:`~veille.errors.NotFound`."""
        return self.read_store.get(article_id)

    def stats(self) -> dict[str, Any]:
        """The store's counts, its last change, the index's last applied change and the
        lag between them (``index_error`` when the index cannot be read), the stories'
        re-clustering's position and the articles it has not clustered again
        (``stories_seq``, ``stories_lag``: :func:`veille.ingest.stories_lag`), and the change
        log's size (``log_rows``, ``log_oldest_seq``, ``log_compacted_seq``)."""
        from veille.ingest import stories_lag

        stats: dict[str, Any] = dict(self.store.counts())
        stats["store_seq"] = self.store.change_seq()
        try:
            stats["index_seq"] = self.keeper.applied_seq()
            stats["index_error"] = ""
        except SearchIndexError as exc:
            stats["index_seq"], stats["index_error"] = 0, exc.one_line()
        stats["index_lag"] = max(0, stats["store_seq"] - stats["index_seq"])
        stats["enrich_seq"] = self.store.enrich_applied_seq()
        stats["enrich_lag"] = self.store.enrich_lag()
        stats["stories_seq"] = self.store.view_seq(STORIES_VIEW)
        stats["stories_lag"] = stories_lag(self.store)
        stats.update(self.store.log_stats())
        replica = self.replica()
        if replica is not None:
            stats.update(replica.as_dict())
        return stats

    def replica(self) -> ReplicaPosition | None:
        """How far the read replica (``read_url``) is behind the store, None without one
        (:mod:`veille.store.replica`; newuser15c D2)."""
        if not self.settings.read_url:
            return None
        from veille.store.replica import replica_position

        return replica_position(self.store, self.read_store)


def open(data_dir: str | Path | None = None, **settings: Any) -> Veille:  # noqa: A001
    """Open a data directory (created when missing) for the Python API.

    ``settings`` override ``veille.toml`` and ``VEILLE_*`` (docs/settings.md); use the
    result as a context manager, or call :meth:`Veille.close`.
    """
    overrides = {**settings, "data_dir": data_dir} if data_dir is not None else settings
    return Veille(load_settings(overrides))


def _check_sort(sort: object) -> None:
    """Raises :class:`QueryError` for a sort the search does not know: it was silently
    read as relevance (newuser8 Q23: ``sort="newest"``)."""
    known = get_args(Sort)
    if sort not in known:
        raise QueryError(f"sort {sort!r} is not one of {', '.join(known)}",
                         hint="sort='date' lists the newest first")


def _check_whole(name: str, value: object, *, least: int = 1) -> None:
    """Raises :class:`QueryError` unless ``value`` is a whole number of at least ``least``
    (a string gave a bare TypeError; ``latest(-1)`` silently dropped the undated articles:
    newuser8 Q23)."""
    if not isinstance(value, int) or isinstance(value, bool) or value < least:
        raise QueryError(f"{name} must be a whole number of at least {least}, not {value!r}",
                         hint=f"pass {name}={max(least, 1)} or more")
