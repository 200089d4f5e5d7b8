"""A listing's date gets the fetch-time bound the page's own dates get: the same instant
is refused (or taken) from both, and a page whose dates were all refused is not said to
give no date (newuser13b M8: the page's 23:45 refused as "after the fetch time", the
feed's copy of the very same instant taken, "the page gives no date"). Real HTTP server
on 127.0.0.1, real SQLite store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
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


def page(when: datetime, title: str) -> bytes:
    return (f"<!doctype html><html lang='fr'><head><title>{title}</title>"
            f"<meta property='article:published_time' content='{when.isoformat()}'></head>"
            f"<body><article><h1>{title}</h1><time datetime='{when.isoformat()}'>"
            f"Publié</time><p>Une attaque a visé une position de l'armée "
            f"près de Ménaka, a indiqué l'état-major, qui fait état de plusieurs "
            f"victimes parmi les soldats ({title}).</p></article></body></html>").encode()


def rss(items: list[tuple[str, datetime]]) -> bytes:
    listed = "".join(f"<item><title>{path}</title><link>{path}</link>"
                     f"<pubDate>{format_datetime(when)}</pubDate></item>"
                     for path, when in items)
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
            f"<title>Le Fil</title><link>/</link>{listed}</channel></rss>").encode()


def test_the_same_instant_gets_the_same_decision(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    store = SQLiteStore.open(settings.store_path)
    ahead = (datetime.now(UTC) + timedelta(minutes=12, seconds=30)).astimezone(PARIS)
    ahead = ahead.replace(microsecond=0)
    past = ahead - timedelta(hours=3)
    site = Site(pages={"/sahel.html": Page(page(ahead, "Sahel")),
                       "/autre.html": Page(page(ahead + timedelta(days=30), "Autre"))})
    site.pages["/rss.xml"] = Page(rss([("/sahel.html", ahead), ("/autre.html", past)]),
                                  "application/rss+xml")
    with LocalServer(site) as running:
        source = Source(name="fil", kind="feed", url=running.url("/rss.xml"))
        done = Collector(store, settings, policy=POLICY).poll([source])
    assert done.ingest.new == 2, done.ingest.errors
    by_title = {a.content.title: a.content for a in store.latest(limit=5) if a.content}
    sahel, autre = by_title["Sahel"], by_title["Autre"]
    # 12 min 30 s ahead: refused from the page (meta, time element) and from the feed
    assert sahel.published is None, sahel.evidence
    assert "after the fetch time" in sahel.evidence["dates_rejected"]
    assert "after the fetch time; not used" in sahel.evidence["published"]
    # the page's dates a month ahead are refused, the feed's past date is taken: the
    # evidence does not say the page gave none
    assert autre.published == past
    assert "the page gives no date" not in autre.evidence["published"]
    assert "refused" in autre.evidence["published"]
