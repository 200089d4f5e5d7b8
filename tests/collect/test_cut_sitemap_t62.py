"""A listing cut short says so when polled (t-final62 #9: a sitemap cut mid-``<url>``,
named by a sitemap index, gave "listings asked 3: read 3 … failed 0" and no line about it,
while `veille ingest` of a cut RSS file says "an RSS feed cut short"). Its whole entries
are still read. Real HTTP server on 127.0.0.1, real SQLite store; own text."""

from __future__ import annotations

from pathlib import Path

from veille.collect.feed_files import cut_listing
from veille.collect.fetch import FetchPolicy
from veille.collect.netguard import AddressPolicy
from veille.collect.poll import Collector
from veille.collect.testserver import LocalServer, Page, Site
from veille.settings import Settings
from veille.store.base import Source
from veille.store.sqlite import SQLiteStore

POLICY = FetchPolicy(timeout=20.0, deadline=30.0, retries=0, delay=0.0, per_host=4,
                     allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)
HEAD = b"<?xml version='1.0' encoding='UTF-8'?>"
NS = b" xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'"


def page(n: int) -> bytes:
    return (f"<!doctype html><html lang='fr'><head><title>Marché {n}</title></head><body>"
            f"<article><h1>Le marché couvert de Tulle rouvre sa halle numéro {n}</h1>"
            "<p>La halle du marché couvert de Tulle a rouvert samedi matin après quatre mois "
            "de travaux de toiture, a annoncé la municipalité aux commerçants réunis.</p>"
            "<p>Les maraîchers retrouvent leurs emplacements habituels et deux nouveaux "
            "producteurs de fromage s'installent à l'entrée côté rivière.</p></article>"
            "</body></html>").encode()


def test_a_cut_child_sitemap_is_said_and_its_whole_entries_read(tmp_path: Path) -> None:
    whole = HEAD + b"<urlset" + NS + b"><url><loc>/m-1.html</loc></url></urlset>"
    cut = (HEAD + b"<urlset" + NS + b"><url><loc>/m-2.html</loc></url>"
           b"<url><loc>/m-3.ht")  # t-check62: the cut entry's link was asked
    index = (HEAD + b"<sitemapindex" + NS + b"><sitemap><loc>/a.xml</loc></sitemap>"
             b"<sitemap><loc>/b.xml</loc></sitemap></sitemapindex>")
    site = Site(pages={"/index.xml": Page(index, "application/xml"),
                       "/a.xml": Page(whole, "application/xml"),
                       "/b.xml": Page(cut, "application/xml"),
                       **{f"/m-{n}.html": Page(page(n)) for n in (1, 2, 3)}})
    store = SQLiteStore.open(tmp_path / "data" / "veille.sqlite3")
    with LocalServer(site) as running:
        sources = [Source(name="tulle", kind="sitemap", url=running.url("/index.xml"))]
        summary = Collector(store, Settings(data_dir=tmp_path / "data"),
                            policy=POLICY).poll(sources)
    said = [n for n in summary.notices if "cut short" in n]
    assert len(said) == 1 and "/b.xml" in said[0] and "a sitemap" in said[0]
    assert summary.ingest.new == 2  # m-1 and m-2, whole entries of both sitemaps
    assert summary.ingest.failed == 0 and summary.pages_failed == 0  # "/m-3.ht" not asked
    assert site.hits.get("/m-3.ht", 0) == 0


def test_cut_listing_kinds() -> None:
    assert cut_listing(HEAD + b"<urlset" + NS + b"><url><loc>/x</loc></url></urlset>\n") == ""
    assert cut_listing(HEAD + b"<urlset" + NS + b"><url><loc>/x</lo") == "a sitemap"
    assert cut_listing(HEAD + b"<sitemapindex" + NS + b"><sitemap><loc>/x") == \
        "a sitemap index"
    assert cut_listing(b"<rss version='2.0'><channel><item><title>t</title>") == "an RSS feed"
    assert cut_listing(b"<html><body>no listing</body></html>") == ""


def test_a_cut_feed_keeps_its_whole_items(tmp_path: Path) -> None:
    """A polled RSS feed cut inside its third item: the two whole items are read, the cut
    one is not asked, none of the whole ones is dropped."""
    items = b"".join(b"<item><title>Halle " + str(n).encode() + b"</title><link>/m-"
                     + str(n).encode() + b".html</link></item>" for n in (1, 2))
    rss = (HEAD + b"<rss version='2.0'><channel><title>Tulle</title><link>/</link>"
           + items + b"<item><title>Halle 3</title><link>/m-3.ht")
    site = Site(pages={"/feed.xml": Page(rss, "application/rss+xml"),
                       **{f"/m-{n}.html": Page(page(n)) for n in (1, 2, 3)}})
    store = SQLiteStore.open(tmp_path / "data" / "veille.sqlite3")
    with LocalServer(site) as running:
        sources = [Source(name="tulle", kind="feed", url=running.url("/feed.xml"))]
        summary = Collector(store, Settings(data_dir=tmp_path / "data"),
                            policy=POLICY).poll(sources)
    assert any("an RSS feed cut short" in n for n in summary.notices)
    assert summary.ingest.new == 2 and summary.ingest.failed == 0
    assert site.hits.get("/m-3.ht", 0) == 0
