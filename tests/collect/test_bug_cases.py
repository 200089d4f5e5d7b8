"""The collection cases of ``../shared/bugs/2026-11-30/`` (copied to tests/fixtures/bugs/),
each run end to end against a real server on 127.0.0.1 and a real SQLite store, plus more
inputs of the same kind in French and English."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from conftest import FIXTURES
from sitekit import article_html, rss
from veille.collect.feeds import parse_listing
from veille.collect.fetch import FetchPolicy
from veille.collect.netguard import AddressPolicy
from veille.collect.poll import Collector, PollSummary
from veille.collect.testserver import LocalServer, Page, Site
from veille.collect.warc import read_warc
from veille.errors import InputError
from veille.extract.stage import HTML, ExtractStage
from veille.ingest import ingest_paths
from veille.record import Article, RawInput
from veille.settings import Settings
from veille.store.base import Source
from veille.store.sqlite import SQLiteStore

BUGS = FIXTURES / "bugs"
POLICY = FetchPolicy(timeout=20.0, deadline=30.0, retries=0, delay=0.0, per_host=4,
                     allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)
# The cases were written for servers on these two ports; the tests serve them anywhere.
CASE_ROOTS = (b"http://127.0.0.1:28431", b"http://127.0.0.1:28432")


def _xml(body: bytes) -> Page:
    return Page(body, "application/xml")


@pytest.fixture
def served() -> Iterator[tuple[LocalServer, Site]]:
    site = Site()
    with LocalServer(site) as server:
        yield server, site


def _serve_folder(site: Site, server: LocalServer, folder: Path, prefix: str) -> None:
    for path in folder.rglob("*"):
        if path.is_file() and path.suffix in (".xml", ".html", ".json"):
            body = path.read_bytes()
            for root in CASE_ROOTS:
                body = body.replace(root, server.root.encode())
            kind = {".xml": "application/xml", ".json": "application/feed+json"}.get(
                path.suffix, "text/html; charset=utf-8")
            site.pages[prefix + "/" + path.relative_to(folder).as_posix()] = Page(body, kind)


def _poll(store: SQLiteStore, settings: Settings, url: str, kind: str = "feed"
          ) -> PollSummary:
    source = Source(name="case", kind=kind, url=url)
    return Collector(store, settings, policy=POLICY).poll([source])


def _articles(store: SQLiteStore) -> dict[str, Article]:
    return {a.content.title: a for a in store.latest(limit=50) if a.content}


# 06: a sitemap whose elements carry a namespace prefix is a sitemap.

def test_06_prefixed_sitemap_gives_its_two_articles(served: tuple[LocalServer, Site],
                                                     store: SQLiteStore,
                                                     settings: Settings) -> None:
    server, site = served
    _serve_folder(site, server, BUGS / "06-sitemap-prefixed-namespace/site", "")
    summary = _poll(store, settings, server.url("/sitemap.xml"), kind="sitemap")
    assert summary.listings == 1 and summary.pages == 2, summary.errors
    assert set(_articles(store)) == {"Le conseil municipal vote la gratuité des cantines",
                                     "Un nouveau pont sur la Loire d'ici 2030"}


@pytest.mark.parametrize("document", [
    b'<s:urlset xmlns:s="http://www.sitemaps.org/schemas/sitemap/0.9"><s:url>'
    b"<s:loc>https://news.example/a</s:loc></s:url></s:urlset>",
    b'<?xml version="1.0"?>\n<!-- generated -->\n<x:sitemapindex '
    b'xmlns:x="http://www.sitemaps.org/schemas/sitemap/0.9"><x:sitemap>'
    b"<x:loc>https://news.example/s1.xml</x:loc></x:sitemap></x:sitemapindex>",
    # the root tag after 4 kB of comment: sniffing the first bytes missed it
    b"<!--" + b"x" * 5000 + b'--><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    b"<url><loc>https://news.example/a</loc></url></urlset>",
])
def test_06_sitemaps_are_known_by_their_root_element(document: bytes) -> None:
    listing = parse_listing(document, url="https://news.example/sitemap.xml")
    assert listing.kind.startswith("sitemap")
    assert listing.entries or listing.children


# 07: the date a listing gives is used when the page gives none, and evidence says so.

def test_07_feed_date_dates_an_undated_page(served: tuple[LocalServer, Site],
                                            store: SQLiteStore, settings: Settings) -> None:
    server, site = served
    _serve_folder(site, server, BUGS / "07-feed-date-dropped", "/07-feed-date-dropped")
    summary = _poll(store, settings, server.url("/07-feed-date-dropped/feed.xml"))
    assert summary.pages == 1, summary.errors
    (article,) = _articles(store).values()
    assert article.content is not None
    assert article.content.published == datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
    assert article.content.published.utcoffset() == timedelta(hours=1)  # as the feed said
    assert "feed pubDate" in article.content.evidence["published"]
    # The listing's date is kept with the raw input: a re-extraction dates the page again.
    from veille.maintenance import reextract

    assert reextract(store).failed == 0
    (again,) = _articles(store).values()
    assert again.content is not None and again.content.published == article.content.published
    assert "feed pubDate" in again.content.evidence["published"]


def _undated(hints: dict[str, str], *, page: bytes | None = None,
             fetched: datetime | None = None) -> Article:
    raw = RawInput(data=page or article_html(3).replace(b"D\xc3\xa9p\xc3\xaache", b"News"),
                   origin="https://news.example/a", media_type=HTML,
                   url="https://news.example/a", hints=hints,
                   fetched_at=fetched or datetime(2026, 11, 30, 8, tzinfo=UTC))
    return ExtractStage()(Article(raw=raw))


@pytest.mark.parametrize(("listing", "date_from"), [
    (b"<rss><channel><item><link>https://news.example/a</link>"
     b"<pubDate>Mon, 23 Nov 2026 18:05:00 GMT</pubDate></item></channel></rss>", "feed pubDate"),
    (b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="https://news.example/a"/>'
     b"<published>2026-11-23T18:05:00Z</published></entry></feed>", "feed published"),
    (b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.'
     b'google.com/schemas/sitemap-news/0.9"><url><loc>https://news.example/a</loc><news:news>'
     b"<news:publication_date>2026-11-23T19:05:00+01:00</news:publication_date></news:news>"
     b"</url></urlset>", "sitemap publication_date"),
    (b'{"version": "https://jsonfeed.org/version/1.1", "items": [{"url": "https://news.example'
     b'/a", "date_published": "2026-11-23T18:05:00Z"}]}', "feed date_published"),
])
def test_07_every_listing_kind_gives_its_date(listing: bytes, date_from: str) -> None:
    (entry,) = parse_listing(listing, url="https://news.example/feed").entries
    assert entry.published == datetime(2026, 11, 23, 18, 5, tzinfo=UTC)
    assert entry.date_from == date_from
    hints = {"published": entry.published.isoformat(), "published_from": entry.date_from}
    content = _undated(hints).content
    assert content is not None and content.published == entry.published
    assert content.evidence["published"].startswith(date_from)


def test_07_a_page_date_wins_and_a_future_listing_date_is_not_used() -> None:
    dated = article_html(4).replace(
        b"</head>", b"<meta property='article:published_time' "
                    b"content='2026-11-20T07:00:00+01:00'></head>")
    hints = {"published": "2026-11-23T18:05:00+00:00", "published_from": "feed pubDate"}
    content = _undated(hints, page=dated).content
    assert content is not None and content.published == datetime(2026, 11, 20, 6, tzinfo=UTC)
    future = {"published": "2027-01-01T00:00:00+00:00", "published_from": "feed pubDate"}
    content = _undated(future).content
    assert content is not None and content.published is None
    assert "after the fetch time" in content.evidence["published"]
    assert _undated({"published": "pas une date"}).content.published is None  # type: ignore


def test_07_a_wire_envelope_dates_its_undated_items(tmp_path: Path, store: SQLiteStore,
                                                     settings: Settings) -> None:
    message = ('<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header>'
               "<sent>2026-11-23T18:05:00Z</sent></header><itemSet>"
               '<newsItem guid="urn:newsml:agence.example:2026:1" version="1"><contentSet>'
               '<inlineXML><html xmlns="http://www.w3.org/1999/xhtml"><body><h1>Grève</h1>'
               "<p>Les cheminots ont cessé le travail ce lundi matin dans toute la région, "
               "selon les syndicats.</p></body></html></inlineXML></contentSet></newsItem>"
               "</itemSet></newsMessage>").encode()
    (tmp_path / "message.xml").write_bytes(message)
    done = ingest_paths(store, [tmp_path / "message.xml"], settings=settings)
    assert done.new == 1, done.errors
    (article,) = store.latest(limit=5)
    assert article.content is not None
    assert article.content.published == datetime(2026, 11, 23, 18, 5, tzinfo=UTC)
    assert article.content.evidence["published"].startswith("wire envelope sent")


# 08 and 20 already passed: kept as regression tests.

def test_08_html_entities_and_a_bare_ampersand_in_rss(served: tuple[LocalServer, Site],
                                                       store: SQLiteStore,
                                                       settings: Settings) -> None:
    server, site = served
    _serve_folder(site, server, BUGS / "08-rss-html-entities", "/08-rss-html-entities")
    summary = _poll(store, settings, server.url("/08-rss-html-entities/feed.xml"))
    assert summary.pages == 2, summary.errors
    assert set(_articles(store)) == {"L’aéroport régional rouvre ses pistes",
                                     "Basket : victoire et qualification pour l’équipe"}


def test_08_entity_names_become_characters_in_titles() -> None:
    feed = (b"<rss><channel><title>Caf&eacute; &amp; Cie</title><item><title>L&rsquo;"
            b"&Eacute;t&eacute;&nbsp;&hellip; AT&T &unknown; &#233;</title>"
            b"<link>https://news.example/a?x=1&y=2</link></item></channel></rss>")
    listing = parse_listing(feed, url="https://news.example/feed")
    assert listing.title == "Café & Cie"
    (entry,) = listing.entries
    assert entry.title == "L’Été … AT&T &unknown; é"
    assert entry.url == "https://news.example/a?x=1&y=2"


@pytest.mark.parametrize(("feed", "article"), [("atom.xml", "a1.html"), ("rss.xml", "a2.html"),
                                               ("feed.json", "a3.html")])
def test_20_relative_links_resolve_against_xml_base(served: tuple[LocalServer, Site],
                                                     store: SQLiteStore, settings: Settings,
                                                     feed: str, article: str) -> None:
    server, site = served
    _serve_folder(site, server, BUGS / "20-feed-relative-links", "/20-feed-relative-links")
    summary = _poll(store, settings, server.url(f"/20-feed-relative-links/feeds/{feed}"))
    assert summary.pages == 1, summary.errors
    (only,) = store.latest(limit=5)
    assert only.url == server.url(f"/20-feed-relative-links/articles/{article}")
    assert site.hits[f"/20-feed-relative-links/feeds/{article}"] == 0


# 09: a feed that quotes ``<!ENTITY`` in its text is not refused; a declaration still is.

def test_09_feed_quoting_an_entity_declaration_is_read(served: tuple[LocalServer, Site],
                                                        store: SQLiteStore,
                                                        settings: Settings) -> None:
    server, site = served
    _serve_folder(site, server, BUGS / "09-feed-cdata-mentions-entity",
                  "/09-feed-cdata-mentions-entity")
    summary = _poll(store, settings, server.url("/09-feed-cdata-mentions-entity/feed.xml"))
    assert summary.pages == 2, summary.errors
    assert set(_articles(store)) == {
        "Une faille XXE corrigée dans un logiciel de gestion municipale",
        "Rançongiciel : un hôpital reprend ses consultations"}


@pytest.mark.parametrize("quoted", [
    b"<description><![CDATA[<!ENTITY x SYSTEM 'file:///etc/passwd'>]]></description>",
    b"<!-- <!DOCTYPE x [<!ENTITY y 'z'>]> -->",
    b"<description>An XXE: &lt;!ENTITY xxe SYSTEM &quot;file:///&quot;&gt;</description>",
    b"<title><![CDATA[Billion laughs: <!DOCTYPE lolz [<!ENTITY lol 'lol'>]>]]></title>",
])
def test_09_quoted_declarations_anywhere_after_the_root_are_text(quoted: bytes) -> None:
    feed = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>S\xc3\xa9curit\xc3\xa9'
            b"</title><item>" + quoted + b"<link>https://news.example/xxe</link></item></channel></rss>")
    assert [e.url for e in parse_listing(feed, url="https://news.example/f").entries] == [
        "https://news.example/xxe"]


def test_09_a_declaration_in_the_prolog_is_still_refused() -> None:
    feed = (b'<?xml version="1.0"?><!-- news --><!DOCTYPE rss [<!ENTITY a "b">]>'
            b"<rss><channel><item><link>https://news.example/a</link></item></channel></rss>")
    with pytest.raises(InputError) as info:
        parse_listing(feed, url="https://news.example/f")
    assert info.value.reason == "unsafe-xml"


# 12: WARC payloads stored chunked and/or gzip-compressed are decoded.

CASE_12_TITLES = {"Tempête : des rafales à 130 km/h sur la côte",
                  "Le musée des Beaux-Arts rouvre après deux ans de travaux",
                  "Marché de Noël : ouverture sous la pluie"}


def test_12_chunked_and_gzip_warc_payloads(store: SQLiteStore, settings: Settings) -> None:
    done = ingest_paths(store, [BUGS / "12-warc-chunked-gzip/archive.warc"], settings=settings)
    assert (done.read, done.new, done.failed) == (3, 3, 0), done.errors
    articles = _articles(store)
    assert set(articles) == CASE_12_TITLES
    for article in articles.values():
        assert article.content is not None and len(article.content.paragraphs) == 2
        assert not any(" 61 " in p or " 30 " in p for p in article.content.paragraphs)


def _warc(url: str, http_head: str, payload: bytes) -> bytes:
    http = http_head.replace("\n", "\r\n").encode() + b"\r\n" + payload
    return (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{url[-8:]:0>36}>"
            f"\r\nWARC-Date: 2026-11-29T08:00:00Z\r\nWARC-Target-URI: {url}\r\n"
            f"Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode() + http + b"\r\n\r\n"


def _chunked(body: bytes, size: int) -> bytes:
    pieces = [body[i:i + size] for i in range(0, len(body), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in pieces) + b"0\r\n\r\n"


def test_12_english_pages_chunked_then_gzipped_and_a_gzip_bomb(tmp_path: Path) -> None:
    import gzip

    page = article_html(7).replace(b"lang='fr'", b"lang='en'")
    head = "HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\n"
    archive = (_warc("https://news.example/both", head + "Transfer-Encoding: chunked\n"
                     "Content-Encoding: gzip\n", _chunked(gzip.compress(page), 50))
               + _warc("https://news.example/bomb", head + "Content-Encoding: gzip\n",
                       gzip.compress(b"<p>" + b" " * 5_000_000))
               + _warc("https://news.example/plain", head, page))
    (tmp_path / "a.warc").write_bytes(archive)
    items = list(read_warc(tmp_path / "a.warc", max_bytes=1_000_000))
    assert [type(i).__name__ for i in items] == ["RawInput", "InputError", "RawInput"]
    assert isinstance(items[0], RawInput) and items[0].data == page
    assert isinstance(items[1], InputError) and items[1].reason == "too-large"


def test_listing_dates_do_not_reach_the_page_when_the_entry_is_refused() -> None:
    feed = rss("https://news.example", ["/a", "/b"]).replace(b"https://news.example/b",
                                                              b"https://news.example/\x7fb")
    listing = parse_listing(feed, url="https://news.example/feed")
    assert [e.url for e in listing.entries] == ["https://news.example/a"]
    assert listing.rejected_count == 1 and listing.rejected[0].reason == "bad-url"


def test_summary_counts_items_refused_from_a_listing(served: tuple[LocalServer, Site],
                                                     store: SQLiteStore,
                                                     settings: Settings) -> None:
    server, site = served
    site.pages["/a.html"] = Page(article_html(1))
    feed = rss(server.root, ["/a.html", "/b&#127;.html"])
    site.pages["/feed.xml"] = _xml(feed)
    summary = Collector(store, settings, policy=replace(POLICY)).poll(
        [Source(name="f", kind="feed", url=server.url("/feed.xml"))])
    assert summary.pages == 1 and summary.ingest.reasons["bad-url"] == 1
    assert any("bad-url" == f.reason for f in store.failures())
