"""Two pollers on one store poll a source once (t-final58 #21).

``serve --watch`` beside ``veille watch`` fetched the same page twice in the same second:
each saw the source due and polled it. A poller now claims each source in the store (a
lease with an expiry, taken in one statement); a source another poller holds is skipped.
Real HTTP server on 127.0.0.1, real SQLite store (two connections to one file).
"""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

from veille.collect.fetch import FetchPolicy
from veille.collect.netguard import AddressPolicy
from veille.collect.poll import Collector
from veille.collect.testserver import LocalServer, Page, Site
from veille.collect.watch import POLL_LEASE, poll_once
from veille.record import utcnow
from veille.settings import Settings
from veille.store.base import Source
from veille.store.sqlite import SQLiteStore

POLICY = FetchPolicy(timeout=20.0, deadline=30.0, retries=0, delay=0.0, per_host=2,
                     allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)
TEXT = ("La fête des moissons de Pontrivel a réuni samedi plusieurs centaines de familles "
        "autour des vieux tracteurs et des stands des producteurs locaux de la vallée.")


def _site() -> Site:
    article = Page(("<!doctype html><html lang='fr'><head><title>Pontrivel</title></head>"
                    "<body><article><h1>Pontrivel : la fête des moissons</h1>"
                    f"<p>{TEXT}</p><p>{TEXT}</p></article></body></html>").encode())
    feed = Page(("<?xml version='1.0'?><rss version='2.0'><channel><title>Pontrivel</title>"
                 "<item><title>Fête</title><link>/fete.html</link></item>"
                 "</channel></rss>").encode(), "application/rss+xml")
    return Site(pages={"/feed.xml": feed, "/fete.html": article})


def test_a_source_another_poller_holds_is_skipped(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    store = SQLiteStore.open(settings.store_path)
    other = SQLiteStore.open(settings.store_path)  # the other poller's connection
    site = _site()
    with LocalServer(site) as running:
        source = Source(name="pontrivel", kind="feed", url=running.url("/feed.xml"))
        store.add_source(source)
        now = utcnow()
        assert other.claim("source:pontrivel", holder="serve", now=now,
                           until=now + POLL_LEASE)
        polled: list[Source] = []
        skipped = poll_once(store, Collector(store, settings, policy=POLICY), [source],
                            polled)
        assert polled == [] and skipped.ingest.new == 0
        assert site.hits["/feed.xml"] == 0 and site.hits["/fete.html"] == 0
        other.release("source:pontrivel", holder="serve")
        done = poll_once(store, Collector(store, settings, policy=POLICY), [source], polled)
        assert [s.name for s in polled] == ["pontrivel"] and done.ingest.new == 1
        assert site.hits["/fete.html"] == 1
        # given back after the poll: the next poll (another poller's too) may take it
        later = utcnow()
        assert other.claim("source:pontrivel", holder="watch", now=later,
                           until=later + POLL_LEASE)
    store.close()
    other.close()


def test_a_lease_lapses_and_one_claimer_wins(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    stores = [SQLiteStore.open(settings.store_path) for _ in range(4)]
    now = utcnow()
    won: list[bool] = []
    start = threading.Barrier(len(stores))

    def claim(i: int) -> None:
        start.wait()
        won.append(stores[i].claim("source:x", holder=f"p{i}", now=now,
                                   until=now + timedelta(minutes=15)))

    threads = [threading.Thread(target=claim, args=(i,)) for i in range(len(stores))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(won) == [False, False, False, True]
    # a dead poller's lease lapses at its end
    assert stores[0].claim("source:x", holder="late", now=now + timedelta(minutes=16),
                           until=now + timedelta(minutes=31))
    for store in stores:
        store.close()
