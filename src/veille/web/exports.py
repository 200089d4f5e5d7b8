"""``/export.csv`` and ``/export.jsonl``: a search (``q``), a saved search (``saved``) or a
story (``story``) as a download (see :mod:`veille.monitor.export`)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from starlette.responses import StreamingResponse

from veille.errors import NotFound, QueryError
from veille.index.query import empties_query
from veille.monitor import export
from veille.search.types import SearchRequest, SearchResponse
from veille.web.api import ERRORS, MAX_QUERY_CHARS, MAX_QUERY_INPUT_CHARS
from veille.web.context import web

router = APIRouter(tags=["exports"], responses=ERRORS)
Selector = Annotated[str, Query(max_length=MAX_QUERY_CHARS)]
QueryText = Annotated[str, Query(max_length=MAX_QUERY_INPUT_CHARS)]
StoryOrder = Annotated[Literal["newest", "timeline"], Query(
    description="A story's rows: newest first (as every export), or `timeline`: oldest "
                "first, as the story page.")]
"""A query: cut past its first characters with a warning (``X-Veille-Warnings``)."""


WARNINGS_HEADER = "X-Veille-Warnings"
MAX_WARNINGS = 10
MAX_WARNING_CHARS = 300


def warnings_header(warnings: list[str]) -> dict[str, str]:
    """``{"X-Veille-Warnings": '["...", ...]'}``: the search's warnings as a JSON array
    of strings in ASCII (non-ASCII as ``\\u`` escapes, so the header stays Latin-1),
    at most :data:`MAX_WARNINGS` of :data:`MAX_WARNING_CHARS` characters; empty without
    warnings. An export answers with its rows like search does, and says why it may be
    empty in this header, as search's ``warnings`` (docs/monitoring.md, newuser8 Q7)."""
    if not warnings:
        return {}
    return {WARNINGS_HEADER: json.dumps([w[:MAX_WARNING_CHARS]
                                         for w in warnings[:MAX_WARNINGS]])}


def _rows(request: Request, q: str, saved: str, story: str,
          warnings: list[str] | None = None, order: str = "newest") -> list[dict[str, str]]:
    """The rows to export; ``warnings`` gets the search's warnings (with ``q``); ``order``
    a story's (:func:`veille.monitor.export.story_ids`)."""
    context = web(request)
    with context.stores.reader() as store:
        ids: Iterable[str]
        unmatched: dict[str, datetime] = {}
        if q:
            def run(search_request: SearchRequest) -> SearchResponse:
                return context.search.search(search_request, store=store)

            ids = list(export.search_ids(
                run, q, warn=None if warnings is None else warnings.append))
        elif saved:
            search = store.saved_search(saved)
            ids = store.matched_newest_first(search.id, limit=export.MAX_EXPORT)
            unmatched = store.unmatched_now(search.id)
        elif story:  # an old id of the story (renamed, merged) leads to it
            members = store.story(store.story_id_of(story) or story)
            if not members:  # a mistyped id is no empty story (newuser11 U18), as the CLI
                raise NotFound(f"no story with id {story!r}",
                               hint="list stories with /api/v1/stories or `veille stories`")
            ids = export.story_ids(members, order)
        else:  # nothing chosen: the latest articles
            ids = [a.id for a in store.latest(limit=export.MAX_EXPORT)]
        return list(export.rows(store, ids, unmatched))


NOTHING_EXPORTED = "nothing exported: the query matches nothing because of its warnings: {}"
NOTHING_EXPORTED_HINT = "correct the query as the warnings say, then export again"


def refuse_if_warned_empty(q: str, rows: list[dict[str, str]], warnings: list[str]) -> None:
    """Raise a :class:`~veille.errors.QueryError` (400) whose message gives the query's
    ``warnings`` when a query (``q``) with warnings exports no row: the query matches
    nothing because of what it was warned about (``date:2026-13-01``), and a 200 with an
    empty file would read as "no news",
    where ``veille export`` exits 1 (docs/monitoring.md, newuser8 Q7). The message and
    hint are in the catalogue (``localized_message`` in the user's language). A warning
    that leaves rows, an empty export without warnings, or one whose warnings do not make
    anything match nothing (control characters dropped: the words found nothing), is an
    answer (200)."""
    decisive = empties_query(warnings)
    if q and decisive and not rows:
        shown = "; ".join(w[:MAX_WARNING_CHARS] for w in decisive[:MAX_WARNINGS])
        raise QueryError(NOTHING_EXPORTED.format(shown), hint=NOTHING_EXPORTED_HINT)


def _name(q: str, saved: str, story: str) -> str:
    return "veille-" + ("search" if q else f"saved-{saved}" if saved else "story") \
        .encode("ascii", "ignore").decode().replace('"', "")[:40]


@router.get("/export.csv", summary="Export as CSV",
            responses={200: {"content": {"text/csv": {"schema": {"type": "string"}}}}})
def export_csv(request: Request, q: QueryText = "", saved: Selector = "", story: Selector = "",
               excel: bool = False, order: StoryOrder = "newest") -> StreamingResponse:
    """A search (``q``), a saved search (``saved``, name or id) or a story (``story``;
    ``order=timeline``: oldest first, as its page); none: the latest articles. UTF-8 CSV;
    ``excel=true``: UTF-16 with a BOM, tab-separated, for Excel."""
    warnings: list[str] = []
    rows = _rows(request, q, saved, story, warnings, order)
    refuse_if_warned_empty(q, rows, warnings)
    body: Iterator[bytes] = export.encode(export.csv_lines(rows, excel=excel), excel=excel)
    media = "text/csv; charset=utf-16" if excel else "text/csv; charset=utf-8"
    return StreamingResponse(body, media_type=media, headers={
        "Content-Disposition": f'attachment; filename="{_name(q, saved, story)}.csv"',
        **warnings_header(warnings)})


@router.get("/export.jsonl", summary="Export as JSON Lines",
            responses={200: {"content": {"application/jsonl": {"schema": {"type": "string"}}}}})
def export_jsonl(request: Request, q: QueryText = "", saved: Selector = "",
                 story: Selector = "", order: StoryOrder = "newest") -> StreamingResponse:
    warnings: list[str] = []
    rows = _rows(request, q, saved, story, warnings, order)
    refuse_if_warned_empty(q, rows, warnings)
    return StreamingResponse(export.encode(export.jsonl_lines(rows)),
                             media_type="application/jsonl", headers={
        "Content-Disposition": f'attachment; filename="{_name(q, saved, story)}.jsonl"',
        **warnings_header(warnings)})
