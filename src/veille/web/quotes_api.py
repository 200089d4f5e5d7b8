"""``GET /api/v1/quotes``: the quotes of the stored articles, filtered by speaker, words,
dates and source, paged as every list of the API (:mod:`veille.web.list_paging`;
h-api65, t-final64 #8: quotes were shown on article and entity pages, and listed by
``veille quotes``, but could not be listed over the API)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field

from veille.enrich.aliases import current
from veille.enrich.speaker_filter import speaker_filter
from veille.web import list_paging
from veille.web.api import ERRORS, CursorParam, Limit, Offset
from veille.web.context import web
from veille.web.enrich_api import QuoteModel
from veille.web.params import past_end, unknown_parameters

router = APIRouter(prefix="/api/v1", tags=["enrichment"], responses=ERRORS)


class QuotesResponse(BaseModel):
    """A page of quotes, newest article first, then those of undated articles."""

    quotes: list[QuoteModel]
    total: int = Field(description="Quotes matching the filters (in the first page's "
                                   "snapshot, on a page read by cursor).")
    speaker_id: str | None = Field(
        default=None, description="The entity `speaker` was read as (its quotes are "
        "listed); null when it names no entity (the quotes given to that name are).")
    max_seq: int = Field(description="The store's last article at the first page: the "
                                     "articles stored since are left out of later pages.")
    next_cursor: str | None = Field(
        default=None, description="Send as `cursor` (with the same filters and limit) for "
        "the next page; null on the last page. Given on every page, read by offset or by "
        "cursor.")
    warnings: list[str] = Field(default_factory=list, description="About the request: "
                                "parameters ignored, a cursor not used, an offset past "
                                "the end.")
    localized_warnings: list[str] = Field(default_factory=list,
                                          description="`warnings` in the request's language.")


Text = Annotated[str | None, Query(max_length=200)]


@router.get("/quotes", response_model=QuotesResponse, summary="Quotes, newest first")
def quotes(request: Request, limit: Limit = 20, offset: Offset = 0,
           speaker: Annotated[str | None, Query(
               max_length=200, description="An entity id, or a name or alias (\"Marine "
               "Tondelier\"), or a speaker named with no entity (\"sexagénaire\"), as "
               "`veille quotes --speaker`. 404 when nothing is so named, 422 when "
               "several entities are.")] = None,
           q: Annotated[str | None, Query(
               max_length=200, description="Words the quote holds (a substring; accents "
               "and case are ignored).")] = None,
           since: Annotated[date | None, Query(
               description="First day (YYYY-MM-DD) of the article, in its own offset.")]
           = None,
           until: Annotated[date | None, Query(
               description="Last day (YYYY-MM-DD, included) of the article.")] = None,
           source: Text = None, cursor: CursorParam = None) -> QuotesResponse:
    """Each quote once (a dispatch's copies carrying it are its ``reprints``), with its
    speaker and article. Page with ``next_cursor`` (or ``offset``)."""
    context = web(request)
    warnings: list[str] = []
    with context.stores.reader() as store:
        speaker_id, named = speaker_filter(
            store, current(context.settings.data_dir), speaker.strip()) \
            if speaker and speaker.strip() else (None, None)
        filters = {"speaker_id": speaker_id, "speaker": named, "text": q or None,
                   "source": source or None,
                   "since": since.isoformat() if since else None,
                   "until": until.isoformat() if until else None}
        page = list_paging.start("quotes", (limit, *filters.values()), cursor=cursor,
                                 offset=offset, snapshot=store.max_seq(), warnings=warnings)
        rows = store.quotes(limit=limit, offset=page.offset, until_seq=page.snapshot,
                            **filters)
        total = store.quote_count(until_seq=page.snapshot, **filters)
    found = QuotesResponse(
        quotes=[QuoteModel(**{**asdict(r), "reprints": list(r.reprints)}) for r in rows],
        total=total, speaker_id=speaker_id, max_seq=page.snapshot,
        next_cursor=list_paging.next_cursor(page, len(rows), total))
    found.warnings = [*unknown_parameters(request), *warnings,
                      *(past_end(offset, len(rows), total) if cursor is None else [])]
    t = context.translator(request)
    found.localized_warnings = [t.message(w) for w in found.warnings]
    return found
