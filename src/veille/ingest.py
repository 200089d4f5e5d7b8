"""Ingest: raw inputs in, articles stored, in atomic batches that an interrupted run resumes.

The loop owns the I/O around the pure stages: it reads inputs (through :mod:`collect`),
asks the store what it already holds, runs the pipeline, and writes each batch in one
transaction. Raw inputs already stored are skipped before extraction, so re-running an
interrupted ingest completes it without duplicates. Every failed item is stored in the
failures table with its raw bytes (when they were read), so nothing is lost.
"""

from __future__ import annotations

import logging
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from veille.collect.files import Options, items_from_bytes, read_inputs, zoned
from veille.dedup import recluster_point
from veille.dedup.fingerprint import FingerprintStage
from veille.dedup.near import (
    Lookup,
    NearDuplicateStage,
    StoredCut,
    StoredPublished,
    StoredSignatures,
    StoredTexts,
    StoredUpdated,
    article_minute,
    body_of,
)
from veille.dedup.recluster import canonical_order, cluster, name_stories, parent_of
from veille.dedup.resign import current_rows
from veille.dedup.stories import (
    Stories,
    StoryStage,
    TermsReader,
    copies_of,
    is_dated,
    published_day,
    story_news,
    story_terms,
    story_wording,
)
from veille.dedup.story_overrides import with_overrides
from veille.dedup.story_state import (
    StateError,
    StateSource,
    decode,
    digest_of,
    encode,
    state_version,
)
from veille.dedup.terms_memo import TermsMemo, TermsSource
from veille.dedup.window import DedupWindow
from veille.errors import (
    InputError,
    InputNote,
    ItemError,
    ItemProblem,
    NotAnArticle,
    StoreError,
)
from veille.executors.base import Executor
from veille.executors.local import LocalExecutor
from veille.extract import folded_memo
from veille.extract.article_bound import SIZE_CUT
from veille.extract.blocks import split_blocks
from veille.extract.given_source import KEPT
from veille.extract.records import DATES_UNUSED
from veille.extract.stage import TEXT, ExtractStage
from veille.extract.text_capture import MAX_CAPTURE_CHARS
from veille.extract.textshape import fold
from veille.extract.word_salad import NOT_PROSE, unread_body
from veille.pipeline import reorder
from veille.pipeline.pipeline import Pipeline
from veille.pipeline.reorder import Reorder
from veille.pipeline.stage import Outcome, Stage
from veille.record import (
    LISTING_SUMMARY_HINT,
    Article,
    RawInput,
    capture_bound,
    exported_first_seen,
    exported_history,
    exported_id,
    exported_unpublished,
    merged_ids,
    utcnow,
)
from veille.record import article_id as url_article_id
from veille.settings import Settings, source_zones
from veille.store.base import (
    STORIES_VIEW,
    BatchResult,
    Failure,
    FetchRecord,
    IngestStore,
    Store,
)

BatchSink = Callable[[Sequence[Article]], None]
Progress = Callable[[int], None]


def size_cut_note(article: Article) -> str:
    """The one line saying that ``article`` was cut by a size bound ('' when it was not):
    what was kept, and that no headline was found when none was (t-final25 S1: a 46 MB
    text of random words was stored as a silent, untitled article)."""
    content = article.content
    why = content.evidence.get(SIZE_CUT, "") if content is not None else ""
    if not why or content is None:
        return ""
    headline = "" if content.title else "; no headline found"
    return f"stored cut short: {why}{headline}"


def dates_unused_note(article: Article) -> str:
    """The one line naming the record's date fields that were not used, and why ('' when
    none was dropped): which field, its value, and what the article's date is now
    (t-final25 S16: "2026-02-30", "2099-01-01" became "date unknown" silently)."""
    content = article.content
    unused = content.evidence.get(DATES_UNUSED, "") if content is not None else ""
    if not unused or content is None:
        return ""
    dated = "stored as date unknown" if content.published is None else "another date used"
    return f"date not used: {unused}; {dated}"


def future_date_note(article: Article) -> str:
    """The one line saying that ``article`` was stored undated because the date it prints
    is after the time it was read ('' otherwise): which date, that it stays in its
    evidence, and what to do (t-final33 B: a capture dated the day after the ingest was
    stored undated silently)."""
    content = article.content
    if content is None or content.published is not None or dates_unused_note(article):
        return ""  # a record's date field refused says so itself (dates_unused_note)
    refused = [part.strip() for part in content.evidence.get("dates_rejected", "").split(";")
               if "after the fetch time" in part]
    if not refused:
        return ""
    date = refused[0].split(" (", 1)[0]
    read = capture_bound(article.raw).isoformat(timespec="minutes")
    return (f"stored undated (article {article.id}): the date it prints, {date}, is after "
            f"the time it was read ({read}), so it is no publication date; kept in its "
            f"evidence (dates_rejected, which `veille show {article.id}` prints) and the article "
            "is listed apart as undated. Check the date on the page: a typo, or the clock "
            "of a zone ahead (ingest that outlet's captures with --timezone ZONE)")


def refused_date_note(article: Article) -> str:
    """The one line saying that ``article`` was stored undated because each date it gives
    was refused ('' otherwise, or when :func:`dates_unused_note` or
    :func:`future_date_note` says so already): a feed item's impossible "Thu, 31 Nov
    2026" or its pubDate to come was refused silently, while a JSON record's got a note
    (t-final49 B1)."""
    content = article.content
    if (content is None or content.published is not None or dates_unused_note(article)
            or future_date_note(article)):
        return ""
    evidence = content.evidence
    refused = [part.strip() for part in evidence.get("dates_rejected", "").split(";")
               if part.strip()]
    if "not used" in evidence.get("published", ""):
        refused.append(evidence["published"])
    if not refused:
        return ""
    return (f"stored as date unknown (article {article.id}): its date was refused: "
            f"{'; '.join(refused[:3])}; kept in its evidence (`veille show {article.id} "
            "--json`)")


def _folded(name: str) -> str:
    """A source name compared without case and surrounding spaces."""
    return name.strip().casefold()


def duplicate_source_note(raw: RawInput) -> str:
    """The one line saying that an input ingested again with ``--source`` was a duplicate,
    so that its source was not applied (t-final49 B2: "duplicate 1" and nothing else, the
    stored article's source still empty)."""
    return (f"{raw.origin}: duplicate (this input is stored already): --source "
            f"{raw.source!r} not applied; a stored input keeps the source it was first "
            "ingested with (`veille show ID` gives the stored one; `veille edit ID "
            "--source NAME` changes it)")


def refused_item(exc: BaseException) -> bool:
    """Whether ``exc``, raised while storing a batch, is about one item's data (a number
    too large for the database, a constraint, a value of the wrong type), so that the
    others can still be stored, rather than about the store itself (locked, full, gone),
    which must stop the run."""
    import sqlite3

    if isinstance(exc, (OverflowError, ValueError, TypeError)):
        return True
    if isinstance(exc, sqlite3.DatabaseError):
        return not isinstance(exc, sqlite3.OperationalError)
    names = {cls.__name__ for cls in type(exc).__mro__}
    return type(exc).__module__.startswith("psycopg") and bool(
        names & {"DataError", "IntegrityError"})


UNREAD_REASONS = frozenset({"not-found", "unreadable", "not-a-file", "outside-root"})
"""The reasons (:attr:`veille.errors.ItemError.reason`) of an input that failed **before a
byte of it was read**: a path that does not exist (or a link to none), one the system
refused to open or read, a FIFO or device found in a folder, a link out of the folder
(:mod:`veille.collect.files`). Such an input is failed, never read (t-final29 U6: a
missing file was counted "read 1 … failed 1")."""


