"""``HEAD`` answered as ``GET`` without the body, on every route that answers ``GET``.

FastAPI routes answer only the methods they are declared with, so a ``HEAD`` on a page or
a feed was a 405 (t-reader20 R13), where feed readers, link checkers and uptime probes
send one (RFC 9110 §9.3.2: a server answers HEAD as it would GET, without the content).
A plain ASGI middleware, outside every other one: the app, the security headers and the
error pages all see a ``GET``, and the answer keeps its status and headers
(``Content-Type``, ``Content-Length``, the CSP...), only its body is dropped.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class HeadAsGet:
    """Run a ``HEAD`` request as ``GET`` and send no byte of the answer's body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] != "http.response.body":
                await send(message)
            elif not message.get("more_body", False):
                await send({"type": "http.response.body", "body": b"", "more_body": False})

        await self.app({**scope, "method": "GET"}, receive, headers_only)
