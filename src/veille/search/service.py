"""The one search function behind the CLI, the JSON API and the web UI.

It parses the query (never failing on a malformed one: the reading it made is reported in
``warnings``), asks the index for one page with the total count and the facets, and
renders each hit's title and snippets as HTML-safe text with the matches marked. Everything
a hit shows comes from the index, so the store is not read.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from veille.dedup.representative import fullest, text_length
from veille.enrich.aliases import AliasTable, shipped_table
from veille.enrich.query import entity_terms, resolve_aliases
from veille.errors import QueryError
from veille.index.analysis import MAX_TOKEN_CHARS
from veille.index.base import (
    NOT_PROSE_FILTER,
    Index,
    IndexHit,
    IndexResult,
    IndexSort,
    Ranked,
    rank,
)
from veille.index.query import (
    NOTHING_SEARCHABLE,
    And,
    Filter,
    MatchAll,
    Node,
    Not,
    common_in,
    common_words_only,
    nothing_searchable,
    parse_query,
    positive_terms,
    too_long_words,
)
from veille.outlet_groups import other_outlets, sites_of
from veille.search.copy_rank import settled_head
from veille.search.filter_hint import unknown_filter_warnings
from veille.search.highlight import Highlighter, plain_snippet
from veille.search.shown_sources import with_shown_names
from veille.search.source_facets import merged_sources
from veille.search.source_hint import unknown_source_warnings
from veille.search.types import Facet, Hit, SearchRequest, SearchResponse

MAX_PER_PAGE = 100
COLLAPSE_DEPTH = 1000
"""Collapsing by story looks at this many matches; deeper ones are counted, not grouped."""
MAX_RESULTS_DEPTH = 10_000
"""Deep pages cost as much as all the pages before them; nobody reads result 10,001."""


def _page_bounds(request: SearchRequest, warnings: list[str]) -> tuple[int, int]:
    if request.page < 1:
        raise QueryError(f"page {request.page} does not exist", hint="pages start at 1")
    per_page = request.per_page
    if not 1 <= per_page <= MAX_PER_PAGE:
        per_page = min(max(per_page, 1), MAX_PER_PAGE)
        warnings.append(f"per_page must be between 1 and {MAX_PER_PAGE}; used {per_page}")
    offset = 0 if _keyed(request) else (request.page - 1) * per_page
    if offset + len(request.seen) + per_page > MAX_RESULTS_DEPTH:
        raise QueryError(f"page {request.page} is beyond the first {MAX_RESULTS_DEPTH} results",
                         hint="narrow the query with more words or a date: filter")
    return per_page, offset


StoryOf = Callable[[list[str]], dict[str, tuple[str, bool]]]
"""``ids -> {id: (story id, reprint)}`` for the clustered ones (the store's ``story_of``)."""
StorySources = Callable[[list[str]], dict[str, int]]
CopiesOf = Callable[[list[str]], dict[str, str]]
"""``ids -> {id: the id of the article it copies}`` for the copies among them (the store's
``copies_of``)."""
"""``story ids -> {story id: sources carrying it}`` (the store's ``story_sources``)."""


@dataclass(frozen=True, slots=True)
class Shown:
    """A hit on the page, with its story and, when collapsed, what it stands for: the
    story's OTHER MATCHING articles and their sources (never the story's whole coverage)."""

    hit: IndexHit
    story_id: str | None
    others: int = 0
    other_sources: int = 0
    members: tuple[str, ...] = ()
    """Every article the row accounts for, the hit first (collapsed: its story's other
    matches too)."""
    latest: IndexHit | None = None
    """Collapsed and sorted by date: the story's newest match, which the row is sorted by,
    when it is not :attr:`hit` (the row then says its date: t-reader20 R6)."""


def without_not_prose(node: Node) -> Node:
    """``node`` less the articles whose body is no prose (a page of headlines, a keyword
    dump: their ``entity`` term :data:`veille.index.base.NOT_PROSE_TERM`), one clause that
    both backends compile alike; h-api66 (issue 14: a tag page ranked above prose)."""
    if isinstance(node, And):
        return And((*node.items, Not(Filter("entity", NOT_PROSE_FILTER))))
    return And((node, Not(Filter("entity", NOT_PROSE_FILTER))))


def _keyed(request: SearchRequest) -> bool:
    """Whether the page follows a paging cursor (``seen``/``hidden``) rather than an
    offset."""
    return bool(request.seen or request.hidden)


def _matches_among(index: Index, node: Node, ranked: Ranked, ids: frozenset[str]) -> int:
    """How many of ``ids`` match ``node`` now: those ``ranked`` holds, and of the others
    (none when it holds every match) those the index counts (``count_among``): the rows
    given before mostly rank in the first ones, so a page by cursor seldom asks."""
    if not ids:
        return 0
    found = {i for i in ranked.ids if i in ids}
    rest = ids - found
    count_among = getattr(index, "count_among", None)
    if not rest or len(ranked.ids) >= ranked.total or count_among is None:
        return len(found)
    return len(found) + int(count_among(node, sorted(rest)))


def _collapsed(index: Index, node: Node, story_of: StoryOf, *, per_page: int, offset: int,
               sort: IndexSort, facets: bool, skip: frozenset[str] = frozenset(),
               prefer: str | None = None) -> tuple[IndexResult, int, list[Shown]]:
    """One page of results with one hit per story, collapsed over the first
    ``COLLAPSE_DEPTH`` matches (not per page): the total counts stories, so the pages hold
    exactly what the count says. A story sits where its best-ranked match is and shows its
    fullest independent match (:func:`veille.dedup.representative.fullest`). The matches
    are grouped by id; only the documents of the page's stories are loaded. The matches in
    ``skip`` (accounted for by earlier pages, or stored after their snapshot) are left
    out, of the rows and of the total (which then counts the rows left). ``prefer``: the
    reader's language (:attr:`SearchRequest.language`)."""
    ranked = rank(index, node, limit=COLLAPSE_DEPTH + len(skip), sort=sort, facets=facets,
                  prefer=prefer)
    stories = story_of(ranked.ids)
    groups: dict[str, list[int]] = {}
    kept = 0
    for position, article_id in enumerate(ranked.ids):
        if article_id in skip:
            continue
        kept += 1
        story = stories.get(article_id)
        groups.setdefault(story[0] if story else "#" + article_id, []).append(position)
    page = list(groups.items())[offset: offset + per_page]
    wanted = [position for _key, members in page for position in members]
    loaded = dict(zip(wanted, ranked.load(wanted), strict=True))
    shown: list[Shown] = []
    for key, positions in page:
        members = [IndexHit(loaded[p], ranked.scores[p]) for p in positions]
        best = fullest(members, length=lambda h: text_length(h.doc.body.split("\n\n")),
                       reprint=lambda h: stories.get(h.doc.id, ("", False))[1])
        newest = members[0] if sort == "date" and members[0] is not best else None
        shown.append(Shown(best, None if key.startswith("#") else key, len(members) - 1,
                           # no source ('') is no outlet, as the story counts (t-final24 F7);
                           # one outlet's editions are one source (t-final30 F3)
                           other_outlets((m.doc.source for m in members), best.doc.source,
                                         sites_of((m.doc.source, m.doc.url) for m in members)),
                           (best.doc.id, *(m.doc.id for m in members if m is not best)),
                           newest if newest is not None and newest.doc.published else None))
    left = ranked.total - _matches_among(index, node, ranked, skip)
    total = len(groups) + (left - kept)
    return IndexResult(total=ranked.total, hits=[], facets=ranked.facets), total, shown


def _keyed_page(index: Index, node: Node, request: SearchRequest, *, per_page: int,
                sort: IndexSort) -> tuple[IndexResult, int]:
    """The first ``per_page`` matches not in ``request.seen`` nor ``request.hidden``, in
    the ranking of now, and the rows shown before plus the matches left."""
    skip = request.seen | request.hidden
    ranked = rank(index, node, limit=len(skip) + per_page, sort=sort, facets=request.facets,
                  prefer=request.language)
    positions = [p for p, i in enumerate(ranked.ids) if i not in skip][:per_page]
    hits = [IndexHit(doc, ranked.scores[p])
            for p, doc in zip(positions, ranked.load(positions), strict=True)]
    left = ranked.total - _matches_among(index, node, ranked, skip)
    return IndexResult(total=ranked.total, hits=hits, facets=ranked.facets), \
        request.seen_rows + left


COPY_MARGIN = 50
"""An uncollapsed page by relevance ranks this many matches past the rows it needs: an
original is mostly within a few places of its copy, so its copies settle in one round."""


def _ranked_page(index: Index, node: Node, request: SearchRequest, copies_of: CopiesOf, *,
                 per_page: int, offset: int, sort: IndexSort) -> tuple[IndexResult, int]:
    """One page of every match (not collapsed) by relevance, no copy above the article it
    copies (:func:`veille.search.copy_rank.copies_after_originals`, t-reader20 R7), then
    cut by ``offset`` or, following a cursor, past the matches in
    ``request.seen``/``request.hidden``. Returns the page and the total (by cursor: the
    rows shown before plus the matches left).

    A top-k, not an order of every match (issue 13: the first 1,000 matches were ranked
    and ordered for each page): a copy moves only down, to just below its original, so
    the first ``depth`` matches, less the copies whose original ranks below them (which
    sink out of sight), are in their final order at the head of the list
    (:func:`~veille.search.copy_rank.settled_head`). Only the rows that decide the page
    are asked whether they copy another (a store read each), and the index whether an
    original below the ranked rows matches at all; ``depth`` grows only when the copies
    sinking out leave the page short."""
    skip = request.seen | request.hidden
    keyed = _keyed(request)
    depth = len(skip) + offset + per_page + COPY_MARGIN
    original_of: dict[str, str] = {}
    asked: set[str] = set()
    matching: dict[str, bool] = {}
    count_among = getattr(index, "count_among", None)

    def window(ids: list[str]) -> list[int]:
        if keyed:
            return [i for i in range(len(ids)) if ids[i] not in skip][:per_page]
        return list(range(len(ids)))[offset: offset + per_page]

    def reach(ids: list[str]) -> list[int]:
        """The rows whose place decides the page: by cursor the page's own (the rows
        already given are left out wherever they stand), by offset every row down to
        the page's end (a copy above the page that moves down shifts it)."""
        return window(ids) if keyed else list(range(min(len(ids), offset + per_page)))

    while True:
        ranked = rank(index, node, limit=depth, sort=sort, facets=request.facets,
                      prefer=request.language)
        complete = len(ranked.ids) >= ranked.total
        while True:
            below = {o for o in original_of.values() if o not in matching}
            if below and not complete and count_among is not None:
                inside = set(ranked.ids)
                for original in sorted(below - inside):
                    matching[original] = bool(count_among(node, [original]))
            # every match ranked: an original not among them does not match
            ids, scores = settled_head(
                ranked.ids, ranked.scores, original_of,
                matches=(lambda _o: False) if complete else lambda o: matching.get(o, True))
            unasked = [ids[i] for i in reach(ids) if ids[i] not in asked]
            if not unasked:
                break
            asked.update(unasked)
            original_of.update(copies_of(unasked))
        rows = len(window(ids)) if keyed else len(ids) - offset
        if complete or rows >= per_page or depth >= ranked.total:
            break
        depth = min(ranked.total, depth * 2)
    order = window(ids)
    where = {article_id: p for p, article_id in enumerate(ranked.ids)}
    if keyed:
        total = request.seen_rows + ranked.total - _matches_among(index, node, ranked, skip)
    else:
        total = ranked.total
    docs = ranked.load([where[ids[i]] for i in order])
    hits = [IndexHit(doc, scores[i]) for i, doc in zip(order, docs, strict=True)]
    return IndexResult(total=ranked.total, hits=hits, facets=ranked.facets), total


def _own_times(store: Any, hits: list[IndexHit]) -> dict[str, datetime]:
    """The page's publication times with each article's own offset, from the store (the
    index keeps the UTC instant): what the day facet and ``date:`` file it under (its own
    calendar day, docs/record.md), so a hit shows the day it is found on (newuser7 P4).
    A time the store gives for another instant (the index is behind) is not taken."""
    published_times = getattr(store, "published_times", None)
    dated = [h.doc for h in hits if h.doc.published is not None]
    if published_times is None or not dated:
        return {}
    found: dict[str, datetime] = published_times([d.id for d in dated])
    return {d.id: found[d.id] for d in dated
            if d.id in found and found[d.id].utcoffset() is not None
            and found[d.id] == d.published}


def _story_latest(latest: IndexHit | None, own_times: dict[str, datetime]) -> dict[str, Any]:
    """:attr:`Hit.story_latest` and its precision from the story's newest match (its own
    offset when the store gives it), none without one."""
    if latest is None or latest.doc.published is None:
        return {}
    return {"story_latest": own_times.get(latest.doc.id, latest.doc.published),
            "story_latest_precision": "day" if latest.doc.published_precision == "day"
            else "time"}


def search(request: SearchRequest, *, index: Index, store: Any = None,
           aliases: AliasTable | None = None) -> SearchResponse:
    """Run one search request against ``index``; ``store`` is accepted for API symmetry;
    ``aliases`` (default: the shipped table) are resolved at query time
    (:mod:`veille.enrich.query`)."""
    started = time.perf_counter()
    parsed = parse_query(request.query)
    table = aliases or shipped_table()
    if getattr(store, "places", None) is not None:
        from veille.search.place_names import with_stored_places

        node = resolve_aliases(with_stored_places(parsed.node, store), table, labels=False)
    else:
        node = resolve_aliases(parsed.node, table)
    asked = node
    node = with_shown_names(node, store)  # source:"Le Dauphiné libéré" of ledauphine.com
    if not request.not_prose:  # h-api66: a tag page is no news, and repeats every keyword
        node = without_not_prose(node)
    warnings = list(parsed.warnings)
    if nothing_searchable(request.query, parsed.node):
        warnings.append(NOTHING_SEARCHABLE)
    per_page, offset = _page_bounds(request, warnings)
    if common_words_only(parsed.node, index.analyze):
        # "jusqu'à", "le", "de la": not indexed (they are in nearly every article), so
        # they cannot be counted; say so rather than list every article as a match.
        long = too_long_words(parsed.node)
        warnings.append(
            f"{', '.join(long)[:80]}: longer than {MAX_TOKEN_CHARS} characters, which is "
            "not indexed as a word (links or codes run together): search a part of it"
            if long else f"{request.query.strip()[:80]}: only common words, which are not "
            "searched; add a word that matters")
        return SearchResponse(query=request.query, total=0, page=request.page,
                              per_page=per_page, hits=[], facets={},
                              took_ms=round((time.perf_counter() - started) * 1000, 3),
                              warnings=warnings)
    sort: IndexSort = request.sort
    if isinstance(parsed.node, MatchAll) and sort == "relevance":
        sort = "date"  # every article matches equally: show the latest first
    story_of: StoryOf | None = getattr(store, "story_of", None)
    if request.collapse and story_of is not None:
        result, total, shown = _collapsed(index, node, story_of, per_page=per_page,
                                          offset=offset, sort=sort, facets=request.facets,
                                          skip=request.seen | request.hidden,
                                          prefer=request.language)
        total += request.seen_rows
    else:
        copies_of: CopiesOf | None = getattr(store, "copies_of", None)
        if sort != "date" and copies_of is not None:
            result, total = _ranked_page(index, node, request, copies_of, per_page=per_page,
                                         offset=offset, sort=sort)
        elif _keyed(request):
            result, total = _keyed_page(index, node, request, per_page=per_page, sort=sort)
        else:
            result = index.search(node, limit=per_page, offset=offset, sort=sort,
                                  facets=request.facets, prefer=request.language)
            total = result.total
        stories = story_of([h.doc.id for h in result.hits]) if story_of is not None else {}
        shown = [Shown(h, stories.get(h.doc.id, ("", False))[0] or None, members=(h.doc.id,))
                 for h in result.hits]
    own_times = _own_times(store, [h for e in shown for h in (e.hit, e.latest) if h])
    sources_of: StorySources | None = getattr(store, "story_sources", None)
    coverage = (sources_of(list({e.story_id for e in shown if e.story_id}))
                if sources_of is not None else {})
    highlighter = Highlighter(positive_terms(node), index.analyze,
                              names=entity_terms(node, table))
    hits = [
        Hit(
            id=hit.doc.id,
            title=hit.doc.title,
            source=hit.doc.source,
            url=hit.doc.url,
            published=own_times.get(hit.doc.id, hit.doc.published),
            published_precision=(hit.doc.published_precision
                                 if own_times.get(hit.doc.id, hit.doc.published) else None),
            language=hit.doc.language,
            score=hit.score,
            snippets=(snippets := highlighter.snippets(hit.doc.body, hit.doc.language)
                      if request.snippets else []),
            snippets_text=[plain_snippet(x) for x in snippets],
            title_html=highlighter.mark(hit.doc.title, hit.doc.language),
            story_id=entry.story_id, others=entry.others, other_sources=entry.other_sources,
            story_sources=coverage.get(entry.story_id or "", 0),
            **_story_latest(entry.latest, own_times),
        )
        for entry in shown for hit in (entry.hit,)
    ]
    facets = {name: [Facet(value, count) for value, count in (
        merged_sources(values, store) if name == "source" else values)]
              for name, values in result.facets.items()}  # an outlet once (t-final51b B2)
    if not total:
        warnings.extend(unknown_source_warnings(asked, index, store))
        warnings.extend(unknown_filter_warnings(node, index, store, parsed.node))
        names = {"fr": "French", "en": "English", "de": "German", "es": "Spanish",
                 "it": "Italian", "pt": "Portuguese", "ru": "Russian"}
        warnings.extend(f"{word}: a common word in {names.get(lang, lang)}, searched only in "
                        "articles in other languages" for word, lang in common_in(
                            parsed.node, index.analyze))
    return SearchResponse(
        query=request.query, total=total, page=request.page, per_page=per_page,
        hits=hits, facets=facets, took_ms=round((time.perf_counter() - started) * 1000, 3),
        warnings=warnings, accounted=[i for entry in shown for i in entry.members],
    )
