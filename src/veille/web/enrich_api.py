"""The enrichment part of the JSON API: entities, one entity, an article's enrichment.

Read-only, from the store's enrichment tables (kept by the enrichment view, see
docs/enrichment.md); parameters bounded like the rest of ``/api/v1``.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Annotated, Any, Literal, TypeVar
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Path, Query, Request
from pydantic import BaseModel, Field
from starlette.responses import HTMLResponse, RedirectResponse, Response

from veille.enrich.entity_names import NAME_POOL
from veille.enrich.query import filter_clause
from veille.enrich.text import fold
from veille.errors import NotFound
from veille.monitor.attention import period_of, periods
from veille.outlet_names import merged_counts, names_of, same_outlet, shown
from veille.store.base import EntitySummary, PlaceSummary
from veille.store.sqlite import SQLiteStore
from veille.web import list_paging
from veille.web.api import ERRORS, ArticleId, CursorParam, Limit, Offset
from veille.web.chart import line_chart
from veille.web.context import render, web
from veille.web.params import past_end, unknown_parameters
from veille.web.queries import place_area

EntityId = Annotated[str, Path(pattern=r"^[^\x00-\x1f]{1,200}$",
                               description="A Wikidata id (Q2429253) or a veille id "
                                           "(per:mike-pompeo, geonames:2988507); an id "
                                           "may hold a slash (org:ac/dc), written as is "
                                           "or as %2F (t-enrich20 E13).")]
Label = Annotated[str | None, Query(pattern=r"^(PER|ORG|LOC|MISC)$")]
Name = Annotated[str | None, Query(max_length=200)]

DAY_SPAN, WEEK_SPAN, MONTH_SPAN = 92, 2 * 366, 6 * 366
"""Mentions over time are counted per day up to this many days, then per week, per month,
then per year."""

router = APIRouter(prefix="/api/v1", tags=["enrichment"], responses=ERRORS)
pages = APIRouter(include_in_schema=False)


class RankedPage(BaseModel):
    """The paging fields of a list ranked by counts (entities, places)."""

    total: int = Field(default=0, description="Rows of the whole list (with its filters): "
                       "as `/api/v1/search`, `/latest` and `/stories` give theirs.")
    next_cursor: str | None = Field(
        default=None, description="Send as `cursor` (with the same filters and `limit`) for "
        "the next page, on every page but the last, read by `offset` or by cursor "
        "(docs/web.md, Paging lists). The list is ranked by counts that move as articles "
        "arrive: a cursor goes on by rows.")


class EntityModel(BaseModel):
    """An entity across the store: how many articles name it, and mentions in all."""

    id: str
    label: str
    name: str
    articles: int
    mentions: int
    independent: int | None = Field(
        default=None,
        description="Of `articles`, those of their own: not a reprint or teaser of another "
                    "outlet's article (the Attention page's and story counts' definition). "
                    "Counted for one entity (its detail); null in lists.")
    teasers: int | None = Field(
        default=None, description="Of `articles`, teasers of another outlet's article; "
                                  "null in lists.")
    republications: int | None = Field(
        default=None, description="Of `articles`, the same site's text again at another URL; "
                                  "null in lists. The reprints are the rest: `articles - "
                                  "independent - teasers - republications`.")
    place: bool = False
    """True when the entity is a place resolved in the gazetteer (it has a place page)."""


NameMatch = Literal["words", "substring"]
"""How a ``name`` filter matched the entities listed (:func:`named_entities`)."""


class EntitiesResponse(RankedPage):
    entities: list[EntityModel]
    match: NameMatch | None = Field(
        default=None, description="With `name`: how the entities listed are named by it. "
        "`words`: a word of the name begins with it, an alias holds it as whole words, or an "
        "article writes the entity so (an acronym beside the full name); `substring`: none "
        "is named so, and these are the entities whose name holds it inside a word (a "
        "fallback, as `veille entities --name` says on stderr). Null without `name`.")
    warnings: list[str] = Field(
        default_factory=list, description="About the request: parameters ignored, an "
                                          "offset past the end of the list.")
    localized_warnings: list[str] = Field(
        default_factory=list, description="`warnings` in the request's language.")


class EntityArticle(BaseModel):
    article_id: str
    title: str
    source: str
    outlet: str = Field(default="", description="The outlet's name as the pages show it "
                        "(docs/web.md, Outlet names); ``source`` stays the store's key.")
    time: str
    count: int
    precision: str = Field(
        default="time",
        description="How much of `time` is known: `time`, `day`, or `seen` (the article gives "
                    "no date; `time` is when veille first saw it).")
    language: str = Field(default="", description="The article's language tag.")


class QuoteModel(BaseModel):
    article_id: str
    n: int
    speaker: str
    speaker_id: str
    text: str
    title: str
    time: str
    date_is_first_seen: bool = False
    """``time`` is when veille first saw the article: it gives no publication date."""
    reprints: list[str] = []
    """The other copies of the dispatch (reprints, teasers) carrying this quote: the
    quote is listed once, from the original (or the earliest copy)."""
    language: str = ""
    """The article's language tag (the quote is in it)."""
    speaker_name: str = ""
    """The name of the entity the speaker was resolved to (``speaker_id``), as its page
    shows it; "" when the speaker has no entity (``speaker`` is then the only name)."""


