"""Wire items pulled over HTTP (newuser16b C23): ``veille fetch URL`` reads a NewsML-G2
message and a ninjs item by their content whatever their ``Content-Type`` (agencies serve
them as XML, JSON or IPTC types), a feed listing such items reads them too, and a wire
item added as a feed says to fetch it. Real server on 127.0.0.1, real store."""

from __future__ import annotations

import json
from pathlib import Path

import veille
from veille.collect.fetch import FetchPolicy
from veille.collect.netguard import AddressPolicy
from veille.collect.poll import Collector
from veille.collect.testserver import LocalServer, Page, Site
from veille.extract.wire import wire_article_id
from veille.settings import Settings
from veille.store.base import Source
from veille.store.sqlite import SQLiteStore

POLICY = FetchPolicy(timeout=20.0, deadline=30.0, retries=0, delay=0.0, per_host=4,
                     allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)
G2 = "http://iptc.org/std/nar/2006-10-01/"
MESSAGE = (f"<?xml version='1.0' encoding='UTF-8'?><newsMessage xmlns='{G2}'><header><sent>"
           "2026-12-01T10:00:00+01:00</sent></header><itemSet><newsItem guid='urn:newsml:"
           "apa.at:20261201:W1' version='1' standard='NewsML-G2' standardversion='2.29' "
           "xml:lang='de'><itemMeta><itemClass qcode='ninat:text'/><versionCreated>"
           "2026-12-01T09:50:00+01:00</versionCreated></itemMeta><contentMeta><headline>"
           "Wien: Neue U-Bahn-Linie eröffnet</headline></contentMeta><contentSet><inlineData>"
           "Die neue U-Bahn-Linie U5 in Wien ist am Dienstag nach sieben Jahren Bauzeit "
           "eröffnet worden, teilten die Wiener Linien mit.</inlineData></contentSet>"
           "</newsItem></itemSet></newsMessage>").encode()
NINJS = json.dumps({"uri": "urn:anp:W2", "type": "text", "language": "nl", "version": "1",
                    "headline": "Utrecht opent nieuwe fietsenstalling",
                    "body_text": "Utrecht heeft dinsdag een nieuwe fietsenstalling met "
                                 "vijfduizend plaatsen bij het station geopend, meldt "
                                 "de gemeente."}).encode()


def test_fetch_reads_wire_items_by_their_content(tmp_path: Path) -> None:
    site = Site(pages={"/g2": Page(MESSAGE, content_type="application/xml"),
                       "/ninjs": Page(NINJS, content_type="application/octet-stream")})
    with LocalServer(site) as running, veille.open(
            tmp_path / "data", fetch_allow="127.0.0.1", fetch_retries=0, fetch_delay=0) as v:
        done = v.fetch([running.url("/g2"), running.url("/ninjs")])
        assert done.ingest.new == 2, done.ingest.errors
        g2 = v.get(wire_article_id("urn:newsml:apa.at:20261201:W1")).content
        ninjs = v.get(wire_article_id("urn:anp:W2")).content
        assert g2 is not None and g2.title == "Wien: Neue U-Bahn-Linie eröffnet"
        assert ninjs is not None and ninjs.paragraphs[0].startswith("Utrecht heeft")


def test_a_feed_of_wire_items_reads_them_and_a_wire_item_is_no_feed(
        store: SQLiteStore, settings: Settings) -> None:
    site = Site(pages={"/g2": Page(MESSAGE, content_type="application/xml"),
                       "/item": Page(MESSAGE, content_type="application/xml")})
    with LocalServer(site) as running:
        feed = (f"<?xml version='1.0'?><rss version='2.0'><channel><title>APA</title>"
                f"<item><title>Wien</title><link>{running.url('/g2')}</link></item>"
                "</channel></rss>").encode()
        site.pages["/feed.xml"] = Page(feed, content_type="application/rss+xml")
        done = Collector(store, settings, policy=POLICY).poll(
            [Source(name="apa", kind="feed", url=running.url("/feed.xml"))])
        assert done.ingest.new == 1, done.ingest.errors
        wrong = Collector(store, settings, policy=POLICY).poll(
            [Source(name="apa-item", kind="feed", url=running.url("/item"))])
        assert wrong.listings_failed == 1
        assert any("veille fetch URL" in error for error in wrong.errors + wrong.ingest.errors)
