"""Pages fetched from a feed served on an address (127.0.0.1) are stored under the outlet
their ``<title>`` names ("… - Libération"), each its own, never the address (t-final59:
pages of Libération and Le Dauphiné were shown as "127.0.0.1" in the lists, the CSV and the
webhook's ``outlet``). Real HTTP server on 127.0.0.1, real SQLite store, real collector."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from veille.collect.fetch import FetchPolicy
from veille.collect.netguard import AddressPolicy
from veille.collect.poll import Collector
from veille.collect.testserver import LocalServer, Page, Site
from veille.monitor.deliver import article_payload
from veille.outlet_names import names_of
from veille.settings import Settings
from veille.store.base import Source
from veille.store.sqlite import SQLiteStore

POLICY = FetchPolicy(timeout=20.0, deadline=30.0, retries=0, delay=0.0, per_host=4,
                     allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)
PAGES = {  # path: (<title>, <h1>, the outlet it names)
    "/a.html": ("Brest : le port de plaisance s'agrandit - Le Phare de l'Iroise",
                "Brest : le port de plaisance s'agrandit de 300 places", "Le Phare de l'Iroise"),
    "/b.html": ("Neuer Radweg entlang der Lauter | Pfälzer Landbote",
                "Neuer Radweg entlang der Lauter eröffnet", "Pfälzer Landbote"),
    "/c.html": ("Marché de Noël : 40 chalets attendus", "Marché de Noël : 40 chalets attendus",
                "Le Crieur de Quimper"),  # no site in its title: the feed's title names it
}


def _page(title: str, h1: str) -> bytes:
    body = "".join(f"<p>Les travaux ont duré {n} mois, selon la municipalité, qui annonce "
                   f"une inauguration publique avec les associations du quartier.</p>"
                   for n in (12, 14, 16))
    return (f"<!doctype html><html lang='fr'><head><meta charset='utf-8'><title>{title}"
            f"</title><meta property='article:published_time' content='2026-03-02T08:00:00"
            f"+01:00'></head><body><article><h1>{h1}</h1>{body}</article></body>"
            f"</html>").encode()


@pytest.fixture
def feed_server() -> Iterator[LocalServer]:
    site = Site(pages={path: Page(_page(title, h1)) for path, (title, h1, _) in PAGES.items()})
    with LocalServer(site) as running:
        items = "".join(f"<item><title>{h1}</title><link>{running.root}{path}</link>"
                        f"<guid>{running.root}{path}</guid><pubDate>Mon, 02 Mar 2026 "
                        f"07:00:00 GMT</pubDate></item>"
                        for path, (_, h1, _) in PAGES.items())
        site.pages["/rss.xml"] = Page(
            (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>"
             f"Le Crieur de Quimper</title><link>{running.root}/</link><description>x"
             f"</description>{items}</channel></rss>").encode(), "application/rss+xml")
        yield running


def test_fed_pages_on_an_address_take_the_outlet_their_title_names(
        feed_server: LocalServer, store: SQLiteStore, settings: Settings) -> None:
    listing = Source(name="127.0.0.1", kind="feed", url=feed_server.url("/rss.xml"))
    summary = Collector(store, settings, policy=POLICY).poll([listing])
    assert summary.ingest.new == 3, summary.ingest.errors
    stored = {a.url: a for a in store.latest(limit=10)}
    for path, (_, _, outlet) in PAGES.items():
        article = stored[feed_server.url(path)]
        assert article.source == outlet, path
        payload = article_payload(article, names_of(store, [article.source]))
        assert payload["outlet"] == outlet  # what the webhook and the e-mail say
