"""The enrichment part of the JSON API: entities, one entity, an article's enrichment.

Read-only, from the store's enrichment tables (kept by the enrichment view, see
docs/enrichment.md); parameters bounded like the rest of ``/api/v1``.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from pydantic import BaseModel
from starlette.responses import HTMLResponse

from veille.errors import NotFound
from veille.web.api import ERRORS, ArticleId, Limit, Offset
from veille.web.context import render, web

EntityId = Annotated[str, Path(pattern=r"^[^/\x00-\x1f]{1,200}$",
                               description="A Wikidata id (Q2429253) or a veille id "
                                           "(per:mike-pompeo, geonames:2988507).")]
Label = Annotated[str | None, Query(pattern=r"^(PER|ORG|LOC|MISC)$")]
Name = Annotated[str | None, Query(max_length=200)]

router = APIRouter(prefix="/api/v1", tags=["enrichment"], responses=ERRORS)
pages = APIRouter(include_in_schema=False)


class EntityModel(BaseModel):
    """An entity across the store: how many articles name it, and mentions in all."""

    id: str
    label: str
    name: str
    articles: int
    mentions: int


class EntitiesResponse(BaseModel):
    entities: list[EntityModel]


class EntityArticle(BaseModel):
    article_id: str
    title: str
    source: str
    time: str
    count: int


class QuoteModel(BaseModel):
    article_id: str
    n: int
    speaker: str
    speaker_id: str
    text: str
    title: str
    time: str


class EntityDetail(EntityModel):
    """One entity: the articles naming it (newest first), the entities named with it,
    and its quotes."""

    articles_list: list[EntityArticle]
    cooccurring: list[EntityModel]
    quotes: list[QuoteModel]


class EnrichmentResponse(BaseModel):
    """An article's enrichment: ``entities`` (with mention offsets in the title and
    paragraphs joined by blank lines), ``places``, ``dates`` mentioned and ``quotes``;
    ``enriched`` is false when the enrichment view has not reached the article yet."""

    id: str
    enriched: bool
    entities: list[dict[str, Any]]
    places: list[dict[str, Any]]
    dates: list[dict[str, Any]]
    quotes: list[dict[str, Any]]


@router.get("/entities", response_model=EntitiesResponse,
            summary="Entities, by number of articles naming them")
def entities(request: Request, limit: Limit = 20, offset: Offset = 0, label: Label = None,
             name: Name = None) -> EntitiesResponse:
    with web(request).stores.reader() as store:
        found = store.entities(limit=limit, offset=offset, label=label, name=name)
    return EntitiesResponse(entities=[EntityModel(**asdict(e)) for e in found])


@router.get("/entities/{entity_id}", response_model=EntityDetail, summary="One entity")
def entity(request: Request, entity_id: EntityId, limit: Limit = 20) -> EntityDetail:
    """The JSON twin of ``/entities/{entity_id}``."""
    return _entity(request, entity_id, limit)


@pages.get("/entities/{entity_id}", name="entity_page")
def entity_page(request: Request, entity_id: EntityId) -> HTMLResponse:
    """An entity's page: its articles, quotes and the entities named with it."""
    detail = _entity(request, entity_id, 50)
    return render(request, "entity.html", entity=detail,
                  json_twin=f"/api/v1/entities/{detail.id}")


def _entity(request: Request, entity_id: str, limit: int) -> EntityDetail:
    with web(request).stores.reader() as store:
        found = store.entity(entity_id)
        if found is None:
            raise NotFound(f"no entity {entity_id!r}")
        articles = store.entity_articles(entity_id, limit=limit)
        others = store.cooccurring(entity_id, limit=limit)
        quotes = store.quotes(speaker_id=entity_id, limit=limit)
    return EntityDetail(**asdict(found),
                        articles_list=[EntityArticle(**asdict(a)) for a in articles],
                        cooccurring=[EntityModel(**asdict(o)) for o in others],
                        quotes=[QuoteModel(**asdict(q)) for q in quotes])


@router.get("/articles/{article_id}/enrichment", response_model=EnrichmentResponse,
            summary="An article's entities, places, dates mentioned and quotes")
def enrichment(request: Request, article_id: ArticleId) -> EnrichmentResponse:
    with web(request).stores.reader() as store:
        record = store.get(article_id)
    data = record.enrichment or {}
    return EnrichmentResponse(id=record.id, enriched=bool(data),
                              entities=data.get("entities", []),
                              places=data.get("places", []), dates=data.get("dates", []),
                              quotes=data.get("quotes", []))
