"""The HTML pages: home, search results, article, raw capture, and the API docs page.

Views only parse parameters, call :mod:`veille.web.queries` (the same calls as their JSON
twins) and render a template. Parameters reuse the API's bounds, so a bad one is the same
422, rendered as an HTML error page.
"""

from __future__ import annotations

import functools
import re
from typing import Annotated

from fastapi import APIRouter, Query, Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response

from veille.extract.article_bound import MAX_ARTICLE_CHARS, bounded_paragraphs
from veille.index.query import field_clause, nothing_searchable, parse_query
from veille.search.paging import is_paging_warning
from veille.search.types import Sort
from veille.web import queries
from veille.web.api import (
    MAX_PAGE,
    MAX_QUERY_INPUT_CHARS,
    ArticleId,
    CursorParam,
    PerPage,
    SortParam,
    StoryId,
    UntilSeq,
    moved_story,
)
from veille.web.context import render, url_with, web
from veille.web.enrich_markup import mark_up, mentioned_dates
from veille.web.params import ui_language
from veille.web.search import SearchUnavailable

HOME_SIZE = 20
_PAST_LAST = re.compile(re.escape(queries.PAST_LAST).replace(r"\{page\}", r"\d+")
                        .replace(r"\{pages\}", r"\d+"))
MAX_HOME_PAGE = 500
PAGE_MAX_CHARS = MAX_ARTICLE_CHARS
"""Characters of an article's body its page shows at most: the article bound
(extract.article_bound), which an article stored before it was set can pass many times over
(a 48 M-character record); past it the page is cut where a paragraph or word ends, says so
and links to the whole text, so one old record cannot stall the page."""

router = APIRouter(include_in_schema=False)


@router.get("/", name="home")
def home(request: Request,
         page: Annotated[int, Query(ge=1, le=MAX_HOME_PAGE)] = 1,
         expand: Annotated[bool, Query(alias="all")] = False,
         until: UntilSeq = None, cursor: CursorParam = None,
         undated: Annotated[bool, Query()] = False) -> HTMLResponse:
    """"Dernières Infos"; its older and newer pages go by the API's cursor (docs/web.md),
    so articles arriving or stories regrouping meanwhile shift no page; past what a cursor
    holds, by offset with page 1's ``max_seq`` as ``until``. ``undated``: the articles of
    unknown date, by first seen, paged the same way (the first page shows their first
    rows apart, with their count and a link here: t-reader19 R2)."""
    context = web(request)
    latest = queries.latest(context, limit=HOME_SIZE,
                            offset=0 if cursor else (page - 1) * HOME_SIZE,
                            collapse=not expand, cursor=cursor, undated=undated,
                            until_seq=until if page > 1 and not cursor else None)
    if latest.warnings:
        page = 1  # the cursor was not used: this is the first page (the warning says why)
    by_offset = {"cursor": None, "until": latest.max_seq}
    if latest.next_cursor:
        older: str | None = url_with(request, page=page + 1, cursor=latest.next_cursor,
                                     until=None)
    else:
        older = url_with(request, page=page + 1, **by_offset) \
            if len(latest.articles) == HOME_SIZE else None
    if page <= 2 or latest.prev_cursor:
        newer = url_with(request, page=page - 1 if page > 2 else None,
                         cursor=latest.prev_cursor if page > 2 else None, until=None)
    else:
        newer = url_with(request, page=page - 1, **by_offset)
    if page > 1 and not latest.articles and not latest.undated:
        # Past the last page: "newer" is the last one, not the page before (as empty).
        last = queries.last_page(context, kind="undated" if undated else "latest",
                                 per_page=HOME_SIZE, collapse=not expand,
                                 until_seq=latest.max_seq)
        newer = url_with(request, page=last if last > 1 else None, cursor=None,
                         until=latest.max_seq if last > 1 else None)
    fresh = {"page": None, "until": None, "cursor": None}
    twin = (f"/api/v1/latest?limit={HOME_SIZE}&collapse={str(not expand).lower()}"
            + ("&undated=true" if undated else ""))
    return render(request, "home.html", latest=latest, page=page, undated_list=undated,
                  collapse_switch=url_with(request, all=None if expand else 1, **fresh),
                  undated_link=url_with(request, undated=1, **fresh),
                  dated_link=url_with(request, undated=None, **fresh),
                  expanded=expand,
                  sources=queries.sources(context).sources,
                  search_available=context.search.available(),
                  index_lag=queries.index_lag(context),
                  enrich_lag=queries.enrich_lag(context),
                  older=older, newer=newer if page > 1 else None,
                  json_twin=twin + (
                      f"&cursor={cursor}" if cursor and not latest.warnings else
                      f"&offset={(page - 1) * HOME_SIZE}&until_seq={latest.max_seq}"
                      if page > 1 else ""))


