"""What keeps the web app safe: the allowed ``Host`` headers, security headers on every
response, a bounded request body (three ASGI middlewares), and the one check every link to
an article's own URL goes through (:func:`safe_link`).

They are plain ASGI rather than Starlette ``BaseHTTPMiddleware`` so they see every response
(errors and static files included) and can refuse a body while it streams in, before any
handler reads it whole.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from veille.web.asgi import StartTracker

# No inline script or style anywhere: templates load /static files only.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
# The API docs page loads Swagger UI from its CDN (no inline script: its init is a static file).
DOCS_CDN = "https://cdn.jsdelivr.net"
DOCS_CSP = (f"default-src 'self'; script-src 'self' {DOCS_CDN}; style-src 'self' {DOCS_CDN}; "
            f"img-src 'self' data: {DOCS_CDN}; connect-src 'self'; object-src 'none'; "
            "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")

#: The only schemes veille links to, in pages and in feeds out.
LINK_SCHEMES = frozenset({"http", "https"})


def safe_link(url: object) -> str | None:
    """``url`` if it is an absolute ``http``/``https`` URL fit for an ``href``, else ``None``.

    Article URLs come from pages, feeds and records: ``javascript:`` or ``data:`` ones
    passed into feeds out until issue 11. A URL holding whitespace or a control character
    is refused too, since browsers drop tabs and newlines inside URLs (WHATWG URL
    standard), which turns ``java\tscript:`` back into ``javascript:``.
    """
    if not isinstance(url, str) or not url:
        return None
    if any(c <= " " or "\x7f" <= c <= "\x9f" for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in LINK_SCHEMES or not parts.hostname:
        return None
    return url


BASE_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]


#: Host names every app answers to, whatever the settings: loopback is never a rebinding.
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")
_HOST_SHOWN = 100  # characters of a refused Host header quoted back


def host_name(header: str) -> str:
    """The host name of a ``Host`` header, lower-cased, without port, brackets or a final
    dot: ``"[::1]:8000"`` is ``"::1"``, ``"News.Example.org.:80"`` is ``"news.example.org"``."""
    value = header.strip().lower()
    if value.startswith("["):
        value = value[1:].split("]", 1)[0]
    elif value.count(":") == 1:
        value = value.split(":", 1)[0]
    return value.rstrip(".") if value not in (".", "") else value


def allowed_hosts(setting: str, bound: str) -> frozenset[str] | None:
    """The host names the app answers to: the address it is bound to, the loopback names,
    and the comma-separated names of the ``allowed_hosts`` setting; ``None`` when the
    setting holds ``*`` (any host: for a reverse proxy that checks the name itself)."""
    names = {host_name(name) for name in setting.split(",") if name.strip()}
    if "*" in names:
        return None
    return frozenset({*names, host_name(bound), *LOOPBACK_HOSTS} - {""})


class AllowedHosts:
    """Refuses a request whose ``Host`` header names a host not allowed, with 400.

    Why: a web page can make a browser read a veille bound to 127.0.0.1 through DNS
    rebinding (its own name resolving, a second time, to 127.0.0.1); the browser then
    sends that name in ``Host``, which no allowed list holds. Starlette's
    ``TrustedHostMiddleware`` answers a bare text; this one answers veille's error page
    or JSON error, saying which setting to change. A request without a ``Host`` header (not
    a browser's) is let through.
    """

    def __init__(self, app: ASGIApp, *, hosts: frozenset[str] | None,
                 refuse: Callable[[Scope, str], ASGIApp]) -> None:
        self.app = app
        self.hosts = hosts
        self.refuse = refuse

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.hosts is None or scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        header = dict(scope.get("headers", [])).get(b"host")
        if header is not None:
            host = header.decode("latin-1")
            if host_name(host) not in self.hosts:
                await self.refuse(scope, host[:_HOST_SHOWN])(scope, receive, send)
                return
        await self.app(scope, receive, send)


class SecurityHeaders:
    """Adds the CSP and hardening headers to every HTTP response."""

    def __init__(self, app: ASGIApp, *, docs_path: str = "/docs") -> None:
        self.app = app
        self.docs_path = docs_path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp = DOCS_CSP if scope["path"] == self.docs_path else CSP

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(n, v) for n, v in BASE_HEADERS if n not in names]
                extra.append((b"content-security-policy", csp.encode()))
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyTooLarge(Exception):
    """Raised from ``receive`` when a streamed body passes the limit."""


class BodyLimit:
    """Refuses request bodies over ``max_bytes`` with 413, without reading them whole.

    A declared ``Content-Length`` over the limit is refused at once; a chunked body is counted
    as it streams and cut off as soon as it passes the limit.
    """

    def __init__(self, app: ASGIApp, *, max_bytes: int,
                 refuse: Callable[[Scope], ASGIApp]) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.refuse = refuse

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > self.max_bytes
            except ValueError:
                too_big = True  # an unreadable length is refused, not guessed
            if too_big:
                await self.refuse(scope)(scope, receive, send)
                return
        seen = 0

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise BodyTooLarge
            return message

        tracked = StartTracker(send)
        try:
            await self.app(scope, counting_receive, tracked)
        except BodyTooLarge:
            if tracked.started:
                raise
            await self.refuse(scope)(scope, receive, send)
