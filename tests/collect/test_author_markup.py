"""Regression (t-reader20 R5, issue 14): author names kept the page's markup: "Par Marie
<i>Martin</i>" from ``<meta name="author" content="Marie &lt;i&gt;Martin&lt;/i&gt;">``,
"Par Jean <b>Dupont</b>" from a JSON record's ``"authors"``, the same in a feed's
``dc:creator`` and JSON Feed ``authors``, in the API, ``veille show`` and the feeds veille
writes. Markup in an author value is read as HTML (tags dropped, entities decoded) as a
headline's is (docs/collect.md). HTML pages, JSON Lines, feeds polled over real HTTP."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.collect.fetch import FetchPolicy
from veille.collect.netguard import AddressPolicy
from veille.collect.poll import Collector
from veille.collect.testserver import LocalServer, Page, Site
from veille.ingest import ingest_texts
from veille.settings import Settings
from veille.store.base import Source
from veille.store.sqlite import SQLiteStore

BODY = "".join(f"<p>Un incendie s'est déclaré mercredi matin dans un immeuble du centre de "
               f"Nantes, phrase {i} assez longue pour être lue comme de la prose.</p>"
               for i in range(4))


def page(head: str = "") -> bytes:
    return (f"<!doctype html><html lang='fr'><head><meta charset='utf-8'><title>Incendie à "
            f"Nantes</title>{head}</head><body><article><h1>Incendie à Nantes</h1>{BODY}"
            f"</article></body></html>").encode()


def authors(store: SQLiteStore, article_id: str) -> list[str]:
    content = store.get(article_id).content
    assert content is not None
    return content.authors


def test_an_html_page_s_author_meta_loses_its_markup(store: SQLiteStore) -> None:
    [found] = ingest_texts(store, [("page.html", page(
        '<meta name="author" content="Marie &lt;i&gt;Martin&lt;/i&gt;">'))],
        source="nantes.example").new_ids
    assert authors(store, found) == ["Marie Martin"]


def test_a_json_ld_author_loses_its_markup(store: SQLiteStore) -> None:
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": "Incendie à Nantes",
                     "author": {"@type": "Person", "name": "Paul <em>Durand</em>"}})
    [found] = ingest_texts(store, [("page.html", page(
        f'<script type="application/ld+json">{ld}</script>'))],
        source="nantes.example").new_ids
    assert authors(store, found) == ["Paul Durand"]


@pytest.mark.parametrize("value", ["Jean <b>Dupont</b>", "Jean &lt;b&gt;Dupont&lt;/b&gt;",
                                   ["Jean <b>Dupont</b>"], [{"name": "Jean <b>Dupont</b>"}]])
def test_a_json_record_s_authors_lose_their_markup(store: SQLiteStore, value: object) -> None:
    record = {"url": "https://afp.example/a1", "source": "afp.example",
              "title": "Incendie à Nantes", "text": BODY.replace("<p>", "").replace(
                  "</p>", "\n\n"), "authors": value, "language": "fr"}
    [found] = ingest_texts(store, [("r.jsonl", json.dumps(record).encode())]).new_ids
    assert authors(store, found) == ["Jean Dupont"]


POLICY = FetchPolicy(timeout=20.0, deadline=30.0, retries=0, delay=0.0, per_host=4,
                     allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)


@pytest.fixture
def server() -> Iterator[LocalServer]:
    site = Site(pages={"/a.html": Page(page()), "/b.html": Page(page().replace(
        b"Nantes", b"Rennes"))})
    with LocalServer(site) as running:
        site.pages["/feed.xml"] = Page((
            "<?xml version='1.0' encoding='utf-8'?><rss version='2.0' "
            "xmlns:dc='http://purl.org/dc/elements/1.1/'><channel><title>Le fil</title>"
            f"<item><title>t</title><link>{running.url('/a.html')}</link>"
            "<dc:creator>Claire &lt;i&gt;Martin&lt;/i&gt;</dc:creator></item>"
            "</channel></rss>").encode(), "application/rss+xml")
        site.pages["/feed.json"] = Page(json.dumps({
            "version": "https://jsonfeed.org/version/1.1", "title": "Le fil",
            "items": [{"id": "b", "url": running.url("/b.html"),
                       "authors": [{"name": "Ana <b>Silva</b>"}]}]}).encode(),
            "application/feed+json")
        yield running


def test_a_feed_s_authors_lose_their_markup(server: LocalServer, store: SQLiteStore,
                                            settings: Settings) -> None:
    feeds = [Source(name="rss", kind="feed", url=server.url("/feed.xml")),
             Source(name="json", kind="feed", url=server.url("/feed.json"))]
    summary = Collector(store, settings, policy=POLICY).poll(feeds)
    assert summary.ingest.new == 2, summary.ingest.errors
    found = {a.url.rsplit("/", 1)[-1]: a.content.authors
             for a in store.latest(limit=10) if a.url and a.content}
    assert found == {"a.html": ["Claire Martin"], "b.html": ["Ana Silva"]}


@given(st.text(max_size=80))
def test_a_plain_name_holds_no_tag_and_is_stable(value: str) -> None:
    from veille.extract.bylines import plain_name

    name = plain_name(value)
    assert plain_name(name) == name
    assert name == " ".join(name.split())
    assert not any(tag in name for tag in ("<b>", "<i>", "</i>", "</b>"))
