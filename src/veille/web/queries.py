"""The data behind each page, shared by the HTML page and its JSON twin.

Each function reads through the library (store, search) and returns API models; the HTML
views render those same models, so a page and its JSON twin cannot disagree.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Literal
from urllib.parse import quote

from veille.collect.gone import unpublished, unpublished_of
from veille.dedup.other_languages import Evidence, linked_coverage
from veille.dedup.representative import fullest, text_length
from veille.dedup.stories import FUNCTION_WORDS
from veille.dedup.version_times import current_declared, current_seen, replaced_at
from veille.enrich.english_names import english_names, french_names
from veille.enrich.lexicon import french
from veille.enrich.places import shipped as shipped_gazetteer
from veille.enrich.places import usual_reading
from veille.enrich.query import filter_clause
from veille.enrich.text import fold
from veille.errors import InputError, NotFound, VeilleError
from veille.extract.html_encoding import decode_input
from veille.ingest import stories_lag
from veille.outlet_groups import grouped_sources, other_outlets, sites_of
from veille.outlet_names import names_of, same_outlet, shown
from veille.record import Article
from veille.search import paging
from veille.search.cursor import MAX_IDS, Cursor, binding
from veille.search.types import SearchRequest, Sort
from veille.store.base import (
    STORIES_VIEW,
    UNATTRIBUTED,
    Link,
    StoryArticle,
    StorySummary,
    Version,
    copies_before_first,
    copy_counts,
    copy_relation,
    first_zone_assumed,
    last_zone_assumed,
    order_unknown_members,
    outlets_known,
    relations_of,
    untitled_openings,
)
from veille.store.replica import replica_position
from veille.store.sqlite import SQLiteStore
from veille.story_edits import shaped_by
from veille.story_wire import StoryWire, names_first_run, stored_story_wire
from veille.web.context import WebContext
from veille.web.models import (
    ArticleDetail,
    ArticleSummary,
    CopyModel,
    CoverageModel,
    DuplicatesResponse,
    EntityFacetModel,
    FacetModel,
    HitModel,
    LatestResponse,
    LinkModel,
    OriginModel,
    OtherLanguageStory,
    RawCapture,
    SearchResult,
    SourceInfo,
    SourcesResponse,
    StatsResponse,
    StoriesResponse,
    StoryEditModel,
    StoryItem,
    StoryModel,
    VersionModel,
    WireModel,
    credit_of,
    from_article,
    from_article_detail,
    from_search,
    mark_gone,
    zone_assumed,
)
from veille.wire_origin import origin_of, same_wire
from veille.withdrawals import list_marks

RELATED = 5
#: Undated articles listed apart under the latest news.
UNDATED = 10
_WORD = re.compile(r"\w{4,}")


def latest(web: WebContext, *, limit: int, offset: int = 0, after_seq: int = 0,
           collapse: bool = False, until_seq: int | None = None,
           changed_after: int | None = None, cursor: str | None = None,
           undated: bool = False) -> LatestResponse:
    """Newest first; with ``collapse``, one article per story (its fullest independent one)
    with a count of the others, the collapsing done over the whole list so pages never
    repeat or silently drop an article; ``until_seq`` (the first page's ``max_seq``)
    keeps the later pages to what was stored then, so that articles arriving meanwhile
    neither repeat one nor hide one (newuser10 S2). ``next_cursor`` (from the first page
    on) leads to the next page as ``cursor``: the same snapshot, and the articles already
    given (collapsed: with the ones counted in their row) skipped wherever they now sort,
    so a story move between two pages neither repeats nor loses one either (issue 14);
    ``offset`` and ``until_seq`` are then the cursor's. ``changed_after`` (a previous
    answer's ``change_seq``) adds the articles changed since that change log position
    (:func:`changes_since`; newuser10 S18: a poller following ``after_seq`` alone never
    learns of a new version).

    The articles of unknown date are a list of their own, by first seen: its first
    :data:`UNDATED` rows come apart on the dated list's first page (``undated``), with
    how many it holds in all (``undated_total``, ``undated_rows``) and the cursor of its
    next page (``undated_cursor``); ``undated`` pages through that list itself, in
    ``articles`` (t-reader19 R2: 390 undated articles of 518 could not be reached). A
    cursor that cannot be used gives the first page, with a warning saying why."""
    bound = binding("latest-undated" if undated else "latest", limit, after_seq, collapse)
    warnings: list[str] = []
    with web.stores.reader() as store:
        # max_seq and change_seq first: an article stored or changed in between is sent
        # twice at worst (the poller drops ids it has, replaces rows it has), never missed.
        change_seq = store.change_seq()
        at = paging.read_cursor(cursor, bound, warnings)
        if at is not None:
            offset, until_seq = 0, at.snapshot
        max_seq = store.max_seq() if until_seq is None else min(until_seq, store.max_seq())
        if at is None and offset == 0:
            at = Cursor(max_seq, binding=bound)
        seen = frozenset(at.ids) if at is not None else frozenset()
        rows = _rows(store, limit=limit, offset=offset, after_seq=after_seq, dated=not undated,
                     until_seq=until_seq, collapse=collapse, seen=seen)
        apart: list[tuple[ArticleSummary, list[str]]] = []
        if not undated and offset == 0 and not seen:
            # The undated list's first rows, apart, on the dated list's first page only.
            apart = _rows(store, limit=UNDATED, offset=0, after_seq=after_seq, dated=False,
                          until_seq=max_seq, collapse=collapse)
        counted = store.latest_count(after_seq=after_seq, dated=False, collapse=collapse,
                                     until_seq=max_seq) if undated or apart else (0, 0)
        # The list this page pages through, counted like search's and the stories' totals
        # (t-final67 R6: latest alone gave none).
        listed = counted if undated else store.latest_count(
            after_seq=after_seq, dated=True, collapse=collapse, until_seq=max_seq)
        undated_rows = [row for row, _ids in apart]
        since = (changes_since(store, changed_after, change_seq) if changed_after is not None
                 else ChangesSince())
        mark_unpublished(store, [*(row for row, _ids in rows), *undated_rows, *since.changed])
        mark_relations(store, [*(row for row, _ids in rows), *undated_rows, *since.changed])
        mark_outlets(store, [*(row for row, _ids in rows), *undated_rows, *since.changed])
        if at is None and 0 < offset <= MAX_IDS:
            # A page read by offset gives the next page's cursor too (h-api65, t-final64
            # #8): the rows before it, as the list stands at this snapshot, are its "given".
            earlier = _rows(store, limit=offset, offset=0, after_seq=after_seq,
                            dated=not undated, until_seq=max_seq, collapse=collapse)
            given = [i for _row, ids in earlier for i in ids]
            at = Cursor(max_seq, ids=tuple(given), pages=((len(given), len(earlier)),),
                        binding=bound)
    after = at.then([i for _row, ids in rows for i in ids], len(rows)) \
        if at is not None and len(rows) == limit else None
    before = at.back() if at is not None else None
    more = Cursor(max_seq, binding=binding("latest-undated", limit, after_seq, collapse)).then(
        [i for _row, ids in apart for i in ids], len(apart)) \
        if apart and counted[0] > len(apart) else None
    return LatestResponse(max_seq=max_seq, change_seq=change_seq, total=listed[0],
                          total_articles=listed[1],
                          articles=[row for row, _ids in rows], undated=undated_rows,
                          undated_total=counted[1], undated_rows=counted[0],
                          undated_cursor=more.encode() if more is not None else None,
                          changed=since.changed, deleted=since.deleted, reload=since.reload,
                          next_cursor=after.encode() if after is not None else None,
                          prev_cursor=before.encode() if before is not None else None,
                          warnings=warnings)


def mark_relations(store: SQLiteStore, items: Sequence[ArticleSummary | HitModel]) -> None:
    """Set, in place, each row's ``relation`` to its story (reprint, teaser, republication,
    "" for an article of its own) as the story page reads it (:func:`copy_relation`: the
    story membership's flag, then the record's kind of copy), so that a list showing every
    reprint says which rows are copies (newuser15a W24)."""
    found = relations_of(store, (item.id for item in items))
    for item in items:
        item.relation = found[item.id]


def mark_untitled(store: SQLiteStore, items: Sequence[HitModel]) -> None:
    """Set, in place, each untitled hit's ``untitled_text`` (the first words of its text,
    :func:`veille.store.base.untitled_openings`): a search index keeps no lead."""
    found = untitled_openings(store, (item.id for item in items if not item.title.strip()))
    for item in items:
        item.untitled_text = found.get(item.id, item.untitled_text)


def mark_assumed_zones(store: SQLiteStore, items: Sequence[HitModel]) -> None:
    """Set, in place, each timed hit's ``published_zone_assumed``
    (:func:`veille.web.models.zone_assumed`): the index keeps no evidence, and the results
    list showed "4 déc. 2026 11:30" where the article page and the CLI say the time is
    supposed (t-final33 B)."""
    timed = [item.id for item in items if item.published and
             item.published_precision == "time"]
    articles = store.get_many(timed) if timed else {}
    for item in items:
        article = articles.get(item.id)
        if article is not None:
            item.published_zone_assumed = zone_assumed(article.content)


def mark_outlets(store: SQLiteStore, items: Sequence[ArticleSummary | HitModel]) -> None:
    """Set, in place, each row's ``outlet`` to its source's shown name
    (:func:`veille.outlet_names.names_of`), the name the pages show: a program reading the
    API met "lequotidien.fr" where the reader saw "Le Quotidien" (t-final21 F9)."""
    names = names_of(store, (item.source for item in items))
    for item in items:
        item.outlet = names.get(item.source, item.source)


def mark_facet_outlets(store: SQLiteStore, facets: Sequence[FacetModel]) -> None:
    """Set, in place, each source facet's ``outlet`` to its value's shown name, as
    :func:`mark_outlets` does for the rows (t-final54 B5: the facets said "20minutes.fr"
    where the hits said "20 Minutes")."""
    names = names_of(store, (f.value for f in facets))
    for facet in facets:
        facet.outlet = names.get(facet.value, facet.value)


def mark_unpublished(store: SQLiteStore, items: Sequence[ArticleSummary | HitModel]) -> None:
    """Mark, in place, the rows of a list whose article its site unpublished (its page
    answered 410 or 404: :func:`veille.collect.gone.unpublished_of`), as the article page
    does: ``withdrawn`` ``unpublished``, with the time seen and the status; and the search
    hits their agency withdrew (``canceled``, ``withheld``: :mod:`veille.withdrawals`).
    They are not left out: a journalist wants to know what was unpublished (newuser13b
    M1)."""
    mark_gone(items, unpublished_of(store, (item.url for item in items)))
    # a search hit carries no evidence: its agency's kill or hold is read from the store
    # (a latest-list row has it from its record; t-final60 #9)
    # and a search hit whose body is no prose, marked as the latest list's rows are
    # (t-check62)
    killed, unread = list_marks(store, (i.id for i in items if isinstance(i, HitModel)))
    for item in items:
        if not item.withdrawn and item.id in killed:
            item.withdrawn = killed[item.id]
        if isinstance(item, HitModel) and item.id in unread:
            item.not_prose = unread[item.id]


def _rows(store: SQLiteStore, *, limit: int, offset: int, after_seq: int, dated: bool,
          until_seq: int | None, collapse: bool, seen: frozenset[str] = frozenset()
          ) -> list[tuple[ArticleSummary, list[str]]]:
    """One page of the latest list: each row with the articles it accounts for; the
    articles in ``seen`` (given by the pages before) are left out, wherever they sort."""
    if collapse:
        return _collapsed(store, limit=limit, offset=offset, after_seq=after_seq,
                          dated=dated, until_seq=until_seq, seen=seen)
    found = store.latest(limit=limit + len(seen), offset=offset, after_seq=after_seq,
                         dated=dated, until_seq=until_seq)
    return [(from_article(a), [a.id]) for a in found if a.id not in seen][:limit]


#: Change kinds that alter what a list row shows (docs/architecture.md, the change log).
ROW_CHANGES = frozenset({"version", "reextract", "delete", "completed"})
#: The most change log entries one poll reads; past it the poller is told to reload.
MAX_POLL_CHANGES = 2000


@dataclass(frozen=True, slots=True)
class ChangesSince:
    """What changed in the list since a change log position: ``changed`` articles as
    they are now (last changed last), ``deleted`` ids, or ``reload`` when that cannot be
    told."""

    changed: list[ArticleSummary] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    reload: bool = False


def changes_since(store: SQLiteStore, after: int, upto: int) -> ChangesSince:
    """The articles whose row changed (a new version, a re-extraction, a deletion) in the
    change log's ``(after, upto]``; ``upto`` is the log position read before the list, so
    a change made while the answer is read comes again at the next poll.

    ``reload`` is true when the changes cannot all be listed: compaction removed some
    after ``after`` (the compacted seq is read after the log, as every follower does:
    docs/architecture.md, "The change log's compaction"), ``after`` is ahead of this
    store's log (another or a rebuilt store), or more than :data:`MAX_POLL_CHANGES`
    entries follow it."""
    if after > upto:
        return ChangesSince(reload=True)
    log = store.changes(after=after, limit=MAX_POLL_CHANGES + 1) if after < upto else []
    if after < store.compacted_seq():
        return ChangesSince(reload=True)
    log = [c for c in log if c.seq <= upto]
    if len(log) > MAX_POLL_CHANGES:
        return ChangesSince(reload=True)
    last: dict[str, int] = {}
    for change in log:
        if change.kind in ROW_CHANGES:
            last.pop(change.article_id, None)  # re-inserted: ordered by its last change
            last[change.article_id] = change.seq
    found = store.get_many(last)
    return ChangesSince(changed=[from_article(found[i]) for i in last if i in found],
                        deleted=[i for i in last if i not in found])


def _body_length(article: Article) -> int:
    content = article.content
    if content is None:
        return 0
    return text_length([content.lead, *content.paragraphs] if content.lead
                       else content.paragraphs)


def _other_sources(totals: dict[str, int], story_id: str | None, members: list[Article],
                   own: str) -> int:
    """How many sources carry a story besides ``own``'s: the story's own count (the
    store's ``story_sources``, given as ``totals``; the story page's, one outlet's
    editions once: docs/dedup.md *Sources and editions*) less ``own``'s; without a
    story, the outlets of ``members`` (:func:`veille.outlet_groups.other_outlets`). No
    source (``''``) is no outlet (R10).
    t-final30 F3: the home page said "7 other sources" of a story of 7 sources."""
    total = totals.get(story_id) if story_id is not None else None
    if total is None:
        return other_outlets((m.source for m in members), own,
                             sites_of((m.source, m.url) for m in members))
    return max(0, total - (1 if own else 0))


def _collapsed(store: SQLiteStore, *, limit: int, offset: int, after_seq: int,
               dated: bool, until_seq: int | None = None,
               seen: frozenset[str] = frozenset()) -> list[tuple[ArticleSummary, list[str]]]:
    """One page of stories: each its fullest independent article, ``others`` the rest,
    with the ids the row accounts for; a story's articles in ``seen`` are left out of it
    (and a story with none left, out of the page)."""
    groups = store.latest_groups(limit=limit + len(seen), offset=offset, after_seq=after_seq,
                                 dated=dated, until_seq=until_seq)
    groups = [kept for group in groups if (kept := [i for i in group if i not in seen])]
    groups = groups[:limit]
    found = store.get_many(i for group in groups for i in group)
    out: list[tuple[ArticleSummary, list[str]]] = []
    # Whether a member copies another outlet: its story membership's flag, as the search's
    # collapsing reads it (a record's ``duplicate_of`` can be stale: a version written
    # before newuser11b U9's fix names its own reprint there).
    flags = store.story_of(found)
    totals = store.story_sources({a.dedup.story_id for a in found.values()
                                  if a.dedup is not None and a.dedup.story_id})
    for group in groups:
        members = [found[i] for i in group if i in found]
        if not members:
            continue
        # An undated article never represents a story in the dated list (docs/web.md).
        candidates = [m for m in members if m.content and m.content.published] if dated else members
        originals = frozenset(a.dedup.duplicate_of for a in members  # as the story's title
                              if a.dedup is not None and a.dedup.duplicate_of)
        best = fullest(candidates or members, length=_body_length,
                       reprint=lambda a: flags[a.id][1] if a.id in flags
                       else bool(a.dedup and a.dedup.duplicate_of),
                       copied=functools.partial(_copied, originals))
        other_sources = _other_sources(totals, best.dedup.story_id if best.dedup else None,
                                       members, best.source)
        # Every row standing for several dated articles says when its story began and its
        # newest article, whichever article represents it (t-reader21 R11: the line was
        # given only when the representative was not the newest).
        latest: dict[str, object] = {}
        dated_members = [m for m in members if m.content is not None and m.content.published]
        if len(dated_members) > 1:
            newest = _newest_dated(dated_members)
            latest = {**_story_time("story_latest", newest),
                      **_story_time("story_first", first_publication(
                          dated_members, {m.id for m in dated_members
                                          if flags.get(m.id, ("", False))[1]}))}
        out.append((from_article(best).model_copy(update={
            "others": len(members) - 1, "other_sources": other_sources, **latest}),
            [best.id, *(m.id for m in members if m is not best)]))
    return out


def _story_wire(store: SQLiteStore, members: Sequence[StoryArticle]) -> StoryWire | None:
    """The agency dispatch a story's copies carry (:func:`veille.story_wire.stored_story_wire`)."""
    return stored_story_wire(store, members)


