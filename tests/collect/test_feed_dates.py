"""A feed's dates and authors on the articles it lists (fresh-user report F-e).

Localised RFC 822 dates ("mar., 12 mars 2024 07:30:00 +0100") are read at their offset; a
zone-less feed date is read in the page's zone as a zone-less date on the page is; the
item's authors are used when the page names none; an undated record has no precision.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest
from babel.dates import format_datetime
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from veille.collect.feeds import LOCALISED_LANGUAGES, listing_date, parse_date, parse_listing
from veille.collect.fetch import FetchPolicy
from veille.collect.netguard import AddressPolicy
from veille.collect.poll import Collector
from veille.collect.testserver import LocalServer, Page, Site
from veille.record import Content, RawInput
from veille.settings import Settings
from veille.store.base import Source
from veille.store.sqlite import SQLiteStore
from veille.web.models import from_article

POLICY = FetchPolicy(timeout=20.0, deadline=30.0, retries=0, delay=0.0, per_host=4,
                     allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)
PROPERTY = hsettings(max_examples=150, deadline=None)
PARIS = "+01:00"


@pytest.mark.parametrize(("written", "instant"), [
    ("mar., 12 mars 2024 07:30:00 +0100", "2024-03-12T07:30:00+01:00"),  # French locale
    ("Di, 12 Mär 2024 07:30:00 +0100", "2024-03-12T07:30:00+01:00"),  # German
    ("Di., 12. März 2024 07:30:00 +0100", "2024-03-12T07:30:00+01:00"),
    ("mié, 13 mar 2024 07:30:00 +0100", "2024-03-13T07:30:00+01:00"),  # Spanish
    ("mer, 14 ago 2024 07:30:00 +0200", "2024-08-14T07:30:00+02:00"),  # Italian
    ("di, 12 mrt 2024 07:30:00 +0100", "2024-03-12T07:30:00+01:00"),  # Dutch
    ("jeu., 1 févr. 2024 09:00:00 CET", "2024-02-01T09:00:00+01:00"),  # zone name
    ("jeu, 1 fevr 2024 09:00:00 +0100", "2024-02-01T09:00:00+01:00"),  # accents dropped
    ("mercredi, 7 août 2024 18:00:00 +0200", "2024-08-07T18:00:00+02:00"),  # full names
])
def test_localised_rfc822_dates_are_read_at_their_offset(written: str, instant: str) -> None:
    """Regression: a pubDate written under a French (German, Spanish...) locale was dropped
    and the article ended undated."""
    parsed = listing_date(written)
    assert parsed is not None and parsed.isoformat() == instant


@pytest.mark.parametrize("written", [
    "Wed, 31 Feb 2024 10:00:00 +0100",  # no such day
    "xyz., 12 mars 2024 07:30:00 +0100",  # no weekday in any language read
    "mar., 12 marsupial 2024 07:30:00 +0100",  # no month
    "mar., 12 mars 2024",  # RFC 822 requires the time
])
def test_what_is_no_localised_date_gives_none(written: str) -> None:
    assert listing_date(written) is None


def test_a_date_without_zone_stays_naive_for_the_page_to_place() -> None:
    """A listing date without a zone is naive (the page's zone applies later); the aware
    :func:`parse_date` keeps reading it as UTC for callers without a page."""
    assert listing_date("2024-03-12T10:00:00") == datetime(2024, 3, 12, 10)
    assert listing_date("mar., 12 mars 2024 10:00:00") == datetime(2024, 3, 12, 10)
    assert listing_date("Tue, 12 Mar 2024 10:00:00 -0000") == datetime(2024, 3, 12, 10)
    assert parse_date("2024-03-12T10:00:00") == datetime(2024, 3, 12, 10, tzinfo=UTC)


LANGUAGES = st.sampled_from(LOCALISED_LANGUAGES)
MOMENTS = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 12, 31),
                       timezones=st.integers(-12 * 4, 14 * 4).map(
                           lambda q: timezone(timedelta(minutes=15 * q))))
PATTERNS = st.sampled_from(["EEE, d MMM y HH:mm:ss Z", "EEEE, d MMMM y HH:mm:ss Z",
                            "EEE, dd LLL y HH:mm:ss Z", "d MMM y HH:mm:ss Z"])


@PROPERTY
@given(LANGUAGES, MOMENTS, PATTERNS)
def test_localised_dates_round_trip(language: str, moment: datetime, pattern: str) -> None:
    """Any moment written RFC 822-style with the CLDR names of a language read (Babel's
    formatter: the same names a CMS's locale prints) reads back as that moment."""
    moment = moment.replace(microsecond=0)
    written = format_datetime(moment, pattern, locale=language)
    parsed = listing_date(written)
    assert parsed is not None, written
    assert parsed == moment and parsed.utcoffset() == moment.utcoffset(), written


@PROPERTY
@given(st.one_of(
    st.text(max_size=60),
    st.from_regex(r"\w{1,12}\.?, [0-9]{1,2}\.? \w{2,12}\.? [0-9]{2,5} [0-9:]{1,9}"
                  r"( [+-A-Z0-9]{0,6})?", fullmatch=True)))
def test_listing_date_never_raises(text: str) -> None:
    found = listing_date(text)
    assert found is None or isinstance(found, datetime)


def test_feed_authors_from_every_format() -> None:
    rss = (b"<?xml version='1.0'?><rss version='2.0' "
           b"xmlns:dc='http://purl.org/dc/elements/1.1/'><channel><title>t</title>"
           b"<item><link>https://e.fr/1</link><dc:creator>Claire Martin</dc:creator></item>"
           b"<item><link>https://e.fr/2</link>"
           b"<author>cm@e.fr (Claire Martin)</author></item>"
           b"<item><link>https://e.fr/3</link><author>cm@e.fr</author></item>"
           b"</channel></rss>")
    entries = parse_listing(rss, url="https://e.fr/feed").entries
    assert [(e.authors, e.authors_from) for e in entries] == [
        (("Claire Martin",), "feed dc:creator"), (("Claire Martin",), "feed author"),
        ((), "")]
    atom = (b"<feed xmlns='http://www.w3.org/2005/Atom'><title>t</title><author><name>"
            b"Feed Owner</name></author><entry><link href='https://e.fr/1'/><author><name>"
            b"Jean Dupont</name></author><author><name>Ana Silva</name></author></entry>"
            b"</feed>")
    entry = parse_listing(atom, url="https://e.fr/atom").entries[0]
    assert entry.authors == ("Jean Dupont", "Ana Silva")
    assert entry.authors_from == "feed author/name"
    feed = {"version": "https://jsonfeed.org/version/1.1", "items": [
        {"url": "https://e.fr/1", "authors": [{"name": "Jean Dupont"}, {"url": "x"}, 3]},
        {"url": "https://e.fr/2", "author": {"name": "Ana Silva"}}]}
    first, second = parse_listing(json.dumps(feed).encode(), url="https://e.fr/j").entries
    assert first.authors == ("Jean Dupont",) and first.authors_from == "feed authors"
    assert second.authors == ("Ana Silva",)


def _page(title: str, lang: str = "fr", byline: str = "") -> bytes:
    body = "".join(f"<p>{title}. Phrase {i} du corps de l'article, assez longue pour être lue "
                   f"comme de la prose par l'extracteur de la page de test.</p>"
                   for i in range(4))
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}"
            f"</title>{byline}</head><body><article><h1>{title}</h1>{body}</article>"
            f"</body></html>").encode()


