"""What a poll does with a source over time (newuser10): a ``url`` source read again at each
poll (S13), a feed moved for good or gone (S17), a tracking variant of a registered feed
(S17), the per-poll cap said (S19), and revisits counted whole (S12). Real HTTP server on
127.0.0.1, real SQLite store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from veille.collect.fetch import FetchPolicy
from veille.collect.netguard import AddressPolicy
from veille.collect.poll import Collector
from veille.collect.testserver import LocalServer, Page, Site
from veille.collect.urls import comparable_url, same_resource
from veille.collect.watch import new_source, poll_once, register
from veille.settings import Settings
from veille.store.base import Source
from veille.store.sqlite import SQLiteStore

POLICY = FetchPolicy(timeout=20.0, deadline=30.0, retries=0, delay=0.0, per_host=2,
                     allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)
TEXT = ("Le conseil municipal de Nevers a adopté lundi soir le budget de l'année prochaine, "
        "après quatre heures de débat sur la rénovation des écoles et le prix des cantines.")
MORE = ("Le maire a annoncé une réunion publique pour le mois prochain afin de présenter "
        "le calendrier des travaux aux parents d'élèves et aux associations du quartier.")


def page(title: str, *paragraphs: str, extra: str = "") -> Page:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return Page((f"<!doctype html><html lang='fr'><head><title>{title}</title></head><body>"
                 f"<article><h1>{title}</h1>{body}</article>{extra}</body></html>").encode())


def feed(*links: str) -> Page:
    items = "".join(f"<item><title>{link}</title><link>{link}</link></item>" for link in links)
    return Page(("<?xml version='1.0'?><rss version='2.0'><channel><title>Ville</title>"
                 f"{items}</channel></rss>").encode(), "application/rss+xml")


def open_store(tmp_path: Path) -> tuple[Settings, SQLiteStore]:
    settings = Settings(data_dir=tmp_path / "data")
    return settings, SQLiteStore.open(settings.store_path)


def test_a_url_source_is_read_again_at_each_poll(tmp_path: Path) -> None:
    """S13: the page of a ``--kind url`` source was fetched once and never asked again
    ("already fetched"): now each poll is a conditional GET, a changed page a version."""
    settings, store = open_store(tmp_path)
    site = Site(pages={"/direct.html": page("Direct : le budget", TEXT)})
    with LocalServer(site) as running:
        source = Source(name="nevers", kind="url", url=running.url("/direct.html"))
        store.add_source(source)
        collector = Collector(store, settings, policy=POLICY)
        first = poll_once(store, collector, [source])
        site.pages["/direct.html"] = page("Direct : le budget", TEXT, MORE)
        second = poll_once(store, collector, [source])
        third = poll_once(store, collector, [source])  # unchanged: a 304
    assert first.ingest.new == 1, first.ingest.errors
    assert (second.pages, second.skipped, second.ingest.versions) == (1, 0, 1), second
    assert (third.not_modified, third.ingest.new, third.ingest.versions) == (1, 0, 0)
    assert site.hits["/direct.html"] == 3
    [article] = store.latest(limit=5)
    assert article.content is not None and article.content.paragraphs == [TEXT, MORE]
    store.close()


def test_a_feed_moved_for_good_takes_its_new_address(tmp_path: Path) -> None:
    """S17: a feed answering ``301`` kept its old URL and paid the redirect at every poll;
    a second source whose feed moved onto an address already polled is paused."""
    settings, store = open_store(tmp_path)
    site = Site(pages={"/moved.xml": Page(b"", location="/dst.xml"),
                       "/old.xml": Page(b"", location="/dst.xml"),
                       "/dst.xml": feed("/a.html"), "/a.html": page("Budget", TEXT)})
    with LocalServer(site) as running:
        moved = Source(name="moved", kind="feed", url=running.url("/moved.xml"))
        store.add_source(moved)
        collector = Collector(store, settings, policy=POLICY)
        done = poll_once(store, collector, [moved])
        [now] = store.registered_sources()
        again = poll_once(store, collector, [now])
        old = Source(name="old", kind="feed", url=running.url("/old.xml"))
        store.add_source(old)
        clash = poll_once(store, collector, [old])
    assert done.ingest.new == 1, done.ingest.errors
    assert now.name == "moved" and now.url == running.url("/dst.xml")
    assert done.notices == [f"moved: {running.url('/moved.xml')} moved permanently to "
                            f"{running.url('/dst.xml')}: the source now polls the new address"]
    assert site.hits["/moved.xml"] == 1 and again.not_modified == 1  # the new address, a 304
    sources = {s.name: s for s in store.registered_sources()}
    assert sources["old"].paused and sources["old"].url == running.url("/old.xml")
    assert sources["old"].last_error == clash.notices[0]  # `sources list` says why
    assert "which source moved already polls: paused" in clash.notices[0]
    store.close()


def test_a_gone_feed_is_paused_with_a_message(tmp_path: Path) -> None:
    """S17: ``410 Gone`` was polled every 15 minutes forever; a ``404`` may pass."""
    settings, store = open_store(tmp_path)
    with LocalServer(Site()) as running:
        gone = Source(name="gone", kind="feed", url=running.url("/status/410"))
        lost = Source(name="lost", kind="feed", url=running.url("/status/404"))
        store.add_source(gone)
        store.add_source(lost)
        done = poll_once(store, Collector(store, settings, policy=POLICY), [gone, lost])
    sources = {s.name: s for s in store.registered_sources()}
    assert sources["gone"].paused and not sources["lost"].paused
    [notice] = done.notices
    assert sources["gone"].last_error == notice
    assert notice.startswith(f"gone: {running.url('/status/410')} answered 410 Gone")
    assert "`veille sources remove gone`" in notice
    store.close()


def test_a_tracking_variant_of_a_registered_feed_is_that_source(tmp_path: Path) -> None:
    """S17: ``dst.xml?utm_source=x`` became a second source polling the same feed."""
    _, store = open_store(tmp_path)
    url = "http://127.0.0.1:8765/dst.xml"
    register(store, new_source(url, name="dst"), named=True)
    again, new = register(store, new_source(url + "?utm_source=x&utm_medium=rss#top"),
                          named=False)
    assert not new and again.name == "dst" and again.url == url
    assert [s.url for s in store.registered_sources()] == [url]
    other, new = register(store, new_source(url + "?cat=sport"), named=False)
    assert new and other.name != "dst"  # a real parameter names another feed
    store.close()


def test_comparable_url_drops_only_tracking() -> None:
    assert comparable_url("HTTP://Ex.FR:80/f.xml?a=1&utm_source=x&fbclid=2&xtor=RSS-3#t") == \
        "http://ex.fr/f.xml?a=1"
    assert same_resource("https://ex.fr/f.xml", "https://ex.fr:443/f.xml?gclid=z")
    assert not same_resource("https://ex.fr/f.xml?id=1", "https://ex.fr/f.xml?id=2")


def test_pages_left_by_the_cap_are_said(tmp_path: Path) -> None:
    """S19: the per-poll cap left items counted nowhere; they are said, then come next."""
    settings, store = open_store(tmp_path)
    links = [f"/p{n}.html" for n in range(3)]
    site = Site(pages={"/feed.xml": feed(*links)} | {
        link: page(f"Article {n}", f"{TEXT} ({n})", MORE) for n, link in enumerate(links)})
    with LocalServer(site) as running:
        source = Source(name="big", kind="feed", url=running.url("/feed.xml"))
        collector = Collector(store, settings, policy=POLICY, max_pages=2)
        first = collector.poll([source])
        second = collector.poll([source])
        fetched = Collector(store, settings, policy=POLICY, max_pages=1).fetch_urls(
            [running.url(link) for link in links[:2]])
    assert (first.ingest.new, first.left) == (2, 1), first.ingest.errors
    assert first.notices == ["big: 1 more page(s) left for the next poll (2 pages at most "
                             "per poll)"]
    assert (second.ingest.new, second.left, second.notices) == (1, 0, [])
    assert fetched.notices == ["1 more URL(s) not fetched (1 at most per run): run "
                               "`veille fetch` again with them"]
    store.close()


def test_a_revisited_page_with_the_same_text_is_counted_unchanged(tmp_path: Path) -> None:
    """S12: "revisited 1 page(s): 0 changed, 0 unchanged": a page answering ``200`` with
    the text already stored (other bytes: most pages change an ad or a nonce, and send no
    validators) was counted nowhere."""
    settings, store = open_store(tmp_path)
    site = Site(pages={"/feed.xml": feed("/a.html"), "/a.html": page("Budget", TEXT, MORE)})
    with LocalServer(site) as running:
        collector = Collector(store, settings, policy=POLICY)
        collector.poll([Source(name="ville", kind="feed", url=running.url("/feed.xml"))])
        then = (datetime.now(UTC) - timedelta(hours=2)).replace(microsecond=0).isoformat()
        with store.conn:
            store.conn.execute("UPDATE articles SET first_seen = ?", (then,))
            store.conn.execute("UPDATE fetch_state SET fetched_at = ?", (then,))
        site.pages["/a.html"] = page("Budget", TEXT, MORE, extra="<!-- pub 2 -->")
        revisited = collector.revisit()
    assert site.hits["/a.html"] == 2
    assert revisited.revisit_counts() == (1, 0, 1, 0)
    store.close()


@given(st.lists(st.from_regex(r"[a-z]{1,6}=[a-z0-9]{0,6}", fullmatch=True), max_size=4),
       st.sampled_from(["utm_source=x", "fbclid=1", "UTM_Medium=rss", "xtor=RSS-3"]))
def test_a_tracking_parameter_never_changes_the_resource(query: list[str],
                                                         tracking: str) -> None:
    """Property: adding a tracking parameter anywhere leaves the resource; the comparable
    form is stable."""
    url = "https://ex.fr/rss.xml" + ("?" + "&".join(query) if query else "")
    tracked = "https://ex.fr/rss.xml?" + "&".join([tracking, *query])
    assert same_resource(url, tracked)
    assert comparable_url(comparable_url(tracked)) == comparable_url(tracked)