class TimelinePoint(BaseModel):
    period: str
    articles: int
    mentions: int
    independent: int = 0
    """Of ``articles``, those of their own (not a reprint or teaser of another outlet's)."""


class TimelineModel(BaseModel):
    """Mentions over time: per ``interval`` (``day``, ``week`` as ``2026-W48``, ``month``,
    ``year``),
    every period from the first article to the last (empty ones too), the articles naming
    the entity or place and its mentions in them (by the article's publication day, else
    the day it was first seen, each in the article's own offset: never the UTC day
    before, :func:`~veille.store.calendar.article_day`)."""

    interval: str
    points: list[TimelinePoint]


class SourceCount(BaseModel):
    source: str
    outlet: str = Field(default="", description="The outlet's name as the pages show it "
                        "(docs/web.md, Outlet names); ``source`` stays the store's key.")
    articles: int


class StoryRef(BaseModel):
    """A story among the articles naming an entity: ``articles`` of them are in it."""

    id: str
    title: str
    articles: int
    language: str = ""
    """The language tag of the article ``title`` comes from."""


class EntityDetail(EntityModel):
    """One entity: the articles naming it (newest first), the entities named with it,
    its quotes, its mentions over time, the sources naming it and their stories."""

    articles_list: list[EntityArticle]
    cooccurring: list[EntityModel]
    quotes: list[QuoteModel]
    timeline: TimelineModel
    sources: list[SourceCount]
    stories: list[StoryRef]
    aliases: list[str] = Field(
        default_factory=list, description="Its other names in the alias table in force "
        "(shipped, and the user's `veille aliases add`), each written once, `name` left "
        "out: what `entity:` finds it by.")


class PlaceModel(BaseModel):
    """A place across the store: ``kind`` (country, capital, city, commune, region...),
    ``country`` (ISO 3166-1 alpha-2), ``admin1`` (first-level region code: the INSEE
    region for a French commune), ``lat``/``lon`` (WGS84 degrees; both null where no
    shipped source gives the place a point: an area, or one of the 104 communes, most
    of them merged since 2016, that neither the DILA town halls nor GeoNames locate,
    never another place's point); ``insee`` (a French
    commune's INSEE code, "93066") and ``department`` (its département's code, "93",
    "974"), '' for any other place (t-enrich19 E15: the export had them, the API not)."""

    id: str
    name: str
    kind: str
    country: str
    admin1: str
    lat: float | None
    lon: float | None
    articles: int
    mentions: int
    insee: str = ""
    department: str = ""
    independent: int | None = None
    """Of ``articles``, those of their own (not reprints or teasers), as for an entity."""
    teasers: int | None = None
    republications: int | None = None
    """Teasers and republications among ``articles``, as for an entity."""
    english_name: str = Field(default="", description=(
        "The place's English name: the shipped one (\"Syria\", \"Beirut\"), else the "
        "label English articles give it; '' when neither."))
    french_name: str = Field(default="", description=(
        "The place's French name: the shipped one (\"Syrie\", \"Valence\" for "
        "València), else the label French articles give it; '' when neither. `name` is "
        "the articles' own label (French articles first, then English, then any)."))


class PlacesResponse(RankedPage):
    places: list[PlaceModel]
    warnings: list[str] = Field(
        default_factory=list, description="About the request: parameters ignored, an "
                                          "offset past the end of the list.")
    localized_warnings: list[str] = Field(
        default_factory=list, description="`warnings` in the request's language.")


