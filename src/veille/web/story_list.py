"""``/stories``: the stories, most recently active first, paged (newuser11b U31: the
refusal of an unknown story id sends the user here for story ids).

The page is the HTML twin of ``/api/v1/stories``: its later pages go by the API's cursor
(stories born meanwhile left out, none given twice, docs/web.md), and by offset when opened
at a later page without one."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from starlette.responses import HTMLResponse

from veille.web import queries
from veille.web.api import MAX_OFFSET, CursorParam
from veille.web.context import render, url_with, web

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 20
MAX_STORY_PAGE = MAX_OFFSET // PAGE_SIZE


@router.get("/stories", name="stories_page")
def stories_page(request: Request,
                 page: Annotated[int, Query(ge=1, le=MAX_STORY_PAGE)] = 1,
                 cursor: CursorParam = None, not_prose: bool = False) -> HTMLResponse:
    """Page ``page`` of the stories (``PAGE_SIZE`` a page); 422 past ``MAX_STORY_PAGE``.
    ``not_prose``: the stories of pages of no prose too, marked (left out by default)."""
    offset = 0 if cursor else (page - 1) * PAGE_SIZE
    found = queries.stories(web(request), limit=PAGE_SIZE, offset=offset, cursor=cursor,
                            not_prose=not_prose)
    if found.warnings:
        page = 1  # the cursor was not used: this is the first page (the warning says why)
    if found.next_cursor:
        older: str | None = url_with(request, page=page + 1, cursor=found.next_cursor)
    else:
        older = url_with(request, page=page + 1, cursor=None) \
            if len(found.stories) == PAGE_SIZE and page < MAX_STORY_PAGE else None
    newer = url_with(request, page=page - 1 if page > 2 else None, cursor=None) \
        if page > 1 else None
    if page > 1 and not found.stories:
        # Past the last page: "previous" is the last one, not the page before (as empty).
        last = queries.last_page(web(request), kind="stories", per_page=PAGE_SIZE)
        newer = url_with(request, page=last if last > 1 else None, cursor=None)
    twin = f"/api/v1/stories?limit={PAGE_SIZE}" + (
        f"&cursor={cursor}" if cursor and not found.warnings
        else f"&offset={offset}" if offset else "") + ("&not_prose=true" if not_prose else "")
    return render(request, "stories.html", stories=found.stories, total=found.total,
                  page=page, older=older,
                  warnings=found.warnings,
                  newer=newer, json_twin=twin, not_prose=not_prose,
                  with_not_prose=url_with(request, not_prose="1", page=None, cursor=None))
