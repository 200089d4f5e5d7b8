"""What every view shares, built once per app by :func:`veille.web.app.create_app`.

It lives on ``app.state.web`` rather than in module globals, so two apps (two data
directories, a test and a server) never share a store, a cache or a search index.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from starlette.datastructures import URL
from starlette.responses import HTMLResponse

from veille.dedup.version_times import stated_update
from veille.enrich.quote_marks import quoted
from veille.follower import Followers
from veille.index.query import field_clause
from veille.outlet_groups import editions_label
from veille.outlet_names import outlet_names
from veille.settings import Settings
from veille.web.direction import isolate, rtl_languages, text_attributes, text_dir
from veille.web.headline import headline
from veille.web.i18n import (
    COOKIE,
    DISPLAY_TZ,
    SUPPORTED,
    Translator,
    load_locales,
    negotiate,
    supported,
)
from veille.web.lane import SearchLane
from veille.web.page_times import time_order
from veille.web.search import SearchBackend
from veille.web.security import safe_link
from veille.web.stores import StorePool
from veille.web.version_diff import version_diff

TEMPLATES_DIR = Path(__file__).parent / "templates"
COOKIE_MAX_AGE = 365 * 24 * 3600
DEMO_SOURCE = "wikinews.org"
"""The demo corpus's articles come from Wikinews (CC BY 2.5: demo/ATTRIBUTION.md)."""