class PlaceDetail(PlaceModel):
    """One place: as an entity's detail, the quotes being those of the articles naming
    it."""

    articles_list: list[EntityArticle]
    cooccurring: list[EntityModel]
    quotes: list[QuoteModel]
    timeline: TimelineModel
    sources: list[SourceCount]
    stories: list[StoryRef]
    area_query: str = Field(
        default="", description="For a country or territory (`kind` country): the search "
        "of the articles naming any place in it, its communes and towns included "
        "(`place:RE`); '' for other places. This page's counts and lists are the articles "
        "naming the place itself (t-enrich20 E16).")
    area_articles: int | None = Field(
        default=None, description="For a country or territory: how many articles "
        "`area_query` finds; null for other places.")


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
    unread_language: str = Field(
        default="", description="The primary language tag (\"it\", \"pt\") when the "
        "article's names (entities, places, quote speakers) were not extracted: only French "
        "and English are read; empty otherwise. `veille reenrich` fills it for articles "
        "enriched before it existed.")
    dates_unread: bool = Field(
        default=False, description="True when the dates mentioned were not read either "
        "(a language other than French, English, Spanish, Italian and German).")


@router.get("/entities", response_model=EntitiesResponse,
            summary="Entities, by number of articles naming them")
def entities(request: Request, limit: Limit = 20, offset: Offset = 0, label: Label = None,
             name: Name = None, cursor: CursorParam = None) -> EntitiesResponse:
    warnings: list[str] = []
    with web(request).stores.reader() as store:
        page = list_paging.start("entities", (limit, label, name), cursor=cursor,
                                 offset=offset, snapshot=store.max_seq(), warnings=warnings)
        if name:  # the whole pool ``name`` names is ranked anyway: counted from it
            pool, match = named_entities(request, store, label=label, name=name,
                                         limit=NAME_POOL, offset=0)
            found, total = pool[page.offset:page.offset + limit], len(pool)
        else:
            found, match = named_entities(request, store, label=label, name=name,
                                          limit=limit, offset=page.offset)
            total = store.entity_count(label=label)
        return _warned(request, EntitiesResponse(
            entities=flag_places(store, found), match=match, total=total,
            next_cursor=list_paging.next_cursor(page, len(found), total)),
            offset if cursor is None else 0, len(found), warnings)


@router.get("/entities/{entity_id:path}", response_model=EntityDetail, summary="One entity")
def entity(request: Request, entity_id: EntityId, limit: Limit = 20) -> EntityDetail:
    """The JSON twin of ``/entities/{entity_id}``."""
    return _entity(request, entity_id, limit)


@pages.get("/entities/{entity_id:path}", name="entity_page")
def entity_page(request: Request, entity_id: EntityId) -> Response:
    """An entity's page: mentions over time, its articles, stories, sources, quotes and
    the entities named with it; a place's is its place page."""
    with web(request).stores.reader() as store:
        is_place = store.place(entity_id) is not None
    if is_place:  # the query string (?lang=en, limit) goes along (newuser11 U2)
        query = f"?{request.url.query}" if request.url.query else ""
        return RedirectResponse(f"/places/{quote(entity_id, safe='')}{query}", status_code=303)
    detail = _entity(request, entity_id, 50)
    return render(request, "entity.html", entity=detail, place=None,
                  namesake_labels=_cooccurring_labels(request, detail.cooccurring),
                  **_page_extras(request, web(request).translator(request).name(
                      detail.id, detail.name), detail.timeline, "entity", detail.id),
                  json_twin=f"/api/v1/entities/{quote(detail.id, safe='')}")


@router.get("/places", response_model=PlacesResponse,
            summary="Places, by number of articles naming them")
def places(request: Request, limit: Limit = 20, offset: Offset = 0,
           name: Name = None, cursor: CursorParam = None) -> PlacesResponse:
    warnings: list[str] = []
    with web(request).stores.reader() as store:
        page = list_paging.start("places", (limit, name), cursor=cursor, offset=offset,
                                 snapshot=store.max_seq(), warnings=warnings)
        found = store.places(limit=limit, offset=page.offset, name=name)
        total = store.place_count(name=name)
    models = []
    for p in found:
        insee, department = _codes(p.id)
        models.append(PlaceModel(**asdict(p), insee=insee, department=department))
    return _warned(request, PlacesResponse(
        places=models, total=total, next_cursor=list_paging.next_cursor(page, len(models),
                                                                        total)),
        offset if cursor is None else 0, len(models), warnings)


Listed = TypeVar("Listed", EntitiesResponse, PlacesResponse)


