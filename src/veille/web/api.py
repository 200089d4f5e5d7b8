"""The read-only JSON API under ``/api/v1``: the JSON twin of every page.

Parameters are bounded here (query length, page, page size, offsets) so that bad input is a
422 with a clear message and never reaches SQLite as an out-of-range integer.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from starlette.responses import Response

from veille.index.query import MAX_QUERY_CHARS as MAX_QUERY_CHARS  # the pages import both
from veille.index.query import MAX_QUERY_INPUT_CHARS as MAX_QUERY_INPUT_CHARS
from veille.search.cursor import MAX_CHARS as MAX_CURSOR_CHARS
from veille.search.types import Sort
from veille.web import queries
from veille.web.context import web
from veille.web.models import (
    ArticleDetail,
    DuplicatesResponse,
    ErrorResponse,
    LatestResponse,
    RawCapture,
    SearchResult,
    SourcesResponse,
    StatsResponse,
    StoriesResponse,
    StoryModel,
)
from veille.web.params import past_end, search_paging, ui_language, unknown_parameters

# The query language reads MAX_QUERY_CHARS characters of a query and cuts the rest with a
# warning (docs/search.md), as the CLI does; a request's ``q`` may hold
# MAX_QUERY_INPUT_CHARS (422 beyond; a URL of this size stays under uvicorn's 16 KiB
# request-line limit when mostly ASCII).
MAX_PER_PAGE = 50
MAX_PAGE = 200
"""With MAX_PER_PAGE, the first 10,000 results: search pages no deeper (the schema says so)."""
MAX_OFFSET = 100_000
MAX_SEQ = 2**62
ID_PATTERN = r"^[A-Za-z0-9_-]{1,64}$"

ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorResponse, "description": text}
    for status, text in ((400, "Bad request"), (404, "Not found"), (413, "Body too large"),
                         (422, "Invalid parameter"), (503, "Search index not available"))}

Q = Annotated[str, Query(max_length=MAX_QUERY_INPUT_CHARS,
                         description="A query in veille's query language; empty (or left "
                                     "out): every article, newest first. Past its first "
                                     f"{MAX_QUERY_CHARS} characters it is cut, with a "
                                     "warning.")]
Page = Annotated[int, Query(ge=1, le=MAX_PAGE)]
PerPage = Annotated[int, Query(ge=1, le=MAX_PER_PAGE)]
SortParam = Annotated[Sort, Query(description="relevance, date (newest first) or fresh "
                                              "(relevance boosted by recency).")]
SearchLimit = Annotated[int | None, Query(
    ge=1, le=MAX_PER_PAGE, description="Hits per page, as every list's `limit` (the same as "
                                       "`per_page`, kept as its alias; t-final66 R5).")]
SearchOffset = Annotated[int | None, Query(
    ge=0, le=MAX_PAGE * MAX_PER_PAGE - 1,
    description="The hits to skip, as every list's `offset`: a multiple of `limit` "
                "(`page` = offset / limit + 1; another is rounded down to one, with a "
                "warning). `page` is kept as its alias.")]
Limit = Annotated[int, Query(ge=1, le=100)]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]
AfterSeq = Annotated[int, Query(ge=0, le=MAX_SEQ,
                                description="Only articles stored after this sequence number "
                                            "(the max_seq of a previous answer).")]
UntilSeq = Annotated[int | None, Query(
    ge=0, le=MAX_SEQ, description="Only articles stored up to this sequence number: send the "
                                  "first page's max_seq with every later page, so that "
                                  "articles arriving meanwhile neither repeat nor hide one.")]
ChangedAfter = Annotated[int | None, Query(
    ge=0, le=MAX_SEQ, description="Also list the articles changed (new versions, "
                                  "re-extractions, deletions) since this change log position "
                                  "(the change_seq of a previous answer).")]
ArticleId = Annotated[str, Path(pattern=ID_PATTERN)]
Collapse = Annotated[bool, Query(description="One article per story, with how many other "
                                             "sources carry it: the rows and count of the "
                                             "home page and of the `/search` page. False "
                                             "by default: every article.")]
StoryId = Annotated[str, Path(pattern=ID_PATTERN)]
CursorParam = Annotated[str | None, Query(
    max_length=MAX_CURSOR_CHARS,
    description="The previous answer's `next_cursor`: the next page of the same list, as "
                "it stood at its first page (articles stored since left out, none given "
                "twice or skipped); `page` and `offset` are then ignored. A cursor veille "
                "did not give (cut or altered by a mail client, of another list) gives the "
                "first page again with a warning, never an error (t-reader20 R8).")]

router = APIRouter(prefix="/api/v1", tags=["read"], responses=ERRORS)


@router.get("/search", response_model=SearchResult, summary="Search articles")
async def search(request: Request, q: Q = "", page: Page = 1, per_page: PerPage = 10,
                 sort: SortParam = "relevance", collapse: Collapse = False,
                 cursor: CursorParam = None, limit: SearchLimit = None,
                 offset: SearchOffset = None,
                 not_prose: Annotated[bool, Query(description=(
                     "Search the articles whose body is no prose too (pages of headlines: "
                     "section or tag pages; keyword dumps), each marked `not_prose`; they "
                     "are left out by default, as they repeat every keyword."))] = False
                 ) -> Response:
    """The JSON twin of ``/search``.

    The result is serialised in the worker thread that computed it and sent as bytes, the
    bytes FastAPI would send for ``response_model=SearchResult`` (the model's own JSON:
    tests/web/test_api_json.py compares them), where FastAPI would validate the model again
    and serialise it in a second trip through the thread pool. Searches queue in the
    app's search lane (:mod:`veille.web.lane`)."""
    context = web(request)
    t = context.translator(request)
    paged = search_paging(page, per_page, limit, offset)
    page, per_page = paged.page, paged.per_page
    ignored = [*unknown_parameters(request), *paged.warnings]

    def run() -> bytes:
        result = queries.run_search(context, q=q, page=page, per_page=per_page, sort=sort,
                                    collapse=collapse, cursor=cursor,
                                    language=ui_language(request), not_prose=not_prose)
        result.warnings = [*ignored, *result.warnings]
        result.localized_warnings = [t.message(w) for w in result.warnings]
        return result.model_dump_json(by_alias=True).encode()

    return Response(await context.lane.run(run), media_type="application/json")



