"""Counts that add up, messages that name the true cause, feed dates read truly, and version
times that follow the article (newuser12 W13, W14, W23, W31; newuser12b D4).

Our own inputs, a real SQLite store, and a real HTTP server on 127.0.0.1 for polls.
"""

from __future__ import annotations

import gzip
import json
import os
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from sitekit import article_html, warc_record
from veille.cli.ingest import print_summary
from veille.collect.feeds import listing_date, listing_day_only
from veille.collect.fetch import FetchPolicy
from veille.collect.netguard import AddressPolicy
from veille.collect.poll import Collector
from veille.collect.sniff import describe
from veille.collect.testserver import LocalServer, Page, Site
from veille.extract.wire import wire_article_id
from veille.ingest import IngestSummary, ingest_paths
from veille.settings import Settings
from veille.store.base import Source
from veille.store.sqlite import SQLiteStore

G2 = "http://iptc.org/std/nar/2006-10-01/"
POLICY = FetchPolicy(timeout=20.0, deadline=30.0, retries=0, delay=0.0, per_host=4,
                     allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)


def _added_up(done: IngestSummary) -> bool:
    return done.read == (done.new + done.versions + done.duplicate + done.failed
                         + done.skipped) and sum(done.skipped_kinds.values()) == done.skipped


def _news_item(guid: str, klass: str = "ninat:text") -> str:
    return (f"<newsItem guid='{guid}' version='1' standard='NewsML-G2' standardversion='2.29' "
            f"xml:lang='fr'><itemMeta><itemClass qcode='{klass}'/><provider qcode='nprov:AG'/>"
            "<versionCreated>2026-12-01T09:00:00+01:00</versionCreated></itemMeta>"
            "<contentMeta><headline>La digue de Sète cède sous la houle</headline>"
            "</contentMeta><contentSet><inlineXML contenttype='application/xhtml+xml'><html "
            "xmlns='http://www.w3.org/1999/xhtml'><body><p>La digue du port de Sète a cédé "
            "dans la nuit sous une houle de six mètres.</p><p>Les pêcheurs ont mis leurs "
            "bateaux à l'abri dans le bassin intérieur.</p></body></html></inlineXML>"
            "</contentSet></newsItem>")


def _other_item(name: str, guid: str) -> str:
    return (f"<{name} guid='{guid}' version='1' standard='NewsML-G2' standardversion='2.29'>"
            "<itemMeta><itemClass qcode='ninat:text'/><provider qcode='nprov:AG'/>"
            "<versionCreated>2026-12-01T08:00:00Z</versionCreated></itemMeta>"
            "<contentMeta><headline>Hérault</headline></contentMeta>"
            f"</{name}>")


def test_every_item_of_a_news_message_is_counted(store: SQLiteStore, settings: Settings,
                                                 tmp_path: Path) -> None:
    """W14: a newsMessage of a text, a picture, a package, a concept and a planning item
    said ``read 2 ... skipped 1 (not articles: wire pictures, videos...)``."""
    items = "".join([_news_item("urn:newsml:ag.example:1"),
                     _news_item("urn:newsml:ag.example:2", "ninat:picture"),
                     _other_item("packageItem", "urn:newsml:ag.example:pkg"),
                     _other_item("conceptItem", "urn:newsml:ag.example:c"),
                     _other_item("planningItem", "urn:newsml:ag.example:plan")])
    path = tmp_path / "message.xml"
    path.write_text(f"<?xml version='1.0' encoding='UTF-8'?><newsMessage xmlns='{G2}'>"
                    f"<header><sent>2026-12-01T09:05:00+01:00</sent></header>"
                    f"<itemSet>{items}</itemSet></newsMessage>", "utf-8")
    done = ingest_paths(store, [path], settings=settings)
    assert (done.read, done.new, done.failed, done.skipped) == (5, 1, 0, 4), done.errors
    assert dict(done.skipped_kinds) == {"picture": 1, "package item": 1, "concept item": 1,
                                        "planning item": 1}
    assert _added_up(done) and done.as_dict()["skipped_kinds"] == dict(done.skipped_kinds)


