"""Every answer says the interface language it was given in (t-final29 U7).

``Content-Language`` (RFC 9110 §8.5) on every response: the language of the pages' words
and of the API's messages (``localized_warnings``, ``localized_message``), as ``?lang=``,
the cookie, Accept-Language and the ``default_language`` setting chose it
(:meth:`veille.web.context.WebContext.translator`), so a client sending ``lang=de`` learns
it was answered in ``fr``. On the JSON API, a ``lang`` the interface lacks is also said in
``X-Veille-Warnings`` (a JSON array of English messages, as the exports': endpoints without
a ``warnings`` field, e.g. ``/api/v1/stats``, say it there too; the lists say it in their
``warnings`` as well: :func:`veille.web.params.ui_language_warnings`).
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from veille.web.exports import WARNINGS_HEADER, warnings_header
from veille.web.params import ui_language, ui_language_warnings

API_PREFIX = "/api/"


class UiLanguage:
    """ASGI middleware adding ``Content-Language`` (when the response has none) and, on
    ``/api/`` paths, the unsupported-``lang`` warning as ``X-Veille-Warnings`` (no
    ``/api/`` route sets that header itself; the exports, which do, are no ``/api/``
    path)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        lang = ui_language(request)
        warned = ui_language_warnings(request) if scope["path"].startswith(API_PREFIX) \
            else []

        async def send_with_language(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _ in headers}
                if b"content-language" not in names:
                    headers.append((b"content-language", lang.encode("ascii")))
                if warned and WARNINGS_HEADER.lower().encode("ascii") not in names:
                    headers.extend((k.lower().encode("ascii"), v.encode("latin-1"))
                                   for k, v in warnings_header(warned).items())
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_language)