def template_env() -> Environment:
    """Jinja2 with autoescaping on for every template: article text is untrusted input."""
    env = Environment(loader=FileSystemLoader(TEMPLATES_DIR),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["safe_link"] = safe_link  # every link to an article's own URL goes through it
    env.filters["field_clause"] = field_clause  # a filter link quotes its value as a query
    env.filters["text_dir"] = text_dir  # dir="rtl" for an Arabic article in a French page
    env.filters["text_attrs"] = text_attributes  # lang="ar" dir="rtl" on an article's text
    env.filters["bdi"] = isolate  # a name among the page's words, isolated (t-final67 R3)
    env.filters["quoted"] = quoted  # a quote in its own language's marks (t-final52 B4)
    env.filters["version_diff"] = version_diff  # headline whole, body by sentence, words marked
    env.globals["rtl_languages"] = rtl_languages()
    env.globals["stated_update"] = stated_update  # not "updated" at the publication time
    env.globals["time_order"] = time_order  # "parue avant / après / à la même heure"
    env.globals["headline"] = headline  # or the first words of the text, marked (U4)
    return env


@dataclass
class WebContext:
    """Settings, stores, search, strings and templates of one running app."""

    settings: Settings
    stores: StorePool
    search: SearchBackend
    locales: dict[str, Translator] = field(default_factory=load_locales)
    templates: Environment = field(default_factory=template_env)
    poll_ms: int = 4000
    lane: SearchLane = field(default_factory=SearchLane)
    """The searches of the API and the search page, one at a time (:mod:`veille.web.lane`)."""
    followers: Followers = field(default_factory=Followers)
    """The derived views this app keeps caught up in the background (:mod:`veille.follower`):
    the stories' re-clustering with the write API, none without it."""
    _sources: tuple[int, list[dict[str, Any]]] | None = None
    _sources_lock: threading.Lock = field(default_factory=threading.Lock)
    _outlets: tuple[int, dict[str, str]] | None = None
    _outlets_known: dict[str, tuple[object, str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # {{ outlet(a.source) }}: the outlet's shown name (veille.outlet_names)
        self.templates.globals["outlet"] = self.outlet
        self.templates.globals["host_title"] = self.host_title
        self.templates.globals["outlet_names"] = self.outlet_names
        # a story's outlet group on one line (t-final30 U7)
        self.templates.globals["editions_line"] = self.editions_line

    def sources(self) -> list[dict[str, Any]]:
        """``store.sources()``, recomputed only when new articles arrived (it scans them all)."""
        with self.stores.reader() as store:
            seq = store.max_seq()
            with self._sources_lock:
                if self._sources is None or self._sources[0] != seq:
                    self._sources = (seq, store.sources())
                return self._sources[1]

    def outlet_names(self) -> dict[str, str]:
        """:func:`veille.outlet_names.outlet_names` of the store, recomputed only when new
        articles arrived."""
        with self.stores.reader() as store:
            seq = store.max_seq()
            with self._sources_lock:
                if self._outlets is None or self._outlets[0] != seq:
                    self._outlets = (seq, outlet_names(store, self._outlets_known))
                return self._outlets[1]

    def outlet(self, source: str | None) -> str:
        """The name ``source`` is shown by (its declared outlet name, or itself)."""
        return self.outlet_names().get(source or "", source or "")

    def editions_line(self, group: Iterable[str]) -> str:
        """One outlet group's sources on one line, by their shown names
        (:func:`veille.outlet_groups.editions_label`): "France 3 (Bretagne, Pays de la
        Loire)"."""
        return editions_label(self.outlet(source) for source in group)

    def host_title(self, source: str | None) -> Markup:
        """`` title="lesoir.be"`` for a source shown by another name (:meth:`outlet`),
        else nothing: the host stays readable beside the outlet's name."""
        if not source or self.outlet(source) == source:
            return Markup("")
        return Markup(' title="{}"').format(source)

    def demo_loaded(self) -> bool:
        """True when the store holds Wikinews articles (the demo corpus's, or any), whose
        credit must be shown: the footer says so by what the store holds, never "the demo
        corpus" of a store that is not the demo (t-reader19 R16)."""
        return any(DEMO_SOURCE in str(s.get("source", "")) for s in self.sources())

    def translator(self, request: Request) -> Translator:
        lang = negotiate(query=request.query_params.get("lang"),
                         cookie=request.cookies.get(COOKIE),
                         accept=request.headers.get("accept-language"),
                         default=self.settings.default_language)
        return self.locales[lang]


def web(request: Request) -> WebContext:
    context: WebContext = request.app.state.web
    return context


def public(request: Request, url: URL) -> str:
    """``url`` (an address of this app, as ``request.url_for`` builds it) as readers reach
    it: under the ``public_url`` setting when it is set (its scheme, host and path prefix),
    else as is, built from the request's own scheme and ``Host`` (behind a reverse proxy,
    the address the proxy asked for, often ``127.0.0.1``: docs/settings.md)."""
    base = web(request).settings.public_url.strip().rstrip("/")
    if not base:
        return str(url)
    return base + url.path + (f"?{url.query}" if url.query else "")


def url_with(request: Request, **params: object) -> str:
    """This page's path and query with some parameters replaced (``None`` removes one):
    ``urlencode`` of the query with those changes, its parameters in the same order.

    The request's own parameters are encoded once per request: a results page builds ~50
    links that differ from it by one parameter (its facets, pages, sorts)."""
    pairs = _encoded_query(request)
    if params:
        pairs = dict(pairs)
        for name, value in params.items():
            if value is None:
                pairs.pop(name, None)
            else:
                pairs[name] = _encoded_pair(name, str(value))
    return request.url.path + ("?" + "&".join(pairs.values()) if pairs else "")


def _encoded_pair(name: str, value: str) -> str:
    return urlencode({name: value})


def _encoded_query(request: Request) -> dict[str, str]:
    """``{name: "name=value"}`` of the request's query, URL-encoded, kept on the request."""
    found: dict[str, str] | None = getattr(request.state, "encoded_query", None)
    if found is None:
        found = {name: _encoded_pair(name, value)
                 for name, value in dict(request.query_params).items()}
        request.state.encoded_query = found
    return found


def render(request: Request, template: str, *, status: int = 200,
           **values: Any) -> HTMLResponse:
    """Render a page in the request's language; ``?lang=`` also remembers the choice."""
    context = web(request)
    t = context.translator(request)
    switch = [(lang, context.locales[lang]("lang_name"), url_with(request, lang=lang))
              for lang in SUPPORTED if lang != t.lang]
    # Who is logged in, for the menu's "Log out" (newuser11 U14); a store read only when
    # the request carries a session cookie.
    from veille.web.auth import SESSION_COOKIE, csrf_token, current_user, login_redirect
    session_user = current_user(request) if SESSION_COOKIE in request.cookies else None
    # the menu's "Log in" comes back to this very page, query included (newuser11b U28)
    login_link = "/login" if request.url.path.startswith("/login") else \
        login_redirect(request.url.path, request.url.query)
    html = context.templates.get_template(template).render(
        request=request, t=t, lang=t.lang, switch=switch, poll_ms=context.poll_ms,
        display_tz=str(DISPLAY_TZ), demo_corpus=context.demo_loaded(),
        session_user=session_user, session_csrf=csrf_token(request) if session_user else "",
        login_link=login_link,
        **values)
    response = HTMLResponse(html, status_code=status)
    chosen = supported(request.query_params.get("lang"))
    if chosen is not None:
        response.set_cookie(COOKIE, chosen, max_age=COOKIE_MAX_AGE, samesite="lax",
                            httponly=True)
    return response