def _warned(request: Request, response: Listed, offset: int, shown: int,
            paging: list[str]) -> Listed:
    """``response`` with its warnings (:mod:`veille.web.params`; ``paging``: a cursor not
    used), in English and in the request's language."""
    response.warnings = [*unknown_parameters(request), *paging,
                         *past_end(offset, shown, response.total)]
    t = web(request).translator(request)
    response.localized_warnings = [t.message(w) for w in response.warnings]
    return response


def _codes(place_id: str) -> tuple[str, str]:
    """A place's ``(insee, department)`` codes, from the shipped gazetteer (the store's
    place rows keep the region only; '' when the gazetteer has none)."""
    from veille.enrich.places import shipped

    return shipped().codes(place_id)


@router.get("/places/{place_id:path}", response_model=PlaceDetail, summary="One place")
def place(request: Request, place_id: EntityId, limit: Limit = 20) -> PlaceDetail:
    """The JSON twin of ``/places/{place_id}``."""
    return _place(request, place_id, limit)


@pages.get("/places/{place_id:path}", name="place_page")
def place_page(request: Request, place_id: EntityId) -> HTMLResponse:
    """A place's page: where it is (coordinates, codes), then as an entity's page."""
    detail = _place(request, place_id, 50)
    with web(request).stores.reader() as store:
        namesakes = [p for p in store.places(name=detail.name, limit=100)
                     if p.id != detail.id and fold(p.name) == fold(detail.name)]
    t = web(request).translator(request)
    shown = t.name(detail.id, detail.name)  # "Germany" in English (f-reader20 R14)
    if t.lang == "en" and detail.id not in t.names and detail.english_name:
        shown = detail.english_name  # "Valencia", the English articles' own (f-places25)
    if namesakes:  # "Valence (Drôme)" beside "Valence (Espagne)" (newuser8 Q19)
        shown = namesake_label(t, detail.id, shown, detail.country)
    return render(request, "entity.html", entity=detail, place=detail, shown_name=shown,
                  namesake_labels=_cooccurring_labels(request, detail.cooccurring),
                  **_page_extras(request, shown, detail.timeline, "place", detail.id),
                  json_twin=f"/api/v1/places/{quote(detail.id, safe='')}")


def namesake_label(t: Any, place_id: str, shown: str, country: str) -> str:
    """``shown`` with what tells the place from its namesakes, as search writes it:
    "Saint-Denis (Seine-Saint-Denis)", "Valence (Espagne)" (its département, else its
    country in the page's language); ``shown`` alone when neither is known."""
    area, country = place_area(place_id, country)
    where = area or t.territory(country)
    return f"{shown} ({where})" if where else shown


def _cooccurring_labels(request: Request, cooccurring: list[EntityModel]) -> dict[str, str]:
    """``place id -> "Name (Area)"`` of the namesake places of an entity's or place's "named
    with" list (:func:`namesake_labels`): two bare "Saint-Denis · lieu" rows told apart as
    the places list and the search facets tell them (t-final60 #21)."""
    placed = [e.id for e in cooccurring if e.place]
    if not placed:
        return {}
    with web(request).stores.reader() as store:
        return namesake_labels(store, web(request).translator(request),
                               store.places(ids=placed, limit=len(placed)))


def namesake_labels(store: SQLiteStore, t: Any, places: list[PlaceSummary]) -> dict[str, str]:
    """``place id -> "Name (Area)"`` for the places of ``places`` another stored place
    shares its name with (folded), labelled as search and the place's page label them
    (t-final27 F11 e: /places showed "Saint-Denis · commune · France" beside "Saint-Denis
    · commune · La Réunion"). The store is asked only of names the gazetteer gives more
    than one place."""
    from collections import Counter

    from veille.enrich.places import shipped

    gazetteer = shipped()

    def keys(place: PlaceSummary) -> dict[str, str]:
        # folded -> written, of the stored name and of the one the page shows: "Brugge" is
        # "Bruges" in French, as the Gironde's Bruges (t-final60 #22)
        return {fold(n): n for n in (place.name, t.name(place.id, place.name))}

    on_page = Counter(key for p in places for key in keys(p))
    labels = {}
    for place in places:
        shared = False
        for key, written in keys(place).items():
            shared = shared or on_page[key] > 1 or (
                len(gazetteer.by_name.get(key, ())) > 1 and any(
                    other.id != place.id and key in keys(other)
                    for other in store.places(name=written, limit=100)))
        if shared:
            labels[place.id] = namesake_label(t, place.id, t.name(place.id, place.name),
                                              place.country)
    # Namesakes of one country and no département ("Wales", the nation and a village in
    # England) got one label twice: the kind tells them apart (t-final52 B3).
    twice = Counter(labels.values())
    for place in places:
        label = labels.get(place.id)
        if label is not None and twice[label] > 1 and label.endswith(")"):
            key = f"place_kind_{place.kind}"
            kind = t(key) if key in t.strings else place.kind
            labels[place.id] = f"{label[:-1]}, {kind})" if kind else label
    return labels


