"""One error handler for the whole app, rendering JSON or HTML.

Under ``/api/`` (or when the client asks for JSON and not HTML) an error is an
:class:`~veille.web.models.ErrorResponse`; elsewhere it is the error page, in the user's
language. Errors veille raises on purpose map to a 4xx (``NotFound`` is 404, a query error is
400); only a bug gives a 500, and then without a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from veille import errors
from veille.web.asgi import StartTracker
from veille.web.context import render, web
from veille.web.models import ErrorDetail, ErrorResponse
from veille.web.search import SearchUnavailable
from veille.web.security import BodyTooLarge

log = logging.getLogger("veille.web")

_STATUS_CODES = {400: "bad_request", 401: "unauthorized", 404: "not_found",
                 405: "method_not_allowed", 409: "conflict", 413: "too_large",
                 415: "unsupported_media_type", 422: "invalid_parameter",
                 500: "internal_error", 503: "unavailable"}


def status_for(exc: errors.VeilleError) -> int:
    """The HTTP status of an error veille raised on purpose (its own ``http_status``
    first, when its class has one)."""
    own = getattr(exc, "http_status", None)
    if isinstance(own, int):
        return own
    query_error = getattr(errors, "QueryError", None)
    index_error = getattr(errors, "SearchIndexError", None)
    if isinstance(exc, SearchUnavailable | errors.StoreError):
        return 503
    if index_error is not None and isinstance(exc, index_error):
        return 503
    if isinstance(exc, errors.NotFound):
        return 404
    if query_error is not None and isinstance(exc, query_error):
        return 400
    if isinstance(exc, errors.ItemError | errors.ConfigError):
        return 400
    return 500


def wants_json(path: str, accept: str) -> bool:
    if path.startswith(("/api/", "/feeds/", "/export.", "/attention.csv")) \
            or path == "/openapi.json":
        return True
    accept = accept.lower()
    return "json" in accept and "text/html" not in accept


def problem(request: Request, status: int, message: str, *, hint: str = "",
            headers: Mapping[str, str] | None = None) -> Response:
    """The error response for ``request``: JSON or the HTML error page."""
    code = _STATUS_CODES.get(status, "error")
    if wants_json(request.url.path, request.headers.get("accept", "")):
        t = web(request).translator(request)
        body = ErrorResponse(error=ErrorDetail(status=status, code=code, message=message,
                                               hint=hint, localized_message=t.message(message),
                                               localized_hint=t.message(hint)))
        return JSONResponse(body.model_dump(), status_code=status, headers=headers)
    # A page's reader is sent to pages, not to the CLI (t-reader22 R11).
    where = WEB_HINTS.get(hint, "")
    response = render(request, "error.html", status=status, status_code=status,
                      message=message, hint="" if where else hint, code=code, where=where)
    if headers:
        response.headers.update(headers)
    return response


#: Hints that name CLI commands, and the pages a web reader finds the same things on: the
#: 404 page of /articles/zzz said "les identifiants se trouvent avec « veille latest » ou
#: « veille search »" (t-reader22 R11); its JSON keeps the hint for programs.
WEB_HINTS = {
    "list ids with `veille latest` or `veille search`": "articles",
    "list stories with /api/v1/stories or `veille stories`": "stories",
    "story ids are on the story pages (/stories) and in `veille stories`": "stories",
    # the story page's "undo" of a correction already undone (web/story_edits.py)
    "list the overrides with `veille stories overrides`": "stories",
}


def merged_redirect(request: Request, exc: errors.ArticleMerged) -> Response | None:
    """A permanent redirect (``301``, RFC 9110 section 15.4.2) from a merged article's
    address to the same address of the article it became (newuser16c N8), for a read
    (``GET``/``HEAD``) whose path names the merged id as one segment; else None."""
    if request.method not in ("GET", "HEAD"):
        return None
    parts = request.url.path.split("/")
    if exc.article_id not in parts:
        return None
    path = "/".join(exc.into if part == exc.article_id else part for part in parts)
    query = request.url.query
    return RedirectResponse(path + (f"?{query}" if query else ""), status_code=301)


async def _veille_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, errors.VeilleError)
    if isinstance(exc, errors.ArticleMerged) and \
            (moved := merged_redirect(request, exc)) is not None:
        return moved
    status = status_for(exc)
    if status >= 500 and status != 503:
        log.error("unexpected %s: %s", type(exc).__name__, exc)
    return problem(request, status, str(exc), hint=exc.hint)


#: What to do after an HTTP error the framework raises, by status.
HTTP_HINTS = {
    401: "send the header 'Authorization: Bearer <token>' with the server's api_token",
    405: "see /docs for the methods of each path",
}


#: What a write route of a server without the ``api_token`` setting says (t-final36 B1:
#: "405 method not allowed, see /docs" told nothing of the setting the route needs).
TOKEN_SETTING_HINT = ("set the api_token setting (api_token = \"…\" in veille.toml, or "
                      "VEILLE_API_TOKEN=…), restart `veille serve`, then send the header "
                      "'Authorization: Bearer <token>' (docs/settings.md, docs/monitoring.md)")


API_PREFIX = "/api/"
#: The hint of a 404 or 405 under /api/: the API's read paths, where an address a user
#: guessed (``GET /api/v1/articles``, a write route's path) leads no one (t-final51 B9).
API_PATHS_HINT = ("read articles with GET /api/v1/latest or GET /api/v1/search?q=…, one "
                  "with GET /api/v1/articles/ID, stories with GET /api/v1/stories; "
                  "/docs lists every path and method")


def needs_token(request: Request) -> bool:
    """Whether ``request`` asks for a write route, which a server without the
    ``api_token`` setting does not mount: its method and path match one of
    ``app.state.token_routes`` (set by :func:`veille.web.app.create_app` then)."""
    for methods, pattern in getattr(request.app.state, "token_routes", ()):
        if request.method in methods and pattern.match(request.url.path):
            return True
    return False


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code in (404, 405) and needs_token(request):
        return problem(request, 403, f"{request.method} {request.url.path} needs the "
                       "api_token setting, which this server does not have",
                       hint=TOKEN_SETTING_HINT)
    message = exc.detail if isinstance(exc.detail, str) else "error"
    hint = HTTP_HINTS.get(exc.status_code, "")
    if exc.status_code in (404, 405) and request.url.path.startswith(API_PREFIX):
        hint = API_PATHS_HINT  # t-final51 B9: GET /api/v1/articles said "page introuvable"
    return problem(request, exc.status_code, message, hint=hint, headers=exc.headers)


def _describe(exc: RequestValidationError) -> str:
    parts = []
    for item in exc.errors()[:5]:
        loc = [str(p) for p in item.get("loc", ())]
        # the parameter's location ("query", "path") goes; a body field named "query"
        # stays (newuser11b U15: "body: Field required" lost the field's name)
        where = ".".join(loc[1:] if loc[:1] in (["query"], ["path"]) else loc)
        parts.append(f"{where}: {item.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


#: A path id that cannot be an id names nothing: the same 404 as an unknown id, by the
#: path parameter's name (t-reader21 R17: "/stories/😀" showed a regular expression).
_UNKNOWN_ID = {
    "article_id": ("no article with id {id!r}",
                   "list ids with `veille latest` or `veille search`"),
    "story_id": ("no story with id {id!r}",
                 "list stories with /api/v1/stories or `veille stories`"),
}


def _malformed_id(exc: RequestValidationError) -> errors.NotFound | None:
    """The 404 for a request whose only fault is a path id of the wrong form, else None."""
    items = exc.errors()
    if len(items) != 1 or items[0].get("type") != "string_pattern_mismatch":
        return None
    loc = [str(p) for p in items[0].get("loc", ())]
    if len(loc) != 2 or loc[0] != "path" or loc[1] not in _UNKNOWN_ID:
        return None
    message, hint = _UNKNOWN_ID[loc[1]]
    return errors.NotFound(message.format(id=str(items[0].get("input", ""))[:80]), hint=hint)


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    if (unknown := _malformed_id(exc)) is not None:
        return await _veille_error(request, unknown)
    return problem(request, 422, _describe(exc), hint="see /docs for the parameters")


async def _too_large(request: Request, exc: Exception) -> Response:
    return problem(request, 413, "request body too large", hint="send a smaller body")


async def _bug(request: Request, exc: Exception) -> Response:
    log.exception("bug while serving %s", request.url.path)
    return problem(request, 500, "internal error", hint="this is a bug; please report it")


def install(app: FastAPI) -> None:
    """Register the handlers: every error the app can raise goes through :func:`problem`."""
    app.add_exception_handler(errors.VeilleError, _veille_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(BodyTooLarge, _too_large)


HOST_HINT = ("add this name to the allowed_hosts setting: allowed_hosts = \"news.example.org\" "
             "in veille.toml, or VEILLE_ALLOWED_HOSTS=news.example.org (see docs/web.md)")


def refuse_host(scope: Scope, host: str) -> ASGIApp:
    """An ASGI app answering 400 to a request for a host not allowed (DNS rebinding)."""

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        response = problem(Request(scope), 400, f"host {host!r} is not allowed",
                           hint=HOST_HINT)
        await response(scope, receive, send)

    return app


def refuse_too_large(scope: Scope) -> ASGIApp:
    """An ASGI app answering 413, for the body-limit middleware (before routing)."""

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        response = problem(Request(scope), 413, "request body too large",
                           hint="send a smaller body")
        response.headers["connection"] = "close"
        await response(scope, receive, send)

    return app


class CatchBugs:
    """Turns an unexpected exception into the 500 error page inside the security headers.

    Starlette's own last-resort handler sits outside every middleware, so its 500 would go
    out without the CSP; this one runs inside them.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        tracked = StartTracker(send)
        try:
            await self.app(scope, receive, tracked)
        except Exception as exc:
            if tracked.started:
                raise
            response = await _bug(Request(scope), exc)
            await response(scope, receive, send)
