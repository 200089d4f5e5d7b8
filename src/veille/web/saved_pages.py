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
from veille.index.query import MAX_QUERY_CHARS, MAX_QUERY_INPUT_CHARS
from veille.monitor.saved import (
    MAX_BREAKING,
    MAX_NAME_CHARS,
    MAX_WITHIN_MINUTES,
    query_warnings,
)
from veille.search.cursor import MAX_CHARS as MAX_CURSOR_CHARS
from veille.store.base import DIGESTS, SavedSearch
from veille.web.api import StoryId
from veille.web.auth import csrf_token, current_user, read_form, require_writer
from veille.web.context import render, web
from veille.web.saved import (
    SavedSearchOut,
    SearchId,
    list_saved,
    mark_visited,
    saved_detail,
)

router = APIRouter(include_in_schema=False)


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


@router.get("/saved", name="saved_list_page")
def saved_list_page(request: Request, q: str = "", name: str = "",
                    edit: int = 0) -> HTMLResponse:
    """The list; ``q`` and ``name`` prefill the form (the "follow" button of an entity
    or place page links here); ``edit`` (a saved search's id, linked from its page) fills
    it with every setting of that search, so saving it again keeps them."""
    user = current_user(request)
    searches = list_saved(request)
    editing = next((s for s in searches if s.id == edit), None)
    values = _values(editing) if editing is not None else {
        "name": (name or q)[:100], "query": q[:MAX_QUERY_INPUT_CHARS]}
    if editing is not None and q:  # "edit it" offered when a new one took its name
        values["query"] = q[:MAX_QUERY_INPUT_CHARS]
    values["edit"] = str(editing.id) if editing is not None else ""
    return render(request, "saved_list.html", searches=searches,
                  form=user is not None, csrf=csrf_token(request), values=values,
                  editing=editing is not None, digests=DIGESTS,
                  login_url="/login?" + urlencode({"next": str(request.url.path) + (
                      "?" + request.url.query if request.url.query else "")}), user=user,
                  json_twin="/api/v1/saved-searches")


def _values(search: SavedSearchOut) -> dict[str, str]:
    """The form's fields for ``search`` (what :func:`_given` reads back)."""
    return {"name": search.name, "query": search.query, "sources": ", ".join(search.sources),
            "groups": ", ".join(search.groups), "languages": ", ".join(search.languages),
            "stories": ", ".join(search.stories),
            "reprints": "" if search.collapse else "1", "breaking": str(search.breaking),
            "within": str(search.within_minutes), "email": search.email,
            "digest": search.digest, "alert_lang": search.lang, "webhook": search.webhook}


def _given(form: dict[str, str]) -> dict[str, object]:
    """The settings the form gives: only its fields that are there, so a search saved
    again keeps what the form does not show (an older form, a script posting a few
    fields, newuser8 Q17). The reprints checkbox counts as given when the form says it
    shows it (``reprints_shown``), since an unticked box sends nothing."""
    given: dict[str, object] = {}
    for field, setting, limit in (("sources", "sources", 1000), ("groups", "groups", 500),
                                  ("languages", "languages", 100),
                                  ("stories", "stories", 500)):
        if field in form:
            given[setting] = _split(form[field][:limit])
    if "reprints" in form or "reprints_shown" in form:
        given["collapse"] = not form.get("reprints")
    for field, setting, limit in (("email", "email", 500), ("digest", "digest", 20),
                                  ("alert_lang", "lang", 10), ("webhook", "webhook", 2000)):
        if field in form:
            given[setting] = form[field].strip()[:limit]
    return given


@router.post("/saved")
async def saved_add(request: Request) -> Response:
    form = await read_form(request)
    require_writer(request, form.get("csrf", ""))
    t = web(request).translator(request)
    given = _given(form)
    try:
        for field, setting, default, bounds in (
                ("breaking", "breaking", 0, (0, MAX_BREAKING)),
                ("within", "within_minutes", 60, (1, MAX_WITHIN_MINUTES))):
            if field in form:
                given[setting] = _int(form, field, default, bounds)
    except _NotANumber as exc:
        return _form_again(request, form, t("saved_form_number", field=t(f"saved_{exc.field}"),
                                            value=exc.text, low=exc.low, high=exc.high))
    if "query" in form:  # a script posting some fields keeps the query it leaves out
        given["query"] = form["query"][:MAX_QUERY_INPUT_CHARS]  # cut on saving
    taken = _taken(request, form)
    if taken is not None:
        return _form_again(request, form, t("saved_form_name_taken", name=taken.name),
                           existing=taken)
    try:
        return await _save(request, form.get("name", "")[:100], given)
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