@router.get("/latest", response_model=LatestResponse, summary="Latest news, newest first")
def latest(request: Request, limit: Limit = 20, offset: Offset = 0,
           after_seq: AfterSeq = 0, collapse: Collapse = False,
           until_seq: UntilSeq = None,
           changed_after: ChangedAfter = None,
           cursor: CursorParam = None,
           undated: Annotated[bool, Query(description=(
               "The articles of unknown date instead, by first seen (the first page's "
               "`undated` holds their first rows, `undated_total` their count, "
               "`undated_cursor` the cursor of the rest)."))] = False) -> LatestResponse:
    """The JSON twin of the home page's "Dernières Infos"; poll it with ``after_seq`` (new
    articles) and ``changed_after`` (corrections), page through it with ``next_cursor``
    (or ``offset`` and the first page's ``max_seq`` as ``until_seq``)."""
    context = web(request)
    found = queries.latest(context, limit=limit, offset=offset, after_seq=after_seq,
                           collapse=collapse, until_seq=until_seq,
                           changed_after=changed_after, cursor=cursor, undated=undated)
    found.warnings = [*unknown_parameters(request), *found.warnings, *(past_end(
        offset, len(found.articles) + len(found.undated),
        found.undated_total if undated else None) if cursor is None else [])]
    t = context.translator(request)
    found.localized_warnings = [t.message(w) for w in found.warnings]
    return found


@router.get("/stories", response_model=StoriesResponse,
            summary="Stories, most recently active first")
