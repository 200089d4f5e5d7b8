"""A page the fetch guard refused for its address is asked again once ``fetch_allow``
opens that address, and pages refused for good are not counted "already fetched"
(t-final55 A4: a page refused before VEILLE_FETCH_ALLOW was set was never collected once
it was, and the poll's line counted it among the pages already fetched). Real HTTP server
on 127.0.0.1, real SQLite store."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from test_revisit import page

from veille.collect.fetch import FetchPolicy
from veille.collect.netguard import AddressPolicy
from veille.collect.poll import Collector
from veille.collect.testserver import LocalServer, Page, Site
from veille.collect.watch import watch
from veille.settings import Settings
from veille.store.base import Source
from veille.store.sqlite import SQLiteStore

CLOSED = FetchPolicy(timeout=20.0, deadline=30.0, retries=0, delay=0.0, per_host=2,
                     backoff=0.01)
OPEN = replace(CLOSED, allow=AddressPolicy.parse("127.0.0.1"))
LEAD = ("Le tramway de Nice circulera de nouveau samedi sur toute la ligne 2, après trois "
        "semaines de travaux sur le boulevard, a annoncé la métropole jeudi soir.")


def _feed(base: str) -> bytes:
    return (f"<?xml version='1.0'?><rss version='2.0'><channel><title>Ville</title>"
            f"<item><title>Tram</title><link>{base}/tram.html</link></item>"
            f"<item><title>Meta</title><link>http://169.254.169.254/latest/meta-data</link>"
            f"</item></channel></rss>").encode()


def test_a_page_refused_for_its_address_is_asked_once_fetch_allow_opens_it(
        tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    store = SQLiteStore.open(settings.store_path)
    site = Site(pages={"/tram.html": Page(page(LEAD))})
    with LocalServer(site) as running:
        base = running.url("")
        site.pages["/feed.xml"] = Page(_feed(base.rstrip("/")), "application/rss+xml")
        # the user first fetches the page with loopback closed: refused, as it must be
        refused = Collector(store, settings, policy=CLOSED).fetch_urls([running.url("/tram.html")])
        assert refused.pages_failed == 1 and site.hits.get("/tram.html", 0) == 0
        # then opens loopback and registers the feed listing that page
        store.add_source(Source(name="ville", kind="feed", url=running.url("/feed.xml")))
        done = watch(store, Collector(store, settings, policy=OPEN), once=True)
        assert site.hits["/tram.html"] == 1
        assert done.ingest.new == 1
        assert any(a.url == running.url("/tram.html") for a in store.latest(limit=5))
        # the metadata address stays refused, and is not "already fetched" at the next poll
        site.pages["/feed.xml"] = Page(site.pages["/feed.xml"].body + b" ",
                                       "application/rss+xml")
        again = watch(store, Collector(store, settings, policy=OPEN), once=True)
        assert again.skipped == 1  # the tram page, stored
        assert again.refused_urls == {"http://169.254.169.254/latest/meta-data"}
        assert site.hits["/tram.html"] == 1


def test_a_closed_policy_does_not_ask_a_refused_page_again(tmp_path: Path) -> None:
    """Nothing opened: the refusal stands, the page is not asked at every poll."""
    settings = Settings(data_dir=tmp_path / "data")
    store = SQLiteStore.open(settings.store_path)
    site = Site(pages={"/tram.html": Page(page(LEAD))})
    with LocalServer(site) as running:
        collector = Collector(store, settings, policy=CLOSED)
        first = collector.fetch_urls([running.url("/tram.html")])
        assert first.pages_failed == 1
        assert not collector._wanted(running.url("/tram.html"))
        assert Collector(store, settings, policy=OPEN)._wanted(running.url("/tram.html"))


def test_a_quiet_feed_does_not_hide_a_refused_page(tmp_path: Path) -> None:
    """t-final55b A13: the feed (on 127.0.0.1, allowed) answered 304 once its page (on
    127.0.0.2, not allowed yet) was refused, so the page was never asked after fetch_allow
    opened it. The listing is read whole while it lists a page refused for an address the
    setting may open."""
    settings = Settings(data_dir=tmp_path / "data")
    store = SQLiteStore.open(settings.store_path)
    pages = Site(pages={"/tram.html": Page(page(LEAD))})
    feeds = Site()
    with LocalServer(pages, host="127.0.0.2") as other, LocalServer(feeds) as running:
        feeds.pages["/feed.xml"] = Page(_feed(other.root), "application/rss+xml")
        store.add_source(Source(name="ville", kind="feed", url=running.url("/feed.xml")))
        for _ in range(2):  # the feed, same bytes each time: a 304 the second time
            done = watch(store, Collector(store, settings, policy=OPEN), once=True)
            assert pages.hits.get("/tram.html", 0) == 0 and done.ingest.new == 0
        wider = replace(CLOSED, allow=AddressPolicy.parse("127.0.0.1,127.0.0.2"))
        done = watch(store, Collector(store, settings, policy=wider), once=True)
        assert pages.hits["/tram.html"] == 1 and done.ingest.new == 1
