"""``/export.csv`` and ``/export.jsonl``: a search (``q``), a saved search (``saved``) or a
story (``story``) as a download (see :mod:`veille.monitor.export`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Annotated

from fastapi import APIRouter, Query, Request
from starlette.responses import StreamingResponse

from veille.monitor import export
from veille.search.types import SearchRequest, SearchResponse
from veille.web.api import ERRORS, MAX_QUERY_CHARS
from veille.web.context import web

router = APIRouter(tags=["exports"], responses=ERRORS)
Selector = Annotated[str, Query(max_length=MAX_QUERY_CHARS)]


def _rows(request: Request, q: str, saved: str, story: str) -> list[dict[str, str]]:
    context = web(request)
    with context.stores.reader() as store:
        ids: Iterable[str]
        if q:
            def run(search_request: SearchRequest) -> SearchResponse:
                return context.search.search(search_request, store=store)

            ids = list(export.search_ids(run, q))
        elif saved:
            search = store.saved_search(saved)
            ids = [m.article_id for m in store.matches(search.id, limit=export.MAX_EXPORT)]
        elif story:
            ids = [a.article_id for a in store.story(story)][:export.MAX_EXPORT]
        else:  # nothing chosen: the latest articles
            ids = [a.id for a in store.latest(limit=export.MAX_EXPORT)]
        return [export.row(a) for a in export.selected_articles(store, ids)]


def _name(q: str, saved: str, story: str) -> str:
    return "veille-" + ("search" if q else f"saved-{saved}" if saved else "story") \
        .encode("ascii", "ignore").decode().replace('"', "")[:40]


@router.get("/export.csv", summary="Export as CSV",
            responses={200: {"content": {"text/csv": {"schema": {"type": "string"}}}}})
def export_csv(request: Request, q: Selector = "", saved: Selector = "", story: Selector = "",
               excel: bool = False) -> StreamingResponse:
    """A search (``q``), a saved search (``saved``, name or id) or a story (``story``);
    none: the latest articles. UTF-8 CSV; ``excel=true``: UTF-16 with a BOM,
    tab-separated, for Excel."""
    rows = _rows(request, q, saved, story)
    body: Iterator[bytes] = export.encode(export.csv_lines(rows, excel=excel), excel=excel)
    media = "text/csv; charset=utf-16" if excel else "text/csv; charset=utf-8"
    return StreamingResponse(body, media_type=media, headers={
        "Content-Disposition": f'attachment; filename="{_name(q, saved, story)}.csv"'})


@router.get("/export.jsonl", summary="Export as JSON Lines",
            responses={200: {"content": {"application/jsonl": {"schema": {"type": "string"}}}}})
def export_jsonl(request: Request, q: Selector = "", saved: Selector = "",
                 story: Selector = "") -> StreamingResponse:
    rows = _rows(request, q, saved, story)
    return StreamingResponse(export.encode(export.jsonl_lines(rows)),
                             media_type="application/jsonl", headers={
        "Content-Disposition": f'attachment; filename="{_name(q, saved, story)}.jsonl"'})
