"""A revisit answered ``429 Too Many Requests`` or ``503`` (with a ``Retry-After``) is a
refusal that may pass: the page is asked again at a later round, not before the time the
site gave (bounded), and is neither dropped from the schedule (``http-429`` began with
``http-4``, a lasting 4xx) nor taken for unpublished. A long ``Retry-After`` is not waited
for within the run, nor cut to 30 s and asked again at once. Real HTTP server on
127.0.0.1, real SQLite store."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from test_revisit import _age

from veille.collect.fetch import FetchPolicy, retry_after_seconds
from veille.collect.gone import unpublished
from veille.collect.netguard import AddressPolicy
from veille.collect.poll import Collector
from veille.collect.revisit import (
    RETRY_LATER,
    RETRY_MAX,
    due_revisits,
    lasting,
    one_url_per_article,
    retry_time,
)
from veille.collect.testserver import LocalServer, Page, Site
from veille.settings import Settings
from veille.store.base import RevisitCandidate
from veille.store.sqlite import SQLiteStore

POLICY = FetchPolicy(timeout=20.0, deadline=30.0, retries=1, delay=0.0, per_host=2,
                     allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)
PAGE = ("<!doctype html><html lang='fr'><head><title>Budget</title></head><body><article>"
        "<h1>Le budget adopté</h1><p>Le conseil municipal a adopté lundi soir le budget de "
        "l'année prochaine, après quatre heures de débat sur les écoles.</p>{more}"
        "</article></body></html>")
MORE = "<p>Rectificatif : le budget a été adopté par 31 voix contre 12, et non 21.</p>"


@contextmanager
def revisit_due(tmp_path: Path) -> Iterator[tuple[SQLiteStore, Site, Collector, str]]:
    """A store holding one fetched page, 1.5 h old: its 1 h revisit is due."""
    settings = Settings(data_dir=tmp_path / "data")
    store = SQLiteStore.open(settings.store_path)
    site = Site(pages={"/budget.html": Page(PAGE.format(more="").encode())})
    with LocalServer(site) as running:
        url = running.url("/budget.html")
        collector = Collector(store, settings, policy=POLICY)
        assert collector.fetch_urls([url]).ingest.new == 1
        _age(store, 1.5)
        yield store, site, collector, url


def test_a_revisit_refused_with_429_is_asked_again_after_its_retry_after(tmp_path: Path
                                                                         ) -> None:
    with revisit_due(tmp_path) as (store, site, collector, url):
        site.pages["/budget.html"] = Page(b"slow down", status=429,
                                          headers={"Retry-After": "3600"})
        started = datetime.now(UTC)
        refused = collector.revisit()
        assert datetime.now(UTC) - started < timedelta(seconds=10)  # not waited for
        assert site.hits["/budget.html"] == 2  # asked once: no retry within the run
        assert refused.pages_failed == 1
        state = store.fetch_state(url)
        assert state is not None and state.error == "http-429" and state.raw_id
        assert state.retry_at is not None
        assert timedelta(minutes=59) < state.retry_at - started < timedelta(minutes=61)
        assert unpublished(state) is None  # not "dépublié"
        # the next round, within the hour: not asked
        assert collector.revisit().pages_failed == 0 and site.hits["/budget.html"] == 2
        # after it: asked again, and the correction made since becomes a version
        site.pages["/budget.html"] = Page(PAGE.format(more=MORE).encode())
        changed = collector.revisit(now=datetime.now(UTC) + timedelta(minutes=61))
        assert site.hits["/budget.html"] == 3
        assert changed.ingest.versions == 1, changed.ingest.errors
    state = store.fetch_state(url)
    assert state is not None and state.error == "" and state.retry_at is None


def test_a_503_with_a_short_retry_after_is_waited_for_within_the_run(tmp_path: Path) -> None:
    with revisit_due(tmp_path) as (_store, site, collector, _url):
        site.pages["/budget.html"] = Page(PAGE.format(more=MORE).encode(), status=503,
                                          headers={"Retry-After": "1"}, status_requests=2)
        done = collector.revisit()
    assert site.hits["/budget.html"] == 3 and done.ingest.versions == 1


def test_a_listed_page_refused_with_429_is_not_lost(tmp_path: Path) -> None:
    """A page never stored, refused with 429: asked again once its time has passed
    (``http-429`` was a lasting 4xx: the article was never fetched again)."""
    settings = Settings(data_dir=tmp_path / "data")
    store = SQLiteStore.open(settings.store_path)
    collector = Collector(store, settings, policy=POLICY)
    site = Site(pages={"/budget.html": Page(b"busy", status=429,
                                            headers={"Retry-After": "0"})})
    with LocalServer(site) as running:
        url = running.url("/budget.html")
        assert collector.fetch_urls([url]).pages_failed == 1
        assert collector._wanted(url)  # Retry-After: 0, the time has passed
        site.pages["/budget.html"] = Page(b"busy", status=429,
                                          headers={"Retry-After": "600"})
        collector.fetch_urls([url])
        assert not collector._wanted(url)  # not before its Retry-After


def test_which_refusals_pass_and_how_long_they_wait() -> None:
    now = datetime(2026, 12, 2, 1, tzinfo=UTC)
    assert not lasting("http-429") and not lasting("http-503") and not lasting("timeout")
    assert lasting("http-410") and lasting("http-404") and lasting("robots")
    assert retry_time("http-429", 120, now) == now + timedelta(seconds=120)
    assert retry_time("http-503", None, now) == now + RETRY_LATER
    assert retry_time("http-503", 10 ** 9, now) == now + RETRY_MAX
    assert retry_time("http-410", 60, now) is None
    assert retry_after_seconds("120", now) == 120
    assert retry_after_seconds("Wed, 02 Dec 2026 02:00:00 GMT", now) == 3600
    assert retry_after_seconds("Tue, 01 Dec 2026 02:00:00 GMT", now) == 0
    assert retry_after_seconds("bientôt", now) is None
    seen = now - timedelta(hours=2)
    rows = [RevisitCandidate("a", "s", seen, now - timedelta(minutes=5), "http-429",
                             now + timedelta(minutes=5)),
            RevisitCandidate("b", "s", seen, now - timedelta(minutes=5), "http-503",
                             now - timedelta(minutes=1)),
            RevisitCandidate("c", "s", seen, seen, "http-410")]
    assert due_revisits(rows, now, (1.0, 6.0, 24.0), 10) == [("b", "s")]


def test_an_article_fetched_under_two_urls_is_revisited_once(tmp_path: Path) -> None:
    """newuser16c N7: the page read again under a tracking variant of its address (the
    same bytes: a duplicate of the stored article) was revisited under both URLs, and a
    failure counted twice. One request, one failure."""
    with revisit_due(tmp_path) as (store, site, collector, url):
        assert collector.fetch_urls([url + "?xtor=RSS-1"]).ingest.duplicate == 1
        _age(store, 1.5)
        hits = site.hits["/budget.html"]
        site.pages["/budget.html"] = Page(b"oops", status=500)
        done = collector.revisit()
        assert site.hits["/budget.html"] - hits == 1
        assert done.pages_failed == 1, done


def test_one_url_per_article_prefers_its_own_then_the_last_fetched() -> None:
    now = datetime.now(UTC)
    own = RevisitCandidate("https://a.example/p", "s", now, now - timedelta(hours=2), "",
                           None, "1", True)
    alias = own._replace(url="https://a.example/p?xtor=1", fetched_at=now, own_url=False)
    older = alias._replace(url="https://a.example/old", fetched_at=now - timedelta(hours=3))
    other = own._replace(url="https://a.example/q", article="2")
    assert one_url_per_article([alias, own, other]) == [own, other]
    assert one_url_per_article([older, alias]) == [alias]
    assert one_url_per_article([own._replace(article="")] * 2) == [own._replace(article="")] * 2