def test_a_knowledge_item_alone_is_skipped_not_failed(
        store: SQLiteStore, settings: Settings, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """W14: a stand-alone knowledgeItem failed (exit 1) "XML, but not a NewsML-G2 news item
    (feeds and sitemaps are followed with `veille sources add URL`)"."""
    path = tmp_path / "knowledge.xml"
    path.write_text("<?xml version='1.0' encoding='UTF-8'?>" + _other_item(
        "knowledgeItem", "urn:newsml:ag.example:kb").replace(
        "<knowledgeItem ", f"<knowledgeItem xmlns='{G2}' "), "utf-8")
    done = ingest_paths(store, [path], settings=settings)
    assert (done.read, done.failed, done.skipped) == (1, 0, 1), done.errors
    assert dict(done.skipped_kinds) == {"knowledge item": 1}
    print_summary(done)
    said = capsys.readouterr().err
    assert "skipped 1 (not articles: 1 knowledge item)" in said and "feeds" not in said


def _typed_record(kind: str, uri: str, payload: bytes, n: int) -> bytes:
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Date: 2026-12-01T12:00:0{n % 10}Z\r\n"
            f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{n:012d}>\r\n"
            f"WARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype=request\r\n"
            f"Content-Length: {len(payload)}\r\n\r\n").encode()
    return head + payload + b"\r\n\r\n"


def test_every_record_of_a_warc_is_counted(store: SQLiteStore, settings: Settings,
                                           tmp_path: Path) -> None:
    """W14 (addendum): request, metadata and revisit records, a PDF and a 301 were counted
    nowhere: 13 records, "read 6"."""
    url = "https://www.port.example/sete.html"
    records = [
        _typed_record("warcinfo", "", b"software: test\r\n", 1),
        _typed_record("request", url, b"GET /sete.html HTTP/1.1\r\nHost: www.port.example"
                      b"\r\n\r\n", 2),
        warc_record(url, article_html(1), n=3),
        _typed_record("metadata", url, b'{"fetch.statusCode":200}', 4),
        warc_record("https://www.port.example/r.pdf", b"%PDF-1.7", n=5,
                    content_type="application/pdf"),
        warc_record("https://www.port.example/old", b"", n=6,
                    status="301 Moved Permanently"),
        _typed_record("revisit", url, b"HTTP/1.1 304 Not Modified\r\n\r\n", 7),
    ]
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(gzip.compress(r) for r in records))
    done = ingest_paths(store, [path], settings=settings)
    assert (done.read, done.new, done.failed, done.skipped) == (7, 1, 0, 6), done.errors
    assert dict(done.skipped_kinds) == {
        "WARC warcinfo record": 1, "WARC request record": 1, "WARC metadata record": 1,
        "WARC revisit record": 1, "non-HTML response": 1, "non-200 response": 1}
    assert _added_up(done)


def test_a_file_is_refused_for_what_it_is(store: SQLiteStore, settings: Settings,
                                          tmp_path: Path) -> None:
    """W13: a PNG named .xml was "XML, but not a NewsML-G2 news item"; a gzipped HTML page
    named .warc.gz was a "damaged record after byte 0 ... download it again"."""
    image = tmp_path / "image.xml"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(64)))
    page = tmp_path / "page.warc.gz"
    page.write_bytes(gzip.compress(article_html(2)))
    feed = tmp_path / "feed.xml"
    feed.write_text("<?xml version='1.0'?><rss version='2.0'><channel><title>f</title>"
                    "</channel></rss>", "utf-8")
    done = ingest_paths(store, [image, page, feed], settings=settings)
    assert (done.read, done.failed) == (3, 3)
    by_origin = {p.origin: p for p in done.problems}
    png = by_origin[str(image)]
    assert png.reason == "not-xml" and "PNG image" in png.message
    assert "XML, but" not in png.message
    warc = by_origin[str(page)]
    assert warc.reason == "not-warc" and "HTML page" in warc.message
    assert "gzip" in warc.message and "download" not in warc.one_line()
    rss = by_origin[str(feed)]
    assert "an RSS feed with no items" in rss.message and "sources add" in rss.hint


@pytest.mark.parametrize(("written", "instant", "day"), [
    ("2026年12月1日 08:00", "2026-12-01T08:00:00", False),
    ("2026年12月1日 15時20分", "2026-12-01T15:20:00", False),
    ("2026年12月1日（火）8:05", "2026-12-01T08:05:00", False),
    ("2026年12月1日", "2026-12-01T00:00:00", True),
    ("الثلاثاء, 01 ديسمبر 2026 10:00:00 +0300", "2026-12-01T10:00:00+03:00", False),
    ("الثلاثاء، ٠١ ديسمبر ٢٠٢٦ ١٠:٠٠:٠٠ +0300", "2026-12-01T10:00:00+03:00", False),
])
def test_cjk_and_arabic_listing_dates(written: str, instant: str, day: bool) -> None:
    """W31: "2026年12月1日 08:00" was midnight UTC "given by the feed"; the Arabic-localised
    RFC 822 date was dropped. A CJK date states no zone: it stays naive."""
    parsed = listing_date(written)
    assert parsed is not None and parsed.isoformat() == instant
    assert listing_day_only(written) is day