def _page_extras(request: Request, name: str, timeline: TimelineModel, field: str,
                 entity_id: str) -> dict[str, Any]:
    t = web(request).translator(request)
    points = timeline.points
    chart = line_chart([t.period(p.period) for p in points],
                       [(t("timeline_articles"), [float(p.articles) for p in points]),
                        (t("timeline_independent"), [float(p.independent) for p in points]),
                        (t("timeline_mentions"), [float(p.mentions) for p in points])],
                       title=t("timeline_chart_title", name=name), percent=False,
                       number=t.number, series_max=t.series_max,
                       separator=t("chart_series_separator")) \
        if points else None
    clause = filter_clause(field, entity_id)
    return {"chart": chart, "clause": clause,
            "follow": "/saved?" + urlencode({"q": clause, "name": name[:100]}),
            "search_link": "/search?" + urlencode({"q": clause})}


def _timeline(days: list[tuple[str, int, int, int]]) -> TimelineModel:
    if not days:
        return TimelineModel(interval="day", points=[])
    first, last = date.fromisoformat(days[0][0]), date.fromisoformat(days[-1][0])
    span = (last - first).days
    interval = "day" if span <= DAY_SPAN else "week" if span <= WEEK_SPAN else \
        "month" if span <= MONTH_SPAN else "year"
    if interval == "year":
        counts: dict[str, list[int]] = {str(y): [0, 0, 0]
                                        for y in range(first.year, last.year + 1)}
    else:
        counts = {p: [0, 0, 0] for p in periods(first, last, interval)}
    for day, articles, mentions, independent in days:
        when = date.fromisoformat(day)
        bucket = counts[str(when.year) if interval == "year" else period_of(when, interval)]
        bucket[0] += articles
        bucket[1] += mentions
        bucket[2] += independent
    return TimelineModel(interval=interval, points=[
        TimelinePoint(period=p, articles=a, mentions=m, independent=i)
        for p, (a, m, i) in counts.items()])


def _common(store: SQLiteStore, entity_id: str, limit: int) -> dict[str, Any]:
    """What an entity's and a place's detail share."""
    articles = store.entity_articles(entity_id, limit=limit)
    stories: dict[str, StoryRef] = {}
    story_of = store.story_of([a.article_id for a in articles])
    for a in reversed(articles):
        story = story_of.get(a.article_id)
        if story is not None:
            kept = stories.get(story[0])
            stories[story[0]] = StoryRef(id=story[0], title=kept.title if kept else a.title,
                                         articles=kept.articles + 1 if kept else 1,
                                         language=kept.language if kept else a.language)
    # Named as the story page names it: its fullest independent article's title, not the
    # entity's first article's (q-stories24, t-final24 S3: the place page named a story
    # after another article than its page did).
    for sid, ref in stories.items():
        found = store.stories(story_id=sid, limit=1)
        if found and found[0].title and found[0].title != ref.title:
            stories[sid] = ref.model_copy(update={"title": found[0].title, "language": ""})
    days = [d for d in store.entity_timeline(entity_id) if _is_day(d[0])]
    sources = store.entity_sources(entity_id, limit=limit)
    # one outlet by name and by host counted once (t-final33 #13)
    sources = merged_counts(sources, same_outlet(store, (s for s, _ in sources)))
    # by the outlet name the pages show, beside the key (f-outlet27)
    names = names_of(store, (*(a.source for a in articles), *(s for s, _ in sources)))
    return {"articles_list": [EntityArticle(**asdict(a), outlet=shown(a.source, names))
                              for a in articles],
            "cooccurring": flag_places(store, store.cooccurring(entity_id, limit=limit)),
            "timeline": _timeline(days),
            "sources": [SourceCount(source=s, outlet=shown(s, names), articles=n)
                        for s, n in sources],
            "stories": sorted(stories.values(), key=lambda s: -s.articles)}