ITEMS = {
    "/local.html": ("mer., 13 mars 2024 07:30:00 +0100", "Claire Martin"),
    "/naive.html": ("2024-03-12T10:00:00", "PAR JEAN DUPONT et la rédaction"),
    "/none.html": ("Wed, 31 Feb 2024 10:00:00 +0100", "AFP"),
    "/byline.html": ("Tue, 12 Mar 2024 08:00:00 GMT", "Claire Martin"),
}


@pytest.fixture
def server() -> Iterator[LocalServer]:
    site = Site(pages={
        "/local.html": Page(_page("Grève à la SNCF")),
        "/naive.html": Page(_page("Mort d'un ancien ministre")),
        "/none.html": Page(_page("Nouvelles mesures agricoles")),
        "/byline.html": Page(_page("Le Sénat adopte la réforme",
                                   byline="<meta name='author' content='Ana Silva'>")),
    })
    with LocalServer(site) as running:
        items = "".join(
            f"<item><title>t</title><link>{running.root}{path}</link><pubDate>{date}"
            f"</pubDate><dc:creator>{who}</dc:creator></item>"
            for path, (date, who) in ITEMS.items())
        site.pages["/feed.xml"] = Page(
            (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0' "
             f"xmlns:dc='http://purl.org/dc/elements/1.1/'><channel><title>Le fil</title>"
             f"{items}</channel></rss>").encode(), "application/rss+xml")
        yield running


