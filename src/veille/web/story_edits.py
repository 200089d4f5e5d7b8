"""A journalist's corrections of stories on the web (f-detach28): the JSON API and the
article page's "Retirer de cette histoire" button.

- ``GET /api/v1/story-overrides``: the overrides, oldest first (read, public like the
  stories).
- ``POST /api/v1/articles/{id}/detach``, ``POST /api/v1/articles/{id}/join`` (body
  ``{"with": ID}``), ``DELETE /api/v1/story-overrides/{key}`` (a number, or an article id:
  all of its overrides): the write API's rules, a bearer token (:data:`write_router` is
  mounted only when ``api_token`` is set).
- ``POST /articles/{id}/detach``: the button's form, for a logged-in user, with the
  session's CSRF token (:func:`~veille.web.auth.require_writer`), then back to the
  article page (303); ``POST /story-overrides/{key}/undo``, the story page's "undo"
  beside each correction, the same way.

Each runs :class:`veille.service.Veille`'s edit (:mod:`veille.story_edits`): the override
stored with its change log entry, the stories clustered again, the index and alerts
caught up. An unknown id is 404, an edit that would change nothing 409, each with a hint.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field
from starlette.responses import JSONResponse, RedirectResponse, Response

from veille.dedup.story_overrides import StoryOverride
from veille.errors import StoryEditRefused, VeilleError
from veille.service import Veille
from veille.story_edits import StoryEdit
from veille.web.api import ERRORS, ArticleId
from veille.web.auth import read_form, require_writer
from veille.web.context import web
from veille.web.models import ErrorResponse
from veille.web.write import require_token

OverrideKey = Annotated[str, Path(pattern=r"^[A-Za-z0-9_-]{1,100}$",
                                  description="An override's number, or an article id "
                                              "(every override of that article).")]


class StoryOverrideOut(BaseModel):
    """One user override of the stories."""

    id: int = Field(description="Its number (what undoing it takes).")
    kind: str = Field(description="`detach` (the article is not in that story) or `join` "
                                  "(the article belongs with the other).")
    article_id: str = Field(description="The article moved.")
    other_id: str = Field(description="detach: the story it was taken out of; join: the "
                                      "article it was put with.")
    members: list[str] = Field(description="detach: the articles that story held then, "
                                           "never its story mates again; join: empty.")
    created_at: str | None = Field(description="When it was made (UTC, ISO 8601).")


class StoryOverridesResponse(BaseModel):
    overrides: list[StoryOverrideOut]


class StoryEditOut(BaseModel):
    """What one correction did."""

    article_id: str
    story_id: str = Field(description="The story the article is in now.")
    was_story_id: str = Field(default="", description="The story it was in before.")
    left_story_id: str = Field(
        default="", description="The story it was taken out of (detach), as named now: "
                                "when the article gave that story its id, its other "
                                "articles are a story named anew; the story it left (join).")
    overrides: list[StoryOverrideOut] = Field(description="The overrides added or removed.")
    moves: dict[str, str] = Field(description="Articles whose story changed: id -> story.")
    headlines: dict[str, str] = Field(
        default_factory=dict, description="Headlines of the articles and stories named "
                                          "above: id -> headline.")


class JoinIn(BaseModel):
    with_: str = Field(alias="with", min_length=1, max_length=100,
                       pattern=r"^[A-Za-z0-9_-]+$",
                       description="The article, or story, to put the article with.")


def _out(override: StoryOverride) -> StoryOverrideOut:
    return StoryOverrideOut.model_validate(override.to_dict())


router = APIRouter(include_in_schema=True)
write_router = APIRouter(prefix="/api/v1", tags=["stories"],
                         dependencies=[Depends(require_token)], responses={
                             **ERRORS,
                             401: {"model": ErrorResponse,
                                   "description": "Missing or wrong token"},
                             409: {"model": ErrorResponse,
                                   "description": "It would change nothing (alone in its "
                                                  "story already, in one story already)"}})
pages = APIRouter(include_in_schema=False)


@router.get("/api/v1/story-overrides", response_model=StoryOverridesResponse,
            tags=["stories"], summary="Story corrections made by hand", responses=ERRORS)
def story_overrides(request: Request) -> StoryOverridesResponse:
    """Every override of the stories, oldest first."""
    with web(request).stores.reader() as store:
        return StoryOverridesResponse(overrides=[_out(o) for o in store.story_overrides()])


#: The hints of the story edits (:mod:`veille.story_edits` writes them for the CLI) as an
#: HTTP client reads them: the API call to make, not the command to run (t-final29 U1:
#: a 409 told a client to run `veille stories undo 2`). Like ``CLIENT_HINTS`` of
#: :mod:`veille.web.write`; translated by the catalogue (``messages.fr.json``).
API_HINTS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement) for pattern, replacement in (
        (r"undo it with `veille stories undo (\d+)`",
         r"undo it with DELETE /api/v1/story-overrides/\1"),
        (r"put it with another with `veille stories join ([\w-]+) OTHER_ID`, or .*",
         r'put it with another with POST /api/v1/articles/\1/join {"with": ID}, or list '
         r"the overrides with GET /api/v1/story-overrides"),
        (r"see it with `veille stories ([\w-]+)`, or .*",
         r"see it with GET /api/v1/stories/\1, or list the overrides with "
         r"GET /api/v1/story-overrides"),
        (r"list the overrides with `veille stories overrides`",
         r"list the overrides with GET /api/v1/story-overrides"),
        (r"list ids with `veille stories` or `veille latest`",
         r"list ids with GET /api/v1/stories or GET /api/v1/latest"),
        (r"list ids with `veille latest` or `veille search`",  # an unknown article
         r"list ids with GET /api/v1/latest or GET /api/v1/search"),
    ))


def api_hint(hint: str) -> str:
    """``hint`` of a story edit's error as an HTTP client reads it (:data:`API_HINTS`);
    as is when it names no command."""
    for pattern, replacement in API_HINTS:
        if pattern.fullmatch(hint):
            return pattern.sub(replacement, hint)
    return hint


async def _edit(request: Request, edit: Callable[[Veille], StoryEdit], status: int) -> Response:
    context = web(request)

    def run() -> StoryEdit:
        with context.stores.service(context.settings) as service:
            return edit(service)

    try:
        done = await run_in_threadpool(run)
    except VeilleError as exc:
        exc.hint = api_hint(exc.hint)
        raise
    out = StoryEditOut(article_id=done.article_id, story_id=done.story_id,
                       was_story_id=done.was_story_id, left_story_id=done.left_story_id,
                       overrides=[_out(o) for o in done.overrides], moves=done.moves,
                       headlines=done.headlines)
    return JSONResponse(out.model_dump(), status_code=status)


@write_router.post("/articles/{article_id}/detach", response_model=StoryEditOut,
                   status_code=201, summary="Take an article out of its story, for good")
async def detach(request: Request, article_id: ArticleId) -> Response:
    """It becomes its own story (with its copies), never again with that story's
    articles; undo with `DELETE /api/v1/story-overrides/{id}`."""
    return await _edit(request, lambda v: v.detach_article(article_id), 201)


@write_router.post("/articles/{article_id}/join", response_model=StoryEditOut,
                   status_code=201, summary="Put an article in another's story, for good")
async def join(request: Request, article_id: ArticleId, body: JoinIn) -> Response:
    """`with`: an article id or a story id."""
    return await _edit(request, lambda v: v.join_articles(article_id, body.with_), 201)


@write_router.delete("/story-overrides/{key}", response_model=StoryEditOut,
                     summary="Undo a story correction")
async def undo(request: Request, key: OverrideKey) -> Response:
    """By its number, or every override of an article id: the story is the rules' again."""
    return await _edit(request, lambda v: v.undo_story_override(key), 200)


