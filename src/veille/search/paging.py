"""One page of a search list, by page number or by a paging cursor: shared by the API,
the web pages and ``veille search`` (:func:`page`), so page N of a query is the same list
whichever door asks (docs/web.md "paging cursors", docs/cli.md).

A cursor (:mod:`veille.search.cursor`) carries the first page's change log position and
the articles the pages before gave: the articles stored after that position are left
out of every later page and of the count, and the ones already given are skipped
wherever they now rank.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from veille.search.cursor import MAX_IDS, MAX_PAGES, Cursor, CursorError, binding, decode
from veille.search.types import SearchRequest, SearchResponse, Sort
from veille.store.sqlite import SQLiteStore

#: Changes read past a cursor's snapshot at most; more, and its pages start again.
MAX_SNAPSHOT_CHANGES = 20_000
EXPIRED = "the list changed too much since its first page"
UNUSED = "the cursor was not used ({reason}): the list starts again from its first page"


def is_paging_warning(warning: str) -> bool:
    """Whether ``warning`` is about the list's cursor (:data:`UNUSED`), not the query: the
    results page shows it apart from the query's reading (t-reader20 R13)."""
    return warning.startswith(UNUSED.split("{", 1)[0])


def read_cursor(text: str | None, bound: bytes, warnings: list[str]) -> Cursor | None:
    """The cursor ``text`` encodes for the list ``bound``; ``None`` (and a warning saying
    why) when it is unreadable or another list's: a stale link starts the list again
    rather than failing."""
    if not text:
        return None
    try:
        return decode(text, bound)
    except CursorError as exc:
        warnings.append(UNUSED.format(reason=exc))
        return None


def arrived_since(store: SQLiteStore, snapshot: int) -> frozenset[str] | None:
    """The articles first stored after the change log position ``snapshot`` (its ``new``
    changes), or ``None`` when that cannot be told: the log was compacted past it, or
    more than :data:`MAX_SNAPSHOT_CHANGES` changes follow it."""
    if snapshot > store.change_seq():
        return None  # another (or a rebuilt) store's position
    log = store.changes(after=snapshot, limit=MAX_SNAPSHOT_CHANGES + 1)
    if snapshot < store.compacted_seq() or len(log) > MAX_SNAPSHOT_CHANGES:
        return None
    return frozenset(c.article_id for c in log if c.kind == "new")


PAST_LAST = "page {page} is past the last page ({pages}) of these results"
"""The warning of a page past the last one (newuser11b U27)."""


@dataclass(slots=True)
class Paged:
    """A page of results and the cursors around it (encoded; ``None``: no such page, or
    a page reached by number past :data:`~veille.search.cursor.MAX_IDS` rows: it goes on
    by number). A page reached by number gives them as if reached by cursor (h-api66)."""

    response: SearchResponse
    warnings: list[str]
    """About the cursor (not used, and why), before the query's own warnings."""
    snapshot: int | None
    next_cursor: str | None
    prev_cursor: str | None


def by_number(run: Callable[[SearchRequest], SearchResponse], request: SearchRequest,
              at: Cursor) -> Cursor | None:
    """The cursor that leads to page ``request.page`` (read by number, past the first) of
    a list, as if its pages before had been read by cursor from ``at`` (the list's first
    cursor, its snapshot read now): each page before is searched again (``run``, no
    facets), so the answer's ``next_cursor`` leads on from the page shown, exactly.
    ``None`` past :data:`~veille.search.cursor.MAX_IDS` rows or
    :data:`~veille.search.cursor.MAX_PAGES` pages (that list goes on by number). Costs
    ``page - 1`` searches; h-api66 (issue 16: ``/api/v1/search?page=2`` gave no
    ``next_cursor``, as the other lists did before h-api65)."""
    if (request.page - 1) * request.per_page > MAX_IDS or request.page >= MAX_PAGES:
        return None
    for number in range(1, request.page):
        before = run(replace(request, page=number))
        moved = at.then(before.accounted, len(before.hits))
        if moved is None or not before.hits:
            return None
        at = moved
    return at


def page(store: SQLiteStore, run: Callable[[SearchRequest], SearchResponse], *,
         query: str, page: int, per_page: int, sort: Sort, collapse: bool,
         cursor: str | None = None, facets: bool = True,
         language: str | None = None, not_prose: bool = False) -> Paged:
    """Page ``page`` of ``query`` (``run`` searches over ``store``), or the page
    ``cursor`` leads to (``page`` is then the cursor's own). The first page, and a page
    reached by cursor, give the cursor of the next page when there is more. A cursor
    that cannot be used gives the first page, with a warning saying why. ``language``: the
    reader's (:attr:`SearchRequest.language`); ``not_prose``: the articles of no prose
    searched too (:attr:`SearchRequest.not_prose`), a list of its own."""
    bound = binding("search", query, sort, collapse, per_page, *(
        ("not_prose",) if not_prose else ()))
    warnings: list[str] = []
    hidden: frozenset[str] = frozenset()
    at = read_cursor(cursor, bound, warnings)
    if at is not None:
        found = arrived_since(store, at.snapshot)
        if found is None:
            warnings.append(UNUSED.format(reason=EXPIRED))
            at = None
        else:
            hidden = found
    first = at is None and (page == 1 or bool(cursor))
    response = run(SearchRequest(query=query, page=at.page if at else 1 if first else page,
                                 per_page=per_page, sort=sort, collapse=collapse,
                                 facets=facets,
                                 seen=frozenset(at.ids) if at else frozenset(),
                                 hidden=hidden, seen_rows=at.rows if at else 0,
                                 language=language, not_prose=not_prose))
    pages = max(1, -(-response.total // max(1, response.per_page)))
    if response.total > 0 and not response.hits and response.page > pages:
        # a page past the last of a query that found something: "no result" would be
        # wrong advice, in the API, the web page and the CLI alike (verify12 X4)
        warnings.append(PAST_LAST.format(page=response.page, pages=pages))
    if first and response.total > len(response.hits):
        # read after the search, and only for a list of several pages (~20 µs): an
        # article stored meanwhile may join a later page, never repeat or hide one
        at = Cursor(store.change_seq(), binding=bound)
    elif at is None and response.hits and \
            (response.page - 1) * response.per_page + len(response.hits) < response.total:
        at = by_number(run, SearchRequest(query=query, page=page, per_page=per_page,
                                          sort=sort, collapse=collapse, facets=False,
                                          language=language, not_prose=not_prose),
                       Cursor(store.change_seq(), binding=bound))
    if at is None:
        return Paged(response, warnings, None, None, None)
    after = at.then(response.accounted, len(response.hits)) \
        if at.rows + len(response.hits) < response.total else None
    before = at.back()
    return Paged(response, warnings, at.snapshot,
                 after.encode() if after is not None else None,
                 before.encode() if before is not None else None)
