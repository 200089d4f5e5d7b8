"""A page two feeds of its site date (or title) differently (Atom ``published`` 10:00, RSS
``pubDate`` 16:00, the page unchanged) is read again once for the second date, not at
every poll forever (newuser13b M5: each listing compared its date with the one hint kept
and flipped it); a retitle the feed announces (a new RSS ``<title>``, dates unchanged)
reads the page again, once (newuser13b M12). Real HTTP server on 127.0.0.1, real SQLite store."""

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
MORNING = datetime(2026, 11, 24, 10, 0, tzinfo=PARIS)
AFTERNOON = datetime(2026, 11, 24, 16, 0, tzinfo=PARIS)
LATER = datetime(2026, 11, 25, 9, 0, tzinfo=PARIS)
PAGE = ("<!doctype html><html lang='fr'><head><title>Quai d'Orsay</title></head><body>"
        "<article><h1>Le Quai d'Orsay convoque l'ambassadeur</h1><p>Le ministère a "
        "convoqué l'ambassadeur après l'expulsion de deux diplomates, a-t-on appris de "
        "source diplomatique, sans autre précision sur la suite donnée.</p></article>"
        "</body></html>").encode()


def atom(root: str, when: datetime, build: int = 0) -> bytes:
    return (f"<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
            f"<title>Le Quotidien {build}</title><id>{root}/</id>"
            f"<updated>{when.isoformat()}</updated>"
            f"<entry><title>Quai</title><id>{root}/quai.html</id>"
            f"<link href='{root}/quai.html'/><published>{when.isoformat()}</published>"
            f"</entry></feed>").encode()


def rss(root: str, when: datetime, build: int = 0, title: str = "Quai",
        path: str = "/quai.html") -> bytes:
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
            f"<title>Le Quotidien {build}</title><link>{root}/</link><item><title>{title}"
            f"</title><link>{root}{path}</link><pubDate>{format_datetime(when)}</pubDate>"
            f"</item></channel></rss>").encode()


def test_two_feeds_dating_a_page_differently_read_it_once(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    store = SQLiteStore.open(settings.store_path)
    site = Site(pages={"/quai.html": Page(PAGE)})
    with LocalServer(site) as running:
        site.pages["/atom.xml"] = Page(atom(running.root, MORNING), "application/atom+xml")
        site.pages["/rss.xml"] = Page(rss(running.root, MORNING), "application/rss+xml")
        sources = [Source(name="quotidien", kind="feed", url=running.url("/rss.xml")),
                   Source(name="quotidien-atom", kind="feed", url=running.url("/atom.xml"))]
        assert Collector(store, settings, policy=POLICY).poll(sources).ingest.new == 1
        for build in range(1, 5):  # both listings rebuilt at each poll (no 304)
            site.pages["/rss.xml"] = Page(rss(running.root, AFTERNOON, build),
                                          "application/rss+xml")
            site.pages["/atom.xml"] = Page(atom(running.root, MORNING, build),
                                           "application/atom+xml")
            Collector(store, settings, policy=POLICY).poll(sources)
        assert site.hits["/quai.html"] == 2, site.hits  # once for the new date, no more
        # a real move of the date later is still read again, once
        for build in range(5, 8):
            site.pages["/rss.xml"] = Page(rss(running.root, LATER, build),
                                          "application/rss+xml")
            site.pages["/atom.xml"] = Page(atom(running.root, MORNING, build),
                                           "application/atom+xml")
            Collector(store, settings, policy=POLICY).poll(sources)
        assert site.hits["/quai.html"] == 3, site.hits


WHEN = datetime(2026, 12, 1, 23, 20, tzinfo=timezone(timedelta(hours=1)))


def belgique(count: str) -> bytes:
    return (f"<!doctype html><html lang='fr'><head><title>Belgique : {count} arrestations"
            f"</title></head><body><article><h1>Belgique : {count} arrestations dans une "
            f"enquête sur Daech</h1><p>La police fédérale a procédé à {count} arrestations "
            f"à Bruxelles et Anvers dans le cadre d'une enquête antiterroriste, a indiqué "
            f"le parquet fédéral, sans donner l'identité des suspects.</p></article>"
            f"</body></html>").encode()


def test_a_retitled_item_is_read_again_once(tmp_path: Path) -> None:
    """newuser13b M12: "trois" became "quatre arrestations" in the RSS and on the page,
    and veille kept the old headline until a revisit. Two listings titling the page
    differently read it once."""
    settings = Settings(data_dir=tmp_path / "data")
    store = SQLiteStore.open(settings.store_path)
    site = Site(pages={"/belgique.html": Page(belgique("trois"))})
    with LocalServer(site) as running:
        def listing(path: str, title: str, build: int) -> None:
            site.pages[path] = Page(rss(running.root, WHEN, build, title, "/belgique.html"),
                                    "application/rss+xml")

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
        site.pages["/belgique.html"] = Page(belgique("quatre"))
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
