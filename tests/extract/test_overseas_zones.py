"""Zone-less times of overseas French sources are read in their own zone, not Paris's
(newuser10 S1: Martinique and Nouméa times were read at +01:00, 5 and 10 hours off). Every
country or territory of one zone comes from the tz database's ``zone.tab``; a region of
several zones needs an entry of its own; vanity domains say nothing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sitekit import rss_page
from veille.collect.fetch import FetchPolicy
from veille.collect.netguard import AddressPolicy
from veille.collect.poll import Collector
from veille.collect.testserver import LocalServer, Page, Site
from veille.extract.timezones import country_zone, page_zone
from veille.settings import Settings
from veille.store.base import Source
from veille.store.sqlite import SQLiteStore

POLICY = FetchPolicy(timeout=20.0, deadline=30.0, retries=0, delay=0.0, per_host=4,
                     allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)


@pytest.mark.parametrize(("region", "zone"), [
    ("MQ", "America/Martinique"), ("GP", "America/Guadeloupe"), ("GF", "America/Cayenne"),
    ("YT", "Indian/Mayotte"), ("NC", "Pacific/Noumea"), ("PF", "Pacific/Tahiti"),
    ("PM", "America/Miquelon"), ("WF", "Pacific/Wallis"), ("RE", "Indian/Reunion"),
    ("MU", "Indian/Mauritius"), ("CA", "America/Toronto"), ("US", "America/New_York"),
])
def test_a_locale_or_domain_of_one_territory_gives_its_zone(region: str, zone: str) -> None:
    assert country_zone(region) == zone
    placed, how = page_zone([f"fr-{region}"])
    assert str(placed) == zone and how == f"assumed from locale fr-{region} ({zone})"
    placed, how = page_zone(["fr"], f"https://www.journal.{region.lower()}/article")
    assert str(placed) == zone and how == f"assumed from the domain .{region.lower()} ({zone})"


def test_several_zones_without_an_entry_and_vanity_domains_decide_nothing() -> None:
    assert country_zone("KI") is None  # Kiribati: three zones, none the news zone
    assert country_zone("zz") is None and country_zone("") is None
    for vanity in ("ai", "io", "ly", "tv"):
        _, how = page_zone(["fr"], f"https://nouvelles.{vanity}/a")
        assert how == "assumed from language fr (Europe/Paris)"


def _page(lang: str) -> bytes:
    body = "".join(f"<p>Le conseil municipal a voté le budget. Phrase {i} du corps de "
                   "l'article, assez longue pour être lue comme de la prose.</p>"
                   for i in range(4))
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>Budget"
            f"</title></head><body><article><h1>Budget voté</h1>{body}</article></body>"
            "</html>").encode()


@pytest.fixture
def server() -> Iterator[LocalServer]:
    site = Site(pages={"/mq.html": Page(_page("fr-MQ")), "/nc.html": Page(_page("fr-NC"))})
    with LocalServer(site) as running:
        items = "".join(f"<item><title>t</title><link>{running.root}/{name}.html</link>"
                        "<pubDate>2026-11-23T23:30:00</pubDate></item>" for name in ("mq", "nc"))
        site.pages["/feed.xml"] = rss_page(items)
        yield running


def test_overseas_zone_less_times_end_to_end(server: LocalServer, store: SQLiteStore,
                                             settings: Settings) -> None:
    feed = Source(name="outre-mer", kind="feed", url=server.url("/feed.xml"))
    summary = Collector(store, settings, policy=POLICY).poll([feed])
    assert summary.ingest.new == 2, summary.ingest.errors
    published = {a.url.rsplit("/", 1)[-1]: a.content.published for a in store.latest(limit=5)
                 if a.url and a.content}
    assert published["mq.html"] is not None and published["nc.html"] is not None
    assert published["mq.html"].isoformat() == "2026-11-23T23:30:00-04:00"
    assert published["nc.html"].isoformat() == "2026-11-23T23:30:00+11:00"