def _copied(originals: frozenset[str], article: Article) -> bool:
    """Whether ``article`` is among ``originals`` (the articles a group's reprints copy)."""
    return article.id in originals


def _newest_dated(members: list[Article]) -> Article | None:
    """The story's newest dated article among ``members``, which a row of the collapsed
    latest list is sorted by (``latest_groups``: the newest *dated* ``sort_time``), or None
    when none is dated (newuser12b D12: a row showed its representative's date, 28 Nov,
    above a row of 30 Nov)."""
    dated = [(m.content.published, m) for m in members
             if m.content is not None and m.content.published is not None]
    return max(dated, key=lambda pair: pair[0], default=(None, None))[1]


def first_publication(members: Sequence[Article], copies: Collection[str]) -> Article | None:
    """The story's first publication among its dated ``members``, by the story page's rule
    (``dedup_sql._FIRST``): its own articles before its copies (``copies``: ids of reprints,
    teasers, republications), then by calendar day, a timed article before one dated to the
    day only, then by time. None when none is dated. A paywalled excerpt stamped 18:30 of
    the 18:45 dispatch is no start of the story: the latest list dated the story's start at
    the copy where the story page named the dispatch (t-reader23 R6)."""
    dated = [m for m in members if m.content is not None and m.content.published is not None]

    def key(m: Article) -> tuple[bool, date, int, datetime]:
        assert m.content is not None and m.content.published is not None
        published = m.content.published
        aware = published if published.tzinfo else published.replace(tzinfo=UTC)
        return (m.id in copies, published.date(),
                1 if m.content.published_precision == "day" else 0, aware)

    return min(dated, key=key, default=None)


