"""``veille fetch FEED_URL`` fetches the items' pages, and a listing's validators are kept
only once its items are stored or lastingly refused (t-final67 C1: "read 3, new 0, failed
3 … gives a link and no text", then the source's every poll was a 304 and its items were
never fetched).

Our own feeds, a real SQLite store, a real HTTP server on 127.0.0.1.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sitekit import article_html
from veille.collect.fetch import FetchPolicy
from veille.collect.netguard import AddressPolicy
from veille.collect.poll import Collector
from veille.collect.testserver import LocalServer, Page, Site
from veille.settings import Settings
from veille.store.base import Source
from veille.store.sqlite import SQLiteStore

POLICY = FetchPolicy(timeout=20.0, deadline=30.0, retries=0, delay=0.0, per_host=4,
                     allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)


def _rss(root: str, paths: list[str]) -> bytes:
    items = "".join(f"<item><title>Brève {n}</title><link>{root}{p}</link>"
                    f"<pubDate>Tue, 01 Dec 2026 0{n}:00:00 +0100</pubDate></item>"
                    for n, p in enumerate(paths, start=1))
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
            f"<title>Le Courrier de l'Ouest</title><link>{root}/</link>"
            f"{items}</channel></rss>").encode()


def _atom(root: str, paths: list[str]) -> bytes:
    entries = "".join(f"<entry><id>tag:x,2026:{n}</id><title>Meldung {n}</title>"
                      f"<link href='{root}{p}'/><updated>2026-12-01T0{n}:00:00Z</updated>"
                      "</entry>" for n, p in enumerate(paths, start=1))
    return ("<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
            f"<title>Nordkurier</title><id>tag:x,2026:feed</id><updated>2026-12-01T09:00:00Z"
            f"</updated>{entries}</feed>").encode()


@pytest.fixture
def server() -> Iterator[LocalServer]:
    site = Site()
    with LocalServer(site) as running:
        root = running.root
        site.pages["/robots.txt"] = Page(b"User-agent: *\nAllow: /\n", "text/plain")
        for n in range(1, 7):
            site.pages[f"/a{n}.html"] = Page(article_html(6700 + n))
        site.pages["/links.rss"] = Page(_rss(root, ["/a1.html", "/a2.html", "/a3.html"]),
                                        "application/rss+xml")
        site.pages["/links.atom"] = Page(_atom(root, ["/a4.html", "/a5.html"]),
                                         "application/atom+xml")
        # one item's page fails for a while (a 503 the site asks to retry at once)
        site.pages["/a6.html"] = Page(article_html(6706), status=503, status_requests=1,
                                      headers={"Retry-After": "0"})
        site.pages["/flaky.rss"] = Page(_rss(root, ["/a1.html", "/a6.html"]),
                                        "application/rss+xml")
        yield running


def test_fetching_a_registered_feed_fetches_its_items(server: LocalServer, store: SQLiteStore,
                                                      settings: Settings) -> None:
    """C1: the feed's items are fetched by ``veille fetch``; the source's next poll finds
    them stored (its 304 hides nothing) and the notice gives no `sources add` advice for
    a URL that already is a source."""
    feed = server.url("/links.rss")
    store.add_source(Source(name="courrier", kind="feed", url=feed))
    summary = Collector(store, settings, policy=POLICY).fetch_urls([feed])
    assert summary.ingest.new == 3, summary.ingest.errors
    assert summary.ingest.failed == 0
    assert all(server.site.hits[f"/a{n}.html"] == 1 for n in (1, 2, 3))
    notice = " ".join(summary.notices)
    assert "sources add" not in notice and "courrier" in notice
    assert {a.source for a in store.latest(limit=10)} == {"courrier"}
    again = Collector(store, settings, policy=POLICY).poll(store.registered_sources())
    assert again.ingest.failed == 0
    assert store.latest_count()[0] == 3


def test_fetching_an_unregistered_atom_feed_says_how_to_follow_it(
        server: LocalServer, store: SQLiteStore, settings: Settings) -> None:
    """C1: an Atom feed of links only (the commonest kind) given to ``veille fetch``."""
    feed = server.url("/links.atom")
    summary = Collector(store, settings, policy=POLICY).fetch_urls([feed])
    assert summary.ingest.new == 2, summary.ingest.errors
    assert f"veille sources add {feed}" in " ".join(summary.notices)


def test_a_listing_with_a_page_that_failed_for_a_while_keeps_no_validators(
        server: LocalServer, store: SQLiteStore, settings: Settings) -> None:
    """docs/collect.md step 5: a page refused for a reason that may pass (a 503) leaves the
    listing to be read whole again, not answered 304, so its page is asked again."""
    feed = server.url("/flaky.rss")
    source = Source(name="flaky", kind="feed", url=feed)
    store.add_source(source)
    first = Collector(store, settings, policy=POLICY).poll([source])
    assert first.ingest.new == 1
    state = store.fetch_state(feed)
    assert state is not None and not state.etag and not state.last_modified
    second = Collector(store, settings, policy=POLICY).poll([source])
    assert second.ingest.new == 1, second.ingest.errors
    assert server.site.hits["/a6.html"] == 2
    state = store.fetch_state(feed)
    assert state is not None and state.etag  # now the listing is whole: kept


def test_fetching_a_feed_twice_asks_nothing_new(server: LocalServer, store: SQLiteStore,
                                                settings: Settings) -> None:
    """The second ``veille fetch`` of a followed feed is a 304 (everything was stored)."""
    feed = server.url("/links.rss")
    Collector(store, settings, policy=POLICY).fetch_urls([feed])
    again = Collector(store, settings, policy=POLICY).fetch_urls([feed])
    assert again.ingest.new == 0 and again.ingest.failed == 0
    assert all(server.site.hits[f"/a{n}.html"] == 1 for n in (1, 2, 3))
