"""A Google News sitemap's ``news:publication/news:name`` is the outlet's name for its
pages that declare none, as a feed's title is (t-final67 R2: "Presse Océan" was ignored).

Our own sitemap, a real SQLite store, a real HTTP server on 127.0.0.1.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sitekit import article_html
from veille.collect.feeds import parse_listing
from veille.collect.fetch import FetchPolicy
from veille.collect.netguard import AddressPolicy
from veille.collect.poll import Collector
from veille.collect.testserver import LocalServer, Page, Site
from veille.settings import Settings
from veille.store.base import Source
from veille.store.sqlite import SQLiteStore

POLICY = FetchPolicy(timeout=20.0, deadline=30.0, retries=0, delay=0.0, per_host=4,
                     allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)
NEWS = "http://www.google.com/schemas/sitemap-news/0.9"


def _sitemap(root: str, name: str) -> bytes:
    return (f"<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/"
            f"schemas/sitemap/0.9' xmlns:news='{NEWS}'><url><loc>{root}/a.html</loc>"
            f"<news:news><news:publication><news:name>{name}</news:name><news:language>fr"
            "</news:language></news:publication><news:publication_date>2026-12-06T08:00:00"
            "+01:00</news:publication_date><news:title>Angers : la rocade rouverte"
            "</news:title></news:news></url></urlset>").encode()


@pytest.fixture
def server() -> Iterator[LocalServer]:
    site = Site()
    with LocalServer(site) as running:
        site.pages["/robots.txt"] = Page(b"User-agent: *\nAllow: /\n", "text/plain")
        site.pages["/a.html"] = Page(article_html(6720))
        site.pages["/news.xml"] = Page(_sitemap(running.root, "Le  Courrier de l'Ouest"),
                                       "application/xml")
        yield running


def test_the_sitemaps_publication_names_the_outlet(server: LocalServer, store: SQLiteStore,
                                                   settings: Settings) -> None:
    source = Source(name="courrier", kind="sitemap", url=server.url("/news.xml"))
    summary = Collector(store, settings, policy=POLICY).poll([source])
    assert summary.ingest.new == 1, summary.ingest.errors
    [article] = store.latest(limit=2)
    assert article.content is not None
    assert article.content.site_name == "Le Courrier de l'Ouest"
    assert "news:publication/news:name" in article.content.evidence["site_name"]


def test_a_publication_name_is_bounded_and_one_line() -> None:
    listing = parse_listing(_sitemap("http://example.org", "  Presse\nOcéan  " + "x" * 300),
                            url="http://example.org/news.xml")
    [entry] = listing.entries
    assert entry.publication.startswith("Presse Océan x") and len(entry.publication) <= 100
