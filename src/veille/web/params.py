"""Warnings for the JSON API's list endpoints: parameters they ignore, offsets past the end.

A parameter an endpoint does not declare used to be dropped in silence (t-final28 F7): a
script paging ``/api/v1/stories`` with the HTML page's ``page=`` got page 1 forever, and a
``source=`` beside ``q`` returned unfiltered results. Each list endpoint now names, in its
``warnings``, every query parameter it ignores and what to use instead, and says when its
``offset`` is past the end of the list, as search says a page past the last one. Messages
are English, translated by the catalogue (``locales/messages.fr.json``).

Shapes: every function returns a list of English messages (``[]`` when all is well).
"""

from __future__ import annotations

from typing import NamedTuple

from fastapi import Request

from veille.web.i18n import supported

GLOBAL = frozenset({"lang"})
"""Read by every endpoint: the language of ``localized_warnings`` (and of the pages)."""
MAX_NAMED = 8
"""At most this many unknown parameters are named (a query string may hold thousands)."""
MAX_NAME_CHARS = 40
QUERY_FILTERS = frozenset({"source", "author", "auteur", "entity", "place", "date", "after",
                           "before", "title", "language", "langue", "from", "to", "since",
                           "until"})
"""Names a user gives a search filter as a parameter; they belong in ``q`` (docs/search.md)."""
SYNONYMS: dict[str, tuple[str, ...]] = {
    "limit": ("per_page", "size", "page_size", "count", "n", "rows", "max"),
    "per_page": ("limit", "size", "page_size", "count", "n", "rows", "max"),
    "offset": ("start", "skip", "from_", "first"),
    "interval": ("period", "granularity", "bucket", "step", "by"),
    "q": ("query", "search", "text", "keywords", "terms"),
}
"""A declared parameter → names people send for it."""

UNKNOWN_PAGING = ("unknown parameter {name} ignored: this list pages with offset and limit, "
                  "or cursor")
UNKNOWN_USE = "unknown parameter {name} ignored: use {other}"
UNKNOWN_FILTER = "unknown parameter {name} ignored: filters go in q, as {example}"
UNKNOWN_ANY = "unknown parameter {name} ignored: this endpoint takes {names}"
LANG_UNSUPPORTED = ("lang={value} is not a language of the interface (fr, en): this answer's "
                    "messages are in {used} (Content-Language)")
LANG_NOT_UI = ("lang={value} is not a language of the interface (fr, en) and sets only the "
               "language of localized_warnings: to keep one language's articles, write "
               "lang:{code} in q")
BOTH_GIVEN = "{alias} ignored: {name}={value} is also given and is used"
OFFSET_ROUNDED = ("offset {offset} is not a multiple of limit {limit}: search pages by "
                  "limit, from offset {used}")
PAST_END = "offset {offset} is past the end of this list ({total} in all)"
PAST_END_UNCOUNTED = "offset {offset} is past the end of this list"


def _shown(name: str) -> str:
    return name if len(name) <= MAX_NAME_CHARS else name[:MAX_NAME_CHARS] + "…"


def _suggestion(name: str, declared: list[str]) -> str:
    lowered = name.lower()
    if lowered in declared:  # "Limit", "LIMIT": names are case-sensitive
        return UNKNOWN_USE.format(name=_shown(name), other=lowered)
    if lowered == "page" and "offset" in declared:
        return UNKNOWN_PAGING.format(name=_shown(name))
    if lowered == "page" and "cursor" in declared and "page" not in declared:
        return UNKNOWN_PAGING.format(name=_shown(name))
    if lowered == "offset" and "page" in declared:
        return UNKNOWN_USE.format(name=_shown(name), other="page")
    for target, others in SYNONYMS.items():
        if target in declared and lowered in others:
            return UNKNOWN_USE.format(name=_shown(name), other=target)
    if "q" in declared and lowered in QUERY_FILTERS:
        key = "lang" if lowered in ("language", "langue") else lowered
        return UNKNOWN_FILTER.format(name=_shown(name), example=f"{key}:…")
    return UNKNOWN_ANY.format(name=_shown(name), names=", ".join(declared) or "none")