@dataclass(slots=True)
class IngestSummary:
    """What an ingest did: items read, new, new versions, completed, duplicate, failed and
    skipped, with the reasons. Every input is counted once: ``read + unread == new +
    versions + completed + duplicate + failed + skipped`` (a duplicate is a copy of a
    stored article, or an input read again; a skipped item is no article:
    :class:`~veille.errors.NotAnArticle`; an unread input is failed, not read:
    :data:`UNREAD_REASONS`)."""

    read: int = 0
    unread: int = 0
    """Inputs that failed before a byte was read (:data:`UNREAD_REASONS`: no such path,
    permission denied...): counted in ``failed``, not in ``read``."""
    new: int = 0
    duplicate: int = 0
    versions: int = 0
    completed: int = 0
    """Stored articles whose text, possibly cut short by the connection, this read of
    their page completed (:mod:`veille.dedup.completion`): no version, counted in
    ``read`` beside ``versions``."""
    failed: int = 0
    skipped: int = 0
    skipped_kinds: Counter[str] = field(default_factory=Counter)
    """What each skipped item was (:attr:`veille.errors.NotAnArticle.kind`: "picture",
    "package item", "WARC request record"...), counted: they add up to ``skipped``."""
    reasons: Counter[str] = field(default_factory=Counter)
    problems: list[ItemProblem] = field(default_factory=list)
    """Each failed item: where, what, why and what to do (:class:`~veille.errors.
    ItemProblem`), in the order read."""
    new_ids: list[str] = field(default_factory=list)
    index_pending: int = 0
    """Changes stored but not yet searchable when the ingest ended (0: all searchable)."""
    index_error: str = ""
    """Why they are not, and what to run ('' when all is searchable)."""
    notes: list[str] = field(default_factory=list)
    """What an ingest kept out of a new article without failing it, one line each
    (``origin: what``): a capture that holds another article than the one stored
    (``content.evidence["other_article"]``; newuser13 h2-C14); what a reader said of its
    input without losing an item (:class:`~veille.errors.InputNote`: a WARC archive's
    stretch of stray bytes)."""
    note_kinds: list[str] = field(default_factory=list)
    """The kind of each line of :attr:`notes` (same index: "summary", "cut", "other",
    "unread", "kept", "future", "date", "source", "input"): ``veille ingest`` prints one
    line per kind with its count (t-final61 #11: 1,000 identical notes)."""
    note_places: list[int] = field(default_factory=list)
    """The place in the input of the item each line of :attr:`notes` is about (same
    index): the notes are put in input order at the run's end, as ``new_ids``."""
    dates_unused: int = 0
    """New articles one of whose record's date fields was not used (no date veille reads,
    or one after the time it was read), each also a line of :attr:`notes`."""
    duplicate_inputs: list[str] = field(default_factory=list)
    """The raw ids of the items counted in ``duplicate`` (the write API answers with the
    stored articles they repeat: :meth:`~veille.store.base.Store.articles_of_raw`)."""
    own_source: int = 0
    """Items that kept the outlet they name over the source given for the batch
    (``--source``, ``?source=``: :mod:`veille.extract.given_source`; t-final25 S2)."""
    unstored: int = 0
    """Items read but not stored because the store stopped the run (:class:`IngestStopped`):
    the batch it rolled back and those read after; then ``read + unread == new + versions
    + completed + duplicate + failed + skipped + unstored``."""

    @property
    def errors(self) -> list[str]:
        """Each failed item as one line (``origin: message (hint)``)."""
        return [problem.one_line() for problem in self.problems]

    def as_dict(self) -> dict[str, object]:
        return {"read": self.read, "unread": self.unread, "new": self.new,
                "duplicate": self.duplicate,
                "versions": self.versions, "completed": self.completed,
                "failed": self.failed, "skipped": self.skipped,
                "skipped_kinds": dict(self.skipped_kinds),
                "unstored": self.unstored, "failure_reasons": dict(self.reasons),
                "errors": self.errors, "problems": [p.as_dict() for p in self.problems],
                "notes": list(self.notes), "dates_unused": self.dates_unused,
                "own_source": self.own_source,
                "index_pending": self.index_pending, "index_error": self.index_error}


class IngestStopped(StoreError):
    """The store failed while an ingest wrote to it (its disk is full:
    :class:`~veille.errors.DiskFull`, or it is gone): the run stopped. The batch being
    written was rolled back whole; what was committed before is kept and ``summary`` counts
    it (``unstored``: the items that were not). Its message and hint are the cause's."""

    def __init__(self, cause: StoreError, summary: IngestSummary) -> None:
        super().__init__(str(cause), hint=cause.hint)
        self.summary = summary


