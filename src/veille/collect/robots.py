"""robots.txt, read once per site and per fetcher, with protego.

RFC 9309: a robots.txt that is missing (4xx) allows everything; one that cannot be read
(5xx, a timeout, a refused connection) disallows everything until a later run, since a
server in trouble is the one to spare. The two refusals are told apart: a site that asks
not to be crawled (``robots``, lasting) is not a site whose robots.txt is down
(``unreadable-robots``, retried at the next poll), and the message says which (newuser10
S11: a robots.txt answering 500 read "the site asks crawlers not to fetch this page").
A robots.txt redirected to an address the fetcher may not reach is unavailable too: the
page's own address is not the one refused.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

from protego import Protego

from veille.errors import FetchError

GetRobots = Callable[[str], Awaitable[tuple[int, bytes]]]


def _host(where: str) -> str:
    """The host a URL or a bare host name (as the address guard names it) points at."""
    if "://" in where:
        return (urlsplit(where).hostname or "").lower()
    return where.strip("[]").lower()


class Unavailable(str):
    """Why a site's robots.txt could not be read ("answered HTTP 503", "timed out"...):
    nothing of the site is fetched until a later run reads it (RFC 9309 section 2.3.1.4)."""


class RobotsCache:
    """Rules per ``scheme://host``, fetched at most once even under concurrency."""

    def __init__(self, get: GetRobots, *, agent: str) -> None:
        self.get = get
        self.agent = agent.split("/")[0]
        self.rules: dict[str, Protego | None | Unavailable] = {}
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
                self.rules[root] = Unavailable(f"answered HTTP {status}")
            elif status >= 400 or not body.strip():
                self.rules[root] = None
            else:
                # A byte order mark (Windows editors, IIS) would glue itself to the first
                # line ("\ufeffUser-agent: *"), which protego then ignores with its
                # rules: decoded with "utf-8-sig" (newuser12 W29).
                self.rules[root] = Protego.parse(body.decode("utf-8-sig", errors="replace"))
        except FetchError as exc:
            if exc.reason in ("blocked-address", "dns", "bad-url") and \
                    _host(exc.origin) == _host(root):
                raise  # the site itself cannot be reached: its pages fail, named as such
            self.rules[root] = Unavailable(f"could not be read ({str(exc.args[0])[:200]})")
        except (OSError, TimeoutError) as exc:
            self.rules[root] = Unavailable(f"could not be read ({type(exc).__name__})")
        except Exception as exc:  # an httpx transport error: unreachable, as RFC 9309 says
            self.rules[root] = Unavailable(f"could not be read ({type(exc).__name__})")
        finally:
            future.set_result(None)
            del self.pending[root]

    async def allowed(self, url: str) -> bool:
        """True when robots.txt lets the fetcher read ``url`` (:meth:`refusal` says why
        not)."""
        return not await self.refusal(url)

    async def refusal(self, url: str) -> str:
        """"" when ``url`` may be fetched; else why not: ``"disallowed"`` (the site's
        rules), or the :class:`Unavailable` reason its robots.txt could not be read."""
        root = self.root(url)
        await self._load(root)
        rules = self.rules.get(root)  # absent: the guard refused the site; it will again
        if rules is None:
            return ""
        if isinstance(rules, Unavailable):
            return rules
        return "" if rules.can_fetch(url, self.agent) else "disallowed"

    def crawl_delay(self, url: str) -> float:
        rules = self.rules.get(self.root(url))
        if isinstance(rules, Protego):
            delay = rules.crawl_delay(self.agent)
            return float(delay) if delay else 0.0
        return 0.0