def test_feed_dates_and_authors_reach_the_articles(server: LocalServer, store: SQLiteStore,
                                                   settings: Settings) -> None:
    """Regression (fresh-user report F-e), end to end over HTTP: the localised pubDate
    dates its article at its offset; the zone-less one is read in the page's zone (a
    French page: Europe/Paris) with the in-page evidence wording, not as UTC; the feed's
    dc:creator names the authors when the page gives no byline (cleaned as a byline: the
    newsroom dropped, capitals restored, an agency a credit) and not when it gives one;
    an undated record has no precision, in the store and the API alike."""
    feed = Source(name="fil", kind="feed", url=server.url("/feed.xml"))
    summary = Collector(store, settings, policy=POLICY).poll([feed])
    assert summary.ingest.new == 4, summary.ingest.errors
    by_path = {a.url.rsplit("/", 1)[-1]: a for a in store.latest(limit=10) if a.url}
    contents = {k: a.content for k, a in by_path.items()}
    assert all(c is not None for c in contents.values())
    local, naive = contents["local.html"], contents["naive.html"]
    none, byline = contents["none.html"], contents["byline.html"]
    assert local and naive and none and byline

    assert local.published is not None
    assert local.published.isoformat() == "2024-03-13T07:30:00+01:00"
    assert local.evidence["published"] == "feed pubDate (the page gives no date)"
    assert local.evidence["timezone"] == "given by the feed pubDate"
    assert local.authors == ["Claire Martin"]
    assert local.evidence["authors"] == "feed dc:creator (the page gives no byline)"

    assert naive.published is not None
    assert naive.published.isoformat() == "2024-03-12T10:00:00" + PARIS
    assert naive.evidence["timezone"] == "assumed from language fr (Europe/Paris)"
    assert naive.published_precision == "time"
    assert naive.authors == ["Jean Dupont"]

    assert none.published is None and none.authors == []
    assert none.evidence.get("credit") == "AFP"
    assert none.published_precision == ""
    assert none.to_dict()["published_precision"] is None
    assert from_article(by_path["none.html"]).published_precision is None

    assert byline.authors == ["Ana Silva"]  # the page's own byline wins
    assert byline.evidence["authors"] != "feed dc:creator (the page gives no byline)"


def test_old_records_without_a_date_read_back_without_precision() -> None:
    """A record stored before the fix (``"time"`` next to a null date) reads back with no
    precision; a dated one keeps its own, and a dated one with none stored is ``time``."""
    old = Content.from_dict({"title": "t", "published": None, "published_precision": "time"})
    assert old.published_precision == "" and old.to_dict()["published_precision"] is None
    dated = Content.from_dict({"published": "2024-03-12T10:00:00+01:00",
                               "published_precision": "day"})
    assert dated.published_precision == "day"
    bare = Content.from_dict({"published": "2024-03-12T10:00:00+01:00"})
    assert bare.to_dict()["published_precision"] == "time"