def _story_time(field: str, article: Article | None) -> dict[str, object]:
    """``{field: its publication time, field_precision: "day" or "time"}`` of ``article``
    (empty when it is None or undated)."""
    content = article.content if article is not None else None
    if content is None or content.published is None:
        return {}
    precision = "day" if content.published_precision == "day" else "time"
    assumed = {f"{field}_zone_assumed": zone_assumed(content)} \
        if field == "story_first" and precision == "time" else {}
    return {field: content.published, f"{field}_precision": precision, **assumed}


def _precision(value: str) -> Literal["day", "time", "seen"]:
    return "day" if value == "day" else "seen" if value == "seen" else "time"


def _story_model(store: SQLiteStore, summary: StorySummary,
                 cache: dict[str, Evidence | None] | None = None, *,
                 languages: bool = True) -> StoryModel:
    """A story with its timeline: members in time order, teasers and reprints marked;
    with ``languages``, its stories in other languages and the coverage across them
    (``cache``: the evidence a listing read, :func:`veille.dedup.other_languages.
    linked_coverage`); without (an article's page and API: not read there, each request
    would pay for it), none and no coverage."""
    members = store.story(summary.story_id)
    linked, covered = linked_coverage(store, summary.story_id, members, cache) \
        if languages else ([], None)
    copies = copy_counts(members)
    by_source = Counter(m.source for m in members)
    unordered = order_unknown_members(members)
    # every source by the outlet name the pages show (f-outlet27: the story API gave
    # "lemonde.fr" where the article page, e-mail and feeds say "Le Monde")
    names = names_of(store, (*by_source, summary.first_source, *summary.first_tied))
    items = [StoryItem(id=m.article_id, title=m.title, untitled_text=m.lead, source=m.source,
                       outlet=shown(m.source, names), url=m.url, date=m.time,
                       reprint=m.reprint, relation=m.relation, language=m.language,
                       published_precision=_precision(m.precision), updated=m.updated,
                       versions=m.versions, published_zone_assumed=m.zone_assumed,
                       order_known=m.article_id not in unordered)
             for m in members]
    earlier = copies_before_first(members, summary.first, summary.first_precision,
                                  tied=summary.first_tied)
    earlier_ids = [m.article_id for m in earlier]
    wire = _story_wire(store, members)
    return StoryModel(id=summary.story_id, title=summary.title, untitled_text=summary.lead,
                      articles=summary.articles,
                      sources=summary.sources, independent_sources=summary.independent,
                      unsourced=summary.unsourced, reprints=copies["reprint"],
                      teasers=copies["teaser"],
                      republications=copies["republication"],
                      unattributed=copies[UNATTRIBUTED], first=summary.first,
                      wire=WireModel(agency=wire.agency, outlets=len(wire.sources),
                                     first_source=wire.sources[0],
                                     first_outlet=shown(wire.sources[0],
                                                        names_of(store, wire.sources[:1])),
                                     articles=list(wire.articles),
                                     first_run=names_first_run(wire, summary.first_source,
                                                               summary.first_tied))
                      if wire else None,
                      last=summary.last, first_precision=_precision(summary.first_precision),
                      last_precision=_precision(summary.last_precision),
                      # the first publication's own source: the one whose time is ``first``
                      first_source=summary.first_source,
                      first_outlet=shown(summary.first_source, names),
                      first_tied_outlets=[shown(x, names) for x in summary.first_tied],
                      first_title=summary.first_title,
                      first_tied=list(summary.first_tied),
                      first_same_minute=summary.first_same_minute,
                      first_zone_assumed=first_zone_assumed(members, summary),
                      last_zone_assumed=last_zone_assumed(members, summary),
                      by_source=dict(by_source.most_common()),
                      source_groups=grouped_sources(
                          by_source, sites_of((m.source, m.url) for m in members)),
                      # the title is the fullest independent article's (StorySummary.title)
                      language=next((m.language for m in members if m.title == summary.title
                                     and not m.reprint), ""),
                      items=items,
                      other_languages=[OtherLanguageStory.model_validate(x) for x in linked],
                      coverage=CoverageModel.model_validate(covered) if covered else None,
                      # the timeline's first row when it is a copy dated before ``first``
                      earlier_copy=next((i for i in items if earlier_ids
                                         and i.id == earlier_ids[0]), None),
                      earlier_copies=sorted((i for i in items if i.id in earlier_ids),
                                            key=lambda i: earlier_ids.index(i.id)),
                      # the corrections made by hand that shaped it (f-detach28)
                      edits=[StoryEditModel(id=o.id, kind=o.kind, article_id=o.article_id,
                                            title=title)
                             for o, title in shaped_by(store, summary.story_id,
                                                       [i.id for i in items])],
                      # a body of no prose, alone in its story (t-check62)
                      not_prose=next(iter(list_marks(store, [items[0].id])[1].values()), "")
                      if len(items) == 1 else "")


