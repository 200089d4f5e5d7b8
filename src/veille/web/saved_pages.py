"""The saved-search pages: ``/saved`` (the list, and the form to add one when logged in)
and ``/saved/{id}`` (its matches, the ones new since the last visit marked; viewing it is
the visit)."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from starlette.responses import HTMLResponse, RedirectResponse, Response

from veille.errors import ConfigError, NotFound
from veille.store.base import SavedSearch
from veille.web.api import StoryId
from veille.web.auth import csrf_token, current_user, read_form, require_writer
from veille.web.context import render, web
from veille.web.saved import SearchId, list_saved, mark_visited, saved_detail

router = APIRouter(include_in_schema=False)


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


@router.get("/saved", name="saved_list_page")
def saved_list_page(request: Request, q: str = "", name: str = "") -> HTMLResponse:
    """The list; ``q`` and ``name`` prefill the form (the "follow" button of an entity
    or place page links here)."""
    user = current_user(request)
    return render(request, "saved_list.html", searches=list_saved(request),
                  form=user is not None, csrf=csrf_token(request), prefill_query=q[:1000],
                  prefill_name=(name or q)[:100],
                  login_url="/login?" + urlencode({"next": str(request.url.path) + (
                      "?" + request.url.query if request.url.query else "")}), user=user,
                  json_twin="/api/v1/saved-searches")


@router.post("/saved")
async def saved_add(request: Request) -> Response:
    form = await read_form(request)
    require_writer(request, form.get("csrf", ""))
    context = web(request)
    search = SavedSearch(
        name=form.get("name", "")[:100], query=form.get("query", "")[:1000],
        breaking=_int(form.get("breaking", ""), 0),
        within_minutes=_int(form.get("within", ""), 60),
        sources=_split(form.get("sources", "")[:1000]),
        languages=_split(form.get("languages", "")[:100]),
        collapse=not form.get("reprints"), email=form.get("email", "")[:500],
        lang=context.translator(request).lang)

    return await _save(request, search)


def _int(text: str, default: int) -> int:
    text = text.strip()
    if not text:
        return default
    if not text.isdigit() or len(text) > 6:
        raise HTTPException(422, f"{text[:20]!r} is not a whole number")
    return int(text)


async def _save(request: Request, search: SavedSearch) -> Response:
    """Save (as the service does: checked, a webhook secret) and show it."""
    context = web(request)

    def run() -> SavedSearch:
        with context.stores.service(context.settings) as service:
            return service.save_search(search)

    try:
        saved = await run_in_threadpool(run)
    except ConfigError as exc:
        raise HTTPException(422, exc.one_line()) from None
    return RedirectResponse(f"/saved/{saved.id}", status_code=303)


@router.post("/stories/{story_id}/follow", name="story_follow")
async def story_follow(request: Request, story_id: StoryId) -> Response:
    """Follow a story: a saved search of its new coverage (every new article that joins
    it), named after the story, with optional e-mail alerts."""
    form = await read_form(request)
    require_writer(request, form.get("csrf", ""))
    context = web(request)
    with context.stores.reader() as store:
        found = store.stories(story_id=story_id, limit=1)
    if not found:
        raise NotFound(f"no story with id {story_id}")
    t = context.translator(request)
    name = f"{t('story_followed')} {story_id}: {found[0].title}"
    return await _save(request, SavedSearch(
        name=" ".join(name.split())[:100], query="", stories=[story_id], collapse=False,
        email=form.get("email", "")[:500], lang=t.lang))


@router.get("/saved/{search_id}", name="saved_page")
def saved_page(request: Request, search_id: SearchId) -> HTMLResponse:
    detail = saved_detail(request, search_id)
    response = render(request, "saved.html", search=detail,
                      json_twin=f"/api/v1/saved-searches/{search_id}")
    mark_visited(request, search_id)
    return response