def test_listed_authors_are_cleaned_and_never_override_the_page() -> None:
    """Control characters in a JSON Feed's author names are dropped (they are never text);
    a page's own author keeps the listing's out; a page that only credits an agency takes
    the listing's people, its credit kept (t-final28 F5: AP's "BEIRUT (AP) —" and the feed's
    ``authors: [{"name": "Bassem Mroue"}]``)."""
    from veille.extract.stage import listed_authors
    from veille.record import RawInput

    raw = RawInput(data=b"x", origin="o", media_type="text/html", hints={
        "authors": "Jean\x1b\x07 Dupont\nla rédaction", "authors_from": "feed authors"})
    content = Content()
    listed_authors(content, raw)
    assert content.authors == ["Jean Dupont"]
    assert content.evidence["authors"] == "feed authors (the page gives no byline)"
    credited = Content(evidence={"credit": "AFP"})
    listed_authors(credited, raw)
    assert (credited.authors, credited.evidence["credit"]) == (["Jean Dupont"], "AFP")
    signed = Content(authors=["Paul Martin"])
    listed_authors(signed, raw)
    assert signed.authors == ["Paul Martin"]


def test_a_page_fetched_again_keeps_what_its_feed_said(server: LocalServer, store: SQLiteStore,
                                                       settings: Settings) -> None:
    """newuser4 N11: a page its feed dated and signed, fetched again after a correction
    (`veille fetch URL`), became a version with no date and no author."""
    feed = Source(name="fil", kind="feed", url=server.url("/feed.xml"))
    collector = Collector(store, settings, policy=POLICY)
    assert collector.poll([feed]).ingest.new == 4
    url = server.url("/local.html")
    server.site.pages["/local.html"] = Page(_page("Grève à la SNCF : le trafic reprend"))
    summary = collector.fetch_urls([url])
    assert summary.ingest.versions == 1, summary.ingest.errors
    article = next(a for a in store.latest(limit=10) if a.url == url)
    assert article.content is not None
    assert article.content.title == "Grève à la SNCF : le trafic reprend"
    assert article.content.published is not None
    assert article.content.published.isoformat() == "2024-03-13T07:30:00+01:00"
    assert article.content.authors == ["Claire Martin"]