def named_entities(request: Request, store: SQLiteStore, *, label: str | None,
                   name: str | None, limit: int, offset: int
                   ) -> tuple[list[EntitySummary], NameMatch | None]:
    """The entities of the API's and the web page's list: all of them by number of
    articles, or, with ``name``, those it names (words, aliases and written forms first,
    a bare substring only when none: :func:`veille.enrich.entity_names.entities_named`,
    the CLI's ``entities --name`` path); and how ``name`` matched them (None without it,
    "substring" for the fallback, which the page and the API say as the CLI does)."""
    if not name:
        return store.entities(limit=limit, offset=offset, label=label), None
    from veille.enrich.aliases import current
    from veille.enrich.entity_names import (
        WRITTEN_ARTICLES,
        entities_named,
        written_ids,
        written_query,
    )
    from veille.search.types import SearchRequest

    def written(text: str) -> list[str]:
        query = written_query(text)
        if not query:
            return []
        try:
            hits = web(request).search.search(
                SearchRequest(query=query, per_page=WRITTEN_ARTICLES, facets=False,
                              snippets=False), store=store).hits
        except Exception:  # noqa: BLE001 - without an index (or for a query it cannot read)
            return []
        return written_ids(store, (hit.id for hit in hits), text)

    found, inside = entities_named(store, current(web(request).settings.data_dir), name,
                                   label=label, limit=limit, offset=offset, written=written)
    return found, "substring" if inside else "words"


def flag_places(store: SQLiteStore, found: list[EntitySummary]) -> list[EntityModel]:
    """``found`` as the API gives them, each flagged ``place`` when the gazetteer resolved
    it (it then has a place page)."""
    places = {p.id for p in store.places(ids=[e.id for e in found], limit=len(found) or 1)}
    return [EntityModel(**asdict(e), place=e.id in places) for e in found]


def _is_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _entity(request: Request, entity_id: str, limit: int) -> EntityDetail:
    with web(request).stores.reader() as store:
        found = store.entity(entity_id)
        if found is None:
            raise NotFound(f"no entity {entity_id!r}",
                           hint="list them with /api/v1/entities or `veille entities`")
        quotes = store.quotes(speaker_id=entity_id, limit=limit)
        common = _common(store, entity_id, limit)
        # The flag the lists give: a place resolved in the gazetteer has a place page
        # (newuser11 U1: the detail said false where the list said true).
        is_place = store.place(entity_id) is not None
    return EntityDetail(**asdict(found), quotes=[QuoteModel(**asdict(q)) for q in quotes],
                        place=is_place, aliases=_aliases(request, found.id, found.name),
                        **common)


def _aliases(request: Request, entity_id: str, name: str) -> list[str]:
    """The entity's other names in the alias table in force for the served data
    directory (:func:`veille.enrich.aliases.aliases_of`), read again when the user's
    table changed."""
    from veille.enrich.aliases import aliases_of, current

    return aliases_of(current(web(request).settings.data_dir), entity_id, name)


def _place(request: Request, place_id: str, limit: int) -> PlaceDetail:
    with web(request).stores.reader() as store:
        found = store.place(place_id)
        if found is None:
            raise NotFound(f"no place {place_id!r}",
                           hint="list them with /api/v1/places")
        quotes = store.quotes_naming(place_id, limit=limit)
        common = _common(store, place_id, limit)
        area = found.country if found.kind == "country" and found.country else \
            found.id.removeprefix("iso3166:") if found.id.startswith("iso3166:") else ""
        # (an overseas region of France: kind region, country FR, id iso3166:RE)
        within = store.area_articles(area) if area else None
    insee, department = _codes(found.id)
    return PlaceDetail(**asdict(found), insee=insee, department=department,
                       quotes=[QuoteModel(**asdict(q)) for q in quotes],
                       area_query=f"place:{area}" if area else "", area_articles=within,
                       **common)


@router.get("/articles/{article_id}/enrichment", response_model=EnrichmentResponse,
            summary="An article's entities, places, dates mentioned and quotes")
def enrichment(request: Request, article_id: ArticleId) -> EnrichmentResponse:
    with web(request).stores.reader() as store:
        record = store.get(article_id)
    data = record.enrichment or {}
    return EnrichmentResponse(id=record.id, enriched=bool(data),
                              entities=data.get("entities", []),
                              places=data.get("places", []), dates=data.get("dates", []),
                              quotes=data.get("quotes", []),
                              unread_language=str(data.get("unread_language") or ""),
                              dates_unread=bool(data.get("dates_unread")))
