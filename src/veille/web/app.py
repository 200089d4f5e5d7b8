"""The app factory: ``create_app(settings)`` wires stores, search, routes and middleware.

Everything the app holds is built here and kept on ``app.state.web``, so each app is
independent (no module-level state), and the write endpoint exists only when a token is set.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import fastapi_offline
from fastapi import FastAPI, Request
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from starlette.responses import JSONResponse

from veille.follower import Followers
from veille.settings import Settings
from veille.web import (
    api,
    article_edits,
    attention,
    auth,
    enrich_api,
    entity_list,
    exports,
    feeds,
    pages,
    problems,
    quotes_api,
    saved,
    saved_pages,
    sources_pages,
    story_edits,
    story_list,
    write,
)
from veille.web.context import WebContext
from veille.web.head import HeadAsGet
from veille.web.i18n import supported
from veille.web.search import IndexSearch, SearchBackend
from veille.web.security import AllowedHosts, BodyLimit, SecurityHeaders, allowed_hosts
from veille.web.stores import StorePool
from veille.web.ui_language import UiLanguage

STATIC_DIR = Path(__file__).parent / "static"
SWAGGER_UI_URL = "/static/swagger-ui"
SWAGGER_UI_DIR = Path(fastapi_offline.__file__).parent / "static"
"""Swagger UI 5's assets, from the ``fastapi-offline`` package: /docs works offline."""

DESCRIPTION = """\
veille's JSON API: the data behind every page of the web app.

Search uses veille's query language (words joined by AND, "exact phrases", OR, -word,
parentheses, `title:`, `source:`, `lang:`, `author:`). Errors always have the
`ErrorResponse` shape.
"""


def _version() -> str:
    try:
        return version("veille")
    except PackageNotFoundError:
        return "0"


def create_app(settings: Settings, *, search: SearchBackend | None = None) -> FastAPI:
    """Build the web app for ``settings``; ``search`` replaces the index-backed search."""
    stores = StorePool(settings.store_path, settings=settings)
    stores.prepare()
    context = WebContext(settings=settings, stores=stores,
                         search=search if search is not None else IndexSearch(settings))

    # the write API's ingests leave the stories' re-clustering to a follower of the change
    # log, which catches up at once what a crash left (q-stories24)
    context.followers = Followers.start(settings, ["stories"] if settings.api_token else [])

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        context.followers.stop()
        context.lane.close()
        stores.close()

    app = FastAPI(title="veille", version=_version(),
                  description=DESCRIPTION, docs_url=None, redoc_url=None, lifespan=lifespan,
                  openapi_url=None)
    app.state.web = context

    @app.get("/openapi.json", include_in_schema=False)
    def openapi(request: Request) -> JSONResponse:
        """The OpenAPI schema; ``?lang=`` (which /docs sends) gives its intro in that
        language (t-reader19 R12: it stayed English in the French UI). Without it, the
        schema is the same whatever the request's Accept-Language: programs read it."""
        schema = app.openapi()
        lang = supported(request.query_params.get("lang")) or ""
        if lang in context.locales and lang != "en":
            intro = context.locales[lang]("api_description")
            schema = {**schema, "info": {**schema["info"], "description": intro}}
        return JSONResponse(schema)

    problems.install(app)
    app.state.login_limiter = auth.LoginLimiter()
    app.include_router(api.router)
    app.include_router(saved.router)
    app.include_router(exports.router)
    app.include_router(attention.router)
    app.include_router(enrich_api.router)
    app.include_router(quotes_api.router)
    app.include_router(story_edits.router)
    token_routers = (write.router, saved.write_router, story_edits.write_router,
                     article_edits.write_router)
    if settings.api_token:
        for router in token_routers:
            app.include_router(router)
    else:  # what they would answer is said (problems.needs_token)
        app.state.token_routes = [(route.methods, route.path_regex)
                                  for router in token_routers for route in router.routes
                                  if isinstance(route, APIRoute)]
    app.include_router(feeds.router)
    app.include_router(enrich_api.pages)
    app.include_router(pages.router)
    app.mount(SWAGGER_UI_URL, StaticFiles(directory=SWAGGER_UI_DIR), name="swagger-ui")
    app.include_router(saved_pages.router)
    app.include_router(story_edits.pages)
    app.include_router(attention.pages)
    app.include_router(sources_pages.router)
    app.include_router(story_list.router)
    app.include_router(entity_list.router)
    app.include_router(auth.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.add_middleware(BodyLimit, max_bytes=settings.max_input_bytes,
                       refuse=problems.refuse_too_large)
    if settings.read_requires_login:
        app.add_middleware(auth.ReadLogin)
    app.add_middleware(UiLanguage)  # Content-Language on every answer (t-final29 U7)
    app.add_middleware(problems.CatchBugs)
    app.add_middleware(AllowedHosts, hosts=allowed_hosts(settings.allowed_hosts, settings.host),
                       refuse=problems.refuse_host)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(HeadAsGet)  # outermost: every layer sees the GET it answers as
    return app


def app_from_environment() -> FastAPI:
    """The app for a worker process of ``veille serve --workers N``: settings come from
    ``veille.toml`` and ``VEILLE_*`` variables, as for any command; what its first search
    would load is loaded before it answers (:func:`veille.web.search.warm`)."""
    from veille.settings import load_settings
    from veille.web.search import warm

    app = create_app(load_settings())
    warm()
    return app
