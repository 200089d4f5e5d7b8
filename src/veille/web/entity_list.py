"""``/entities`` and ``/places``: the entities and places of the store, most cited first,
filtered by kind and by name, paged (issue 16, "entity pages": until now only
``/entities/{id}`` existed, so a reader could reach an entity only from an article).

The pages are the HTML twins of ``/api/v1/entities`` and ``/api/v1/places``: the same
order (number of articles naming it, then mentions), the same name filter as ``veille
entities --name`` for entities (:func:`veille.web.enrich_api.named_entities`: a word of the
name or of an alias first, "Daech" lists the Islamic State and "EI" not Marseille; a bare
substring only when nothing else matches), a substring of the name for places."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from starlette.responses import HTMLResponse

from veille.web.api import MAX_OFFSET
from veille.web.context import render, url_with, web
from veille.web.enrich_api import Label, Name, flag_places, named_entities, namesake_labels

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 50
MAX_PAGE = MAX_OFFSET // PAGE_SIZE
KINDS = ("PER", "ORG", "LOC", "MISC")
"""The entity kinds a reader can pick, in the order of the filter's links."""


def _pager(request: Request, page: int, shown: int) -> dict[str, Any]:
    older = url_with(request, page=page + 1) \
        if shown == PAGE_SIZE and page < MAX_PAGE else None
    newer = url_with(request, page=page - 1 if page > 2 else None) if page > 1 else None
    return {"older": older, "newer": newer, "page_size": PAGE_SIZE}


def _twin(path: str, offset: int, **params: str | None) -> str:
    query = {"limit": str(PAGE_SIZE), **({"offset": str(offset)} if offset else {}),
             **{k: v for k, v in params.items() if v}}
    return f"{path}?{urlencode(query)}"


@router.get("/entities", name="entities_page")
def entities_page(request: Request, label: Label = None, name: Name = None,
                  page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1) -> HTMLResponse:
    """Page ``page`` of the entities (``PAGE_SIZE`` a page), of one kind (``label``) and
    named like ``name`` when given; 422 on an unknown kind or past ``MAX_PAGE``."""
    name = (name or "").strip() or None
    offset = (page - 1) * PAGE_SIZE
    with web(request).stores.reader() as store:
        named, match = named_entities(request, store, label=label, name=name,
                                      limit=PAGE_SIZE, offset=offset)
        found = flag_places(store, named)
        # namesakes told apart as /places tells them ("Saint-Denis (La Réunion)"), not two
        # bare "Saint-Denis · lieu" rows (t-final58 #17)
        placed = [e.id for e in found if e.place]
        labels = namesake_labels(store, web(request).translator(request),
                                 store.places(ids=placed, limit=len(placed))) if placed else {}
    kinds: list[dict[str, Any]] = [
        {"label": k, "href": url_with(request, label=k, page=None), "current": k == label}
        for k in KINDS]
    return render(request, "entities.html", entities=found, places=None, page=page,
                  namesake_labels=labels, label=label, name=name or "", kinds=kinds,
                  substring=match == "substring" and bool(found),
                  all_kinds=url_with(request, label=None, page=None),
                  json_twin=_twin("/api/v1/entities", offset, label=label, name=name),
                  **_pager(request, page, len(found)))


@router.get("/places", name="places_page")
def places_page(request: Request, name: Name = None,
                page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1) -> HTMLResponse:
    """Page ``page`` of the places resolved in the gazetteer (``PAGE_SIZE`` a page), named
    like ``name`` when given; 422 past ``MAX_PAGE``."""
    name = (name or "").strip() or None
    offset = (page - 1) * PAGE_SIZE
    with web(request).stores.reader() as store:
        found = store.places(limit=PAGE_SIZE, offset=offset, name=name)
        labels = namesake_labels(store, web(request).translator(request), found)
    return render(request, "entities.html", entities=None, places=found, page=page,
                  namesake_labels=labels, substring=False,
                  label=None, name=name or "", kinds=[], all_kinds=None,
                  json_twin=_twin("/api/v1/places", offset, name=name),
                  **_pager(request, page, len(found)))