def test_a_page_fetched_again_reads_its_feeds_hints_not_its_raw_input(
        server: LocalServer, store: SQLiteStore, settings: Settings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A page fetched again read its last raw input whole (decompressed) to recover what
    its feed said; the hints are now read from their own small table (``raw_hints``)."""
    feed = Source(name="fil", kind="feed", url=server.url("/feed.xml"))
    collector = Collector(store, settings, policy=POLICY)
    assert collector.poll([feed]).ingest.new == 4
    url = server.url("/local.html")
    server.site.pages["/local.html"] = Page(_page("Grève à la SNCF : le trafic reprend"))
    reads: list[str] = []
    real = store.get_raw

    def counted(raw_id: str) -> RawInput:
        reads.append(raw_id)
        return real(raw_id)

    monkeypatch.setattr(store, "get_raw", counted)
    assert collector.fetch_urls([url]).ingest.versions == 1
    assert reads == []
    article = next(a for a in store.latest(limit=10) if a.url == url)
    assert article.content is not None and article.content.authors == ["Claire Martin"]


def test_a_store_of_the_schema_before_keeps_its_feeds_hints(
        server: LocalServer, settings: Settings) -> None:
    """A store written before the ``raw_hints`` table (schema 8) gets it filled from its raw
    inputs when opened, and a page fetched again still keeps its feed's date and author."""
    store = SQLiteStore.open(settings.store_path)
    feed = Source(name="fil", kind="feed", url=server.url("/feed.xml"))
    assert Collector(store, settings, policy=POLICY).poll([feed]).ingest.new == 4
    store.close()
    old = sqlite3.connect(settings.store_path)
    old.executescript("DROP TABLE raw_hints; DROP INDEX articles_first_seen; "
                      "DROP INDEX fetch_state_raw; ALTER TABLE sources DROP COLUMN timezone; "
                      "ALTER TABLE fetch_state DROP COLUMN retry_at; "
                      "DROP TABLE merged_articles; "
                      "ALTER TABLE articles DROP COLUMN own_time; "
                      "ALTER TABLE articles DROP COLUMN time_precision; "
                      "PRAGMA user_version = 8;")  # what schema 9, 10, 12, 13, 14 added, gone
    old.close()
    store = SQLiteStore.open(settings.store_path)
    try:
        assert store.conn.execute("SELECT COUNT(*) FROM raw_hints").fetchone()[0] == 4
        url = server.url("/local.html")
        server.site.pages["/local.html"] = Page(_page("Grève à la SNCF : le trafic reprend"))
        summary = Collector(store, settings, policy=POLICY).fetch_urls([url])
        assert summary.ingest.versions == 1, summary.ingest.errors
        article = next(a for a in store.latest(limit=10) if a.url == url)
        assert article.content is not None and article.content.published is not None
        assert article.content.published.isoformat() == "2024-03-13T07:30:00+01:00"
        assert article.content.authors == ["Claire Martin"]
    finally:
        store.close()


# --- newuser6 M7, the feed side: a feed's language tag places its items' zone-less dates
# (<language>fr-ca</language> is America/Toronto, as <html lang="fr-CA"> is).

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
def ca_server() -> Iterator[LocalServer]:
    site = Site(pages={"/conseil.html": Page(_page("Le conseil adopte son budget"))})
    with LocalServer(site) as running:
        site.pages["/feed.xml"] = Page(
            (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
             f"<title>Le fil</title><language>fr-ca</language><item><title>t</title>"
             f"<link>{running.root}/conseil.html</link>"
             f"<pubDate>2026-11-30T16:05:00</pubDate></item></channel></rss>").encode(),
            "application/rss+xml")
        yield running


def test_feed_region_places_a_zone_less_date(ca_server: LocalServer, store: SQLiteStore,
                                             settings: Settings) -> None:
    feed = Source(name="fil", kind="feed", url=ca_server.url("/feed.xml"))
    summary = Collector(store, settings, policy=POLICY).poll([feed])
    assert summary.ingest.new == 1, summary.ingest.errors
    [article] = store.latest(limit=5)
    assert article.content is not None and article.content.published is not None
    assert article.content.published.utcoffset() == timedelta(hours=-5)
    assert article.content.evidence["timezone"] == "assumed from locale fr-ca (America/Toronto)"
    assert article.content.evidence["locale"] == "fr-ca"


@pytest.fixture
def news_sitemap_server() -> Iterator[LocalServer]:
    site = Site(pages={"/conseil.html": Page(_page("Le conseil adopte son budget"))})
    with LocalServer(site) as running:
        site.pages["/sitemap-news.xml"] = Page(
            (f"<?xml version='1.0' encoding='utf-8'?><urlset xmlns='http://www.sitemaps.org/"
             f"schemas/sitemap/0.9' xmlns:news='http://www.google.com/schemas/sitemap-news/"
             f"0.9'><url><loc>{running.root}/conseil.html</loc><news:news><news:publication>"
             f"<news:name>Le fil</news:name><news:language>fr-ca</news:language>"
             f"</news:publication><news:publication_date>2026-11-30T16:05:00"
             f"</news:publication_date><news:title>t</news:title></news:news></url>"
             f"</urlset>").encode(), "application/xml")
        yield running


def test_a_news_sitemaps_language_places_a_zone_less_date(
        news_sitemap_server: LocalServer, store: SQLiteStore, settings: Settings) -> None:
    """newuser12 W20: ``news:language`` was ignored, so the date was read in UTC."""
    listing = Source(name="plan", kind="sitemap", url=news_sitemap_server.url("/sitemap-news.xml"))
    summary = Collector(store, settings, policy=POLICY).poll([listing])
    assert summary.ingest.new == 1, summary.ingest.errors
    [article] = store.latest(limit=5)
    assert article.content is not None and article.content.published is not None
    assert article.content.published.utcoffset() == timedelta(hours=-5)