@pytest.fixture
def dated_server() -> Iterator[LocalServer]:
    with LocalServer(Site()) as running:
        running.site.pages["/ja.xml"] = Page(
            ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0' xmlns:content="
             "'http://purl.org/rss/1.0/modules/content/'><channel><title>ニュース</title>"
             "<language>ja</language><item><title>東京で初雪</title>"
             "<guid isPermaLink='false'>ja-1</guid><pubDate>2026年12月1日 08:00</pubDate>"
             "<content:encoded><![CDATA[<p>東京都心で1日朝、初雪が観測された。平年より一か月早い"
             "。</p><p>気象庁によると、昼前には雨に変わる見込み。</p>]]></content:encoded></item>"
             "</channel></rss>").encode(), "application/rss+xml")
        running.site.pages["/ar.xml"] = Page(
            ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0' xmlns:content="
             "'http://purl.org/rss/1.0/modules/content/'><channel><title>أخبار</title>"
             "<language>ar</language><item><title>افتتاح مترو جديد</title>"
             "<guid isPermaLink='false'>ar-1</guid>"
             "<pubDate>الثلاثاء, 01 ديسمبر 2026 10:00:00 +0300</pubDate><content:encoded>"
             "<![CDATA[<p>افتتحت السلطات يوم الثلاثاء خطا جديدا لمترو المدينة يربط شمالها "
             "بوسطها.</p><p>ومن المتوقع أن ينقل الخط مئة ألف راكب يوميا.</p>]]>"
             "</content:encoded></item></channel></rss>").encode(), "application/rss+xml")
        running.site.pages["/feed.json"] = Page(json.dumps({
            "version": "https://jsonfeed.org/version/1.1", "title": "Bad items", "items": [
                "just a string",
                {"id": "b4", "title": "Neige sur les Cévennes", "date_published": "not a date",
                 "content_html": "<p>De la neige est tombée cette nuit sur les Cévennes, "
                                 "jusqu'à basse altitude.</p><p>Les routes de montagne "
                                 "restent fermées ce matin.</p>"}]}).encode(),
            "application/feed+json")
        yield running


def test_feed_dates_keep_their_time_and_zone(dated_server: LocalServer, store: SQLiteStore,
                                             settings: Settings) -> None:
    """W31: stored 2026-12-01T00:00:00+00:00 "given by the feed pubDate" (ja), and the
    Arabic item undated, evidence silent."""
    feeds = [Source(name="ja", kind="feed", url=dated_server.url("/ja.xml")),
             Source(name="ar", kind="feed", url=dated_server.url("/ar.xml"))]
    summary = Collector(store, settings, policy=POLICY).poll(feeds)
    assert summary.ingest.new == 2, summary.ingest.errors
    by_title = {a.content.title: a.content for a in store.latest(limit=5) if a.content}
    ja = by_title["東京で初雪"]
    assert ja.published is not None and ja.published.isoformat() == "2026-12-01T08:00:00+09:00"
    assert "given by" not in ja.evidence["timezone"]
    ar = by_title["افتتاح مترو جديد"]
    assert ar.published is not None and ar.published.isoformat() == "2026-12-01T10:00:00+03:00"


def test_a_bare_string_item_and_a_bad_date_are_named(
        dated_server: LocalServer, store: SQLiteStore, settings: Settings) -> None:
    """W14 (addendum) and W23 (addendum): a JSON Feed item that is a bare string was in no
    count and no message; ``"date_published": "not a date"`` was dropped without a word."""
    feed = Source(name="json", kind="feed", url=dated_server.url("/feed.json"))
    done = Collector(store, settings, policy=POLICY).poll([feed]).ingest
    assert (done.read, done.new, done.failed) == (2, 1, 1), done.errors
    assert _added_up(done)
    [problem] = done.problems
    assert problem.reason == "bad-item" and 'item 1: a string ("just a string")' in \
        problem.message
    [article] = store.latest(limit=5)
    assert article.content is not None and article.content.published is None
    assert article.content.evidence["dates_rejected"] == (
        "not a date (feed date_published): not a date veille reads")


def _ninjs(version: int, headline: str, created: str) -> str:
    return json.dumps({
        "uri": "urn:newsml:ag.example:20261201:sete", "version": str(version), "type": "text",
        "language": "fr", "headline": headline, "versioncreated": created,
        "firstcreated": "2026-12-01T07:05:00Z",
        "body_text": f"{headline}.\n\nLa digue du port de Sète a cédé dans la nuit sous une "
                     f"houle de six mètres (version {version}).\n\nLes pêcheurs ont mis leurs "
                     "bateaux à l'abri dans le bassin intérieur."})


