"""A feed's language tag places its items' zone-less dates: ``<language>fr-ca</language>``
is America/Toronto, as ``<html lang="fr-CA">`` is (newuser6 M7, the feed side)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta

import pytest

from veille.collect.feeds import parse_listing
from veille.collect.fetch import FetchPolicy
from veille.collect.netguard import AddressPolicy
from veille.collect.poll import Collector
from veille.collect.testserver import LocalServer, Page, Site
from veille.settings import Settings
from veille.store.base import Source
from veille.store.sqlite import SQLiteStore

POLICY = FetchPolicy(timeout=2.0, deadline=4.0, retries=0, delay=0.0, per_host=4,
                     allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)


def _page(title: str) -> bytes:
    body = "".join(f"<p>{title}. Phrase {i} du corps de l'article, assez longue pour être lue "
                   f"comme de la prose par l'extracteur de la page de test.</p>"
                   for i in range(4))
    return (f"<!doctype html><html lang='fr'><head><meta charset='utf-8'><title>{title}"
            f"</title></head><body><article><h1>{title}</h1>{body}</article>"
            f"</body></html>").encode()


def test_listing_language_from_every_format() -> None:
    rss = (b"<rss version='2.0'><channel><title>t</title><language>fr-ca</language>"
           b"<item><link>https://e.test/1</link></item></channel></rss>")
    atom = (b"<feed xmlns='http://www.w3.org/2005/Atom' xml:lang='fr-BE'><title>t</title>"
            b"<entry><link href='https://e.test/1'/><id>1</id></entry></feed>")
    feed = {"version": "https://jsonfeed.org/version/1.1", "language": "fr-CH",
            "items": [{"url": "https://e.test/1"}]}
    assert parse_listing(rss, url="https://e.test/r").language == "fr-ca"
    assert parse_listing(atom, url="https://e.test/a").language == "fr-BE"
    assert parse_listing(json.dumps(feed).encode(), url="https://e.test/j").language == "fr-CH"


@pytest.fixture
def server() -> Iterator[LocalServer]:
    site = Site(pages={"/conseil.html": Page(_page("Le conseil adopte son budget"))})
    with LocalServer(site) as running:
        site.pages["/feed.xml"] = Page(
            (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
             f"<title>Le fil</title><language>fr-ca</language><item><title>t</title>"
             f"<link>{running.root}/conseil.html</link>"
             f"<pubDate>2026-11-30T16:05:00</pubDate></item></channel></rss>").encode(),
            "application/rss+xml")
        yield running


def test_feed_region_places_a_zone_less_date(server: LocalServer, store: SQLiteStore,
                                             settings: Settings) -> None:
    feed = Source(name="fil", kind="feed", url=server.url("/feed.xml"))
    summary = Collector(store, settings, policy=POLICY).poll([feed])
    assert summary.ingest.new == 1, summary.ingest.errors
    [article] = store.latest(limit=5)
    assert article.content is not None and article.content.published is not None
    assert article.content.published.utcoffset() == timedelta(hours=-5)
    assert article.content.evidence["timezone"] == "assumed from locale fr-ca (America/Toronto)"
    assert article.content.evidence["locale"] == "fr-ca"
