"""A feed item that names no page but carries its full text is stored from that text
(newuser4 N28: a JSON Feed item without ``url``, optional in JSON Feed 1.1, and an RSS item
with only ``<guid isPermaLink="false">`` and ``content:encoded`` were lost with "unusable
URL 'None': not a string"). Real HTTP server on 127.0.0.1, real SQLite store."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from veille.collect.feeds import item_identity, parse_listing
from veille.collect.fetch import FetchPolicy
from veille.collect.netguard import AddressPolicy
from veille.collect.poll import Collector
from veille.collect.testserver import LocalServer, Page, Site
from veille.collect.urls import edge_url
from veille.record import article_id, sha256_hex
from veille.settings import Settings
from veille.store.base import Source
from veille.store.sqlite import SQLiteStore

# Generous time limits: nothing here is about slowness, and a loaded CI machine once took
# more than 4 s to serve a local feed (r-ingest62).
POLICY = FetchPolicy(timeout=20.0, deadline=30.0, retries=0, delay=0.0, per_host=4,
                     allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)
ONE = ("La commune a rouvert mardi la médiathèque du centre après six mois de travaux, "
       "avec des horaires élargis le samedi et une salle de lecture agrandie.")
THREE = ("La préfecture informe que la route départementale sera fermée de nuit toute la "
         "semaine prochaine pour la réfection de la chaussée entre les deux ronds-points.")
FOUR = ("Une déviation sera fléchée par le centre-ville pour les poids lourds comme pour les "
        "véhicules légers, précise le communiqué diffusé lundi.")
TWO = ("Le maire a salué un chantier tenu dans les délais et le budget prévu, financé en "
       "partie par le département et la région, selon le communiqué.")


def json_feed(extra: list[dict[str, object]] | None = None) -> bytes:
    items: list[dict[str, object]] = [
        {"id": "tag:mairie,2026:42", "title": "La médiathèque rouvre",
         "content_html": f"<p>{ONE}</p><p>{TWO}</p>",
         "date_published": "2026-03-10T09:00:00+01:00", "authors": [{"name": "Ana Roux"}]},
        {"id": "sans-texte", "title": "Un titre seul", "summary": "Résumé."}]
    return json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Mairie",
                       "items": items + (extra or [])}).encode()


RSS = (b"<?xml version='1.0' encoding='utf-8'?><rss version='2.0' xmlns:content="
       b"'http://purl.org/rss/1.0/modules/content/'><channel><title>Communiqu\xc3\xa9s"
       b"</title><link>http://example.org/</link><description>d</description><item>"
       b"<title>Travaux de voirie</title><guid isPermaLink='false'>cp-7</guid>"
       b"<pubDate>Tue, 10 Mar 2026 12:00:00 +0100</pubDate><content:encoded><![CDATA[<p>"
       + THREE.encode() + b"</p><p>" + FOUR.encode() + b"</p>]]></content:encoded></item>"
       b"</channel></rss>")


def test_items_without_a_link_are_stored_from_the_feeds_text(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    store = SQLiteStore.open(settings.store_path)
    site = Site(pages={"/rss.xml": Page(RSS, "application/rss+xml")})
    with LocalServer(site) as running:
        site.pages["/feed.json"] = Page(json_feed(), "application/feed+json")
        sources = [Source(name="mairie", kind="feed", url=running.url("/feed.json")),
                   Source(name="cp", kind="feed", url=running.url("/rss.xml"))]
        first = Collector(store, settings, policy=POLICY).poll(sources)
        # the feed changes (a new item), so it is read again, not a 304
        other = {"id": "neuf", "title": "Autre",
                 "content_text": f"{TWO} {THREE}\n\n{ONE} {FOUR}"}
        site.pages["/feed.json"] = Page(json_feed([other]), "application/feed+json")
        second = Collector(store, settings, policy=POLICY).poll(sources)
    # two linkless items stored; the one with neither link nor text fails, in plain words
    assert (first.ingest.new, first.ingest.failed) == (2, 1), first.ingest.errors
    [error] = first.ingest.errors
    assert "no link" in error and "None" not in error and "string" not in error
    assert first.pages == 0  # nothing to fetch
    # polled again: the same items add nothing, only the new one is stored
    assert second.ingest.new == 1, second.ingest.errors
    articles = {a.content.title: a for a in store.latest(limit=10) if a.content}
    medi = articles["La médiathèque rouvre"].content
    assert medi is not None and medi.paragraphs == [ONE, TWO]
    assert medi.authors == ["Ana Roux"] and medi.published is not None
    assert medi.evidence["body"] == "feed content (the item names no page)"
    cp = articles["Travaux de voirie"]
    # the item's identity is a fragment of its feed, not a page to link to as the original
    # (newuser10 S8), and its title came from the item, not from a <title> tag
    assert cp.url is None and cp.raw.hints["item"] == running.url("/rss.xml") + "#item=cp-7"
    assert cp.id == article_id(url=running.url("/rss.xml") + "#item=cp-7", raw_id="")
    assert medi.evidence["title"] == "feed item title"
    assert cp.content is not None and cp.content.paragraphs == [THREE, FOUR]
    store.close()


def test_a_broken_link_is_still_refused_and_a_permalink_guid_is_a_link() -> None:
    feed = json.dumps({"version": "https://jsonfeed.org/version/1.1", "items": [
        {"id": "1", "url": "javascript:alert(1)", "content_html": f"<p>{ONE}</p>"},
        {"id": "2", "url": 7, "content_html": f"<p>{ONE}</p>"}]}).encode()
    listing = parse_listing(feed, url="https://ex.fr/feed.json")
    assert not listing.entries and listing.rejected_count == 2
    assert all("None" not in e.one_line() for e in listing.rejected)
    rss = (b"<rss version='2.0'><channel><item><guid>https://ex.fr/a</guid>"
           b"<description>x</description></item></channel></rss>")
    [entry] = parse_listing(rss, url="https://ex.fr/rss").entries
    assert entry.url == "https://ex.fr/a" and not entry.linkless


@given(st.text(max_size=80), st.text(max_size=40), st.text(max_size=200))
def test_an_items_identity_is_a_stable_url_of_its_feed(guid: str, title: str,
                                                      text: str) -> None:
    """Property: the identity is a checked URL of the feed, the same for the same item, and
    two different ids never share one."""
    feed = "https://ex.fr/feed.json"
    ident = item_identity(feed, guid, title, text)
    assert edge_url(ident) == ident and ident.startswith(feed + "#item=")
    assert ident == item_identity(feed, guid, title, text)
    if guid.strip():
        assert ident != item_identity(feed, guid.strip() + "x", title, text)
    dated = item_identity(feed, "", title, text, published="2026-12-01T05:20:00+01:00")
    assert edge_url(dated) == dated and dated.startswith(feed + "#item=published-")


def _idless(title: str, first: str, when: str) -> dict[str, object]:
    return {"id": "", "title": title, "date_published": when,
            "content_html": f"<p>{first}</p><p>{TWO}</p>"}


def _idless_rss(title: str, first: str) -> bytes:
    return ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0' xmlns:content="
            "'http://purl.org/rss/1.0/modules/content/'><channel><title>CP</title>"
            f"<item><title>{title}</title><pubDate>Tue, 01 Dec 2026 05:20:00 +0100</pubDate>"
            f"<content:encoded><![CDATA[<p>{first}</p><p>{FOUR}</p>]]></content:encoded>"
            "</item></channel></rss>").encode()


def test_a_corrected_item_with_no_id_is_a_version(tmp_path: Path) -> None:
    """newuser10 S9: an item with neither page nor id (JSON Feed ``"id": ""``, an RSS item
    without guid) was identified by a digest of its title and text, so its correction was
    a second article (a "republication") and the collapsed home page kept the old headline.
    Its publication date, which a correction does not change, is now its identity; two
    id-less items of one date keep their digests (both stored)."""
    settings = Settings(data_dir=tmp_path / "data")
    store = SQLiteStore.open(settings.store_path)
    same_day = "2026-12-01T06:00:00+01:00"
    site = Site(pages={
        "/feed.json": Page(json_feed([
            _idless("Sarlat : la médiathèque", ONE, "2026-12-01T05:20:00+01:00"),
            _idless("Twin A", THREE, same_day), _idless("Twin B", FOUR, same_day)]),
            "application/feed+json"),
        "/cp.xml": Page(_idless_rss("Voirie : travaux", THREE), "application/rss+xml")})
    with LocalServer(site) as running:
        sources = [Source(name="jf2", kind="feed", url=running.url("/feed.json")),
                   Source(name="cp", kind="feed", url=running.url("/cp.xml"))]
        first = Collector(store, settings, policy=POLICY).poll(sources)
        site.pages["/feed.json"] = Page(json_feed([
            _idless("Sarlat : la médiathèque (corrigé)", ONE.replace("mardi", "mercredi"),
                    "2026-12-01T05:20:00+01:00"),
            _idless("Twin A", THREE, same_day), _idless("Twin B", FOUR, same_day)]),
            "application/feed+json")
        site.pages["/cp.xml"] = Page(_idless_rss("Voirie : travaux (corrigé)",
                                                 THREE.replace("nuit", "jour")),
                                     "application/rss+xml")
        second = Collector(store, settings, policy=POLICY).poll(sources)
    assert first.ingest.new == 5, first.ingest.errors
    assert (second.ingest.new, second.ingest.versions) == (0, 2), second.ingest.errors
    titles = sorted(a.content.title for a in store.latest(limit=10) if a.content)
    assert titles == ["La médiathèque rouvre", "Sarlat : la médiathèque (corrigé)",
                      "Twin A", "Twin B", "Voirie : travaux (corrigé)"]
    store.close()


def test_a_store_written_before_the_items_identity_does_not_read_its_items_again(
        tmp_path: Path) -> None:
    """t-final30 B1 made a linkless item's stored document hold its identity (so the same
    text at another URL is another input). A store written before holds the document
    without it, under that document's digest: polling the feed again must not take every
    such item for changed (read again, counted as duplicates)."""
    settings = Settings(data_dir=tmp_path / "data")
    store = SQLiteStore.open(settings.store_path)
    site = Site(pages={"/feed.json": Page(json_feed(), "application/feed+json")})
    with LocalServer(site) as running:
        sources = [Source(name="mairie", kind="feed", url=running.url("/feed.json"))]
        first = Collector(store, settings, policy=POLICY).poll(sources)
        for url, raw_id in store.conn.execute(
                "SELECT url, raw_id FROM fetch_state WHERE raw_id IS NOT NULL").fetchall():
            legacy = re.sub(rb'<meta name="veille:item" content="[^"]*">', b"",
                            store.get_raw(raw_id).data)
            store.conn.execute("UPDATE fetch_state SET raw_id = ? WHERE url = ?",
                               (sha256_hex(legacy), url))
        other = {"id": "neuf", "title": "Autre", "content_text": f"{THREE}\n\n{FOUR}"}
        site.pages["/feed.json"] = Page(json_feed([other]), "application/feed+json")
        second = Collector(store, settings, policy=POLICY).poll(sources)
    assert first.ingest.new == 1, first.ingest.errors
    assert (second.ingest.new, second.ingest.duplicate) == (1, 0), second.ingest.errors
    store.close()