class _SiteChrome:
    """Per-run cache of each source's known chrome blocks, read from the store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.cache: dict[str, frozenset[str]] = {}

    def __call__(self, source: str) -> frozenset[str]:
        if source not in self.cache:
            self.cache[source] = self.store.site_chrome(source)
        return self.cache[source]

    def forget(self, source: str) -> None:
        self.cache.pop(source, None)


class ChromeSnapshot:
    """The chrome of a few sites, copied from the store: what a stage on another machine
    gets instead of the live lookup (picklable, no store)."""

    def __init__(self, blocks: dict[str, frozenset[str]]) -> None:
        self.blocks = blocks

    def __call__(self, source: str) -> frozenset[str]:
        return self.blocks.get(source, frozenset())


PURE_STAGES = 2
"""The first stages of :func:`build_pipeline` (extraction, fingerprint): pure, they run on
any executor; the stages after them keep state and run in the ingest loop."""


def build_pipeline(site_chrome: Callable[[str], frozenset[str]] | None = None,
                   recent: Lookup | None = None, stories: Stories | None = None,
                   stored: StoredSignatures | None = None,
                   texts: StoredTexts | None = None,
                   published: StoredPublished | None = None,
                   cut: StoredCut | None = None,
                   updated: StoredUpdated | None = None,
                   read: TermsReader | None = None) -> Pipeline:
    """The default stages, in order; near duplicates and stories only when given their
    state (re-extraction keeps what ingest found); ``stored`` tells a reused URL's new
    text from a version, ``texts`` gives stored bodies to tell a copy from another text of
    one template, ``published`` the stored articles' publication times to tell a reused
    URL's new text, ``cut`` which stored articles are cut copies, ``updated`` their update
    times to tell a dispatch's update (``NearDuplicateStage``); ``read`` what reads the
    story terms (the writer's memo, :mod:`veille.dedup.terms_memo`)."""
    extract = ExtractStage(site_chrome=site_chrome) if site_chrome else ExtractStage()
    stages: list[Stage] = [extract, FingerprintStage()]
    if recent is not None:
        stages.append(NearDuplicateStage(recent, stored, texts, published, cut, updated))
        if stories is not None:
            stages.append(StoryStage(stories, read))
    return Pipeline(stages)


def warm_stories(store: Store, *, recent: int = 5_000,
                 unstored: Callable[[], Sequence[Article]] = tuple,
                 read: TermsReader | None = None) -> Stories:
    """Story state replayed from the most recent articles (bounded: ``recent`` of them),
    oldest first, through the same terms as the story stage's (their background sentences
    learnt and left out as they were when the articles arrived). ``unstored``: the
    articles the state has clustered and the store does not hold yet (the batch being
    clustered), which its catch-up recalls beside the stored ones
    (:func:`recall_between`). ``read``: what reads the terms (:func:`story_terms`); a
    writer's memo reads back those the store keeps and writes those it read afresh
    (:mod:`veille.dedup.terms_memo`: the warm-up of 5,000 articles costs about 40 CPU s
    when each is read, about 3 s when read back, ``bench/warm_start.py``)."""
    stories = Stories(lookup=lambda ids: {a: s for a, (s, _) in store.story_of(ids).items()
                                          if s},
                      recall=lambda state, first, last: recall_between(
                          store, state, first, last, unstored(), read))
    latest = store.latest(limit=recent)
    load_terms(read, [a.id for a in latest])
    for article in reversed(latest):
        replay(stories, article, read=read)
    save_terms(read)
    return stories


def load_terms(read: TermsReader | None, article_ids: Sequence[str]) -> None:
    """Read the store's persisted terms of ``article_ids`` into ``read`` when it is a
    writer's memo (:meth:`TermsMemo.load`)."""
    if isinstance(read, TermsMemo):
        read.load(article_ids)


def save_terms(read: TermsReader | None) -> None:
    """Write the terms ``read`` read afresh when it is a writer's memo
    (:meth:`TermsMemo.flush`)."""
    if isinstance(read, TermsMemo):
        read.flush()


RECALL_LIMIT = 2_000
"""Stored articles :func:`recall_between` replays at most, oldest first: about 16 s of CPU
when each one's terms are read (8 ms each), much less when a writer's memo reads them back
from the store (:func:`warm_stories`), once per late span."""


def recall_between(store: Store, stories: Stories, first: int, last: int,
                   unstored: Sequence[Article] = (), read: TermsReader | None = None) -> int:
    """Replay into ``stories`` the stored articles dated in minutes ``[first, last)``
    (:meth:`Stories.catch_up`, for an article older than the active stories), oldest
    first, at most :data:`RECALL_LIMIT`; the number replayed. ``unstored``: articles
    clustered before this one but not stored yet (the batch being clustered), recalled
    as if they were, after the stored ones of their minute (the store's order): what is
    recalled must not depend on where the batches were cut (newuser15c D1). ``read``:
    what reads the terms (:func:`story_terms`)."""
    rows = store.signatures_between(first, last)
    found = store.get_many([row[0] for row in rows[:RECALL_LIMIT]])
    load_terms(read, list(found))
    timed = [(minute, found[i]) for i, _source, minute, _sig in rows if i in found]
    for article in unstored:
        minute = article_minute(article)
        if article.id in found or not first <= minute < last:
            continue
        if article.dedup is not None and article.id in stories.story_of:
            # moved since it was clustered (what the batch's store write records)
            article.dedup.story_id = stories.story_of[article.id]
        timed.append((minute, article))
    timed.sort(key=lambda pair: pair[0])  # stable: the stored ones first in a minute
    return sum(replay(stories, article, recalled=True, read=read)
               for _minute, article in timed[:RECALL_LIMIT])


def replay(stories: Stories, article: Article, *, recalled: bool = False,
           read: TermsReader | None = None) -> bool:
    """Replay one stored article into its stored story (its terms as the story stage
    reads them); False when it has no content or no story. ``recalled``: a catch-up
    replay (:meth:`Stories.remember`). ``read``: what reads the terms
    (:func:`story_terms`)."""
    dedup = article.dedup
    if article.content is None or not dedup or not dedup.story_id or \
            unread_body(article.content.evidence):  # alone in its story (t-final61 #6)
        return False
    if recalled and stories.holds(article.id):
        # remember() would change nothing: only the background sentences' bookkeeping of
        # story_terms is done (its state is read by the articles after), not the terms.
        story_news(stories, article.id, article.content.paragraphs, copies_of(dedup))
        return True
    stories.remember(article.id, story_terms(stories, article.id, article.content.title,
                                             article.content.paragraphs, copies_of(dedup),
                                             published_day(article), read,
                                             article.content.language),
                     article_minute(article), dedup.story_id,
                     story_wording(body_of(article)), recalled=recalled,
                     copy=bool(dedup.relation or dedup.duplicate_of), dated=is_dated(article),
                     reason=dedup.story_reason, language=article.content.language)
    return True


RECLUSTER_LIMIT = 2_000
"""Stored articles :func:`recluster_stories` clusters again at most (about 16 CPU s when
each one's terms are read, 8 ms an article; a few seconds when a writer's memo reads them
back from the store: :mod:`veille.dedup.stored_terms`). A window that would hold more is
cut to the days around the articles ingested, and the stored articles of the days before
it are replayed into their stored stories first: only such a window's stories can still
depend on the order the articles came in."""
RECLUSTERED_KINDS = frozenset({"new", "version", "completed", "override"})
"""The change log's kinds whose articles' window :func:`recluster_stories` clusters again:
articles stored, and user overrides of stories added or undone
(:mod:`veille.dedup.story_overrides`), so a crash between an override's write and its
re-clustering is caught up like a stored batch's."""


def recluster_stories(store: Store, touched: Iterable[str],
                      read: TermsReader | None = None,
                      versioned: Iterable[str] = ()) -> dict[str, str]:
    """Cluster again, from a fresh state and in one canonical order
    (:mod:`veille.dedup.recluster`), the stories of the window of days the ``touched``
    articles (stored or moved by an ingest) fall in, and those of the articles stored since
    the last re-clustering (the change log from ``view_state``'s :data:`STORIES_VIEW`: an
    ingest stopped by a crash after storing batches is caught up by the next); store the
    moves (``link`` changes) with the log's new position, in one transaction. The window
    reaches back and forward from the articles' minutes to a silence of ``window_days``
    (no stored article closer), so it is a function of the stored articles, and the
    stories built do not depend on the order or the batching of ingest (issue #14: all
    at once 2 of 7 hard negatives joined, one file at a time 0 of 7). ``read``: what reads
    the articles' terms (:func:`~veille.dedup.recluster.cluster`: a writer's memo gives
    those its story stage read). ``versioned``: the articles that took a version in the
    ingest (an older capture read late logs no change, yet the terms its article is
    clustered on change: :mod:`veille.dedup.version_terms`), which no kept point may hold
    among its first articles (t-final65 A3, h-stories66). Returns the moves (article id ->
    story id)."""
    head = store.change_seq()
    since = max(store.view_seq(STORIES_VIEW), head - RECLUSTER_LIMIT)
    ids = set(touched)
    after = since
    while after < head:
        changes = store.changes(after=after, limit=1_000)
        if not changes:
            break
        ids.update(c.article_id for c in changes if c.kind in RECLUSTERED_KINDS)
        after = changes[-1].seq
    if not ids:
        return {}
    found = store.get_many(ids)
    minutes = [article_minute(a) for a in found.values() if a.dedup and a.dedup.story_id]
    if not minutes:
        store.put_batch([], stories_seq=head)
        return {}
    span = int(Stories().window_days * 1440)
    lo, hi = min(minutes), max(minutes)
    rows = store.signatures_between(lo, hi + 1)
    cut = False
    while len(rows) <= RECLUSTER_LIMIT:
        earlier = store.signatures_between(lo - span, lo)
        later = store.signatures_between(hi + 1, hi + 1 + span)
        if not earlier and not later:
            break
        if len(rows) + len(earlier) + len(later) > RECLUSTER_LIMIT:
            cut = True
            break
        rows = [*earlier, *rows, *later]
        lo = earlier[0][2] if earlier else lo
        hi = later[-1][2] if later else hi
    if cut or len(rows) > RECLUSTER_LIMIT:
        cut = True
        rows, lo = cut_window(store, min(minutes), hi, span)
    window = store.get_many(row[0] for row in rows)
    articles = [a for a in window.values() if a.dedup is not None and a.dedup.story_id]
    older = store.signatures_between(lo - span, lo)[-RECLUSTER_LIMIT:] if cut else []
    before_ids = {r[0] for r in older} - set(window)
    # the user's overrides, applied after the rules (f-detach28: dedup/story_overrides.py)
    articles, fixed = with_overrides(store, articles)
    # an update brings no word its earlier versions lack (t-final29 F2: version_terms.py)
    versions = store.earlier_contents(a.id for a in articles)
    ordered = canonical_order(articles)
    point = recluster_point.load(store)
    asked: set[str] = set()
    why = "no point kept" if point is None else \
        recluster_point.refusal(store, point, before_ids, ordered, set(versioned))
    if point is not None and not why:
        # the window's first articles are clustered as the last re-clustering did
        # (recluster_point.py): only those after them are
        state, start, asked = point.state, ordered[:len(point.order)], set(point.asked)
        load_terms(read, [a.id for a in ordered[len(start):]])
    else:
        state, start = Stories(), []
        before = sorted((a for a in store.get_many(before_ids).values()),
                        key=lambda a: (article_minute(a), a.id))
        load_terms(read, [*(a.id for a in before), *window])
        for article in before:  # the days before the cut, into their stored stories
            replay(state, article, read=read)

    def lookup(wanted: Sequence[str]) -> dict[str, str]:
        asked.update(wanted)
        return {a: s for a, (s, _) in store.story_of(wanted).items() if s}

    partition = fixed.partition(cluster(articles, state=state, lookup=lookup,
                                        earlier=versions, read=read, start=start))
    stored = {a.id: a.dedup.story_id for a in articles if a.dedup is not None}
    order = [a.id for a in ordered]
    names = fixed.names(name_stories(partition, stored, order,
                                     [a.id for a in articles if parent_of(a) is not None]),
                        lambda wanted: {a: s for a, (s, _) in store.story_of(wanted).items()})
    moves = {a: s for a, s in names.items() if stored.get(a) and stored[a] != s}
    # the joins' reasons that changed (a commentary settled or no longer: dedup/commentary.py)
    # (a body of no prose keeps its own: the story lists leave its story out)
    wanted = {a.id: NOT_PROSE if a.content and unread_body(a.content.evidence)
              else state.reasons.get(a.id) for a in articles}
    reasons = {a.id: wanted[a.id] for a in articles if a.dedup is not None and
               (a.dedup.story_reason or None) != wanted[a.id]}
    store.put_batch([], story_moves=moves, stories_seq=head, story_reasons=reasons)
    save_terms(read)
    written = recluster_point.save(store, before_ids, ordered, asked, state)
    LOG.debug("re-clustered %d articles, %d from the last point (%s), point of %d bytes "
              "written", len(ordered), len(start), why or "used", written)
    return moves


RECLUSTER_DAY = 1440
"""The grid a cut window starts on (minutes: UTC days, :func:`cut_window`)."""


def cut_window(store: Store, first: int, last: int, span: int
               ) -> tuple[list[tuple[str, str, int, bytes]], int]:
    """The stored rows of a window too large to cluster whole, that holds minutes
    ``[first, last]``, and the minute it starts at: it starts on a day (a multiple of
    :data:`RECLUSTER_DAY`), the earliest from which it holds at most
    :data:`RECLUSTER_LIMIT` articles (reaching back no further than a silence of
    ``span``). So the next small ingest of later articles finds the same start, the same
    days before it to replay, and the same first articles in the order: the re-clustering
    goes on from where this one ended (:mod:`veille.dedup.recluster_point`). Before
    r-perf49 the window was the last :data:`RECLUSTER_LIMIT` rows around the articles,
    which every ingest shifted. Past the limit within ``first``'s day: its last
    :data:`RECLUSTER_LIMIT` rows, as before."""
    start = first // RECLUSTER_DAY * RECLUSTER_DAY
    rows = store.signatures_between(start, last + 1)
    if len(rows) > RECLUSTER_LIMIT:
        rows = rows[-RECLUSTER_LIMIT:]
        return rows, rows[0][2]
    silent = 0
    while silent < span:
        earlier = store.signatures_between(start - RECLUSTER_DAY, start)
        if len(rows) + len(earlier) > RECLUSTER_LIMIT:
            break
        silent = silent + RECLUSTER_DAY if not earlier else 0
        rows = [*earlier, *rows]
        start -= RECLUSTER_DAY
    return rows, start


def settle_stories(store: Store) -> dict[str, str]:
    """Catch the canonical re-clustering up with the store's change log: the windows of
    the articles stored since the ``stories`` view's position (:func:`recluster_stories`
    with nothing touched but what the log says), as a follower of the log does for a write
    that did not settle (the write API: the ``stories`` view of :mod:`veille.follower`;
    an ingest stopped by a crash). Returns the moves. The terms are read back from the
    store where it keeps them (:func:`terms_reader`)."""
    return recluster_stories(store, (), terms_reader(store))


def terms_reader(store: Store) -> TermsMemo:
    """A memo of the story terms that reads back and writes those ``store`` keeps
    (:mod:`veille.dedup.terms_memo`), or keeps them in memory only for a store that
    keeps none."""
    return TermsMemo(store=store if isinstance(store, TermsSource) else None)


def stories_lag(store: Store, *, at_most: int | None = None) -> int:
    """Articles stored (new, versions, completed reads) and story overrides added or undone
    (:data:`RECLUSTERED_KINDS`) since the stories' last
    re-clustering, among the change log's last :data:`RECLUSTER_LIMIT` entries: exactly
    what :func:`settle_stories` would catch up, which reads the log no further back
    (:func:`recluster_stories`) (``veille stats``' and ``/api/v1/stats``'s
    ``stories_lag``; 0 once the ``stories`` follower caught up). Reading from the view's
    position alone, every ``stats`` call read the whole log behind it, which grows without
    bound while no follower runs (f-outlet27); now at most :data:`RECLUSTER_LIMIT` entries
    are read. Counting stops at ``at_most`` when given."""
    head, behind = store.change_seq(), 0
    after = max(store.view_seq(STORIES_VIEW), head - RECLUSTER_LIMIT)
    while after < head and (at_most is None or behind < at_most):
        changes = store.changes(after=after, limit=1_000)
        if not changes:
            break
        behind += sum(c.kind in RECLUSTERED_KINDS for c in changes)
        after = changes[-1].seq
    return behind if at_most is None else min(behind, at_most)


def stories_behind(store: Store) -> bool:
    """Whether articles were stored since the stories' last re-clustering
    (:func:`stories_lag`, read no further than the first)."""
    return stories_lag(store, at_most=1) > 0


STATE_NAME = "writer"
"""The row of ``story_state`` the writers save their state in (:meth:`StoryFollower.save`)."""

LOG = logging.getLogger("veille.ingest")


class StoryFollower:
    """The story state of a writer that lives across ingests (``veille watch``: every
    poll of every source), warmed from the store once (:func:`warm_stories`: about 40 CPU
    s for 5,000 articles whose terms are read, about 3 s when the store keeps them,
    ``bench/warm_start.py``) and then kept current from the store's
    change log, the source of truth, as the search index (:mod:`veille.index.sync`) and
    the enrichment view follow it.

    At each :meth:`current`, the changes logged since the last one are read: the
    articles another writer stored meanwhile (a ``veille ingest`` beside the watch, a
    second watch) that the state does not hold are replayed into it as the warm-up
    replays the store's latest (:func:`replay`), in the log's order; a story move
    another writer made (a ``link`` change: a provisional article moved,
    :mod:`veille.dedup.stories`) is made here too; this writer's own changes
    (:meth:`wrote`) are already in the state. What cannot be applied in place (an
    article deleted or re-extracted), a log compacted past the position read
    (:mod:`veille.store.changelog`), or more articles from elsewhere than the warm-up
    reads, makes it warm up again from the store."""

    PAGE = 1_000
    """Changes read per query."""

    def __init__(self, store: Store, *, recent: int = 5_000, snapshots: bool = True) -> None:
        self.store = store
        self.recent = recent
        self.warm_ups = 0
        """Full warm-ups from the store so far."""
        self.replayed = 0
        """Articles of other writers replayed from the change log so far."""
        self._stories: Stories | None = None
        self._seq = 0
        self._own: set[str] = set()
        self.unstored: list[Article] = []
        """Articles the ingest running has clustered and not stored yet (recalled with
        the stored ones: :func:`recall_between`)."""
        self.pending: set[str] = set()
        """Articles stored or moved by ingests since the last :meth:`settle`."""
        self.versioned: set[str] = set()
        """Articles that took a version (a later or an older capture) since the last
        :meth:`settle` (:func:`recluster_stories`)."""
        self.defer = False
        """True: an ingest leaves :meth:`settle` to the caller (one per poll)."""
        self.terms = terms_reader(store)
        """The articles' story terms this writer read (its warm-up, story stage and
        re-clusterings read them once: :mod:`veille.dedup.terms_memo`)."""
        self.saved_state = store if snapshots and isinstance(store, StateSource) else None
        """Where the state is saved at each :meth:`settle` and loaded from instead of a
        warm-up (:mod:`veille.dedup.story_state`); ``None``: never (the store keeps
        none, or ``snapshots`` was False)."""
        self.loads = 0
        """States loaded from the store (and brought up to date from its log) so far."""
        self.writes = 0
        """States written to the store so far (:meth:`save` writes none the store holds
        already, at the same position)."""
        self.saved_bytes = 0
        """The size of the last state :meth:`save` encoded (zlib-compressed JSON)."""
        self.said: list[str] = []
        """Why a saved state was not used, once each (also logged)."""
        self._may_load = True

    def current(self) -> Stories:
        """The story state, brought up to date with the store's change log: the one held,
        else the one the store keeps (:meth:`save`), else warmed up from the store."""
        loaded = False
        if self._stories is None and self._may_load:
            self._may_load = False
            self._stories = self._load()
            loaded = self._stories is not None
        if self._stories is None or not self._refresh(self._stories):
            if loaded:
                # Routine with two writers (a `veille ingest` beside `serve --watch` that
                # re-extracted, completed or deleted articles, or stored more than the
                # warm-up reads): the state is a cache of the store, rebuilt from it; said
                # plainly and not as a warning, which users read as data loss (h-api65,
                # t-final64 #8).
                self._say("story clustering: the saved working state is older than "
                          "changes another writer made to the store (re-extracted, "
                          "completed or deleted articles)", routine=True)
            self._seq = self.store.change_seq()  # before reading: nothing is missed
            self._stories = warm_stories(self.store, recent=self.recent,
                                         unstored=lambda: self.unstored, read=self.terms)
            self._own.clear()
            self.warm_ups += 1
        return self._stories

    def _load(self) -> Stories | None:
        """The state the store keeps, at its position (:attr:`_seq`), not yet brought up
        to date; ``None`` (and why, said once) when there is none this version can use."""
        if self.saved_state is None:
            return None
        row = self.saved_state.story_state(STATE_NAME)
        if row is None:
            return None
        version, seq, digest, data = row
        if version != state_version():
            self._say("story clustering: the saved working state was written by another "
                      "version of veille", routine=True)
            return None
        if digest != digest_of(data):
            self._say("the saved story state is damaged (its digest differs)")
            return None
        if not self.store.compacted_seq() <= seq <= self.store.change_seq():
            self._say("the saved story state's position is not in the store's log")
            return None
        try:
            stories = decode(data)
        except StateError as exc:
            self._say(f"the saved story state cannot be read ({exc})")
            return None
        store = self.store
        stories.lookup = lambda ids: {a: s for a, (s, _) in store.story_of(ids).items() if s}
        stories.recall = lambda state, first, last: recall_between(
            store, state, first, last, self.unstored, self.terms)
        self._seq = seq
        self._own.clear()
        self.loads += 1
        return stories

    def _say(self, why: str, *, routine: bool = False) -> None:
        """Say once why the saved state is not used, and what happens instead: the state
        is a cache of the store (the source of truth), so nothing is lost, the first
        batch only takes longer. ``routine``: a case that two writers or an upgrade
        bring about (logged at INFO: no ``warning:`` line), else a warning (a damaged
        state)."""
        if why not in self.said:
            self.said.append(why)
            LOG.log(logging.INFO if routine else logging.WARNING,
                    "%s: rebuilt from the stored articles instead (nothing is lost; this "
                    "start takes longer; nothing to do)", why)

    def save(self) -> bool:
        """Write the state held, brought up to date with the store's log, with the log's
        position (:mod:`veille.dedup.story_state`): the next writer loads it instead of
        warming up. False when there is nothing to write (no state, a store that keeps
        none, or a change it cannot follow: the row before stays, whose older position
        the next writer reads the log from; or the store holds this state at this
        position already)."""
        if self.saved_state is None or self._stories is None or self.unstored:
            return False
        if not self._refresh(self._stories):
            self._stories = None
            return False
        self._agree(self._stories)
        data = encode(self._stories)
        head = (state_version(), self._seq, digest_of(data))
        self.saved_bytes = len(data)
        if self.saved_state.story_state_head(STATE_NAME) == head:
            return False  # the store holds this state at this position already
        self.saved_state.put_story_state(STATE_NAME, *head, data)
        self.writes += 1
        LOG.debug("story state of %d bytes written at %d", len(data), self._seq)
        return True

    def _agree(self, stories: Stories) -> None:
        """Put the articles of the active stories into the stories the store holds them
        in where they differ (:meth:`Stories.follow_move`, as for another writer's move):
        what the store named otherwise than the online clustering did (a story's id
        changed with its articles' write, which logs no move of them) is named as a
        warm-up from the store names it, before the state is saved."""
        active = stories.active
        held = [a for a, s in stories.story_of.items() if s in active]
        for article_id, (story_id, _) in self.store.story_of(held).items():
            if story_id and story_id != stories.story_of.get(article_id):
                stories.follow_move(article_id, story_id)

    def forget(self) -> None:
        """Drop the state: the stored stories changed under it (:func:`recluster_stories`);
        the next :meth:`current` loads the one the store keeps (saved before the moves,
        which it follows from the log) or warms up from the store."""
        self._stories = None
        self._may_load = True

    def settle(self) -> dict[str, str]:
        """Cluster again the windows of the articles ingested since the last call
        (:attr:`pending`, :func:`recluster_stories`); the moves stored. An ingest does it
        at its end, unless :attr:`defer` (a poll of many sources does it once, at the
        poll's end). The state is saved first (:meth:`save`): the moves are in the log
        after its position."""
        self.save()
        moves = recluster_stories(self.store, self.pending, self.terms, self.versioned)
        self.pending.clear()
        self.versioned.clear()
        if moves:
            self.forget()  # its state holds the stories clustered online
        return moves

    def wrote(self, article_ids: Iterable[str]) -> None:
        """Articles this writer stored (new, versions) or moved: its own changes, in the
        state already."""
        self._own.update(article_ids)

    def _refresh(self, stories: Stories) -> bool:
        """Apply the changes logged since the last position; False when only a new
        warm-up brings the state up to date."""
        if self._seq < self.store.compacted_seq():
            return False
        foreign: dict[str, None] = {}
        linked: set[str] = set()
        while changes := self.store.changes(after=self._seq, limit=self.PAGE):
            for change in changes:
                if change.article_id in self._own:
                    continue
                if change.kind in ("delete", "reextract", "completed"):
                    return False
                if change.kind in ("new", "version"):
                    if change.article_id not in stories.story_of:
                        foreign[change.article_id] = None
                elif change.kind == "link":
                    linked.add(change.article_id)
            if len(foreign) > self.recent:
                return False
            self._seq = changes[-1].seq
        self._own.clear()
        if foreign:
            found = self.store.get_many(foreign)
            load_terms(self.terms, list(found))
            self.replayed += sum(replay(stories, found[i], read=self.terms)
                                 for i in foreign if i in found)
            save_terms(self.terms)
        known = [i for i in linked if i in stories.story_of]
        for article_id, (story_id, _) in self.store.story_of(known).items():
            if story_id and story_id != stories.story_of.get(article_id):
                stories.follow_move(article_id, story_id)
        return True


class Ingestor:
    """Runs items through the pipeline into the store, batch by batch."""

    def __init__(self, store: IngestStore, *, batch_size: int = 200,
                 sinks: Sequence[BatchSink] = (), progress: Progress | None = None,
                 executor: Executor | None = None,
                 stories: StoryFollower | None = None,
                 file_progress: Progress | None = None) -> None:
        self.store = store
        self.batch_size = max(1, batch_size)
        self.sinks = list(sinks)
        self.progress = progress
        self.file_progress = file_progress
        """Told each file done: its items extracted (or failed, or known), not merely read
        (t-final61 #11: the bar jumped by a batch and sat there while it was extracted)."""
        self._file_ends: deque[int] = deque()
        """How many items had been read when each file not yet told done was read through."""
        self._processed = 0
        """How many items read so far are done with (extracted, failed or known already)."""
        self.chrome = _SiteChrome(store)
        self.recent = DedupWindow(loader=lambda first, last: current_rows(
            store, store.signatures_between(first, last)))
        self.recent.warm(current_rows(store, store.recent_signatures(
            window_minutes=self.recent.minutes)))
        self.follower = stories or StoryFollower(store)
        self.stories = self.follower.current()
        self.pipeline = build_pipeline(self.chrome, self.recent, self.stories,
                                       self._stored_signatures, self._stored_texts,
                                       self._stored_published, self._stored_cut,
                                       self._stored_updated, self.follower.terms)
        self.executor = executor or LocalExecutor()
        self.summary = IngestSummary()
        self._reorder: Reorder[Article] = Reorder(reorder.HOLD)
        self._arrival: dict[str, int] = {}
        """Each article's place in the input (``new_ids`` is listed in it)."""
        self.started = utcnow()
        """When this ingest began (to the second): inputs read since were read by it."""
        self._history: list[RawInput] = []
        """The run's export lines that carry versions or story overrides
        (:meth:`_restore_history`)."""
        self._touched: set[str] = set()
        """The articles this run stored or moved: whose stories are clustered again at its
        end (:func:`recluster_stories`)."""
        self._read_at: dict[str, int] = {}
        """Each item's place in the input, by its origin (the first item of an origin)."""

    def _stored_published(self, ids: Sequence[str]) -> dict[str, datetime | None]:
        return {i: a.content.published if a.content else None
                for i, a in self.store.get_many(ids).items()}

    def _stored_updated(self, ids: Sequence[str]) -> dict[str, datetime | None]:
        return {i: a.content.updated if a.content else None
                for i, a in self.store.get_many(ids).items()}

    def _stored_cut(self, ids: Sequence[str]) -> set[str]:
        return {i for i, a in self.store.get_many(ids).items()
                if a.content is not None and a.content.truncated}

    def _stored_signatures(self, ids: Sequence[str]) -> dict[str, str | None]:
        return {i: a.dedup.signature if a.dedup else None
                for i, a in self.store.get_many(ids).items()}

    def _stored_texts(self, ids: Sequence[str]) -> dict[str, list[str]]:
        return {i: body_of(a) for i, a in self.store.get_many(ids).items()}

    def _say_sources_not_applied(self, again: list[RawInput]) -> None:
        """A note for each input of ``again`` (stored already, given with ``--source``)
        whose stored article carries another source: the one given was not applied. Said
        only when it differs (t-final55 B2: re-running an interrupted ingest with the same
        ``--source`` gave 200 such notes about a source that was applied)."""
        if not again:
            return
        owners = self.store.articles_of_raw(r.raw_id for r in again)
        stored = self.store.get_many(set(owners.values()))
        for r in again:
            article = stored.get(owners.get(r.raw_id, ""))
            kept = (article.source or article.raw.source or "") if article else ""
            if article is None or _folded(kept) != _folded(r.source or ""):
                self._note(r.origin, "source", duplicate_source_note(r))

    def _fail(self, problem: ItemProblem, origin: str, raw: RawInput | None,
              failures: list[Failure]) -> None:
        self.summary.failed += 1
        self.summary.reasons[problem.reason] += 1
        self.summary.problems.append(problem)
        failures.append(Failure(origin=origin, reason=problem.reason,
                                message=problem.one_line(), raw=raw))

    def _flush(self, batch: list[RawInput], failures: list[Failure], *,
               last: bool = False) -> None:
        # read, not stored yet: let out (and stored) before these, like a stored input
        held = {(a.raw.raw_id, a.raw.origin) for a in self._reorder.held()}
        # an input is known by its bytes and, when it has a URL, its origin: identical
        # bytes at another URL are that URL's own input (f-b2-32)
        pairs = self.store.known_inputs(batch) | held
        fresh = [r for r in batch if (r.raw_id, r.origin) not in pairs]
        known = {r.raw_id for r in batch if (r.raw_id, r.origin) in pairs}
        seen_again = len(batch) - len(fresh)
        self.summary.duplicate += seen_again
        self.summary.duplicate_inputs.extend(r.raw_id for r in batch
                                             if (r.raw_id, r.origin) in pairs)
        self._say_sources_not_applied([r for r in batch if r.source
                                       and (r.raw_id, r.origin) in pairs])
        self._done(seen_again + len(failures))
        articles: list[Article] = []
        now = utcnow()
        for outcome in self._outcomes([Article(raw=r, first_seen=self._first_seen(r, now))
                                       for r in fresh], last=last):
            if outcome.ok and outcome.article is not None:
                articles.append(outcome.article)
            else:
                raw = outcome.article.raw if outcome.article is not None else next(
                    (r for r in fresh if r.origin == outcome.origin), None)
                assert outcome.problem is not None
                self._fail(outcome.problem, outcome.origin, raw, failures)
        moves = self._story_moves(articles)
        try:
            result = self.store.put_batch(articles, failures, seen_again=seen_again,
                                          story_moves=moves,
                                          story_reasons=self._reasons_of(moves))
        except Exception as exc:
            if not articles or not refused_item(exc):
                raise
            result = self._put_one_by_one(articles, failures, seen_again, moves)
        finally:
            self.follower.unstored.clear()
        self._restore_unpublished(batch, known | {a.raw.raw_id for a in articles})
        self._restore_merges(batch)
        self._history.extend(r for r in batch if exported_history(r))
        self.summary.new += len(result.new)
        self.summary.duplicate += result.duplicate
        if result.duplicate:
            stored = {*result.new, *result.versions, *result.completed}
            self.summary.duplicate_inputs.extend(a.raw.raw_id for a in articles
                                                 if a.id not in stored)
        self.summary.versions += len(result.versions)
        self.summary.completed += len(result.completed)
        self.summary.own_source += sum(1 for a in articles
                                       if a.content is not None and KEPT in a.content.evidence)
        self.summary.new_ids.extend(result.new)
        self.follower.wrote([*result.new, *result.versions, *result.completed, *moves])
        save_terms(self.follower.terms)  # the stage's, after their articles
        self._touched.update([*result.new, *result.versions, *result.completed, *moves])
        self.follower.versioned.update(result.versions)
        stored = set(result.new)
        self.recent.commit(stored)
        new_articles = [a for a in articles if a.id in stored]
        for article in new_articles:
            other = article.content.evidence.get("other_article") if article.content else None
            if other:
                self._note(article.raw.origin, "other", f"{article.raw.origin}: {other}")
            cut = size_cut_note(article)
            if cut:
                self._note(article.raw.origin, "cut", f"{article.raw.origin}: {cut}")
            summary = article.content.evidence.get(LISTING_SUMMARY_HINT) \
                if article.content else None
            if summary:  # a feed file's item stored from its summary alone
                self._note(article.raw.origin, "summary", f"{article.raw.origin}: {summary}")
            unread = unread_body(article.content.evidence) if article.content else ""
            if unread:  # stored under its headline, never enriched (r-extract60), never
                # clustered or alerted (t-final61 #6)
                self._note(article.raw.origin, "unread",
                           f"{article.raw.origin}: stored, {unread}")
            kept = article.content.evidence.get(KEPT) if article.content else None
            if kept:
                self._note(article.raw.origin, "kept", f"{article.raw.origin}: {kept}")
            future = future_date_note(article)
            if future:
                self._note(article.raw.origin, "future", f"{article.raw.origin}: {future}")
            unused = dates_unused_note(article) or refused_date_note(article)
            if unused:
                self.summary.dates_unused += 1
                self._note(article.raw.origin, "date", f"{article.raw.origin}: {unused}")
        self._learn_sites(new_articles)
        if articles:  # a batch whose articles the reorder buffer all holds logs no change
            for sink in self.sinks:
                sink(new_articles)
        if self.progress:
            self.progress(len(batch) + len(failures))

    def _restore_unpublished(self, batch: Sequence[RawInput], stored: set[str]) -> None:
        """The "unpublished" marks of the batch's export lines whose input the store holds
        (:data:`~veille.record.UNPUBLISHED_HINT`; stored now, or earlier: a run resumed
        after a crash marks them too), written as their URL's last fetch unless the store
        fetched that URL itself (newuser16c N1: a store rebuilt from its export said a
        page its site removed was live)."""
        marks = {r.url: (r.raw_id, gone) for r in batch if r.url and r.raw_id in stored
                 and (gone := exported_unpublished(r)) is not None}
        if not marks:
            return
        fetched = self.store.fetch_states(marks)
        self.store.record_fetches([
            FetchRecord(url=url, status=0, fetched_at=seen, raw_id=raw_id,
                        error=f"http-{status}")
            for url, (raw_id, (status, seen)) in marks.items() if url not in fetched])

    def _restore_merges(self, batch: Sequence[RawInput]) -> None:
        """The merged ids of the batch's export lines (:func:`~veille.record.merged_ids`)
        recorded again for the article the line names, when it is stored under that id
        with the line's URL (verify18a V3: they answered "no article" after export →
        ingest); a run resumed after a crash records them too."""
        wanted = {exported_id(r): (r.url, ids) for r in batch
                  if (ids := merged_ids(r)) and exported_id(r)}
        if not wanted:
            return
        stored = self.store.get_many(list(wanted))
        self.store.remember_merges([(old, article_id)
                                    for article_id, (url, ids) in wanted.items()
                                    if article_id in stored and stored[article_id].url == url
                                    for old in ids])

    def _restore_history(self) -> None:
        """The earlier versions and story overrides the run's export lines carry
        (:mod:`veille.store.sqlite_history`), restored for the article each line names
        when it is stored under that id with the line's URL, once every batch is stored
        (an override names another article, perhaps of a later line): an export read
        back into a store keeps the version chains and the corrections made by hand
        (f-b2-32); read again, it adds nothing."""
        import json

        lines, self._history = self._history, []
        wanted = {exported_id(r): r for r in lines}
        stored = self.store.get_many(list(wanted))
        for article_id, raw in wanted.items():
            if article_id not in stored or stored[article_id].url != raw.url:
                continue
            try:
                line = json.loads(raw.data)
            except (ValueError, RecursionError):
                continue
            if isinstance(line, dict):
                self.store.restore_history(article_id, line)

    def _first_seen(self, raw: RawInput, now: datetime) -> datetime:
        """When a new article of ``raw`` is first seen: when ``raw`` was read, if that was
        during this ingest (a file read now), else ``now``, when it is stored (a WARC
        record's crawl or a file's modification time is no time veille saw it). So the
        capture that made the article is never seen before the article itself: its
        version chain starts at the article's first-seen time (newuser12b D4). A line of
        ``veille export`` keeps the time its first store saw the article, when not in the
        future (:func:`~veille.record.exported_first_seen`, t-final33 #11: the export is
        lossless for what a reader depends on, and an undated article shows only that)."""
        exported = exported_first_seen(raw)
        if exported is not None and exported <= now:
            return exported
        return raw.fetched_at if self.started <= raw.fetched_at <= now else now

    def _story_moves(self, articles: Sequence[Article]) -> dict[str, str]:
        """The provisional articles moved into another story while this batch was clustered
        (``veille.dedup.stories``): those of the batch get their new story on their record;
        the stored ones are returned, for the store to move in the batch's transaction."""
        moves = self.stories.take_moved()
        for article in articles:
            story = moves.pop(article.id, None)
            if story is not None and article.dedup is not None:
                article.dedup.story_id = story
                article.dedup.story_reason = self.stories.reasons.get(article.id)
        return moves

    def _reasons_of(self, moves: Mapping[str, str]) -> dict[str, str | None]:
        """The join's reason of each moved stored article (``dedup.story_reason``:
        :mod:`veille.dedup.commentary`), ``None`` for a move by the score."""
        return {a: self.stories.reasons.get(a) for a in moves}

    def _put_one_by_one(self, articles: list[Article], failures: list[Failure],
                        seen_again: int, moves: dict[str, str]) -> BatchResult:
        """The batch again, one article per transaction, after the store refused the batch
        (it was rolled back whole): the article it refuses becomes a one-line failure (its
        raw input kept), the others are stored. Failures are written last."""
        result = BatchResult()
        for article in articles:
            try:
                one = self.store.put_batch([article])
            except Exception as exc:
                if not refused_item(exc):
                    raise
                origin = article.raw.origin
                self._fail(ItemProblem(
                    origin, "store-refused", "not stored: the store refused this item "
                    f"({type(exc).__name__}: {str(exc)[:200]}); the rest of the batch goes on",
                    "please report it, with the file, as a bug"), origin, article.raw, failures)
                continue
            result.new += one.new
            result.duplicate += one.duplicate
            result.versions += one.versions
            result.completed += one.completed
        rest = self.store.put_batch([], failures, seen_again=seen_again, story_moves=moves,
                                    story_reasons=self._reasons_of(moves))
        result.duplicate += rest.duplicate
        result.failed += rest.failed
        return result

    def _outcomes(self, articles: list[Article], *, last: bool = False) -> Iterator[Outcome]:
        """The pipeline over a batch: the pure stages (extraction, fingerprint) over every
        article first, here or on a remote executor (with a snapshot of the sites'
        chrome); then the stages with state (near duplicates, stories) here, one article
        at a time, **in the order of the articles' own times** (:func:`article_minute`),
        through the run's reorder buffer (:class:`Reorder`): a folder, an archive or a
        feed page is clustered as a live watch would have received it, whatever the order
        of its files (newuser14b S7), and the order the stateful stages see depends on
        the inputs alone, never on where the batches are cut (newuser15c D1: 287 or 289
        stories from one folder with ``batch_size`` 200 or 10). The outcomes are those of
        the articles the buffer lets out (and the batch's failures); ``last``: every
        article held is let out. The store takes them in that order too (a copy after its
        original: the order its links are written in); ``new_ids`` keeps the input
        order."""
        if isinstance(self.executor, LocalExecutor):
            pure = Pipeline(self.pipeline.stages[:PURE_STAGES])
        else:
            chrome = ChromeSnapshot({s: self.chrome(s) for s in {a.source for a in articles}})
            pure = build_pipeline(chrome)
        if len(pure.stages) >= len(self.pipeline.stages):
            for outcome in self.executor.run(self.pipeline, articles):
                self._done(1)
                yield outcome
            return
        rest = Pipeline(self.pipeline.stages[len(pure.stages):],
                        given=[s for stage in pure.stages for s in stage.assigns])
        ready: list[Article] = []
        outcomes = []
        for outcome in self.executor.run(pure, articles) if articles else ():
            outcomes.append(outcome)
            self._done(1)
        self._keep_exported_ids_apart(
            [o.article for o in outcomes if o.ok and o.article is not None])
        for outcome in outcomes:
            if outcome.ok and outcome.article is not None:
                self._arrival.setdefault(outcome.article.id, len(self._arrival))
                ready.extend(self._reorder.push(article_minute(outcome.article),
                                                outcome.article))
            else:
                yield outcome
        if last:
            ready.extend(self._reorder.drain())
        for article in ready:
            outcome = rest.run_one(article)
            if outcome.ok and outcome.article is not None:
                self.follower.unstored.append(outcome.article)
            yield outcome

    def _keep_exported_ids_apart(self, articles: Sequence[Article]) -> None:
        """An export line's id (:data:`~veille.record.EXPORTED_ID_HINT`) that names a
        stored article of another URL is not taken: the line is its URL's article, not a
        version of an unrelated one (verify17 Y2)."""
        claimed = {a.id: a for a in articles if exported_id(a.raw) == a.id and a.url}
        if not claimed:
            return
        for stored_id, stored in self.store.get_many(list(claimed)).items():
            article = claimed[stored_id]
            if stored.url and stored.url != article.url:
                article.id = url_article_id(url=article.url, raw_id=article.raw.raw_id)

    def _learn_sites(self, articles: Sequence[Article]) -> None:
        """Each new sourced capture's blocks, folded, counted for its site's chrome: the
        extractor's own (:mod:`veille.extract.folded_memo`) when it read this very text,
        else split and folded again; the batch's pages in one write."""
        pages: list[tuple[str, Sequence[str]]] = []
        for article in articles:
            if article.raw.media_type == TEXT and article.raw.source:
                # The part the extractor read, no more: learning stays bounded too.
                text = article.raw.data[:4 * MAX_CAPTURE_CHARS].decode(
                    "utf-8", errors="replace")[:MAX_CAPTURE_CHARS]
                folded = folded_memo.take(text)
                if folded is None:
                    folded = tuple(fold(b) for b in split_blocks(text).items)
                pages.append((article.source, folded))
        if pages:
            self.store.learn_pages_blocks(pages)
            for source, _ in pages:
                self.chrome.forget(source)

    def run(self, items: Iterable[RawInput | ItemError]) -> IngestSummary:
        """Ingest ``items`` batch by batch; the summary of what was done.

        Raises :class:`IngestStopped` (with the summary so far) when the store fails."""
        try:
            return self._run(items)
        except StoreError as exc:
            self._inputs_order()
            done = self.summary
            done.unstored = done.read + done.unread - (
                done.new + done.versions + done.completed + done.duplicate + done.failed +
                done.skipped)
            raise IngestStopped(exc, done) from exc

    def _run(self, items: Iterable[RawInput | ItemError]) -> IngestSummary:
        batch: list[RawInput] = []
        failures: list[Failure] = []
        for item in items:
            if isinstance(item, InputNote):  # no item: told, not counted
                self._note(item.origin, "input", item.one_line())
                continue
            self._read_at.setdefault(item.origin, len(self._read_at))
            if isinstance(item, ItemError) and item.reason in UNREAD_REASONS:
                self.summary.unread += 1  # failed, never read (t-final29 U6)
            else:
                self.summary.read += 1
            if isinstance(item, NotAnArticle):
                self.summary.skipped += 1
                self.summary.skipped_kinds[item.kind] += 1
            elif isinstance(item, ItemError):
                self._fail(ItemProblem.of(item), item.origin, None, failures)
            else:
                batch.append(item)
            if len(batch) + len(failures) >= self.batch_size:
                self._flush(batch, failures)
                batch, failures = [], []
        if batch or failures or self._reorder:
            self._flush(batch, failures, last=True)
        if self._file_ends and self.file_progress is not None:  # all done with now
            self.file_progress(len(self._file_ends))
        self._file_ends.clear()
        if self._history:
            self._restore_history()
        self.follower.pending.update(self._touched)
        if not self.follower.defer:
            self.follower.settle()
        self._inputs_order()
        return self.summary

    def _inputs_order(self) -> None:
        """``new_ids`` and ``notes`` in the order the articles were read (they are stored
        in time order, :meth:`_outcomes`; t-final61 #11: notes in shuffled order)."""
        late = len(self._arrival)
        self.summary.new_ids.sort(key=lambda i: self._arrival.get(i, late))
        done = self.summary
        order = sorted(range(len(done.notes)), key=done.note_places.__getitem__)
        done.notes[:] = [done.notes[i] for i in order]
        done.note_kinds[:] = [done.note_kinds[i] for i in order]
        done.note_places[:] = [done.note_places[i] for i in order]

    def read_through(self, files: int) -> None:
        """``files`` more files read through (the reader's ``file_progress``): each is told
        to :attr:`file_progress` once the items read so far are done (:meth:`_done`)."""
        self._file_ends.extend([self.summary.read + self.summary.unread] * files)
        self._done(0)

    def _done(self, items: int) -> None:
        """``items`` more items done with, in the order read: the files read through by
        then are told to :attr:`file_progress`, one by one."""
        self._processed += items
        ends = self._file_ends
        told = 0
        while ends and ends[0] <= self._processed:
            ends.popleft()
            told += 1
        if told and self.file_progress is not None:
            self.file_progress(told)

    def _note(self, origin: str, kind: str, line: str) -> None:
        """One line of ``summary.notes`` (``origin: what``), of ``kind`` (see
        :attr:`IngestSummary.note_kinds`), about the item read from ``origin``."""
        self.summary.notes.append(line)
        self.summary.note_kinds.append(kind)
        self.summary.note_places.append(self._read_at.get(origin, len(self._read_at)))


def ingest_paths(store: IngestStore, paths: Sequence[Path], *, settings: Settings,
                 source: str | None = None, stdin: BinaryIO | None = None,
                 sinks: Sequence[BatchSink] = (),
                 progress: Progress | None = None,
                 archive_progress: Progress | None = None,
                 file_progress: Progress | None = None,
                 executor: Executor | None = None,
                 stories: StoryFollower | None = None,
                 folder_items: bool = False, zone: str = "") -> IngestSummary:
    """Ingest files, directories and ``-`` (standard input).

    ``zone``: the time zone setting of their source (a tz database name), the zone of
    their dates written without one (:data:`veille.record.ZONE_HINT`); by default the one
    ``source_timezones`` gives ``source`` (:func:`source_zone`).

    ``folder_items``: the directories are a folder source's (``source``): each file is
    identified by its path in its folder, so one overwritten in place is a version
    (:func:`veille.collect.files.with_folder_identity`); loose inputs are not.

    ``archive_progress`` is told how many bytes of WARC archives were read, as they are;
    ``file_progress`` each file done with: its items extracted, not merely read
    (:meth:`Ingestor.read_through`).
    ``executor``: where extraction runs (this process by default; see
    :mod:`veille.executors`). ``stories``: the story state of a writer that ingests
    again later (:class:`StoryFollower`; warmed from the store when ``None``).
    """
    ingestor = Ingestor(store, batch_size=settings.batch_size, sinks=sinks, progress=progress,
                        executor=executor, stories=stories, file_progress=file_progress)
    options = Options(max_bytes=settings.max_input_bytes, source=source,
                      archive_progress=archive_progress,
                      file_progress=ingestor.read_through if file_progress else None,
                      follow_symlinks_outside=settings.follow_symlinks_outside,
                      folder_items=folder_items, zone=zone or source_zone(settings, source))
    return ingestor.run(read_inputs(list(paths), options=options, stdin=stdin))


def ingest_texts(store: IngestStore, named: Iterable[tuple[str, bytes]], *,
                 settings: Settings | None = None, source: str | None = None,
                 sinks: Sequence[BatchSink] = (), settle: bool = True,
                 origin: str = "") -> IngestSummary:
    """Ingest in-memory inputs given as ``(name, bytes)``; the name picks the format, and
    names the input in messages and failures unless ``origin`` names them (the write
    API's request: ``POST /api/v1/articles?source=afp.com (text/html)``, t-final25 S10;
    several inputs: ``origin`` then ``:name``).
    ``source``'s time zone setting (``source_timezones``) reads their zone-less dates.
    ``settle``: False leaves the canonical re-clustering of the stories
    (:func:`recluster_stories`) to a follower of the change log (:func:`settle_stories`:
    the web app's ``stories`` view of :mod:`veille.follower`), so the caller does not
    wait for it."""
    settings = settings or Settings()
    options = Options(max_bytes=settings.max_input_bytes, source=source)
    follower = StoryFollower(store)
    follower.defer = not settle
    ingestor = Ingestor(store, batch_size=settings.batch_size, sinks=sinks, stories=follower)

    def items() -> Iterable[RawInput | InputError]:
        inputs = list(named)
        for name, data in inputs:
            said = (origin if len(inputs) == 1 else f"{origin}:{name}") if origin else name
            yield from items_from_bytes(data, name=name, origin=said, options=options)

    return ingestor.run(zoned(items(), source_zone(settings, source)))


def source_zone(settings: Settings, source: str | None) -> str:
    """The time zone ``source_timezones`` gives the source named ``source`` ("" when none):
    a setting of the source, wherever its articles come in (a poll, ``veille ingest
    --source``, the write API's ``?source=``)."""
    return source_zones(settings).get(source, "") if source else ""
