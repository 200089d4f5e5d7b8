"""The store protocol: a few methods every backend implements (SQLite now, PostgreSQL later).

A contract test suite (``tests/contract/test_store_contract.py``) runs against every backend
that is available, so a backend is correct when it passes it.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple, Protocol

from veille.dedup.published_order import latest_published, order_unknown, published_before
from veille.dedup.story_overrides import StoryOverride
from veille.record import DAY, TIME, Article, RawInput


@dataclass(frozen=True, slots=True)
class Failure:
    """An item that failed, with what it was, where it came from and why."""

    origin: str
    reason: str
    message: str
    raw: RawInput | None = None


@dataclass(slots=True)
class BatchResult:
    """What one atomic batch did."""

    new: list[str] = field(default_factory=list)
    duplicate: int = 0
    failed: int = 0
    versions: list[str] = field(default_factory=list)
    completed: list[str] = field(default_factory=list)
    """Articles whose stored text, possibly cut short, a whole read completed
    (:mod:`veille.dedup.completion`): no version."""


CHANGE_KINDS = ("new", "version", "reextract", "link", "delete", "enrich", "completed",
                "override")
"""What a change log entry says happened to an article: stored for the first time, a new
version of it, its content re-extracted, a copy linked to it (its duplicates and story
counts change), deleted, its enrichment (entities, places, dates, quotes) written, or its
text, possibly cut short by the connection, completed by a whole read of its page (the
same version: :mod:`veille.dedup.completion`), or a user override of its story added or
undone (:mod:`veille.dedup.story_overrides`: the ``stories`` follower clusters its window
again; the resulting moves are ``link`` changes)."""


@dataclass(frozen=True, slots=True)
class Change:
    """One entry of the store's change log: ``seq`` increases with every change, and is
    written in the same transaction as the change itself."""

    seq: int
    article_id: str
    kind: str


@dataclass(frozen=True, slots=True)
class Link:
    """A copy of an article found at ingest.

    ``relation`` is ``reprint``, ``teaser`` or ``republication`` (``other_id`` is another
    article, ``source`` its source), or ``exact`` (``other_id`` is the raw input of a copy
    stored only as a link, with its ``origin`` and ``source``).
    """

    article_id: str
    other_id: str
    relation: str
    score: float
    origin: str = ""
    source: str = ""
    direction: str = "of"
    """``of``: this article is the ``relation`` (reprint, teaser) of ``other_id``; ``by``:
    ``other_id`` is the ``relation`` of this article (this one is the original)."""
    version: int | None = None
    """The version (1 = first) of the original whose text the copy holds, when the original
    has several (:func:`veille.dedup.held_text.closest_version`): of ``other_id`` for an
    ``of`` link, of this article for a ``by`` link; ``None`` otherwise (t-final52b A7)."""
    shared: str | None = None
    """For a reprint link whose two copies neither can be shown first (the same time, no
    credit of the other, the same length: :func:`veille.dedup.shared_source.shared_source`):
    the source they share, the agency either credits ("AFP") or ``""`` when none is
    credited; ``None`` when the link says who copied whom (t-final52b B6)."""


@dataclass(frozen=True, slots=True)
class Version:
    """An earlier content of an article, and the diff from it to the next version.

    ``seen_at``: when veille first saw this content (when an ingest read the capture that
    brought it, :mod:`veille.dedup.version_times`); ``replaced_at``: when the next content
    replaced it (newuser11b U22: the chain showed that time as the content's own). Both
    are veille's times. ``captured_at``: the capture's own time, evidence of when it was
    made and never veille's (``raw.fetched_at``: a poll's response, a WARC record's date, a
    saved file's modification time; t-final29 F9), ``None`` when it gives no zone.
    ``declared_at``: the version's own time as its source declared it
    (:func:`veille.dedup.version_times.declared_time`: a ninjs ``versioncreated``, a
    NewsML-G2 ``versionCreated``, a feed entry's ``updated``, a page's ``dateModified``),
    ``None`` when it declared none: "when did AFP change the toll?" (t-final27 F8)."""

    article_id: str
    version: int
    seen_at: datetime
    title: str
    diff: str
    replaced_at: datetime | None = None
    declared_at: datetime | None = None
    captured_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class StoryArticle:
    """One article of a story; ``reprint`` when it copies another outlet's article."""

    article_id: str
    story_id: str
    source: str
    reprint: bool
    url: str | None
    title: str
    time: datetime
    """The article's publication in its own offset, else when first seen."""
    precision: str = "time"
    """``day`` when ``time`` is a date known to the day only (:data:`veille.record.DAY`),
    ``seen`` when the article is undated (``time`` is when it was first seen), else ``time``."""
    relation: str = ""
    """How a copy relates to its original (``reprint`` flagged): ``reprint`` (another
    outlet's copy), ``teaser`` (an excerpt) or ``republication`` (its own source's text at
    another URL); empty for an article of its own."""
    language: str = ""
    """The article's language tag (``fr``, ``ar``), "" when unknown: the page marks a
    right-to-left title so (``dir``)."""
    updated: datetime | None = None
    """When the article says it was last updated (``content.updated``), else None."""
    versions: int = 0
    """How many earlier contents veille keeps of it: the title shown is the newest, so a
    timeline row with versions says so (newuser15a W6)."""
    zone_assumed: str = ""
    """The tz database zone veille *assumed* to read ``time`` (printed with no zone:
    :func:`veille.extract.timezones.assumed_zone_name` of its ``evidence.timezone``), ""
    when the zone was given or ``time`` is no time of day: a timeline row labels such a
    time "heure supposée" as the article page does (t-final27 F7)."""
    lead: str = ""
    """When ``title`` is empty: the first words of its text (:func:`veille.display_title.
    untitled_text`), shown in the headline's place marked as none (t-final29 U4); else ""."""


UNATTRIBUTED = "unattributed"
"""The relation said of a copy when either text's outlet is unknown (a capture ingested
without a source, no masthead or address read): the same text, but whose is not known, so
neither a ``reprint`` (another outlet's copy) nor a ``republication`` (the outlet's own
text again). Like a reprint it is no independent coverage. Said "same text, outlet
unknown" / "même texte, source inconnue" (h-copies66, h-copies65 report item 4 and the
xfails of ``tests/dedup/test_own_follow_ups_h_copies65.py``). Derived where a copy is
shown (:func:`copy_relation`), never stored: the stored link stays ``reprint``, so stores
need no re-clustering."""


def copy_relation(copy: bool, relation: str | None, outlets_known: bool = True) -> str:
    """A story member's relation (:attr:`StoryArticle.relation`): ``copy`` is its story
    membership's reprint flag, ``relation`` the record's ``dedup.relation``; a copy's stored
    relation when it is a teaser or a republication, ``reprint`` for any other copy, or
    :data:`UNATTRIBUTED` when not ``outlets_known`` (the copy or the text it copies has no
    source: :func:`outlets_known`); "" for an article of its own."""
    if not copy:
        return ""
    if relation in ("teaser", "republication"):
        return str(relation)
    return "reprint" if outlets_known else UNATTRIBUTED


def outlets_known(source: str | None, original_source: str | None) -> bool:
    """Whether both a copy's ``source`` and its original's (``original_source``; ``None``
    when the copy names no stored original: only its own source is weighed) are known, so
    that calling it another outlet's "reprint" can be true (h-copies66)."""
    return bool(source) and (original_source is None or bool(original_source))


def untitled_openings(store: Store, ids: Iterable[str]) -> dict[str, str]:
    """Each of ``ids`` stored without a headline, with the first words of its text
    (:func:`veille.display_title.untitled_text`: what every door shows in the headline's
    place, t-final29 U4); articles with a headline, without text, or unknown are absent."""
    from veille.display_title import untitled_text

    found: dict[str, str] = {}
    for article_id, article in store.get_many(list(dict.fromkeys(ids))).items():
        content = article.content
        words = untitled_text(content.title, content.lead, content.paragraphs) \
            if content else ""
        if words:
            found[article_id] = words
    return found


def relations_of(store: Store, ids: Iterable[str]) -> dict[str, str]:
    """Each article's relation to its story (:func:`copy_relation`: its story membership's
    reprint flag, then its record's kind of copy), as the story page reads it; one call
    for every door that lists articles (the API's hits and rows, ``veille search --json``:
    t-reader19 R19, the CLI's hits had none)."""
    wanted = list(dict.fromkeys(ids))
    flags = store.story_of(wanted)
    copies = [i for i in wanted if flags.get(i, ("", False))[1]]
    records = store.get_many(copies) if copies else {}
    originals = [str(r.dedup.duplicate_of) for r in records.values()
                 if r.dedup is not None and r.dedup.duplicate_of]
    sources = {i: a.source or "" for i, a in store.get_many(originals).items()} \
        if originals else {}
    out: dict[str, str] = {}
    for article_id in wanted:
        record = records.get(article_id)
        kind = record.dedup.relation if record is not None and record.dedup else None
        original = record.dedup.duplicate_of if record is not None and record.dedup else None
        known = record is None or outlets_known(
            record.source, sources.get(original, "") if original else None)
        out[article_id] = copy_relation(flags.get(article_id, ("", False))[1], kind, known)
    return out


def copy_counts(members: Iterable[StoryArticle]) -> dict[str, int]:
    """A story's copies by kind: ``{"reprint": n, "teaser": n, "republication": n,
    "unattributed": n}``.

    Only ``reprint`` counts copies by *other* outlets; a teaser or the same site's
    republication is no reprint (a story's "reprints" counted them all), nor a copy whose
    outlet is unknown (:data:`UNATTRIBUTED`, h-copies66)."""
    counts = dict.fromkeys(("reprint", "teaser", "republication", UNATTRIBUTED), 0)
    for member in members:
        if member.reprint:
            counts[member.relation if member.relation in counts else "reprint"] += 1
    return counts


def order_unknown_members(members: Iterable[StoryArticle]) -> set[str]:
    """The ids of a story's own articles (no copy: a reprint comes after what it copies)
    whose order with another own article of another source is unknown
    (:func:`veille.dedup.published_order.order_unknown`: one dated to the day only, the
    same day): the timeline's order between them is a display rule, not a fact (issue
    #14, f-stories21). Only the articles dated to the day only are named: a timed one has
    its place in the day, and "ordre inconnu dans la journée" under "11 févr. 18:30" read
    as if its own time were unknown (t-final63); the day-only article beside it says so."""
    own = [m for m in members if not m.reprint and m.precision in (DAY, TIME)]
    by_day: dict[date, list[StoryArticle]] = {}
    for member in own:  # only a day-only date leaves an order unknown: compared by day
        if member.precision == DAY:
            by_day.setdefault(member.time.date(), []).append(member)
    out: set[str] = set()
    for member in own:
        day = member.time.date()
        for near in (day - timedelta(days=1), day, day + timedelta(days=1)):
            for other in by_day.get(near, ()):
                if other.source != member.source and order_unknown(
                        member.time, member.precision, other.time, other.precision):
                    out.add(other.article_id)
    return out


def first_zone_assumed(members: Iterable[StoryArticle], summary: StorySummary) -> str:
    """The zone veille assumed to read a story's first publication time
    (:attr:`StoryArticle.zone_assumed` of its first own article: ``summary.first_source``'s,
    at ``summary.first``), "" when it was given, is no time of day, or the order of the
    first is unknown (``first_tied``: the day alone is shown). "First published by Le
    Figaro, 09:30" says "heure supposée" as the timeline row does (t-final27 F7)."""
    if summary.first_tied or summary.first_precision != TIME:
        return ""
    return next((m.zone_assumed for m in members if not m.reprint and
                 m.source == summary.first_source and m.time == summary.first), "")


def last_zone_assumed(members: Iterable[StoryArticle], summary: StorySummary) -> str:
    """The zone veille assumed to read a story's last time (``summary.last``): the
    :attr:`StoryArticle.zone_assumed` its articles at that time share, "" when one of them
    gives its zone, they assumed different zones, or ``last`` is no time of day. The
    stories list's "last" says "heure de Paris, supposée" as the article page does
    (issue 14)."""
    if summary.last_precision != TIME:
        return ""
    zones = {m.zone_assumed for m in members if m.time == summary.last}
    return zones.pop() if len(zones) == 1 else ""


def copy_before_first(members: Iterable[StoryArticle], first: datetime,
                      first_precision: str) -> StoryArticle | None:
    """The earliest of a story's copies (teaser, reprint, republication: ``reprint``
    flagged) dated surely before its first publication ``first`` (of precision
    ``first_precision``; :func:`veille.dedup.published_order.published_before`), or None.

    The story's first publication is its first *own* article: a paywalled excerpt out at
    08:30 of the dispatch published at 09:00, or a copy stamped two minutes before the
    agency dispatch it credits, heads the timeline but is no first publication. The story
    page says why the timeline's first row is not the one "first published by" names
    (t-reader21 R10). An undated copy, or an undated first publication, says nothing."""
    if first_precision == "seen":
        return None
    return next(iter(copies_before_first(members, first, first_precision)), None)


def copies_before_first(members: Iterable[StoryArticle], first: datetime,
                        first_precision: str, *,
                        tied: Collection[str] = ()) -> list[StoryArticle]:
    """The copies dated surely before a story's first publication (as
    :func:`copy_before_first`), the earliest **of each kind**: the earliest excerpt (a
    ``teaser``) and the earliest full copy (a reprint or republication), earliest first.
    Only the earliest copy was said: "first published by AFP, 10:05 (an excerpt came out
    before the full article: Le Figaro, 09:30)" over a timeline whose 09:40 row was a full
    "(avec AFP)" reprint, which nothing explained (t-final22 F15).

    ``tied``: the sources whose order with the first publication is unknown
    (:attr:`StorySummary.first_tied`): their reprints are no copy "dated before" it, their
    times being read in an assumed zone that another clock puts the other way round
    (t-final25 F7); the story says the order is unknown instead."""
    if first_precision == "seen":
        return []
    earlier = sorted((m for m in members if m.reprint and m.precision != "seen" and
                      not (m.source in tied and m.relation == "reprint") and
                      published_before(m.time, m.precision, first, first_precision)),
                     key=lambda m: latest_published(m.time, m.precision))
    kinds: dict[bool, StoryArticle] = {}
    for member in earlier:
        kinds.setdefault(member.relation == "teaser", member)
    return sorted(kinds.values(), key=lambda m: latest_published(m.time, m.precision))


@dataclass(frozen=True, slots=True)
class StorySummary:
    """A story's counts: ``independent`` counts sources with their own article (no reprint);
    neither it nor ``sources`` counts articles without a source, ``unsourced`` does."""

    story_id: str
    articles: int
    sources: int
    independent: int
    first: datetime
    last: datetime
    title: str
    first_precision: str = "time"
    """The precision of the first article's date, as :attr:`StoryArticle.precision`."""
    last_precision: str = "time"
    first_source: str = ""
    """The source of the first publication (the article ``first`` comes from; ``title`` is
    the newest own article's (h-api64), :attr:`first_title` the first publication's own)."""
    unsourced: int = 0
    """Its articles with no source (a file ingested without ``--source``): no outlet, so
    counted in neither ``sources`` nor ``independent``."""
    first_tied: tuple[str, ...] = ()
    """Other sources whose own article may have come out before the first publication's:
    dated the same day, one of the two to the day only (no time): the order is unknown,
    and ``first_source`` is first by convention only."""
    first_same_minute: bool = False
    """Whether ``first_tied`` holds outlets that published at the first publication's
    minute (:func:`veille.dedup.same_minute.minute_ties`): ``first_source`` is the first of
    them in a stable order, not the first to arrive, and the time is known to the minute
    (r-stories54, t-final53b A5)."""
    first_title: str = ""
    """The first publication's own headline: shown beside "first published by" when it is
    not ``title`` (the story is titled by its fullest independent article, which may be
    another outlet's: q-stories24, t-reader24 R3, the refund news titled by RTS read as if
    24 heures, "first published by", had published it)."""
    lead: str = ""
    """When ``title`` is empty (no member has a headline): the first words of the text of
    the article that would title it (:func:`veille.display_title.untitled_text`), shown in
    the headline's place marked as none (t-final29 U4); else ""."""


@dataclass(frozen=True, slots=True)
class EntitySummary:
    """An entity across the store: articles naming it, and mentions in all."""

    id: str
    label: str
    name: str
    articles: int
    mentions: int
    independent: int | None = None
    """Of ``articles``, those that are not a reprint or teaser of another outlet's article
    (:data:`~veille.record.REPRINT_RELATIONS`); None where not counted (co-occurring
    entities; the lists of ``entities()`` count it)."""
    teasers: int | None = None
    """Of ``articles``, teasers of another outlet's article (``dedup.relation`` "teaser");
    None where not counted. The reprints are ``articles - independent - teasers -
    republications``: the story page's split (newuser15a W10)."""
    republications: int | None = None
    """Of ``articles``, the same site's text again at another URL; None where not counted."""


@dataclass(frozen=True, slots=True)
class EntityMention:
    """An article naming an entity ``count`` times. ``time`` is its publication, or when
    veille first saw it when it gives none (``precision`` ``seen``; else ``day`` or
    ``time``, :func:`~veille.store.calendar.article_precision`)."""

    article_id: str
    title: str
    source: str
    time: str
    count: int
    precision: str = "time"
    language: str = ""
    """The article's language tag, "" when unknown."""


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """The ``n``-th quote of an article, with its speaker (``speaker_id``: an entity).
    ``time`` is the article's publication time, or when veille first saw it when the
    article gives none (``date_is_first_seen`` True). ``reprints``: the ids of the other
    copies of the dispatch (reprints, teasers) carrying the same quote, shown once."""

    article_id: str
    n: int
    speaker: str
    speaker_id: str
    text: str
    title: str
    time: str
    date_is_first_seen: bool = False
    reprints: tuple[str, ...] = ()
    language: str = ""
    """The article's language tag, "" when unknown."""
    speaker_name: str = ""
    """The name of the entity ``speaker_id`` ("Hélène Darcourt" for a quote said by "Mme
    Darcourt"), "" when the speaker has no entity (t-final60 #21)."""


@dataclass(frozen=True, slots=True)
class PlaceSummary:
    """A place across the store: its gazetteer fields (``lat``/``lon`` in WGS84 degrees,
    ``country`` ISO 3166-1, ``admin1`` the first-level region code), articles naming it
    and mentions in all."""

    id: str
    name: str
    kind: str
    country: str
    admin1: str
    lat: float | None
    lon: float | None
    articles: int
    mentions: int
    independent: int | None = None
    """Of ``articles``, those of their own (as :attr:`EntitySummary.independent`)."""
    teasers: int | None = None
    """As :attr:`EntitySummary.teasers`."""
    republications: int | None = None
    """As :attr:`EntitySummary.republications`."""
    english_name: str = ""
    """The place's English name: the shipped one ("Syria" for ``Q858``, "Beirut";
    :func:`veille.enrich.english_names.place_labels`), else the label the English
    articles naming it give it ("Ipswich"), '' when neither (t-final66 R2: it held
    "Syrie", the canonical French name English articles are stored under)."""
    french_name: str = ""
    """The place's French name, as :attr:`english_name` ("Syrie", "Valence" for
    València), '' when neither the shipped data nor a French article gives one.
    ``name`` stays the articles' own label (French articles first, then English, then
    any: "سوريا" when only an Arabic article names it), the one ``--name`` filters."""


class EnrichStore(Protocol):
    """What enrichment needs from a store, beyond :class:`Store`."""

    def enrich_applied_seq(self, view: str = "enrichment") -> int:
        """The last change the enrichment view applied (0: none)."""

    def enrich_lag(self, view: str = "enrichment") -> int:
        """Changes the view has not applied yet (its own ``enrich`` changes aside)."""

    def put_enrichment(self, results: Sequence[tuple[str, dict[str, Any] | None]], *,
                       applied_seq: int | None = None, view: str = "enrichment") -> int:
        """Write articles' enrichment (None removes it), each logged as an ``enrich``
        change, and the view's applied seq, in one transaction."""

    def entities(self, *, limit: int = 50, offset: int = 0, label: str | None = None,
                 name: str | None = None, ids: Sequence[str] = ()) -> list[EntitySummary]:
        """Entities by number of articles naming them (``name``: a substring of their name,
        or with ``ids``: one of those)."""

    def entity_count(self, *, label: str | None = None) -> int:
        """How many entities :meth:`entities` lists without a name (of kind ``label``)."""

    def place_count(self, *, name: str | None = None) -> int:
        """How many places ``places`` lists (``name``: a substring of their name)."""

    def entity(self, entity_id: str) -> EntitySummary | None:
        """One entity, or None."""

    def entity_articles(self, entity_id: str, *, limit: int = 50) -> list[EntityMention]:
        """The articles naming an entity, newest first."""

    def cooccurring(self, entity_id: str, *, limit: int = 20) -> list[EntitySummary]:
        """Entities named in the same articles."""

    def quotes(self, *, speaker_id: str | None = None, speaker: str | None = None,
               limit: int = 50, offset: int = 0, text: str | None = None,
               source: str | None = None, since: str | None = None,
               until: str | None = None, until_seq: int | None = None) -> list[QuoteRow]:
        """Quotes, newest first: ``speaker_id``'s, and ``speaker``'s (a speaker named
        with no entity: "sexagénaire", any case) when given; ``text``: a substring of the
        quote (accents and case folded); ``source``: the article's source; ``since``/
        ``until``: its first/last calendar day (``YYYY-MM-DD``, inclusive);
        ``until_seq``: articles stored up to that sequence number."""

    def quote_count(self, *, speaker_id: str | None = None, speaker: str | None = None,
                    text: str | None = None, source: str | None = None,
                    since: str | None = None, until: str | None = None,
                    until_seq: int | None = None) -> int:
        """How many rows :meth:`quotes` gives with these filters and no limit."""


STORIES_VIEW = "stories"
"""The name the re-clustering of stories keeps its applied seq under in ``view_state``."""


class Store(Protocol):
    """What veille needs from a store."""

    def put_batch(self, articles: Sequence[Article],
                  failures: Sequence[Failure] = (), *, seen_again: int = 0,
                  story_moves: Mapping[str, str] | None = None,
                  stories_seq: int | None = None,
                  story_reasons: Mapping[str, str | None] | None = None) -> BatchResult:
        """Store articles and failures in one atomic transaction.

        Every change to an article is logged (:meth:`changes`) in that transaction.
        ``seen_again`` counts inputs the caller skipped as already stored: they add to the
        ``duplicates`` of :meth:`counts`, as they do to the ingest summary.
        ``story_moves`` (stored article id -> story id) moves stored articles into another
        story in the same transaction (a provisional article, ``veille.dedup.stories``),
        each logged as a ``link`` change. ``stories_seq``: the change-log position the
        re-clustering of stories has applied (:data:`STORIES_VIEW` in ``view_state``,
        :func:`veille.ingest.recluster_stories`), recorded in the same transaction.
        ``story_reasons`` (stored article id -> why it is in its story, ``None``: the
        score) sets the join's reason of those articles (``dedup.story_reason``,
        :func:`veille.store.dedup_sql.move_to_stories`), moved or not.
        """

    def view_seq(self, view: str) -> int:
        """The last change a store-kept derived view applied (0: none)."""

    def known_raw_ids(self, raw_ids: Iterable[str]) -> set[str]:
        """Which of these raw inputs were already stored (for a quick resume)."""

    def known_inputs(self, inputs: Iterable[RawInput]) -> set[tuple[str, str]]:
        """``(raw_id, origin)`` of the ``inputs`` stored already: their bytes, from that
        origin when they have a URL (identical bytes at another URL are a new input)."""
        ...

    def articles_of_raw(self, raw_ids: Iterable[str]) -> dict[str, str]:
        """``raw_id -> article id`` for the stored ones among ``raw_ids``: the article each
        is, or repeats (the write API's answer to a duplicate: t-final25 S10)."""

    def get(self, article_id: str) -> Article:
        """One article, or :class:`~veille.errors.NotFound` (its subclass
        :class:`~veille.errors.ArticleMerged` for an id merged into another article)."""

    def latest(self, *, limit: int = 20, offset: int = 0, after_seq: int = 0,
               source: str | None = None, dated: bool | None = None,
               until_seq: int | None = None) -> list[Article]:
        """Newest first, by publication time (first-seen time when unknown).

        ``after_seq`` keeps the articles stored after that sequence number (a poller's);
        ``until_seq`` those stored up to it, so that the pages of one listing read while
        articles arrive neither repeat nor skip one (a snapshot: the first page's
        ``max_seq``).

        ``source`` keeps one site's articles (the web app's "same source" related list).
        ``dated`` True keeps the articles with a publication time, False those without
        (newest first seen first): undated articles are listed apart, never as today's news.
        """

    def iter_articles(self, *, with_raw: bool = False) -> Iterator[Article]:
        """Every article, in insertion order."""

    def replace_content(self, articles: Sequence[Article]) -> int:
        """Write re-extracted content over stored articles; returns how many changed
        (each one logged as a ``reextract`` change)."""

    def delete_articles(self, ids: Iterable[str], *, merged_into: str | None = None) -> int:
        """Delete articles (their raw inputs stay); each is logged as a ``delete`` change.
        Returns how many existed. ``merged_into``: the article they became (a page its
        site moved, stored twice): their ids then lead to it (:meth:`merged_into`)."""

    def remember_merges(self, pairs: Iterable[tuple[str, str]]) -> int:
        """Record ``(merged id, article id)`` pairs read back from an export (its lines'
        ``merged_ids``), one transaction; an id that is a stored article is not taken.
        Returns how many were added (verify18a V3)."""

    def merged_ids(self) -> dict[str, list[str]]:
        """Every merged id, by the id of the article it was merged into (the export's
        ``merged_ids``)."""

    def merged_into(self, article_id: str) -> str | None:
        """The id of the article ``article_id`` was merged into, or None (never merged).
        :meth:`get` of a merged id raises :class:`~veille.errors.ArticleMerged`."""

    def get_many(self, ids: Iterable[str]) -> dict[str, Article]:
        """The articles among ``ids`` that exist, by id."""

    def change_seq(self) -> int:
        """The sequence number of the last change logged (0 for an empty log)."""

    def changes(self, *, after: int, limit: int = 1000) -> list[Change]:
        """Up to ``limit`` changes with ``seq > after``, in ``seq`` order."""

    def compacted_seq(self) -> int:
        """The highest ``seq`` the log's compaction removed (0: none); a reader whose
        position is below it lacks changes (:mod:`veille.store.changelog`)."""

    def get_raw(self, raw_id: str, *, origin: str | None = None) -> RawInput:
        """The raw input, decompressed."""

    def failures(self, *, limit: int = 100) -> list[Failure]:
        """The most recent failures."""

    def learn_site_blocks(self, source: str, blocks: Iterable[str]) -> None:
        """Count the blocks seen on one more page of ``source``."""

    def learn_pages_blocks(self, pages: Iterable[tuple[str, Iterable[str]]]) -> None:
        """:meth:`learn_site_blocks` for several pages, each ``(source, blocks)``, in one
        write (the ingest loop's batch)."""

    def site_chrome(self, source: str, *, min_pages: int = 3) -> frozenset[str]:
        """Blocks seen on at least ``min_pages`` pages of ``source``."""

    def recent_signatures(self, *, window_minutes: int) -> list[tuple[str, str, int, bytes]]:
        """``(article_id, source, minute, signature)`` within ``window_minutes`` of the newest.

        What the ingest loop warms its near-duplicate candidate index with: only a window
        of time, never the whole store.
        """

    def signatures_between(self, first: int, last: int) -> list[tuple[str, str, int, bytes]]:
        """``(article_id, source, minute, signature)`` of the articles dated in minutes
        ``[first, last)`` (minutes since the epoch), oldest first: what the ingest loop
        compares an article older than its recent window with (a backfill)."""

    def update_signatures(self, rows: Iterable[tuple[str, bytes]]) -> None:
        """Replace the signatures of ``(article_id, signature)`` rows (articles without a
        stored signature are left alone): how signatures of an older version are re-signed
        (:mod:`veille.dedup.resign`)."""

    def links(self, article_id: str) -> list[Link]:
        """The copies linked to an article at ingest, seen from that article."""

    def versions(self, article_id: str) -> list[Version]:
        """An article's earlier versions, oldest first."""

    def earlier_contents(self, ids: Iterable[str]) -> dict[str, list[Article]]:
        """The earlier versions of each of ``ids`` that has any, as whole articles, oldest
        first (article id -> its earlier contents; articles without versions left out)."""

    def stories(self, *, limit: int = 20, offset: int = 0, min_articles: int = 1,
                story_id: str | None = None, until_seq: int | None = None,
                prose_only: bool = False) -> list[StorySummary]:
        """Stories, most recently active first (only ``story_id`` when given; with
        ``until_seq``, only those with an article stored up to it: a story born after a
        paging snapshot is not in its pages; ``prose_only``: not the story of a body of
        no prose, a keyword dump or a list of names, alone in its story)."""

    def story(self, story_id: str) -> list[StoryArticle]:
        """A story's articles in time order (empty when there is no such story)."""

    def latest_groups(self, *, limit: int = 20, offset: int = 0, after_seq: int = 0,
                      dated: bool = True, until_seq: int | None = None) -> list[list[str]]:
        """One page of the latest list collapsed by story: per story (newest activity
        first), the ids of its listed articles, newest first. Paging never repeats an id."""

    def story_of(self, ids: Iterable[str]) -> dict[str, tuple[str, bool]]:
        """``id -> (story id, reprint)`` for the given articles that joined a story."""

    def story_overrides(self, article_ids: Iterable[str] | None = None
                        ) -> list[StoryOverride]:
        """The user's story overrides, oldest first: all, or those naming one of
        ``article_ids`` (:mod:`veille.dedup.story_overrides`)."""
        ...

    def restore_history(self, article_id: str, line: Mapping[str, Any]) -> tuple[int, int]:
        """Restore the earlier versions and story overrides an export ``line`` of the
        stored article carries (:mod:`veille.store.sqlite_history`); ``(versions,
        overrides)`` added, none when restored already."""
        ...

    def story_id_of(self, story_id: str) -> str | None:
        """The id story ``story_id`` goes by now (itself, or the story its old id leads to:
        one renamed after its original, one merged into another), None for no story."""

    def copies_of(self, ids: Iterable[str]) -> dict[str, str]:
        """``id -> the id of the article it copies`` for the copies among the given
        articles (reprints, teasers, republications: ``dedup.duplicate_of``)."""

    def published_times(self, ids: Iterable[str]) -> dict[str, datetime]:
        """``id -> publication time with the article's own offset`` (dated ones only)."""

    def story_sources(self, story_ids: Iterable[str]) -> dict[str, int]:
        """``story id -> how many sources carry it`` (its articles' and its exact copies'
        from other outlets, as :meth:`stories` counts them), matching or not."""

    def counts(self) -> dict[str, int]:
        """Articles, raw inputs, duplicates and failures stored.

        ``duplicates`` counts every input an ingest reported as a duplicate (copies of a
        stored article, and inputs read again), so it agrees with the ingest summaries.
        ``copies`` counts the stored articles that copy an earlier one (a
        :data:`~veille.record.REPRINT_RELATIONS` relation: reprints, teasers,
        republications), which are articles, not duplicates of an ingest (t-final31 F8:
        "duplicates: 0" beside eight reprints).
        """

    def close(self) -> None:
        """Release the backend."""


@dataclass(slots=True)
class Source:
    """A registered source: a feed, a sitemap or a single URL, polled every ``every_s``.
    ``timezone`` (a tz database name, "" when not set) is the zone of its pages' and
    feeds' dates written without one."""

    name: str
    kind: str
    url: str
    every_s: int = 900
    paused: bool = False
    added_at: datetime | None = None
    next_due: datetime | None = None
    last_polled: datetime | None = None
    last_error: str = ""
    timezone: str = ""


@dataclass(frozen=True, slots=True)
class FetchRecord:
    """What the last fetch of a URL gave: the validators for a conditional GET, and the
    raw input it produced (``raw_id``), so the same page is never fetched twice."""

    url: str
    status: int
    fetched_at: datetime
    etag: str | None = None
    last_modified: str | None = None
    raw_id: str | None = None
    error: str = ""
    retry_at: datetime | None = None
    """Not asked again before this time: a refusal that may pass (``429``, ``503``...),
    after its ``Retry-After``, bounded (:func:`veille.collect.revisit.retry_time`); None
    when the fetch worked or failed for another reason."""


class RevisitCandidate(NamedTuple):
    """A page that may be due for a revisit (:func:`veille.collect.revisit.due_revisits`):
    its URL, its article's source and first-seen time, its last fetch's time, error and
    :attr:`FetchRecord.retry_at`; the article's id, and whether ``url`` is the article's
    own URL (an article is read under one URL, not under each alias it was fetched at:
    a tracking variant, a moved page's old address)."""

    url: str
    source: str
    first_seen: datetime
    fetched_at: datetime
    error: str
    retry_at: datetime | None = None
    article: str = ""
    own_url: bool = True


@dataclass(frozen=True, slots=True)
class StoredResponse:
    """The HTTP response a raw input came from, kept to reprocess without refetching."""

    raw_id: str
    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    fetched_at: datetime


@dataclass(frozen=True, slots=True)
class WireVersion:
    """One version of a wire item (NewsML-G2 / ninjs), in the chain of its guid."""

    guid: str
    version: int
    raw_id: str
    article_id: str
    seen_at: datetime


class FetchStates(Protocol):
    """The last fetch of URLs: what collection reads and writes, and what ingesting an
    export line restores (:data:`veille.record.UNPUBLISHED_HINT`)."""

    def fetch_states(self, urls: Iterable[str]) -> dict[str, FetchRecord]:
        """The last fetch of each of ``urls`` that was fetched, by URL (a list's rows:
        :func:`veille.collect.gone.unpublished_of`)."""

    def record_fetches(self, records: Sequence[FetchRecord],
                       responses: Sequence[StoredResponse] = ()) -> None:
        """Store fetch states and response headers, in one transaction."""


class IngestStore(Store, FetchStates, Protocol):
    """What :class:`veille.ingest.Ingestor` needs: :class:`Store` and :class:`FetchStates`."""


class CollectStore(FetchStates, Protocol):
    """What collection needs from a store, beyond :class:`Store`."""

    def add_source(self, source: Source) -> None:
        """Register a source (or update the one with this name); due at once."""

    def registered_sources(self) -> list[Source]:
        """Every registered source, by name."""

    def remove_source(self, name: str) -> bool:
        """Forget a source; False when there is none by that name."""

    def pause_source(self, name: str, *, paused: bool = True) -> bool:
        """Pause or resume a source; False when there is none by that name."""

    def source_polled(self, name: str, *, at: datetime, next_due: datetime,
                      error: str = "") -> None:
        """Note a poll of a source, and when it is due again."""

    def fetch_state(self, url: str) -> FetchRecord | None:
        """The last fetch of ``url``, or None when it was never fetched."""

    def fetch_states_under(self, prefix: str, *, limit: int) -> list[FetchRecord]:
        """The last fetches of the URLs starting with ``prefix`` that hold a stored input,
        the most recent first, at most ``limit``."""

    def response(self, raw_id: str) -> StoredResponse | None:
        """The response a raw input was fetched with, if it was fetched."""

    def revisit_candidates(self, since: datetime) -> list[RevisitCandidate]:
        """Pages fetched over HTTP whose article was first seen at ``since`` or later."""

    def raw_hints(self, raw_id: str) -> dict[str, str]:
        """What the listing said of a raw input (``RawInput.hints``: its date, authors,
        update time...), read without loading the input's data; empty when nothing."""

    def relist(self, raw_id: str, hints: dict[str, str]) -> None:
        """Record ``hints`` (what the listing says now) over the stored raw input's."""

    def wire_versions(self, guid: str) -> list[WireVersion]:
        """The versions seen of one wire item, lowest first."""


DIGESTS = ("immediate", "hourly", "daily")
"""How e-mail alerts of a saved search are grouped: one message per article, or one
message per hour or per day."""
MAX_BREAKING = 1000
"""The most new independent sources a story alert can wait for."""
MAX_WITHIN_MINUTES = 7 * 24 * 60
"""The longest window of a story alert: a week."""
SOURCE_KINDS = ("feed", "sitemap", "url", "folder")
"""The kinds of :class:`Source` (:mod:`veille.collect.watch`). These constants live here,
where the CLI's options read them without importing the collectors (start-up time)."""


@dataclass(slots=True)
class SavedSearch:
    """A saved search: a query in the full query language, filters, and where its alerts go.

    ``sources``, ``groups`` and ``languages`` narrow the query (empty: no filter);
    ``collapse`` leaves out reprints of another outlet's article; ``stories`` follows
    stories: only their new coverage matches (with an empty query, all of it). ``email``
    (comma-separated addresses), ``digest`` (one of :data:`DIGESTS`) and ``lang`` (``fr``
    or ``en``) shape the e-mail alerts; ``webhook`` is a URL POSTed a JSON body signed with
    ``secret``. ``created_seq`` is the change log's ``seq`` when it was saved (only later changes
    alert), ``visited_seq`` the one at its owner's last visit.

    ``breaking`` > 0 makes it a *story alert* (Europe Media Monitor's "breaking"): it alerts
    once each time a story (one with an article matching the query, all with an empty one)
    gains ``breaking`` new independent sources (own articles, not reprints) within
    ``within_minutes``; see :mod:`veille.monitor.breaking`.
    """

    name: str
    query: str
    sources: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    collapse: bool = True
    stories: list[str] = field(default_factory=list)
    email: str = ""
    digest: str = "immediate"
    lang: str = "fr"
    webhook: str = ""
    secret: str = ""
    breaking: int = 0
    within_minutes: int = 60
    id: int = 0
    created_at: datetime | None = None
    created_seq: int = 0
    visited_seq: int = 0

    def channels(self) -> list[str]:
        """The channels its alerts are pushed to (the feeds are always there)."""
        return [name for name, target in (("email", self.email), ("webhook", self.webhook))
                if target]


UNMATCHED = "unmatched"
"""The kind of a match (and of its notice) saying that an article a saved search announced
no longer matches it in its current version (newuser16c N3: a correction removed the
fact the alert was about)."""


@dataclass(frozen=True, slots=True)
class Match:
    """An article (at one version) a saved search matched; ``kind`` is ``new``, or
    ``update`` when an earlier version of it was already alerted, ``unmatched`` when this
    version of an article it announced no longer matches it, or ``breaking`` for a story
    alert's threshold crossing (the article is the one that crossed it, ``version`` the
    crossing's number for that story, from 1)."""

    search_id: int
    article_id: str
    version: int
    kind: str
    seq: int
    matched_at: datetime


DONE_NOTES = ("withdrawn", "unmatched", "gone")
"""Why an outbox row was done without being sent (:meth:`MonitorStore.mark_delivered`'s
``note``): its article was withdrawn (a wire kill or hold) before its first alert went, no
longer matched before it went, or its saved search or article was deleted. A row sent
within another row's alert (folded: :func:`veille.monitor.deliver.fold`) has the note
``folded:`` and that row's key."""
FOLDED = "folded:"


@dataclass(frozen=True, slots=True)
class Delivery:
    """One row of the alert outbox: a match to push to one channel. ``key`` (unique) is
    the idempotency key the receiver sees; a failed attempt sets ``last_error`` and a later
    ``due_at``; ``delivered_at`` is set once sent."""

    key: str
    search_id: int
    article_id: str
    version: int
    kind: str
    channel: str
    due_at: datetime
    id: int = 0
    attempts: int = 0
    last_error: str = ""
    delivered_at: datetime | None = None


class MonitorStore(Protocol):
    """What monitoring (saved searches, alerts) needs from a store, beyond :class:`Store`."""

    def save_search(self, search: SavedSearch) -> SavedSearch:
        """Insert a saved search, or update the one with its name (keeping its id and visit;
        ``created_at``/``created_seq`` move to now when the query, filters or collapse
        change, as for a new search; the unsent alerts of a channel it no longer has are
        deleted); returns it as stored."""

    def saved_searches(self) -> list[SavedSearch]:
        """Every saved search, by name."""

    def saved_search(self, key: str | int) -> SavedSearch:
        """One saved search by name or id, or :class:`~veille.errors.NotFound`."""

    def remove_saved_search(self, key: str | int) -> bool:
        """Forget a saved search, its matches and its pending deliveries."""

    def visit_saved_search(self, search_id: int, seq: int) -> None:
        """Note a visit: matches up to ``seq`` are no longer new."""

    def view_seq(self, view: str) -> int:
        """The last change a store-kept derived view applied (0: none)."""

    def matched_before(self, pairs: Iterable[tuple[int, str]],
                       after: Mapping[int, int] | None = None) -> set[tuple[int, str]]:
        """Which ``(search_id, article_id)`` already have a match; with ``after``
        (search id -> change-log seq), only a match recorded after that seq counts (one
        since the search's current definition, its ``created_seq``)."""

    def unmatched_now(self, search_id: int) -> dict[str, datetime]:
        """The articles whose current match with a saved search says they no longer match
        it (``kind`` ``unmatched``), with when that was found."""

    def last_matches(self, pairs: Iterable[tuple[int, str]]) -> dict[tuple[int, str], Match]:
        """For each ``(search_id, article_id)`` with a match (not a story alert's), the
        match of its latest version: ``kind`` ``unmatched`` when that version no longer
        matched (newuser16c N3)."""

    def matched_versions(self, triples: Iterable[tuple[int, str, int]]
                         ) -> set[tuple[int, str, int]]:
        """Which ``(search_id, article_id, version)`` already have a match."""

    def stored_seqs(self, article_ids: Iterable[str]) -> dict[str, int]:
        """For each of ``article_ids`` in the change log, the ``seq`` of its first change
        (when the store first saw it; 0 when compaction removed it)."""

    def record_matches(self, view: str, seq: int, matches: Sequence[Match],
                       deliveries: Sequence[Delivery]) -> None:
        """In one transaction: add the matches and the outbox rows (a key already there is
        left alone) and set the view's applied seq to ``seq``."""

    def matches(self, search_id: int, *, after_seq: int = 0, limit: int = 50) -> list[Match]:
        """A saved search's matches, newest first."""

    def matched_articles(self, search_id: int, *, until_seq: int, skip: Collection[str] = (),
                         limit: int = 50) -> tuple[list[Match], int]:
        """One page of a saved search's matched articles, each once (its newest match at or
        before the change log position ``until_seq``), newest match first, leaving out
        the articles in ``skip`` (those earlier pages gave); and how many articles it had
        matched by ``until_seq`` (newuser16c N12)."""

    def matched_newest_first(self, search_id: int, *, limit: int = 10_000) -> list[str]:
        """The ids of the articles a saved search matched, each once, newest first as
        search sorts by date: the dated ones by publication time, then the undated ones
        by first-seen time (the order of ``veille export --query``, docs/monitoring.md);
        at most ``limit``."""

    def count_matches(self, search_id: int, *, after_seq: int = 0) -> int:
        """How many articles a saved search matched after ``after_seq`` (each once, however
        many of its versions matched)."""

    def last_version_seqs(self, article_ids: Iterable[str]) -> dict[str, int]:
        """For each of ``article_ids`` still in the change log, the ``seq`` of its last
        ``new``, ``version`` or ``completed`` change (when its current text was
        stored)."""

    def drop_stale_deliveries(self) -> int:
        """Delete the unsent outbox rows matched under an earlier definition of their saved
        search (a changed query starts it again from now, docs/monitoring.md; the view may
        have queued them while the search was being changed); returns how many."""

    def due_deliveries(self, now: datetime, *, limit: int = 500) -> list[Delivery]:
        """Undelivered outbox rows due at ``now``, oldest first."""

    def deliveries(self, *, search_id: int | None = None, pending: bool = False,
                   article_id: str | None = None, limit: int = 100) -> list[Delivery]:
        """Outbox rows, newest first (``pending``: only those not delivered yet;
        ``search_id``, ``article_id``: only theirs)."""

    def cancel_deliveries(self, ids: Sequence[int]) -> None:
        """Delete these outbox rows if not sent yet: their channel was removed from their
        saved search (newuser16c N11)."""

    def mark_delivered(self, ids: Sequence[int], at: datetime, note: str = "") -> None:
        """Note the rows done at ``at``: sent, or, with a ``note`` (kept in ``last_error``,
        one of :data:`DONE_NOTES` or ``folded:KEY``), done without a message of their own,
        as ``veille alerts status`` then says (t-final62: a kill's row folded into
        another alert said "sent")."""

    def mark_failed(self, ids: Sequence[int], error: str, retry_at: datetime) -> None:
        """Note a failed attempt; the rows are due again at ``retry_at``."""

    def source_names(self, groups: Iterable[str]) -> list[str]:
        """The registered sources in any of these groups."""
