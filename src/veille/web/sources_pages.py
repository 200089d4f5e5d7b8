"""``/manage/sources``: the registered feeds and sitemaps with their health, and (logged
in) forms to add, pause, resume, remove them and set a friendly name and a group."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial

import anyio.to_thread
from fastapi import APIRouter, HTTPException, Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from veille.errors import ConfigError
from veille.monitor.health import health
from veille.store.base import Source
from veille.web.auth import csrf_token, current_user, read_form, require_writer
from veille.web.context import render, web

router = APIRouter(include_in_schema=False)
WEB_KINDS = ("feed", "sitemap")
"""What the web UI may add (a folder on the server's disk is for the CLI only)."""
GROUPS = ("national", "regional", "agency", "foreign", "specialist", "other")


@router.get("/manage/sources", name="sources_page")
def sources_page(request: Request) -> HTMLResponse:
    with web(request).stores.reader() as store:
        rows = health(store)
    user = current_user(request)
    t = web(request).translator(request)
    return render(request, "sources.html", rows=rows, user=user, csrf=csrf_token(request),
                  groups={g: t(f"group_{g}") for g in GROUPS}, kinds=WEB_KINDS)


async def _checked_source(request: Request, form: Mapping[str, str], name: str) -> Source:
    """The source the form adds, checked (:func:`veille.collect.watch.new_source`: its
    host's addresses looked up, bounded by ``netguard.LOOKUP_TIMEOUT``) in a worker
    thread, before the store's writer is taken: the lookup held the server's event loop
    (every request) and the writer for as long as the resolver took (f-cliux33)."""
    from veille.collect.netguard import AddressPolicy
    from veille.collect.watch import new_source

    kind = form.get("kind", "feed")
    if kind not in WEB_KINDS:
        raise HTTPException(422, f"kind must be one of {', '.join(WEB_KINDS)}")
    try:
        return await anyio.to_thread.run_sync(partial(
            new_source, form.get("url", "").strip()[:2000], name=name or None, kind=kind,
            every_s=900, timezone=form.get("timezone", "")[:64],
            allow=AddressPolicy.parse(web(request).settings.fetch_allow)))
    except ConfigError as exc:
        raise HTTPException(422, exc.one_line()) from None


@router.get("/sources")
def sources_short_address(request: Request) -> RedirectResponse:
    """``/sources`` is where a reader looks for the sources page (the API's is
    ``/api/v1/sources``); it answered 404 (t-final55b B5). Sent on, for good, with its
    query (t-final61: ``/sources?lang=en`` lost ``lang`` and a first visit landed in
    French)."""
    query = request.url.query
    return RedirectResponse("/manage/sources" + (f"?{query}" if query else ""),
                            status_code=308)


@router.post("/manage/sources")
async def sources_action(request: Request) -> Response:
    form = await read_form(request)
    require_writer(request, form.get("csrf", ""))
    action, name = form.get("action", ""), form.get("name", "").strip()[:200]
    checked = await _checked_source(request, form, name) if action == "add" else None
    with web(request).stores.writer() as store:
        if checked is not None:
            from veille.collect.watch import register

            try:
                source, _ = register(store, checked, named=bool(name))
            except ConfigError as exc:
                raise HTTPException(422, exc.one_line()) from None
            store.set_source_meta(source.name, label=form.get("label", "")[:100],
                                  group=form.get("group", "")[:50])
        elif action in ("pause", "resume"):
            store.pause_source(name, paused=action == "pause")
        elif action == "remove":
            store.remove_source(name)
        elif action == "meta":
            store.set_source_meta(name, label=form.get("label", "")[:100],
                                  group=form.get("group", "")[:50])
        else:
            raise HTTPException(422, "unknown action")
    return RedirectResponse("/manage/sources", status_code=303)
