"""A user's correction of a stored article on the JSON API (issue 14):
``POST /api/v1/articles/{id}/source`` (body ``{"source": "lemonde.fr"}``).

The write API's rules: a bearer token (:data:`write_router` is mounted only when
``api_token`` is set, as :mod:`veille.web.write`'s). It runs :class:`veille.service.
Veille`'s edit (:mod:`veille.source_edits`): the article extracted again with that source,
written through the change log, the stories clustered again, the index and alerts caught
up. The edit is recorded as made by ``api`` (the token names no one). An unknown id is
404, a source that is neither a domain nor a name 422, the article's own source 409.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field

from veille.source_edits import SourceEdit
from veille.source_name import MAX_CHARS
from veille.web.api import ERRORS, ArticleId
from veille.web.context import web
from veille.web.models import ErrorResponse
from veille.web.write import require_token

API_USER = "api"
"""Who the write API's edits are recorded as made by."""


class SourceIn(BaseModel):
    source: str = Field(min_length=1, max_length=MAX_CHARS,
                        description="The outlet: its domain (lemonde.fr) or its name "
                                    "(\"Le Monde\"), as `veille ingest --source` takes it.")


class SourceEditOut(BaseModel):
    """What the edit did."""

    article_id: str
    source: str = Field(description="Its source now.")
    was: str = Field(description="Its source before (empty: none).")
    by: str = Field(description="Who made the edit (`api` for the write API's token).")
    at: str = Field(description="When (UTC, ISO 8601).")


write_router = APIRouter(prefix="/api/v1", tags=["articles"],
                         dependencies=[Depends(require_token)], responses={
                             **ERRORS,
                             401: {"model": ErrorResponse,
                                   "description": "Missing or wrong token"},
                             409: {"model": ErrorResponse,
                                   "description": "The article has that source already"}})


@write_router.post("/articles/{article_id}/source", response_model=SourceEditOut,
                   summary="Change a stored article's source")
async def edit_source(request: Request, article_id: ArticleId, body: SourceIn
                      ) -> SourceEditOut:
    """The raw input is kept; `veille reextract` and new versions keep the edit, which the
    article's record says (`ext.source_edit`: source, was, by, at)."""
    context = web(request)

    def run() -> SourceEdit:
        with context.stores.service(context.settings) as service:
            return service.edit_source(article_id, body.source, API_USER)

    done = await run_in_threadpool(run)
    return SourceEditOut(**done.to_dict())
