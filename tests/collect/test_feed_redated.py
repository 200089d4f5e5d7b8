"""A feed that re-dates an item (its RSS ``pubDate`` moved, nothing else said) makes the
next poll read the item's page again, once per move of the date, so a changed page is
stored as a new version (newuser11b U8, note9 "What is left"); a feed that stamps every
item with the time it was built is not read as updates. Real HTTP server on 127.0.0.1,
real SQLite store."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

from veille.collect.fetch import FetchPolicy
from veille.collect.netguard import AddressPolicy
from veille.collect.poll import Collector
from veille.collect.testserver import LocalServer, Page, Site
from veille.settings import Settings
from veille.store.base import Source
from veille.store.sqlite import SQLiteStore

POLICY = FetchPolicy(timeout=20.0, deadline=30.0, retries=0, delay=0.0, per_host=4,
                     allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)
PARIS = timezone(timedelta(hours=1))
FIRST = datetime(2026, 11, 24, 6, 0, tzinfo=PARIS)
MOVED = datetime(2026, 11, 26, 9, 0, tzinfo=PARIS)
TEXT = ("Le barrage de Villerest a relâché un débit réduit pendant la nuit, a indiqué le "
        "syndicat mixte, qui surveille la montée des eaux à l'amont de Roanne.")
LATE = ("Mise à jour : la préfecture a levé la vigilance orange en fin de matinée, les eaux "
        "ayant commencé à baisser sur l'ensemble du bassin.")


def article(when: datetime, *paragraphs: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html lang='fr'><head><title>Villerest</title>"
            f"<meta property='article:published_time' content='{when.isoformat()}'></head>"
            f"<body><article><h1>Le barrage de Villerest relâche moins d'eau</h1>"
            f"<time datetime='{when.isoformat()}'>{when:%d/%m/%Y %H:%M}</time>{body}"
            f"</article></body></html>").encode()


def rss(items: list[tuple[str, datetime]], title: str = "Le Fil") -> bytes:
    listed = "".join(f"<item><title>Article {path}</title><link>{path}</link>"
                     f"<guid isPermaLink='false'>{path}</guid>"
                     f"<pubDate>{format_datetime(when)}</pubDate></item>"
                     for path, when in items)
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
            f"<title>{title}</title><link>/</link>{listed}</channel></rss>").encode()


def rss_page(site: Site, items: list[tuple[str, datetime]], title: str = "Le Fil") -> None:
    site.pages["/rss.xml"] = Page(rss(items, title), "application/rss+xml")


def test_a_moved_pubdate_reads_the_page_again_once(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    store = SQLiteStore.open(settings.store_path)
    site = Site(pages={"/a2.html": Page(article(FIRST, TEXT)),
                       "/a3.html": Page(article(FIRST, TEXT[:60] + " Autre texte, autre "
                                                "sujet : la foire aux vins ouvre samedi."))})
    rss_page(site, [("/a2.html", FIRST), ("/a3.html", FIRST)])
    with LocalServer(site) as running:
        source = Source(name="fil", kind="feed", url=running.url("/rss.xml"))
        assert Collector(store, settings, policy=POLICY).poll([source]).ingest.new == 2
        # the feed re-dates a2 alone; the page is re-dated and gets a paragraph
        site.pages["/a2.html"] = Page(article(MOVED, TEXT, LATE))
        rss_page(site, [("/a2.html", MOVED), ("/a3.html", FIRST)])
        moved = Collector(store, settings, policy=POLICY).poll([source])
        assert moved.ingest.versions == 1, (moved.ingest, moved.ingest.errors)
        assert site.hits["/a2.html"] == 2 and site.hits["/a3.html"] == 1
        [current] = [a for a in store.latest(limit=5) if a.content and a.url
                     and a.url.endswith("/a2.html")]
        assert current.content is not None and LATE in current.content.paragraphs
        assert (current.content.published, current.content.updated) == (FIRST, MOVED)
        # the feed changes again (another item's title), the date of a2 does not: no read
        rss_page(site, [("/a2.html", MOVED), ("/a3.html", FIRST)], "Le Fil info")
        again = Collector(store, settings, policy=POLICY).poll([source])
        assert again.listings == 1 and site.hits["/a2.html"] == 2, again


def test_a_move_of_an_unchanged_page_is_read_once(tmp_path: Path) -> None:
    """The page read again for a moved date and found unchanged (304) keeps the new date:
    the next polls do not read it again for the same move."""
    settings = Settings(data_dir=tmp_path / "data")
    store = SQLiteStore.open(settings.store_path)
    site = Site(pages={"/a2.html": Page(article(FIRST, TEXT))})
    rss_page(site, [("/a2.html", FIRST)])
    with LocalServer(site) as running:
        source = Source(name="fil", kind="feed", url=running.url("/rss.xml"))
        assert Collector(store, settings, policy=POLICY).poll([source]).ingest.new == 1
        rss_page(site, [("/a2.html", MOVED)])
        first = Collector(store, settings, policy=POLICY).poll([source])
        assert site.hits["/a2.html"] == 2 and first.not_modified == 1
        rss_page(site, [("/a2.html", MOVED)], "Le Fil info")  # read again, same date
        Collector(store, settings, policy=POLICY).poll([source])
        assert site.hits["/a2.html"] == 2


def test_a_feed_stamping_every_item_is_no_update(tmp_path: Path) -> None:
    """A feed that gives every item the time it was built (all dates move at once)
    announces no update: no page is read again for it."""
    settings = Settings(data_dir=tmp_path / "data")
    store = SQLiteStore.open(settings.store_path)
    paths = [f"/p{i}.html" for i in range(4)]
    site = Site(pages={path: Page(article(FIRST, f"{TEXT} Numéro {i} : " + "mot " * i))
                       for i, path in enumerate(paths)})
    rss_page(site, [(path, FIRST) for path in paths])
    with LocalServer(site) as running:
        source = Source(name="fil", kind="feed", url=running.url("/rss.xml"))
        assert Collector(store, settings, policy=POLICY).poll([source]).ingest.new == 4
        rss_page(site, [(path, MOVED) for path in paths])
        Collector(store, settings, policy=POLICY).poll([source])
        assert [site.hits[path] for path in paths] == [1, 1, 1, 1]


def test_the_move_is_recorded_on_postgres(tmp_path: Path, pg_url: str) -> None:
    """The same bound with the PostgreSQL store (the listing's new date recorded there)."""
    import veille

    site = Site(pages={"/a2.html": Page(article(FIRST, TEXT))})
    rss_page(site, [("/a2.html", FIRST)])
    with veille.open(tmp_path / "data", store_url=pg_url) as v, LocalServer(site) as running:
        settings = v.settings
        source = Source(name="fil", kind="feed", url=running.url("/rss.xml"))
        assert Collector(v.store, settings, policy=POLICY).poll([source]).ingest.new == 1
        rss_page(site, [("/a2.html", MOVED)])
        Collector(v.store, settings, policy=POLICY).poll([source])
        rss_page(site, [("/a2.html", MOVED)], "Le Fil info")
        Collector(v.store, settings, policy=POLICY).poll([source])
        assert site.hits["/a2.html"] == 2