def stories(web: WebContext, *, limit: int, offset: int = 0, min_articles: int = 1,
            cursor: str | None = None, not_prose: bool = False) -> StoriesResponse:
    """Stories, most recently active first. From the first page on (``offset`` 0), the
    answer's ``next_cursor`` leads to the next page of the same list: the stories born
    after the first page's snapshot (its ``max_seq``) are left out, and the ones already
    given skipped wherever a new article now sorts them (docs/web.md); ``cursor`` is such
    a cursor (``offset`` is then ignored).

    A cursor that cannot be used (unreadable, another list's) gives the first page, with a
    warning saying why (t-reader19 R11: it restarted silently)."""
    bound = binding("stories", limit, min_articles, *(("not_prose",) if not_prose else ()))
    prose_only = not not_prose  # the stories of bodies of no prose, when asked (t-check62)
    warnings: list[str] = []
    with web.stores.reader() as store:
        at = paging.read_cursor(cursor, bound, warnings)
        if at is None and (offset == 0 or cursor):
            at = Cursor(store.max_seq(), binding=bound)
        if at is not None and at.ids:
            seen = set(at.ids)
            found = [s for s in store.stories(limit=limit + len(seen), min_articles=min_articles,
                                              until_seq=at.snapshot, prose_only=prose_only)
                     if s.story_id not in seen][:limit]
        else:
            found = store.stories(limit=limit, offset=offset, min_articles=min_articles,
                                  prose_only=prose_only)
        if at is None and 0 < offset <= MAX_IDS:
            # a page read by offset gives the next page's cursor too (h-api65, t-final64
            # #8): the stories before it, at this snapshot, are its "given"
            at = Cursor(store.max_seq(), binding=bound)
            given = [s.story_id for s in store.stories(
                limit=offset, min_articles=min_articles, until_seq=at.snapshot,
                prose_only=prose_only)]
            at = Cursor(at.snapshot, ids=tuple(given), pages=((len(given), offset),),
                        binding=bound)
        after = at.then([s.story_id for s in found], len(found)) \
            if at is not None and len(found) == limit else None
        total = store.story_count(min_articles=min_articles,
                                  until_seq=at.snapshot if at is not None else None,
                                  prose_only=prose_only)
        cache: dict[str, Evidence | None] = {}
        return StoriesResponse(stories=[_story_model(store, s, cache) for s in found],
                               total=total,
                               max_seq=at.snapshot if at is not None else None,
                               next_cursor=after.encode() if after is not None else None,
                               warnings=warnings)


