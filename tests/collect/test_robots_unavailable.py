"""A robots.txt that cannot be read is not a site that asks not to be crawled (newuser10
S11): RFC 9309 says to fetch nothing from the site for now, and the failure says that,
with its own reason, retried at the next poll; a robots.txt redirected to an address the
fetcher may not reach does not blame the page's own address."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from veille.collect.fetch import Fetcher, FetchPolicy
from veille.collect.netguard import AddressPolicy
from veille.collect.revisit import PERMANENT
from veille.collect.testserver import LocalServer, Page, Site
from veille.errors import FetchError

POLICY = FetchPolicy(timeout=20.0, deadline=30.0, max_bytes=1_000_000, retries=0, delay=0.0,
                     per_host=4, allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)
PAGE = Page(b"<html><body><p>Bonjour</p></body></html>")


def _failure(url: str) -> FetchError:
    async def run() -> None:
        async with Fetcher(POLICY) as fetcher:
            await fetcher.fetch(url)

    with pytest.raises(FetchError) as info:
        asyncio.run(run())
    return info.value


@pytest.fixture(params=["status", "redirect"])
def server(request: pytest.FixtureRequest) -> Iterator[LocalServer]:
    robots = (Page(b"oops", "text/plain", status=503) if request.param == "status" else
              Page(b"", location="http://169.254.169.254/robots.txt"))
    with LocalServer(Site(pages={"/robots.txt": robots, "/page.html": PAGE})) as running:
        yield running


def test_an_unreadable_robots_txt_is_no_disallow(server: LocalServer) -> None:
    error = _failure(server.url("/page.html"))
    assert error.reason == "unreadable-robots"
    assert error.reason not in PERMANENT and not error.reason.startswith(PERMANENT)
    line = error.one_line()
    assert f"the robots.txt of {server.root}" in line
    assert "nothing is fetched from this site until it can be read (RFC 9309)" in line
    assert "retried at the next poll" in line
    assert "asks crawlers not to fetch" not in line
    assert "add it to fetch_allow" not in line  # the page's own address is not refused


def test_a_disallow_stays_a_disallow() -> None:
    site = Site(pages={"/robots.txt": Page(b"User-agent: *\nDisallow: /\n", "text/plain"),
                       "/page.html": PAGE})
    with LocalServer(site) as running:
        error = _failure(running.url("/page.html"))
    assert error.reason == "robots"
    assert "robots.txt disallows" in error.one_line()


def test_a_disallow_after_a_byte_order_mark_is_obeyed() -> None:
    """newuser12 W29: "\\ufeffUser-agent: *" was read as no group at all, so the page was
    fetched."""
    robots = Page("\ufeffUser-agent: *\nDisallow: /prive/\n".encode(), "text/plain")
    site = Site(pages={"/robots.txt": robots, "/prive/page.html": PAGE})
    with LocalServer(site) as running:
        error = _failure(running.url("/prive/page.html"))
    assert error.reason == "robots"