def unknown_parameters(request: Request) -> list[str]:
    """A warning for each query parameter of ``request`` that its endpoint does not declare
    (nor :data:`GLOBAL`), naming it and what to use instead (``page`` on a list paged by
    ``offset``, ``per_page`` for ``limit``, ``period`` for ``interval``, a ``source=``
    filter that belongs in ``q``), at most :data:`MAX_NAMED` of them; and, where ``q``
    is a query, a ``lang`` that is no language of the interface (``lang=zz``: it would
    not filter the articles). The declared names are read from the route FastAPI
    matched, so a parameter added to an endpoint is known at once."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    declared = [p.alias for p in getattr(dependant, "query_params", [])]
    out: list[str] = []
    for name in dict.fromkeys(request.query_params.keys()):
        if name in declared or name in GLOBAL:
            continue
        out.append(_suggestion(name, declared))
        if len(out) >= MAX_NAMED:
            break
    out.extend(ui_language_warnings(request, query="q" in declared))
    return out


def ui_language_warnings(request: Request, *, query: bool = False) -> list[str]:
    """A warning when the request's ``lang`` asks for no language of the interface
    (:func:`veille.web.i18n.supported`: ``lang=de``; ``lang=en-GB`` reads ``en``), naming
    the language the answer's messages use instead (:func:`ui_language`: t-final29 U7,
    ``lang=de`` was answered in French without a word); where ``query`` (the endpoint
    takes ``q``), the warning says how to keep one language's articles instead (``lang:de``
    in ``q``: ``lang`` is the interface's, never an article filter). ``[]`` otherwise."""
    lang = request.query_params.get("lang")
    if lang is None or supported(lang) is not None:
        return []
    value = _shown(lang.strip())
    if query:
        return [LANG_NOT_UI.format(value=value or '""', code=value or "xx")]
    return [LANG_UNSUPPORTED.format(value=value or '""', used=ui_language(request))]


def ui_language(request: Request) -> str:
    """The interface language the request is answered in (``?lang=``, else its cookie,
    else Accept-Language, else the ``default_language`` setting:
    :meth:`veille.web.context.WebContext.translator`)."""
    from veille.web.context import web

    return web(request).translator(request).lang


def past_end(offset: int, shown: int, total: int | None = None) -> list[str]:
    """A warning when a page read from ``offset`` is empty although the list is not (or an
    offset beyond ``total``), as search warns of a page past the last one; ``[]`` for a
    first page (offset 0) or a page with items."""
    if offset <= 0 or shown > 0:
        return []
    if total is None:
        return [PAST_END_UNCOUNTED.format(offset=offset)]
    return [PAST_END.format(offset=offset, total=total)]


class SearchPaging(NamedTuple):
    """The page and page size a search request asks for, and warnings about them."""

    page: int
    per_page: int
    warnings: list[str]


def search_paging(page: int, per_page: int, limit: int | None,
                  offset: int | None) -> SearchPaging:
    """``/api/v1/search``'s page (1-based) and page size from its parameters: the lists'
    ``limit`` and ``offset`` (the API's one paging vocabulary, t-final66 R5: search warned
    "unknown parameter limit ignored: use per_page" where ``/api/v1/latest`` takes
    ``limit``) or their aliases ``per_page`` and ``page``. ``limit`` wins over a
    ``per_page`` also given, ``offset`` over ``page``, each with a warning; an ``offset``
    that is no multiple of the page size is rounded down to one, with a warning (search
    pages by whole pages: the cursor's snapshot and skips are kept per page)."""
    warnings: list[str] = []
    if limit is not None:
        if per_page != 10 and per_page != limit:
            warnings.append(BOTH_GIVEN.format(alias="per_page", name="limit", value=limit))
        per_page = limit
    if offset is not None:
        if page != 1 and (page - 1) * per_page != offset:
            warnings.append(BOTH_GIVEN.format(alias="page", name="offset", value=offset))
        used = offset - offset % per_page
        if used != offset:
            warnings.append(OFFSET_ROUNDED.format(offset=offset, limit=per_page, used=used))
        page = used // per_page + 1
    return SearchPaging(page, per_page, warnings)