def last_page(web: WebContext, *, kind: Literal["stories", "latest", "undated"],
              per_page: int, collapse: bool = False, until_seq: int | None = None) -> int:
    """The number of the last page of a list (1 when it is empty): where a page past the
    last links back to (t-reader19 R15: "previous page" from page 99 led to page 98, as
    empty)."""
    with web.stores.reader() as store:
        if kind == "stories":
            count = store.story_count()
        else:
            count = store.latest_count(dated=kind == "latest", collapse=collapse,
                                       until_seq=until_seq)[0]
    return max(1, -(-count // per_page))


def story_moved(web: WebContext, story_id: str) -> str | None:
    """The id a story goes by now when ``story_id`` is an old one (a story renamed after
    its original, one merged into another: ``Store.story_id_of``), else None: its old
    links, the pages and the API redirect there."""
    with web.stores.reader() as store:
        found = store.story_id_of(story_id)
    return found if found is not None and found != story_id else None


def story(web: WebContext, story_id: str) -> StoryModel:
    with web.stores.reader() as store:
        summary = next((s for s in store.stories(limit=1, story_id=story_id)), None)
        if summary is None:
            raise NotFound(f"no story with id {story_id!r}",
                           hint="list stories with /api/v1/stories or `veille stories`")
        return _story_model(store, summary)


def duplicates(web: WebContext, article_id: str) -> DuplicatesResponse:
    with web.stores.reader() as store:
        record = store.get(article_id)
        links = store.links(record.id)
        versions = store.versions(record.id)
    return DuplicatesResponse(
        id=record.id, story_id=record.dedup.story_id if record.dedup else None,
        links=[LinkModel(id=lk.other_id, relation=lk.relation, score=lk.score,
                         origin=lk.origin, source=lk.source, direction=lk.direction,
                         version=lk.version, shared=lk.shared)
               for lk in links],
        versions=[_version(v) for v in versions],
        revised_at=current_seen(record, versions),
        declared_at=current_declared(record) if versions else None)


def _version(v: Version) -> VersionModel:
    return VersionModel(version=v.version, declared_at=v.declared_at, seen_at=v.seen_at,
                        replaced_at=replaced_at(v), captured_at=v.captured_at,
                        title=v.title, diff=v.diff)


def run_search(web: WebContext, *, q: str, page: int, per_page: int,
               sort: Sort, collapse: bool = False, entities: bool = True,
               cursor: str | None = None, language: str | None = None,
               not_prose: bool = False) -> SearchResult:
    """Search; with ``collapse``, one hit per story over all pages (see the search service);
    ``not_prose``: pages of headlines and other bodies of no prose too (left out else);
    ``entities``: with the entity and place facets. The answer's ``next_cursor`` leads to
    the next page of the same list: the articles stored after this first page's snapshot
    left out, the ones already given skipped wherever they now rank (docs/web.md);
    ``cursor`` is such a cursor (``page`` is then the cursor's own).

    A cursor that cannot be used (unreadable, another list's, older than the change log)
    gives the first page, with a warning saying why. ``language``: the reader's (the UI's),
    whose articles rank first at about equal relevance (:attr:`SearchRequest.language`)."""
    with web.stores.reader() as store:
        paged = paging.page(store, lambda request: web.search.search(request, store=store),
                            query=q, page=page, per_page=per_page, sort=sort,
                            collapse=collapse, cursor=cursor, language=language,
                            not_prose=not_prose)
        result = from_search(paged.response, sort=sort, collapse=collapse)
        mark_unpublished(store, result.hits)
        mark_relations(store, result.hits)
        mark_untitled(store, result.hits)
        mark_outlets(store, result.hits)
        mark_facet_outlets(store, result.facets.get("source", []))
        mark_assumed_zones(store, result.hits)
        result.warnings[:0] = paged.warnings
        result.snapshot = paged.snapshot
        result.next_cursor, result.prev_cursor = paged.next_cursor, paged.prev_cursor
        if entities:
            _entity_facets(web, result, store)
    return result


PAST_LAST = paging.PAST_LAST


def past_last(result: SearchResult) -> bool:
    """Whether ``result`` is an empty page past the last of a query that found something
    (a stale or hand-made ``page``): "no result" would be wrong advice (newuser11b U27)."""
    return result.total > 0 and not result.hits and result.page > result.pages


def _entity_facets(web: WebContext, result: SearchResult, store: SQLiteStore) -> None:
    """Fill the entity and place facets when the search backend computes them."""
    count = getattr(web.search, "entity_facets", None)
    if count is None or not hasattr(store, "entity_counts"):
        return
    found = count(result.query, store=store)
    result.facet_depth = found.counted
    result.facet_complete = found.complete
    resolved = {p.id: p.country for p in store.places(ids=[e.id for e in found.places],
                                                      limit=len(found.places) or 1)}
    for summaries, out in ((found.entities, result.entities), (found.places, result.places)):
        for e in summaries:
            place = e.id in resolved  # else a LOC the gazetteer does not know: an entity
            out.append(EntityFacetModel(
                id=e.id, label=e.label, name=e.name, count=e.articles,
                filter=filter_clause("place" if place else "entity", e.id),
                page=f"/{'places' if place else 'entities'}/{quote(e.id, safe='')}"))
    result.places[:] = qualify_homonyms(result.places, resolved)


def qualify_homonyms(facets: list[EntityFacetModel], countries: dict[str, str]
                     ) -> list[EntityFacetModel]:
    """``facets`` with the entries that share a name with another (folded: "Valence" of
    the Drôme and of Spain, "Saint-Denis" of La Réunion and of Seine-Saint-Denis) marked
    ``homonym`` and given their country (``countries``: place id → ISO code) and, in
    France, their département's name from the gazetteer, so the page can tell them apart
    ("Valence (Drôme)", "Valence (Espagne)"; newuser8 Q19); and so is an entry alone of
    its name that a bare name does not mean (:func:`usual_reading`: "Valence" alone in
    the facet, for València, is "Valence (Espagne)"; newuser12 E25). Names are compared
    as stored and as the French and English pages show them ("Brugge" and the Gironde's
    "Bruges" are both "Bruges" in French)."""
    fr, en = french_names(), english_names()

    def keys(f: EntityFacetModel) -> set[str]:
        # the stored name and the names the pages show: "Brugge" is "Bruges" in French,
        # as the Gironde's Bruges (t-final60 #22)
        return {fold(n) for n in (f.name, fr.get(f.id), en.get(f.id)) if n}

    names = Counter(key for f in facets for key in keys(f))
    gazetteer = shipped_gazetteer()
    out = []
    for f in facets:
        if all(names[key] < 2 for key in keys(f)) and \
                usual_reading(gazetteer, f.name) in ("", f.id):
            out.append(f)  # the only one, or the one a bare name is read as ("Valence")
            continue
        area, country = place_area(f.id, countries.get(f.id, ""))
        out.append(f.model_copy(update={"homonym": True, "country": country, "area": area}))
    return out


def place_area(place_id: str, country: str = "") -> tuple[str, str]:
    """What tells a place from its namesakes: the name of the French département it lies
    in ('' elsewhere, and for a département itself), from the gazetteer, and its ISO 3166
    country code (``country``, else the gazetteer's)."""
    gazetteer = shipped_gazetteer()
    place = gazetteer.by_id.get(place_id)
    code = place.department if place is not None else ""
    department = gazetteer.by_id.get(f"iso3166-2:FR-{code}") if code else None
    area = department.name if department is not None and department.id != place_id else ""
    return area, country or (place.country if place is not None else "")


#: How many of an article's headline words a "see also" article must write in its own
#: headline or lead (fewer when the headline has fewer), one of them a name (a word
#: written with a capital: a place, a person, an organisation); or :data:`SHARED_PLAIN`
#: words without a name. One shared word ("sauveteurs", "mardi", "hôpital") made four
#: unrelated articles of five, and "porté disparu" alone is no subject (newuser17c S8).
SHARED_WORDS = 2
SHARED_PLAIN = 3
#: Letters a word is compared by: "pêcheur" and "pêcheurs", "inondé" and "inondations".
_STEM = 5


#: A headline word found in more than this share of the stored articles is **common**: no
#: evidence that two articles tell one subject ("France", "police", "nouveau"); read only
#: when the store holds :data:`COMMON_FLOOR` articles or more (on a few articles every
#: word is in a large share of them). R6: "see also" counted such words as shared.
COMMON_SHARE = 0.05
COMMON_FLOOR = 200


def _stems(text: str) -> set[str]:
    """The stems of ``text``'s words of four letters or more, function words left out
    (:data:`_NO_SUBJECT`: "après", "contre", "selon", "enfin" tell no subject)."""
    return {stem[:_STEM] for word in _WORD.findall(text)
            if (stem := fold(word)) not in _NO_SUBJECT}


#: Words of four letters or more that tell no subject in a headline: the story terms'
#: function words (:data:`veille.dedup.stories.FUNCTION_WORDS`: "après", "contre",
#: "selon", "depuis", the days of the week) and the adverbs and adjectives of any news
#: ("enfin", "nouveau", "toujours"). Folded. Words common in the store's own articles are
#: found by their match count (:func:`_common_stems`).
_NO_SUBJECT = frozenset(fold(w) for w in (*FUNCTION_WORDS, *(
    "enfin encore toujours jamais bien aussi nouveau nouvelle nouveaux nouvelles premier "
    "première premiers dernier dernière derniers grand grande grands grandes petit petite "
    "quatre cinq plusieurs après avant cette leur leurs autre autres même mêmes peut "
    "selon près sous vers chez tout tous toute toutes quand comment pourquoi "
    # prepositions the story terms lack (t-reader24 R8: "malgré" and "Saint" made a Vendée
    # drowning the "see also" of a Besançon tram vote)
    "malgré pendant durant parmi jusqu face "
    # the first half of thousands of place names ("Saint-Claude", "Saint-Jean-de-Monts"):
    # alone no name shared; the other half ("claud", "jean") still counts
    "saint sainte saints saintes").split()))


def _common_stems(web: WebContext, words: Sequence[str]) -> set[str]:
    """The stems of ``words`` (a headline's) that are common among the indexed articles
    (:data:`COMMON_SHARE`): how many articles write each word against how many there are,
    in one lookup of the index's document frequencies
    (:meth:`veille.web.search.SearchBackend.written_counts`); none below
    :data:`COMMON_FLOOR` articles or when the index cannot say."""
    try:
        total, counts = web.search.written_counts(words)
    except VeilleError:
        return set()
    if total < COMMON_FLOOR:
        return set()
    return {fold(word)[:_STEM] for word in words if counts.get(word, 0) > COMMON_SHARE * total}


#: The share of a headline's words (of four letters or more, at least four of them)
#: written with a capital from which it is in title case (English "Police Launch Knife
#: Amnesty in Dublin"), where a capital tells no name (verify18a V5). French headlines are
#: in sentence case; one made of names alone is short ("Brexit : Londres et Bruxelles").
TITLE_CASE = 0.8
#: What a word follows when its capital may be the sentence's, not a name's: the
#: headline's start, a kicker's colon, a dash, a sentence's end, an opening quote
#: ("Incendie : …", "Démission"; verify18a V5).
_OPENS = re.compile(r"(?:^|[:.!?«\"“—–|]|\s-)\W*$")


def _names(title: str) -> set[str]:
    """The stems of a headline's names: its words written with a capital, but where the
    sentence gives the capital (:data:`_OPENS`) only those that are no French word
    ("Besançon : …" is a name, "Incendie : …" is not; acronyms are); none when the
    headline is in title case (:data:`TITLE_CASE`)."""
    found = list(_WORD.finditer(title))
    capitals = [m for m in found if m.group()[0].isupper()]
    if len(found) >= 4 and len(capitals) >= TITLE_CASE * len(found):
        return set()
    return {fold(m.group())[:_STEM] for m in capitals
            if m.group().isupper() or not _OPENS.search(title[:m.start()])
            or not french().is_word(m.group().lower())}


def _about_the_same(headline: str, candidate: Article,
                    common: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether ``candidate`` writes, in its own headline or lead, :data:`SHARED_WORDS` of
    the words of an article's ``headline`` with one of its names among them, or
    :data:`SHARED_PLAIN` of its words (compared by their first :data:`_STEM` letters,
    folded); function words (:func:`_stems`) and ``common`` stems (:func:`_common_stems`)
    are no shared evidence."""
    content = candidate.content
    if content is None:
        return False
    words = _stems(headline) - set(common)
    shared = words & _stems(f"{content.title} {content.lead}")
    if len(shared) >= SHARED_PLAIN:
        return True
    return len(shared) >= SHARED_WORDS and bool(shared & _names(headline))


def _related(web: WebContext, article: Article) -> list[Article]:
    """Articles on the same subject: found by a search on the headline's words, kept when
    they write :data:`SHARED_WORDS` of them in their own headline or lead (never padding
    from one common word, nor from the same source's latest news: newuser17c S8); one per
    story (the search collapsed by story, as every list is: its best article), never one
    of the article's own story, so an article and its reprint never take two of the
    :data:`RELATED` places (newuser15a W22)."""
    found: list[Article] = []
    own = article.dedup.story_id if article.dedup else None
    stories: set[str] = {own} if own else set()
    title = article.content.title if article.content else ""
    words = list(dict.fromkeys(_WORD.findall(title)))[:8]
    headline = title

    common: set[str] = set()

    def take(candidate: Article, story_id: str | None) -> None:
        if candidate.id == article.id or len(found) >= RELATED or story_id in stories \
                or not _about_the_same(headline, candidate, common):
            return
        found.append(candidate)
        if story_id:
            stories.add(story_id)

    with web.stores.reader() as store:
        if words and web.search.available():
            request = SearchRequest(query=" OR ".join(words), per_page=3 * RELATED,
                                    facets=False, snippets=False, collapse=True)
            try:
                hits = web.search.search(request, store=store).hits
            except VeilleError:
                hits = []
            if hits:
                common |= _common_stems(web, words)
            for hit in hits:
                if hit.id == article.id:
                    continue  # itself: not read again (a huge record's parse, ~0.1 s)
                try:
                    take(store.get(hit.id), hit.story_id)
                except VeilleError:
                    continue  # the index is ahead of or behind the store
    return found


def _same_wire(one: Article, other: Article, copies_this: bool) -> str:
    """The agency both articles credit ("AFP"), when both credit the same one: two
    outlets' copies of one dispatch, neither the other's source (newuser15a W15: Le Figaro's
    "avec AFP" page called Le Monde's "avec AFP" copy its original). Also the agency
    ``one`` credits when ``other`` is that agency's own text that the store calls a copy
    of ``one`` (``copies_this``; a copy dated more than a day before the dispatch it
    credits stays the original, ``dedup/credit_order.CREDIT_SPAN``): the page said
    "Agence AFP" and listed AFP's dispatch as its "reprise" (t-reader22 R2)."""
    return same_wire(credit_of(one), credit_of(other), other.source or "",
                     copies_this=copies_this)


def article(web: WebContext, article_id: str) -> tuple[Article, ArticleDetail]:
    """An article with its story, its copies (reprints, teasers), its versions, and the
    "see also" articles apart (the related ones outside its story and copies).

    Who copies whom is the store's link (``Link.direction``), as ``veille duplicates`` and
    ``/duplicates`` say it: the links are rewritten when a late original takes a copy's
    place (docs/dedup.md). The other record's ``near_duplicates`` is no direction: an
    original stored after its copies keeps them there (newuser7 P2: every copy's page
    called its late original a reprint of it)."""
    with web.stores.reader() as store:
        record = store.get(article_id)
        story_id = record.dedup.story_id if record.dedup else None
        summary = next(iter(store.stories(limit=1, story_id=story_id)), None) \
            if story_id else None
        story_model = _story_model(store, summary, languages=False) \
            if summary is not None else None
        links = [lk for lk in store.links(record.id) if lk.relation != "exact"]
        others = store.get_many(lk.other_id for lk in links)
        copies = [CopyModel(id=lk.other_id, title=_title(others[lk.other_id]),
                            source=others[lk.other_id].source,
                            # a reprint of or by a text without a source: whose is unknown
                            # (h-copies66)
                            relation=lk.relation if lk.relation != "reprint" else
                            copy_relation(True, lk.relation, outlets_known(
                                others[lk.other_id].source, record.source)),
                            date=_published(others[lk.other_id]),
                            copies_this=lk.direction == "by",
                            wire=lk.shared or _same_wire(record, others[lk.other_id],
                                                         lk.direction == "by"),
                            language=_language(others[lk.other_id]))
                  for lk in links if lk.other_id in others]
        copies.sort(key=lambda c: _time_order(others[c.id]))
        stored_versions = store.versions(record.id)
        versions = [_version(v) for v in stored_versions]
        gone = unpublished(store.fetch_state(record.url)) if record.url else None
        kind = relations_of(store, [record.id])[record.id]
        outlet = names_of(store, [record.source]).get(record.source, record.source)
    apart = {c.id for c in copies} | {i.id for i in story_model.items} if story_model else \
        {c.id for c in copies}
    related = [a for a in _related(web, record) if a.id not in apart]
    found = origin_of(credit_of(record), record.source or "",
                      record.content.paragraphs if record.content else (),
                      copy=bool(kind), same_dispatch=any(c.wire for c in copies))
    detail = from_article_detail(record, related).model_copy(update={
        "origin": OriginModel(**found.to_dict()) if found else None,
        "story": story_model, "copies": copies, "versions": versions, "relation": kind,
        "copy_of": copy_of(record, links) if kind else None, "outlet": outlet,
        "revised_at": current_seen(record, stored_versions)})
    if detail.related:
        with web.stores.reader() as store:
            mark_unpublished(store, detail.related)
    if gone is not None and not detail.withdrawn:  # the site removed the page
        detail = detail.model_copy(update={"withdrawn": "unpublished",
                                           "withdrawn_at": gone.seen,
                                           "withdrawn_status": gone.status})
    return record, detail


def copy_of(record: Article, links: Sequence[Link]) -> str | None:
    """The article ``record`` copies: its stored original (``dedup.duplicate_of``) when a
    link still says so, else its best-scored link as a copy; one source of truth with the
    lists' ``relation`` (t-reader23 R4: the article endpoint called every copy an article
    of its own while search, latest and export called it a reprint)."""
    of = [lk for lk in links if lk.direction == "of" and lk.relation != "exact"]
    stored = record.dedup.duplicate_of if record.dedup else None
    if stored and any(lk.other_id == stored for lk in of):
        return stored
    best = max(of, key=lambda lk: lk.score, default=None)
    return best.other_id if best is not None else stored


def _time_order(article: Article) -> tuple[int, float, str]:
    """Where ``article`` goes in a list of copies: by publication time, as the story's
    timeline orders them (t-reader19 R8: the article page listed its reprints in the
    order of their links, 08:45, 08:05, 08:20), the undated ones after, by first seen."""
    published = _published(article)
    if published is not None:
        aware = published if published.tzinfo else published.replace(tzinfo=UTC)
        return 0, aware.timestamp(), article.id
    return 1, article.first_seen.timestamp(), article.id


def _title(article: Article) -> str:
    return article.content.title if article.content else ""


def _language(article: Article) -> str:
    return (article.content.language or "") if article.content else ""


def _published(article: Article) -> datetime | None:
    return article.content.published if article.content else None


def raw(web: WebContext, article_id: str) -> RawCapture:
    with web.stores.reader() as store:
        record = store.get(article_id)
        captured = store.get_raw(record.raw.raw_id, origin=record.raw.origin)  # its own
    try:
        decoded = decode_input(captured.data, captured.media_type, origin=captured.origin)
        text, encoding = decoded.text, decoded.encoding
    except InputError:  # binary: what extraction refused is still shown, never guessed at
        text, encoding = captured.data.decode("utf-8", errors="replace"), "utf-8 (replaced)"
    return RawCapture(article_id=record.id, raw_id=captured.raw_id,
                      media_type=captured.media_type, origin=captured.origin, url=captured.url,
                      fetched_at=captured.fetched_at, encoding=encoding, size=len(captured.data),
                      text=text)


def raw_bytes(web: WebContext, article_id: str) -> tuple[bytes, str]:
    """``(bytes, media type)`` of an article's raw input, exactly as stored."""
    with web.stores.reader() as store:
        record = store.get(article_id)
        captured = store.get_raw(record.raw.raw_id, origin=record.raw.origin)
    return captured.data, captured.media_type


def _when(value: object) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None


def sources(web: WebContext) -> SourcesResponse:
    """The store's sources by article count, an outlet stored by name and by host
    (:func:`veille.outlet_names.same_outlet`) one row under its host (t-final33 #13)."""
    rows = web.sources()
    with web.stores.reader() as store:
        outlets = same_outlet(store, (str(s["source"]) for s in rows), web.outlet_names())
    merged: dict[str, dict[str, Any]] = {}
    for s in rows:
        key = outlets.get(s["source"], s["source"])
        row = merged.setdefault(key, {"source": key, "articles": 0, "latest": None})
        row["articles"] += s["articles"]
        if s["latest"] and (row["latest"] is None or str(s["latest"]) > str(row["latest"])):
            row["latest"] = s["latest"]
    return SourcesResponse(sources=[
        SourceInfo(source=s["source"], articles=s["articles"], latest=_when(s["latest"]))
        for s in sorted(merged.values(), key=lambda r: (-r["articles"], r["source"]))])


def index_lag(web: WebContext) -> int:
    """How many changes of the store's log the search index has not applied yet (0 when
    search is unavailable: the pages say so otherwise). For the pages' notice."""
    if not web.search.available():
        return 0
    with web.stores.primary() as store:  # a lagging read replica's lag counts too
        store_seq = store.change_seq()
    return max(0, store_seq - web.search.applied_seq())


def enrich_lag(web: WebContext) -> int:
    """How much the enrichment view has not applied yet (entity searches, marks and facets
    miss those articles): :meth:`~veille.store.sqlite_enrich.EnrichTables.enrich_lag`. For
    the pages' notice."""
    with web.stores.reader() as store:
        return int(store.enrich_lag())


def stats(web: WebContext) -> StatsResponse:
    """The store's figures, read on the primary when pages are read from a replica
    (``read_url``), with the replica's position beside them (newuser15c D2: the
    replica's own figures were given as the store's, ``index_lag`` 0): ``index_lag``
    counts what searches miss, the replica's lag included."""
    with web.stores.primary() as store:
        counts = store.counts()
        max_seq = store.max_seq()
        store_seq = store.change_seq()
        log = store.log_stats()
        enrich_seq, enrich_lag = store.enrich_applied_seq(), store.enrich_lag()
        stories_seq, behind = store.view_seq(STORIES_VIEW), stories_lag(store)
        replica: dict[str, Any] = {}
        if web.settings.read_url:
            with web.stores.reader() as read:
                replica = replica_position(store, read).as_dict()
    index_seq = web.search.applied_seq()
    return StatsResponse(counts=counts, max_seq=max_seq, sources=len(web.sources()),
                         search_available=web.search.available(), store_seq=store_seq,
                         index_seq=index_seq, index_lag=max(0, store_seq - index_seq),
                         enrich_seq=enrich_seq, enrich_lag=enrich_lag,
                         stories_seq=stories_seq, stories_lag=behind, **log, **replica)