@router.get("/search", name="search_page")
async def search_page(request: Request,
                      q: Annotated[str, Query(max_length=MAX_QUERY_INPUT_CHARS)] = "",
                      page: Annotated[int, Query(ge=1)] = 1, per_page: PerPage = 10,
                      sort: SortParam = "relevance",
                      expand: Annotated[bool, Query(alias="all")] = False,
                      cursor: CursorParam = None,
                      not_prose: bool = False) -> HTMLResponse:
    """The results page, built in the app's search lane (:mod:`veille.web.lane`). A page
    past the API's bound (:data:`MAX_PAGE`) is a page past the last, said as any other
    (t-final36 B2: a raw 422 pointed a reader to the API's /docs)."""
    return await web(request).lane.run(functools.partial(
        _search_page, request, q=q, page=page, per_page=per_page, sort=sort, expand=expand,
        cursor=cursor, not_prose=not_prose))


def _search_page(request: Request, *, q: str, page: int, per_page: int, sort: Sort,
                 expand: bool, cursor: str | None, not_prose: bool = False) -> HTMLResponse:
    if not q.strip():
        q = ""
    # No query, or nothing searchable in it (symbols, an operator alone: t-reader19 R7):
    # every article, latest first, as /api/v1/search and the feeds list it, with a hint,
    # never a blank page (newuser15a W21); relevance ranks nothing there.
    everything = not q or nothing_searchable(q, parse_query(q).node)
    if everything and sort == "relevance":
        sort = "date"
    context = web(request)
    try:
        result = queries.run_search(context, q=q, page=min(page, MAX_PAGE),
                                    per_page=per_page, sort=sort,
                                    collapse=not expand, cursor=cursor,
                                    language=ui_language(request), not_prose=not_prose)
    except SearchUnavailable as exc:
        return render(request, "search.html", status=503, q=q, sort=sort, result=None,
                      unavailable=str(exc), unavailable_hint=exc.hint,
                      json_twin=None)
    if page > MAX_PAGE:  # no page is served past the bound: this one is past the last
        result = result.model_copy(update={
            "hits": [], "page": page, "pages": min(result.pages, MAX_PAGE),
            "next_cursor": None, "prev_cursor": None})
    days = sorted(result.facets.get("day", []), key=lambda f: f.value, reverse=True)
    day_max = max((f.count for f in days), default=1)
    # Every other link starts another list: none carries this one's cursor.
    fresh = {"page": None, "cursor": None}
    last = _pager_link(request, None, min(result.pages, MAX_PAGE)) \
        if queries.past_last(result) else None
    # Past the last page, the count line says so and the alert below links to the last
    # page: not among the query's warnings too, under "Requête lue au mieux", which is no
    # reading of the query (t-reader19 R15). The API keeps the warning: it has no such line.
    notices = [w for w in result.warnings if not (last and _PAST_LAST.fullmatch(w))]
    # A cursor's warning is no reading of the query either (t-reader20 R13): apart.
    paging = [w for w in notices if is_paging_warning(w)]
    notices = [w for w in notices if not is_paging_warning(w)]
    return render(
        request, "search.html", q=q, everything=everything, sort=sort, result=result,
        notices=notices, paging_notices=paging,
        days=days, day_max=day_max,
        index_lag=queries.index_lag(context), enrich_lag=queries.enrich_lag(context),
        expanded=expand, collapse_switch=url_with(request, all=None if expand else 1, **fresh),
        # Past the last page, "previous" is the last one (the page before may be past too).
        prev=last or _pager_link(request, result.prev_cursor, result.page - 1),
        next=_pager_link(request, result.next_cursor, result.page + 1)
        if result.page < min(result.pages, MAX_PAGE) else None,
        last=last,
        sort_links=[(name, url_with(request, sort=name, **fresh))
                    for name in ("relevance", "date", "fresh")],
        refine=lambda field, value: url_with(
            request, q=f"{q} {field_clause(field, value)}".strip(), **fresh),
        narrow=lambda clause: url_with(request, q=f"{q} {clause}".strip(), **fresh),
        json_twin=url_with(request, all=None, collapse=None if expand else "true"
                           ).replace("/search", "/api/v1/search", 1),
        atom=url_with(request, per_page=None, **fresh).replace("/search",
                                                             "/feeds/search.atom", 1),
        jsonfeed=url_with(request, per_page=None, **fresh).replace("/search",
                                                                 "/feeds/search.json", 1))


