"""A small ASGI helper shared by the middlewares that turn errors into error pages."""

from __future__ import annotations

from starlette.types import Message, Send


class StartTracker:
    """Wraps ``send`` and remembers whether the response has started: once it has, an error
    can no longer be answered with an error page, only re-raised."""

    def __init__(self, send: Send) -> None:
        self.send = send
        self.started = False

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.started = True
        await self.send(message)
