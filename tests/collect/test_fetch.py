"""The fetcher against a real HTTP server on 127.0.0.1, with the loopback allowlist."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from veille.collect.fetch import Fetcher, FetchPolicy, Response
from veille.collect.netguard import AddressPolicy
from veille.collect.testserver import LocalServer, Page, Site
from veille.errors import ConfigError, FetchError

LOOPBACK = AddressPolicy.parse("127.0.0.1")


def policy(**overrides: object) -> FetchPolicy:
    base = FetchPolicy(timeout=1.0, deadline=2.0, max_bytes=1_000_000, retries=0,
                       delay=0.0, per_host=4, allow=LOOPBACK, backoff=0.01)
    from dataclasses import replace

    return replace(base, **overrides)  # type: ignore[arg-type]


def fetch(url: str, pol: FetchPolicy | None = None, **kw: str) -> Response:
    async def run() -> Response:
        async with Fetcher(pol or policy()) as fetcher:
            return await fetcher.fetch(url, **kw)

    return asyncio.run(run())


def failure(url: str, pol: FetchPolicy | None = None) -> FetchError:
    with pytest.raises(FetchError) as info:
        fetch(url, pol)
    return info.value


@pytest.fixture
def server() -> Iterator[LocalServer]:
    site = Site(pages={
        "/page.html": Page(b"<html><body><p>Bonjour</p></body></html>"),
        "/zipped.html": Page(b"<p>" + b"compressed " * 500 + b"</p>", gzip=True),
        "/brotli.html": Page(b"<p>" + b"brotli " * 500 + b"</p>", brotli=True),
        "/robots.txt": Page(b"User-agent: *\nDisallow: /private/\n", "text/plain"),
        "/private/secret.html": Page(b"<p>secret</p>"),
    })
    with LocalServer(site) as running:
        yield running


def test_fetch_keeps_headers_and_body(server: LocalServer) -> None:
    response = fetch(server.url("/page.html"))
    assert response.status == 200 and b"Bonjour" in response.body
    assert response.media_type == "text/html"
    assert response.headers["etag"] and response.headers["last-modified"]
    assert response.final_url == server.url("/page.html")


def test_gzip_and_brotli_are_inflated(server: LocalServer) -> None:
    assert fetch(server.url("/zipped.html")).body.count(b"compressed") == 500
    assert fetch(server.url("/brotli.html")).body.count(b"brotli") == 500


def test_user_agent_is_configurable(server: LocalServer) -> None:
    fetch(server.url("/page.html"), policy(user_agent="veille-test/9 (+https://x.example)"))
    assert server.site.agents == {"veille-test/9 (+https://x.example)"}


def test_conditional_get_answers_not_modified(server: LocalServer) -> None:
    first = fetch(server.url("/page.html"))
    again = fetch(server.url("/page.html"), etag=first.headers["etag"])
    assert again.not_modified and again.body == b""
    since = fetch(server.url("/page.html"), last_modified=first.headers["last-modified"])
    assert since.not_modified


def test_robots_disallow_is_respected(server: LocalServer) -> None:
    error = failure(server.url("/private/secret.html"))
    assert error.reason == "robots"
    assert server.site.hits["/private/secret.html"] == 0
    assert fetch(server.url("/private/secret.html"), policy(robots=False)).status == 200


@pytest.mark.parametrize(("path", "reason"), [
    ("/missing", "http-404"),
    ("/status/500", "http-500"),
    ("/slow", "timeout"),
    ("/drip", "timeout"),
    ("/huge", "too-large"),
    ("/loop/a", "redirect-loop"),
])
def test_each_failure_has_a_clear_reason(server: LocalServer, path: str, reason: str) -> None:
    error = failure(server.url(path))
    assert error.reason == reason
    assert error.origin == server.url(path)
    assert error.one_line().startswith(server.url(path))


def test_retries_transient_statuses(server: LocalServer) -> None:
    error = failure(server.url("/status/503"), policy(retries=2))
    assert error.reason == "http-503"
    assert server.site.hits["/status/503"] == 3


def test_too_many_redirects(server: LocalServer) -> None:
    url = server.url("/redirect?to=/redirect%3Fto%3D/page.html")
    assert fetch(url).status == 200
    assert failure(url, policy(max_redirects=1)).reason == "too-many-redirects"


@pytest.mark.parametrize("target", ["http://127.0.0.1:9/", "http://10.0.0.1/",
                                    "http://169.254.169.254/latest/meta-data/",
                                    "http://[::1]/", "http://0.0.0.0/", "http://224.0.0.1/"])
def test_guard_blocks_non_public_addresses(target: str) -> None:
    error = failure(target, policy(allow=AddressPolicy()))
    assert error.reason == "blocked-address"


@pytest.mark.parametrize("target", ["http://10.0.0.1/", "http://169.254.169.254/"])
def test_guard_blocks_behind_a_redirect(server: LocalServer, target: str) -> None:
    error = failure(server.url(f"/redirect?to={target}"))
    assert error.reason == "blocked-address"
    assert server.site.hits["/redirect"] == 1


def test_guard_blocks_loopback_when_not_allowed(server: LocalServer) -> None:
    error = failure(server.url("/page.html"), policy(allow=AddressPolicy()))
    assert error.reason == "blocked-address"
    assert sum(server.site.hits.values()) == 0


def test_guard_checks_names_after_resolution() -> None:
    error = failure("http://localhost:9/", policy(allow=AddressPolicy()))
    assert error.reason == "blocked-address"


def test_allowlist_parses_networks() -> None:
    allow = AddressPolicy.parse("127.0.0.1, 10.0.0.0/8")
    import ipaddress

    assert allow.permits(ipaddress.ip_address("10.2.3.4"))
    assert not allow.permits(ipaddress.ip_address("192.168.1.1"))
    assert allow.permits(ipaddress.ip_address("93.184.215.14"))
    assert not AddressPolicy().permits(ipaddress.ip_address("::ffff:127.0.0.1"))
    with pytest.raises(ConfigError):
        AddressPolicy.parse("not-an-ip")


def test_one_bad_url_does_not_stop_the_others(server: LocalServer) -> None:
    urls = [server.url(p) for p in ("/page.html", "/missing", "/slow", "/zipped.html")]

    async def run() -> list[Response | BaseException]:
        async with Fetcher(policy()) as fetcher:
            return await asyncio.gather(*(fetcher.fetch(u) for u in urls),
                                        return_exceptions=True)

    results = asyncio.run(run())
    assert [isinstance(r, Response) for r in results] == [True, False, False, True]


def test_per_host_delay_spaces_requests(server: LocalServer) -> None:
    import time

    async def run() -> float:
        async with Fetcher(policy(delay=0.2, per_host=4)) as fetcher:
            start = time.perf_counter()
            await asyncio.gather(*(fetcher.fetch(server.url("/page.html")) for _ in range(4)))
            return time.perf_counter() - start

    assert asyncio.run(run()) >= 0.6
