"""A retitle the feed announces (a new RSS ``<title>`` for a stored item, its dates
unchanged) has the page read again, once: a corrected page becomes a version (newuser13b
M12: "trois" became "quatre arrestations" in the RSS and on the page, and veille kept the
old headline until a revisit). Two listings titling one page differently read it once.
Real HTTP server on 127.0.0.1, real SQLite store."""

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

POLICY = FetchPolicy(timeout=2.0, deadline=4.0, retries=0, delay=0.0, per_host=4,
                     allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)
WHEN = datetime(2026, 12, 1, 23, 20, tzinfo=timezone(timedelta(hours=1)))


def page(count: str) -> bytes:
    return (f"<!doctype html><html lang='fr'><head><title>Belgique : {count} arrestations"
            f"</title></head><body><article><h1>Belgique : {count} arrestations dans une "
            f"enquête sur Daech</h1><p>La police fédérale a procédé à {count} arrestations "
            f"à Bruxelles et Anvers dans le cadre d'une enquête antiterroriste, a indiqué "
            f"le parquet fédéral, sans donner l'identité des suspects.</p></article>"
            f"</body></html>").encode()


def rss(root: str, title: str, build: int = 0) -> bytes:
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
            f"<title>Le Quotidien {build}</title><link>{root}/</link><item><title>{title}"
            f"</title><link>{root}/belgique.html</link><pubDate>{format_datetime(WHEN)}"
            f"</pubDate></item></channel></rss>").encode()


def test_a_retitled_item_is_read_again_once(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    store = SQLiteStore.open(settings.store_path)
    site = Site(pages={"/belgique.html": Page(page("trois"))})
    with LocalServer(site) as running:
        def listing(path: str, title: str, build: int) -> None:
            site.pages[path] = Page(rss(running.root, title, build), "application/rss+xml")

        listing("/rss.xml", "Belgique : trois arrestations", 0)
        listing("/autre.xml", "Trois arrestations en Belgique", 0)  # another wording
        sources = [Source(name="quotidien", kind="feed", url=running.url("/rss.xml")),
                   Source(name="quotidien-2", kind="feed", url=running.url("/autre.xml"))]
        assert Collector(store, settings, policy=POLICY).poll(sources[:1]).ingest.new == 1
        for build in range(1, 4):  # the second listing's wording: read once, no more
            listing("/autre.xml", "Trois arrestations en Belgique", build)
            listing("/rss.xml", "Belgique : trois arrestations", build)
            Collector(store, settings, policy=POLICY).poll(sources)
        assert site.hits["/belgique.html"] == 2, site.hits
        site.pages["/belgique.html"] = Page(page("quatre"))
        listing("/rss.xml", "Belgique : quatre arrestations", 4)
        done = Collector(store, settings, policy=POLICY).poll(sources[:1])
        assert done.ingest.versions == 1, done.ingest
        [article] = store.latest(limit=5)
        assert article.content is not None and "quatre" in article.content.title
        for build in range(5, 8):
            listing("/rss.xml", "Belgique : quatre arrestations", build)
            listing("/autre.xml", "Trois arrestations en Belgique", build)
            Collector(store, settings, policy=POLICY).poll(sources)
        assert site.hits["/belgique.html"] == 3, site.hits