@pages.post("/articles/{article_id}/detach", name="article_detach")
async def detach_page(request: Request, article_id: ArticleId) -> Response:
    """The article page's "Remove from this story" button: logged in, CSRF checked; back
    to the article page, which says it was taken out (``?detached=1``)."""
    form = await read_form(request)
    require_writer(request, form.get("csrf", ""))
    context = web(request)

    def run() -> None:
        with context.stores.service(context.settings) as service:
            try:
                service.detach_article(article_id)
            except StoryEditRefused:
                pass  # alone already: the page shows it as it is

    await run_in_threadpool(run)
    return RedirectResponse(f"/articles/{article_id}?detached=1", status_code=303)



@pages.post("/story-overrides/{key}/undo", name="story_override_undo")
async def undo_page(request: Request, key: OverrideKey) -> Response:
    """The story page's "undo" button of a correction: logged in, CSRF checked; then to
    the page of the article it had moved, whose story is the rules' again."""
    form = await read_form(request)
    require_writer(request, form.get("csrf", ""))
    context = web(request)

    def run() -> StoryEdit:
        with context.stores.service(context.settings) as service:
            return service.undo_story_override(key)

    done = await run_in_threadpool(run)
    return RedirectResponse(f"/articles/{done.article_id}", status_code=303)
