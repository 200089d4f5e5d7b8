"""robots.txt, read once per site and per fetcher, with protego.

RFC 9309: a robots.txt that is missing (4xx) allows everything; one that cannot be read
(5xx, a timeout, a refused connection) disallows everything until a later run, since a
server in trouble is the one to spare.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

from protego import Protego

from veille.errors import FetchError

GetRobots = Callable[[str], Awaitable[tuple[int, bytes]]]


class RobotsCache:
    """Rules per ``scheme://host``, fetched at most once even under concurrency."""

    def __init__(self, get: GetRobots, *, agent: str) -> None:
        self.get = get
        self.agent = agent.split("/")[0]
        self.rules: dict[str, Protego | None | bool] = {}
        self.pending: dict[str, asyncio.Future[None]] = {}

    @staticmethod
    def root(url: str) -> str:
        parts = urlsplit(url)
        return f"{parts.scheme}://{parts.netloc}"

    async def _load(self, root: str) -> None:
        if root in self.rules:
            return
        if root in self.pending:
            await self.pending[root]
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.pending[root] = future
        try:
            status, body = await self.get(root)
            if status >= 500:
                self.rules[root] = False
            elif status >= 400 or not body.strip():
                self.rules[root] = None
            else:
                self.rules[root] = Protego.parse(body.decode("utf-8", errors="replace"))
        except FetchError as exc:
            if exc.reason in ("blocked-address", "dns", "bad-url"):
                raise  # the page itself fails for this reason, named as such
            self.rules[root] = False
        except (OSError, TimeoutError):
            self.rules[root] = False
        except Exception:  # an httpx transport error: unreachable, treat as RFC says
            self.rules[root] = False
        finally:
            future.set_result(None)
            del self.pending[root]

    async def allowed(self, url: str) -> bool:
        root = self.root(url)
        await self._load(root)
        rules = self.rules.get(root)  # absent: the guard refused the site; it will again
        if rules is None or rules is True:
            return True
        if rules is False:
            return False
        return bool(rules.can_fetch(url, self.agent))

    def crawl_delay(self, url: str) -> float:
        rules = self.rules.get(self.root(url))
        if isinstance(rules, Protego):
            delay = rules.crawl_delay(self.agent)
            return float(delay) if delay else 0.0
        return 0.0