def test_versions_from_files_of_one_second_follow_the_article(
        store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    """newuser12b D4: three versions of a wire item, written by one tool in one second and
    ingested in three runs, were all "seen" at the files' time, before the article's own
    first-seen time. Each is seen when it was read: in order, none before the article."""
    paths = []
    for number, (headline, created) in enumerate(
            [("Sète : la digue cède", "2026-12-01T07:05:00Z"),
             ("MISE A JOUR - Sète : la digue cède, deux blessés", "2026-12-01T15:40:00Z"),
             ("NOUVELLE VERSION - Sète : la digue cède, trois blessés",
              "2026-12-01T16:20:00Z")], start=1):
        path = tmp_path / f"v{number}.json"
        path.write_text(_ninjs(number, headline, created), "utf-8")
        os.utime(path, (time.time() - 3600, time.time() - 3600))  # written an hour ago
        paths.append(path)
    runs = []
    for path in paths:
        runs.append(ingest_paths(store, [path], settings=settings))
        time.sleep(1.05)  # times are kept to the second
    assert [(r.new, r.versions) for r in runs] == [(1, 0), (0, 1), (0, 1)]
    article_id = wire_article_id("urn:newsml:ag.example:20261201:sete")
    article = store.get(article_id)
    assert article is not None
    chain = store.versions(article_id)
    seen = [v.seen_at for v in chain] + [article.raw.fetched_at]
    assert len(seen) == 3 and seen == sorted(seen) and len(set(seen)) == 3, seen
    assert all(when >= article.first_seen for when in seen), (seen, article.first_seen)
    assert seen[0] == article.first_seen
    assert all(v.replaced_at >= v.seen_at for v in chain)
    assert article.first_seen > article.raw.fetched_at - timedelta(seconds=10)


@hsettings(max_examples=200, deadline=None)
@given(st.binary(max_size=600))
def test_describe_names_any_bytes(data: bytes) -> None:
    """Any bytes, raw or gzipped, get a short noun phrase, never an exception."""
    for candidate in (data, gzip.compress(data)):
        said = describe(candidate)
        assert said and len(said) < 200


@hsettings(max_examples=200, deadline=None)
@given(st.integers(1, 9999), st.integers(0, 14), st.integers(0, 33), st.integers(0, 25),
       st.integers(0, 61), st.sampled_from(["{h}:{mi:02d}", "{h}時{mi}分", ""]))
def test_cjk_dates_are_read_or_refused(year: int, month: int, day: int, hour: int,
                                       minute: int, clock: str) -> None:
    """A CJK date is read exactly when it is a real date and time, else None: never a
    wrong day, never an exception."""
    written = f"{year}年{month}月{day}日 " + clock.format(h=hour, mi=minute)
    parsed = listing_date(written)
    try:
        expected = datetime(year, month, day, hour if clock else 0, minute if clock else 0)
    except ValueError:
        expected = None
    if year < 1000:
        return  # not four digits: not this rule (another may read or refuse it)
    assert parsed == expected


def test_unread_wire_dates_are_named(store: SQLiteStore, settings: Settings,
                                     tmp_path: Path) -> None:
    """W23: a ninjs ``"embargoed": "sometime soon"`` and Unix-time ``firstcreated`` were
    dropped without a word in ``evidence``."""
    body = ("La digue du port de Sète a cédé dans la nuit sous une houle de six mètres.\n"
            "Les pêcheurs ont mis leurs bateaux à l'abri.")
    for name, extra in (("epoch.json", {"firstcreated": 1764570000}),
                        ("embargo.json", {"embargoed": "sometime soon",
                                          "versioncreated": "not a date"})):
        (tmp_path / name).write_text(json.dumps({
            "uri": f"urn:newsml:ag.example:{name}", "type": "text", "language": "fr",
            "headline": f"Sète {name}", "body_text": body if "epoch" in name else
            "Un chalutier a rompu ses amarres dans le port de Sète cette nuit.\nIl a été "
            "remorqué au matin sans dommage.", **extra}), "utf-8")
    done = ingest_paths(store, [tmp_path], settings=settings)
    assert done.new == 2, done.errors
    evidence = {a.content.title: a.content.evidence for a in store.latest(limit=5)
                if a.content}
    assert evidence["Sète epoch.json"]["dates_rejected"] == (
        "1764570000 (firstcreated): not a date veille reads (ISO 8601 expected)")
    late = evidence["Sète embargo.json"]
    assert late["embargoed"].startswith("sometime soon: not a date")
    assert late["dates_rejected"].startswith("not a date (versioncreated)")