def _taken(request: Request, form: dict[str, str]) -> SavedSearchOut | None:
    """The saved search the form would overwrite without having shown it, or None.

    The page's form says which search it shows (``edit``: its id, ``""`` for a new one);
    saving under the name of another search would replace that search's settings with
    fields it never showed, an e-mail alert erased by an empty box (newuser15a W13). A
    post without ``edit`` (a script, an older form) updates by name and keeps the fields
    it leaves out, as the API does."""
    if "edit" not in form:
        return None
    name = " ".join(form.get("name", "")[:100].split())
    found = next((s for s in list_saved(request) if s.name == name), None)
    return found if found is not None and str(found.id) != form["edit"].strip() else None


def _form_again(request: Request, form: dict[str, str], error: str,
                existing: SavedSearchOut | None = None) -> HTMLResponse:
    """The list and its form again, with what was typed and what is wrong (422);
    ``existing``: the search of that name, linked to its own form with the typed query."""
    edit_url = None
    if existing is not None:
        edit_url = "/saved?" + urlencode({"edit": existing.id, "q": form.get(
            "query", "")[:MAX_QUERY_INPUT_CHARS]}) + "#saved-add"
    return render(request, "saved_list.html", status=422, searches=list_saved(request),
                  form=True, csrf=csrf_token(request), form_error=error,
                  values={k: v[:2000] for k, v in form.items() if k != "csrf"},
                  editing=False, digests=DIGESTS, user=current_user(request),
                  existing=existing, edit_url=edit_url,
                  json_twin="/api/v1/saved-searches")


async def _save(request: Request, name: str, given: dict[str, object]) -> Response:
    """Save (as the service does: checked, a webhook secret; an existing search keeps what
    ``given`` leaves out, a new one's alerts speak the UI's language) and show it; a
    refusal is a 422 in the request's language."""
    context = web(request)
    t = context.translator(request)

    def run() -> SavedSearch:
        with context.stores.service(context.settings) as service:
            if "lang" not in given and " ".join(name.split()) not in {
                    s.name for s in service.store.saved_searches()}:
                given["lang"] = t.lang
            return service.update_search(name, given)[0]

    try:
        saved = await run_in_threadpool(run)
    except ConfigError as exc:
        # The message and its hint are two messages of the catalogue: translated apart
        # (newuser11 U24: the warning inside and the hint stayed English).
        hint = getattr(exc, "hint", "")
        said = t.message(str(exc)) + (f" ({t.message(hint)})" if hint else "")
        raise HTTPException(422, said) from None
    # a query cut as search cuts it is said on the page shown next (docs/monitoring.md)
    cut = "?cut=1" if query_warnings(str(given.get("query", ""))) else ""
    return RedirectResponse(f"/saved/{saved.id}{cut}", status_code=303)


@router.post("/stories/{story_id}/follow", name="story_follow")
async def story_follow(request: Request, story_id: StoryId) -> Response:
    """Follow a story: a saved search of its new coverage (every new article that joins
    it), named after the story, with optional e-mail alerts."""
    form = await read_form(request)
    require_writer(request, form.get("csrf", ""))
    context = web(request)
    with context.stores.reader() as store:
        story_id = store.story_id_of(story_id) or story_id  # an old id: the story now
        found = store.stories(story_id=story_id, limit=1)
    if not found:
        raise NotFound(f"no story with id {story_id}")
    t = context.translator(request)
    # Cut at a word, marked with "…", to fit a saved search's name (MAX_NAME_CHARS).
    name = textwrap.shorten(f"{t('story_followed')} {story_id}: {found[0].title}",
                            MAX_NAME_CHARS, placeholder="…")
    given: dict[str, object] = {"query": "", "stories": [story_id], "collapse": False}
    if form.get("email", "").strip():  # an empty box: following again keeps the alert
        given["email"] = form["email"][:500]  # the form did not show (newuser15a W13)
    return await _save(request, name, given)


@router.get("/saved/{search_id}", name="saved_page")
def saved_page(request: Request, search_id: SearchId, cursor: str = "") -> HTMLResponse:
    """A saved search's matches, the new ones marked. The logged-in owner's view is the
    visit that makes them seen; a visitor without a session (a colleague, a crawler, a
    link preview) only reads, so the owner's "N new" stays until the owner looks
    (newuser15a W14; one account, docs/monitoring.md)."""
    detail = saved_detail(request, search_id, cursor[:MAX_CURSOR_CHARS] or None)
    cut = request.query_params.get("cut") == "1"
    here = f"/saved/{search_id}"
    owner = current_user(request) is not None
    response = render(request, "saved.html", search=detail, owner=owner,
                      warnings=[f"query cut to its first {MAX_QUERY_CHARS} characters"]
                      if cut else [],
                      json_twin=f"/api/v1/saved-searches/{search_id}",
                      next_url=f"{here}?{urlencode({'cursor': detail.next_cursor})}"
                      if detail.next_cursor else "",
                      prev_url=(f"{here}?{urlencode({'cursor': detail.prev_cursor})}"
                                if detail.prev_cursor else here) if cursor else "")
    if owner:
        mark_visited(request, search_id)
    return response
