"""Revisits (``veille.collect.revisit``): a recent article's page that changes while its
feed announces nothing was read again only by ``veille fetch URL``; ``veille watch`` now
reads it again at 1 h, 6 h and 24 h after first seen, by a conditional GET, and stores the
change as a version. Real HTTP server on 127.0.0.1, real SQLite store."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.collect.fetch import FetchPolicy
from veille.collect.netguard import AddressPolicy
from veille.collect.poll import Collector
from veille.collect.revisit import due_point, revisit_hours
from veille.collect.testserver import LocalServer, Page, Site
from veille.collect.watch import watch
from veille.errors import ConfigError
from veille.settings import Settings
from veille.store.base import Source
from veille.store.sqlite import SQLiteStore

POLICY = FetchPolicy(timeout=20.0, deadline=30.0, retries=0, delay=0.0, per_host=2,
                     allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)
LEAD = ("Le conseil municipal a adopté lundi soir le budget de l'année prochaine, après "
        "quatre heures de débat sur la rénovation des écoles et le prix des cantines.")
CORRECTION = ("Rectificatif : le budget a été adopté par 31 voix contre 12, et non 21 contre "
              "22 comme indiqué dans une première version de cet article.")
FEED = (b"<?xml version='1.0'?><rss version='2.0'><channel><title>Ville</title>"
        b"<item><title>Budget</title><link>/budget.html</link></item></channel></rss>")


def page(*paragraphs: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return ("<!doctype html><html lang='fr'><head><title>Budget adopté</title></head><body>"
            f"<article><h1>Le budget adopté</h1>{body}</article></body></html>").encode()


def _age(store: SQLiteStore, hours: float) -> None:
    """Make every stored page first seen and last fetched ``hours`` ago."""
    then = (datetime.now(UTC) - timedelta(hours=hours)).replace(microsecond=0).isoformat()
    with store.conn:
        store.conn.execute("UPDATE articles SET first_seen = ?", (then,))
        store.conn.execute("UPDATE fetch_state SET fetched_at = ?", (then,))


@contextmanager
def watched(settings: Settings) -> Iterator[tuple[SQLiteStore, Site, Collector]]:
    """A store whose one source (a feed listing one page) was polled once."""
    store = SQLiteStore.open(settings.store_path)
    site = Site(pages={"/feed.xml": Page(FEED, "application/rss+xml"),
                       "/budget.html": Page(page(LEAD))})
    with LocalServer(site) as running:
        store.add_source(Source(name="ville", kind="feed", url=running.url("/feed.xml")))
        collector = Collector(store, settings, policy=POLICY)
        assert watch(store, collector, once=True).ingest.new == 1
        yield store, site, collector


def test_a_page_changed_after_its_feed_listed_it_is_revisited(tmp_path: Path) -> None:
    with watched(Settings(data_dir=tmp_path / "data")) as (store, site, collector):
        # a round right after: nothing due, the page is not asked for again
        watch(store, collector, once=True)
        assert site.hits["/budget.html"] == 1
        # 70 minutes later the page is unchanged: a conditional GET, answered 304
        _age(store, 70 / 60)
        unchanged = watch(store, collector, once=True)
        assert (unchanged.not_modified, site.hits["/budget.html"]) == (2, 2)  # feed + page
        assert unchanged.ingest.versions == 0
        # the page gets a correction; its feed says nothing (no update date)
        site.pages["/budget.html"] = Page(page(LEAD, CORRECTION))
        watch(store, collector, once=True)
        assert site.hits["/budget.html"] == 2  # the 1 h revisit was made: 6 h not due
        _age(store, 6.5)
        changed = watch(store, collector, once=True)
        assert changed.ingest.versions == 1, changed.ingest.errors
        assert site.hits["/budget.html"] == 3
    [article] = store.latest()
    assert article.content is not None and CORRECTION in article.content.paragraphs
    assert article.source == "ville" and len(store.versions(article.id)) == 1  # the earlier


def test_revisits_can_be_turned_off(tmp_path: Path) -> None:
    with watched(Settings(data_dir=tmp_path / "data", revisit_hours="")) as (store, site,
                                                                             collector):
        _age(store, 2)
        site.pages["/budget.html"] = Page(page(LEAD, CORRECTION))
        assert collector.revisit().pages == 0
        assert site.hits["/budget.html"] == 1


def test_each_point_of_the_schedule_is_read_once() -> None:
    seen = datetime(2026, 11, 30, 8, tzinfo=UTC)
    hours = revisit_hours("24, 1,6")
    assert hours == (1.0, 6.0, 24.0)
    assert due_point(seen, seen, seen + timedelta(minutes=59), hours) is None
    assert due_point(seen, seen, seen + timedelta(hours=2), hours) == seen + timedelta(hours=1)
    later = seen + timedelta(hours=2)  # fetched at the 1 h point's revisit
    assert due_point(seen, later, seen + timedelta(hours=5), hours) is None
    # a watch stopped for two days catches up with one fetch, at the last point passed
    assert due_point(seen, later, seen + timedelta(days=2), hours) == seen + timedelta(hours=24)
    assert due_point(seen, seen + timedelta(hours=25), seen + timedelta(days=3), hours) is None


@given(st.lists(st.integers(min_value=1, max_value=24 * 365), min_size=1, max_size=6))
def test_any_list_of_hours_is_read_sorted(values: list[int]) -> None:
    text = ", ".join(str(v) for v in values)
    assert revisit_hours(text) == tuple(sorted({float(v) for v in values}))


@pytest.mark.parametrize("text", ["", "0", "off", " "])
def test_an_empty_schedule_turns_revisits_off(text: str) -> None:
    assert revisit_hours(text) == ()


@pytest.mark.parametrize("text", ["une heure", "1,-6", "1,,x", "100000"])
def test_a_bad_schedule_is_a_clear_error(text: str) -> None:
    with pytest.raises(ConfigError, match="revisit_hours"):
        revisit_hours(text)


def test_a_page_another_poller_revisits_is_left_to_it(tmp_path: Path) -> None:
    """Two pollers of one store (``serve --watch`` beside ``veille watch``) each saw the
    same revisit due and read the page twice (the note of stop 58); a page is now claimed
    (``revisit:URL``) before it is read, and given back after."""
    settings = Settings(data_dir=tmp_path / "data")
    with watched(settings) as (store, site, collector):
        other = SQLiteStore.open(settings.store_path)  # the other poller's connection
        _age(store, 2)
        [(url, _)] = [(c.url, c.source) for c in store.revisit_candidates(
            datetime.now(UTC) - timedelta(days=3))]
        now = datetime.now(UTC)
        assert other.claim(f"revisit:{url}", holder="serve", now=now,
                           until=now + timedelta(minutes=15))
        assert collector.revisit().pages == 0 and site.hits["/budget.html"] == 1
        other.release(f"revisit:{url}", holder="serve")
        assert collector.revisit().not_modified == 1 and site.hits["/budget.html"] == 2
        # given back once read: the other poller may claim it again
        assert other.claim(f"revisit:{url}", holder="serve", now=now,
                           until=now + timedelta(minutes=15))
