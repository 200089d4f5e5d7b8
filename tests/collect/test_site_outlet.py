"""A site's second registered source (a `--kind url` page, a second feed) names its articles
as the site, not as its registration (newuser11b U25): the site's own republication of its
dispatch is a `republication`, not a reprint by another outlet, and its story counts one
source. Real HTTP server on 127.0.0.1, real SQLite store, sources registered as
`veille sources add` does."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from dispatch_kit import body_paragraphs
from veille.collect.fetch import FetchPolicy
from veille.collect.netguard import AddressPolicy
from veille.collect.outlets import outlet_name
from veille.collect.poll import Collector
from veille.collect.testserver import LocalServer, Page, Site
from veille.collect.watch import new_source, poll_once, register
from veille.settings import Settings
from veille.store.base import Source
from veille.store.sqlite import SQLiteStore

POLICY = FetchPolicy(timeout=20.0, deadline=30.0, retries=0, delay=0.0, per_host=2,
                     allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)


def page(title: str, when: str, paragraphs: list[str]) -> Page:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return Page((f"<!doctype html><html lang='fr'><head><title>{title}</title>"
                 f"<meta property='article:published_time' content='{when}'></head><body>"
                 f"<article><h1>{title}</h1>{body}</article></body></html>").encode())


def feed(*links: str) -> Page:
    items = "".join(f"<item><title>{link}</title><link>{link}</link></item>" for link in links)
    # a section's title, naming no outlet: on an address that names none (127.0.0.1) a
    # feed titled by a plain name gives its items that name as their source (t-final55b
    # B2), which this test of registration names is not about
    return Page(("<?xml version='1.0'?><rss version='2.0'><channel><title>Actualités</title>"
                 f"{items}</channel></rss>").encode(), "application/rss+xml")


def _add(store: SQLiteStore, url: str, *, kind: str | None = None,
         name: str | None = None) -> Source:
    return register(store, new_source(url, kind=kind, name=name), named=name is not None)[0]


def test_a_second_source_of_a_site_names_its_articles_as_the_site(tmp_path: Path) -> None:
    paras = body_paragraphs()
    site = Site(pages={"/feed.xml": feed("/a1.html"),
                       "/a1.html": page("Coalition : réunion", "2026-11-24T08:00:00+01:00",
                                        paras),
                       "/u2.html": page("Washington : la coalition se retrouve",
                                        "2026-11-24T13:00:00+01:00", paras)})
    settings = Settings(data_dir=tmp_path / "data")
    store = SQLiteStore.open(settings.store_path)
    with LocalServer(site) as running:
        main = _add(store, running.url("/feed.xml"))
        collector = Collector(store, settings, policy=POLICY)
        first = poll_once(store, collector, store.registered_sources())
        second = _add(store, running.url("/u2.html"), kind="url")
        assert (main.name, second.name) == ("127.0.0.1", "127.0.0.1-u2")  # the Sources page
        done = poll_once(store, collector, [second])
    assert (first.ingest.new, done.ingest.new) == (1, 1), done.ingest.errors
    by_url = {a.url: a for a in store.latest(limit=10)}
    original, again = by_url[running.url("/a1.html")], by_url[running.url("/u2.html")]
    assert (original.source, again.source) == ("127.0.0.1", "127.0.0.1")
    assert again.dedup is not None
    assert (again.dedup.relation, again.dedup.duplicate_of) == ("republication", original.id)
    [summary] = store.stories(limit=5, min_articles=2)
    assert summary.sources == 1
    assert [s.name for s in store.registered_sources()] == ["127.0.0.1", "127.0.0.1-u2"]
    store.close()


def test_the_sites_first_source_name_names_it() -> None:
    first = Source(name="Ville de Nevers", kind="feed", url="https://www.nevers.fr/rss.xml")
    later = Source(name="nevers.fr-budget", kind="feed", url="https://nevers.fr/budget.xml")
    other = Source(name="Le Journal", kind="feed", url="https://journal.example/rss")
    assert outlet_name(later, [first, later, other]) == "Ville de Nevers"
    assert outlet_name(later, [later, other]) == "nevers.fr"  # a derived name never names it
    assert outlet_name(other, [first, later, other]) == "Le Journal"
    folder = Source(name="depeches", kind="folder", url="/srv/depeches")
    assert outlet_name(folder, [first, folder]) == "depeches"


@given(st.lists(st.sampled_from(["a.example", "b.example", "news.a.example"]), min_size=1,
                max_size=5))
def test_every_source_of_one_site_gives_one_name(hosts: list[str]) -> None:
    sources = [Source(name=f"{h}-{n}" if n else h, kind="feed", url=f"https://{h}/{n}.xml")
               for n, h in enumerate(hosts)]
    for one_site in ("a.example", "b.example"):
        names = {outlet_name(s, sources) for s in sources
                 if s.url.split("/")[2].endswith(one_site)}
        assert len(names) <= 1