def _pager_link(request: Request, cursor: str | None, page: int) -> str | None:
    """The link to results page ``page`` (none before the first): by ``cursor`` when the
    list has one (docs/web.md), the first page without one, else by offset (a list opened
    at a later page, or paged past what a cursor holds)."""
    if page < 1:
        return None
    if cursor is not None:
        return url_with(request, cursor=cursor, page=None)
    return url_with(request, cursor=None, page=None if page == 1 else page)


@router.get("/articles/{article_id}", name="article_page")
def article_page(request: Request, article_id: ArticleId) -> HTMLResponse:
    from veille.web.auth import csrf_token, current_user

    context = web(request)
    record, detail = queries.article(context, article_id)
    shown, kept, total = bounded_paragraphs(detail.paragraphs, PAGE_MAX_CHARS)
    cut = {"shown": kept, "total": total} if kept < total else None
    if cut:
        detail = detail.model_copy(update={"paragraphs": shown})
    enrichment = record.enrichment or {}
    marked = mark_up(detail.title, detail.paragraphs, enrichment,
                     context.translator(request)) if enrichment else None
    return render(request, "article.html", article=detail, enrichment=enrichment,
                  marked=marked, mentioned_dates=mentioned_dates(enrichment), cut=cut,
                  place_ids={str(p.get("id")) for p in enrichment.get("places") or []},
                  doubtful={str(p.get("id")): int(p.get("alternatives") or 0)
                            for p in enrichment.get("places") or [] if p.get("ambiguous")},
                  json_twin=f"/api/v1/articles/{detail.id}",
                  # the "remove from this story" button (f-detach28, web/story_edits.py)
                  detach_csrf=csrf_token(request) if current_user(request) else "",
                  detached=request.query_params.get("detached") == "1")


@router.get("/stories/{story_id}", name="story_page")
def story_page(request: Request, story_id: StoryId) -> Response:
    """A story's coverage by source and time; reprints are marked apart. An old id of the
    story (renamed after its original, merged) redirects to the one it goes by."""
    from veille.web.auth import csrf_token, current_user

    moved = queries.story_moved(web(request), story_id)
    if moved is not None:
        return moved_story(request, moved)
    story = queries.story(web(request), story_id)
    return render(request, "story.html", story=story, json_twin=f"/api/v1/stories/{story.id}",
                  follow_csrf=csrf_token(request) if current_user(request) else "")


@router.get("/articles/{article_id}/raw", name="article_raw")
def article_raw(request: Request, article_id: ArticleId) -> Response:
    """The capture as plain text: never rendered as HTML, whatever it contains."""
    capture = queries.raw(web(request), article_id)
    return PlainTextResponse(capture.text, headers={"content-disposition": "inline"})


@router.get("/docs", name="docs")
def docs(request: Request) -> HTMLResponse:
    """Swagger UI, loaded without inline script so the page keeps a strict CSP."""
    return render(request, "docs.html")
