"""The saved-search pages: ``/saved`` (the list, and the form to add one when logged in)
and ``/saved/{id}`` (its matches, the ones new since the last visit marked; viewing it is
the visit)."""

from __future__ import annotations

import textwrap
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from starlette.responses import HTMLResponse, RedirectResponse, Response

from veille.errors import ConfigError, NotFound
from veille.monitor.saved import MAX_BREAKING, MAX_NAME_CHARS, MAX_WITHIN_MINUTES
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
    t = web(request).translator(request)
    try:
        breaking = _int(form, "breaking", 0, (0, MAX_BREAKING))
        within = _int(form, "within", 60, (1, MAX_WITHIN_MINUTES))
    except _NotANumber as exc:
        return _form_again(request, form, t("saved_form_number", field=t(f"saved_{exc.field}"),
                                            value=exc.text, low=exc.low, high=exc.high))
    search = SavedSearch(
        name=form.get("name", "")[:100], query=form.get("query", "")[:1000],
        breaking=breaking, within_minutes=within,
        sources=_split(form.get("sources", "")[:1000]),
        languages=_split(form.get("languages", "")[:100]),
        collapse=not form.get("reprints"), email=form.get("email", "")[:500], lang=t.lang)
    try:
        return await _save(request, search)
    except HTTPException as exc:
        return _form_again(request, form, t("saved_form_refused", reason=exc.detail))


class _NotANumber(ValueError):
    """A form field that is no whole number in its bounds."""

    def __init__(self, field: str, text: str, bounds: tuple[int, int]) -> None:
        super().__init__(text)
        self.field, self.text, (self.low, self.high) = field, text[:20], bounds


def _int(form: dict[str, str], field: str, default: int, bounds: tuple[int, int]) -> int:
    text = form.get(field, "").strip()
    if not text:
        return default
    if not text.isdigit() or len(text) > 6 or not bounds[0] <= int(text) <= bounds[1]:
        raise _NotANumber(field, text, bounds)
    return int(text)


def _form_again(request: Request, form: dict[str, str], error: str) -> HTMLResponse:
    """The list and its form again, with what was typed and what is wrong (422)."""
    return render(request, "saved_list.html", status=422, searches=list_saved(request),
                  form=True, csrf=csrf_token(request), form_error=error,
                  prefill_query=form.get("query", "")[:1000],
                  prefill_name=form.get("name", "")[:100], user=current_user(request),
                  json_twin="/api/v1/saved-searches")


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
    # Cut at a word, marked with "…", to fit a saved search's name (MAX_NAME_CHARS).
    name = textwrap.shorten(f"{t('story_followed')} {story_id}: {found[0].title}",
                            MAX_NAME_CHARS, placeholder="…")
    return await _save(request, SavedSearch(
        name=name, query="", stories=[story_id], collapse=False,
        email=form.get("email", "")[:500], lang=t.lang))


@router.get("/saved/{search_id}", name="saved_page")
def saved_page(request: Request, search_id: SearchId) -> HTMLResponse:
    detail = saved_detail(request, search_id)
    response = render(request, "saved.html", search=detail,
                      json_twin=f"/api/v1/saved-searches/{search_id}")
    mark_visited(request, search_id)
    return response
