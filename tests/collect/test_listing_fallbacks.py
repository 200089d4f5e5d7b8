"""What a listing says of its item, and what a page claims of itself (newuser10 S4, S5, S6):
a page without a headline takes the feed's title; a date guessed from a URL path yields to
the feed's own date; a page's canonical link to another site or to a non-public address
does not replace the address it was fetched from."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from capture_kit import make_capture, out, run_veille
from sitekit import rss_page
from veille.collect.fetch import FetchPolicy
from veille.collect.netguard import AddressPolicy
from veille.collect.poll import Collector
from veille.collect.testserver import LocalServer, Page, Site
from veille.extract.html import extract_html
from veille.extract.html.metadata import url_refusal
from veille.settings import Settings
from veille.store.base import Source
from veille.store.sqlite import SQLiteStore

POLICY = FetchPolicy(timeout=20.0, deadline=30.0, retries=0, delay=0.0, per_host=4,
                     allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)
BODY = "".join(f"<p>Le conseil municipal de Lunel a voté le budget primitif. Phrase {i} du "
               "corps de l'article, assez longue pour être lue comme de la prose.</p>"
               for i in range(4))


def _page(head: str = "", h1: str = "") -> bytes:
    return (f"<!doctype html><html lang='fr'><head><meta charset='utf-8'>{head}</head><body>"
            f"<article>{h1}{BODY}</article></body></html>").encode()


@pytest.fixture
def server() -> Iterator[LocalServer]:
    site = Site(pages={
        "/untitled.html": Page(_page()),
        "/elsewhere.html": Page(_page(
            "<title>Budget voté à Lunel</title><link rel='canonical' href='https://www.lemonde"
            ".fr/societe/article/2026/11/30/budget_123.html'>")),
        "/metadata.html": Page(_page(
            "<title>Budget voté</title><link rel='canonical' "
            "href='http://169.254.169.254/latest/meta-data/'>")),
    })
    with LocalServer(site) as running:
        site.pages["/own.html"] = Page(_page(
            f"<title>Budget</title><link rel='canonical' href='{running.root}/canonique'>"))
        items = "".join(
            f"<item><title>{title}</title><link>{running.root}/{path}</link>"
            f"<pubDate>Tue, 01 Dec 2026 08:30:00 +0100</pubDate></item>"
            for path, title in [("untitled.html", "Lunel : le titre du flux"),
                                ("elsewhere.html", "Budget"), ("metadata.html", "Budget"),
                                ("own.html", "Budget")])
        site.pages["/feed.xml"] = rss_page(items)
        yield running


def test_listing_title_date_and_the_address_fetched(server: LocalServer, store: SQLiteStore,
                                                     settings: Settings) -> None:
    feed = Source(name="fil", kind="feed", url=server.url("/feed.xml"))
    summary = Collector(store, settings, policy=POLICY).poll([feed])
    assert summary.ingest.new == 4, summary.ingest.errors
    by_origin = {a.raw.url.rsplit("/", 1)[-1]: a for a in store.latest(limit=10)
                 if a.raw.url}
    untitled = by_origin["untitled.html"].content
    assert untitled is not None
    assert untitled.title == "Lunel : le titre du flux"  # S4: not an empty headline
    assert untitled.evidence["title"] == "the listing's title (the page gives none)"

    elsewhere = by_origin["elsewhere.html"]
    assert elsewhere.content is not None
    # S6: another site's canonical does not become this article's address...
    assert elsewhere.url == server.url("/elsewhere.html")
    assert "not believed (another site than 127.0.0.1)" in elsewhere.content.evidence["url"]
    # S5: ...and the day in that URL's path does not beat the feed's exact time
    published = elsewhere.content.published
    assert published is not None and published.isoformat() == "2026-12-01T08:30:00+01:00"

    metadata = by_origin["metadata.html"]
    assert metadata.url == server.url("/metadata.html")
    assert metadata.content is not None
    assert "not a public address" in metadata.content.evidence["url"]

    own = by_origin["own.html"]  # a canonical on the page's own host is believed
    assert own.url == server.url("/canonique")


def test_a_url_day_yields_to_the_listing_but_stays_without_one() -> None:
    html = _page("<title>Budget</title><link rel='canonical' href='https://www.ville.fr/"
                 "actualites/2026/11/30/budget.html'>", "<h1>Budget</h1>").decode()
    content = extract_html(html)  # a saved page: no listing, the URL's day is all there is
    assert content.published is not None and content.published.date().isoformat() == \
        "2026-11-30"
    assert content.evidence["published"].startswith("URL path")
    assert content.url == "https://www.ville.fr/actualites/2026/11/30/budget.html"


@pytest.mark.parametrize(("claimed", "fetched", "refused"), [
    ("https://www.lemonde.fr/a", "https://amp.lemonde.fr/a", ""),  # one site
    ("https://www.lemonde.fr/a", None, ""),  # a saved page names its own address
    ("https://www.lemonde.fr/a", "https://www.lefigaro.fr/b", "another site than www.lefigaro.fr"),
    ("https://a.blogspot.com/x", "https://b.blogspot.com/x", "another site than b.blogspot.com"),
    ("http://169.254.169.254/latest", None, "not a public address"),
    ("http://10.0.0.5/a", "https://www.lemonde.fr/a", "not a public address"),
    ("http://localhost/a", None, "not a public address"),
    ("http://[::1]/a", None, "not a public address"),
    ("http://[::ffff:169.254.169.254]/a", None, "not a public address"),
    ("http://[2001:4860:4860::8888]/a", None, ""),  # a public IPv6 address
    ("http://127.0.0.1:8765/a", "http://127.0.0.1:8765/b", ""),  # the host fetched
])
def test_which_claimed_addresses_are_believed(claimed: str, fetched: str | None,
                                              refused: str) -> None:
    assert url_refusal(claimed, fetched) == refused


def test_stats_say_what_duplicates_count(tmp_path: Path) -> None:
    data, page = tmp_path / "data", tmp_path / "page.txt"
    page.write_text(make_capture(1).text, "utf-8")
    for _ in range(3):
        assert run_veille(["ingest", str(page)], data_dir=data).returncode == 0
    stats = out(run_veille(["stats"], data_dir=data))
    assert "duplicates: 2 (inputs not stored as articles" in stats  # S7: not "2 copies"
    assert "copies: 0 (stored articles copying" in stats  # t-final31 F8: apart
    assert "a folder read twice counts twice" in stats