def stories(request: Request, limit: Limit = 20, offset: Offset = 0,
            min_articles: Annotated[int, Query(ge=1, le=10_000)] = 1,
            cursor: CursorParam = None,
            not_prose: Annotated[bool, Query(description="List the stories of pages of no "
                                             "prose too (a keyword dump, a list of names), "
                                             "marked by their `not_prose`; left out by "
                                             "default.")] = False) -> StoriesResponse:
    """Each story with its coverage: sources, independent sources, reprints, articles.
    Page with the answer's ``next_cursor`` (stable while articles arrive)."""
    context = web(request)
    found = queries.stories(context, limit=limit, offset=offset,
                            min_articles=min_articles, cursor=cursor, not_prose=not_prose)
    found.warnings = [*unknown_parameters(request), *found.warnings, *(past_end(
        offset, len(found.stories), found.total) if cursor is None else [])]
    t = context.translator(request)
    found.localized_warnings = [t.message(w) for w in found.warnings]
    return found


def moved_story(request: Request, story_id: str) -> Response:
    """A permanent redirect from an old story id's URL (``request``) to the id the story
    goes by now (``queries.story_moved``), the query string kept."""
    path = request.url.path
    target = path[:path.rindex("/") + 1] + story_id
    query = request.url.query
    return Response(status_code=308,
                    headers={"location": f"{target}?{query}" if query else target})


@router.get("/stories/{story_id}", response_model=StoryModel, summary="One story",
            responses={308: {"description": "An old id of the story: redirects to the id "
                                            "it goes by now (renamed after its original, "
                                            "merged into another story)."}})
def story(request: Request, story_id: StoryId) -> StoryModel | Response:
    """The JSON twin of ``/stories/{story_id}``."""
    moved = queries.story_moved(web(request), story_id)
    if moved is not None:
        return moved_story(request, moved)
    return queries.story(web(request), story_id)


@router.get("/articles/{article_id}/duplicates", response_model=DuplicatesResponse,
            summary="An article's copies and earlier versions")
def duplicates(request: Request, article_id: ArticleId) -> DuplicatesResponse:
    return queries.duplicates(web(request), article_id)


@router.get("/articles/{article_id}", response_model=ArticleDetail, summary="One article")
def article(request: Request, article_id: ArticleId) -> ArticleDetail:
    """The JSON twin of ``/articles/{article_id}``, with related articles."""
    return queries.article(web(request), article_id)[1]


@router.get("/articles/{article_id}/raw", response_model=RawCapture,
            summary="The raw capture an article came from")
def raw(request: Request, article_id: ArticleId) -> RawCapture:
    """The capture decoded as extraction decoded it, with the encoding used."""
    return queries.raw(web(request), article_id)


@router.get("/articles/{article_id}/raw/bytes", response_class=Response,
            summary="The raw capture's exact bytes",
            responses={200: {"content": {"application/octet-stream": {}}}})
def raw_bytes(request: Request, article_id: ArticleId) -> Response:
    """The stored input byte for byte, as a download (never rendered); its media type, as
    stored, in ``X-Veille-Media-Type``."""
    data, media_type = queries.raw_bytes(web(request), article_id)
    return Response(data, media_type="application/octet-stream", headers={
        "content-disposition": f'attachment; filename="{article_id}.raw"',
        "x-veille-media-type": media_type.encode("ascii", "replace").decode()})


@router.get("/sources", response_model=SourcesResponse, summary="Sources, by article count")
def sources(request: Request) -> SourcesResponse:
    return queries.sources(web(request))


@router.get("/stats", response_model=StatsResponse,
            summary="What the store holds, and how far the index lags behind it")
def stats(request: Request) -> StatsResponse:
    """Counts, and the change log's position in the store (``store_seq``) and in the search
    index (``index_seq``): ``index_lag`` changes are stored but not yet searchable; the
    enrichment view's (``enrich_seq``, ``enrich_lag``: what it has not seen, every stored
    article when compaction removed changes it never applied); the stories' re-clustering's
    (``stories_seq``, ``stories_lag``: articles whose stories may still change); the log's size
    (``log_rows``, ``log_oldest_seq``, ``log_compacted_seq``)."""
    return queries.stats(web(request))
