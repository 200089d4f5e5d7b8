"""A page read through a redirect, removed later, marks its article unpublished
(t-final62 #5: a sitemap listed /redir-a2, 301 to /a2.html, stored as the article of
/a2.html; when /a2.html answered 404, `veille fetch` of it said "the page is not there …
check the URL" and the article stayed live, while a page fetched directly was marked, as
docs/collect.md promises for "404 where the page was served before"). Real HTTP server on
127.0.0.1, real SQLite store; own text."""

from __future__ import annotations

from pathlib import Path

from veille.collect.fetch import FetchPolicy
from veille.collect.gone import unpublished_of
from veille.collect.netguard import AddressPolicy
from veille.collect.poll import Collector
from veille.collect.testserver import LocalServer, Page, Site
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

POLICY = FetchPolicy(timeout=20.0, deadline=30.0, retries=0, delay=0.0, per_host=4,
                     allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)
PAGE = ("<!doctype html><html lang='fr'><head><title>Pont</title></head><body><article>"
        "<h1>Le pont suspendu de Tonnay-Charente rouvre aux piétons</h1>"
        "<p>Le pont suspendu de Tonnay-Charente a rouvert samedi aux piétons et aux cyclistes "
        "après dix-huit mois de restauration de ses câbles, a indiqué le département.</p>"
        "<p>Les travaux, d'un coût de quatre millions d'euros, ont remplacé les suspentes et "
        "repeint le tablier dans sa couleur d'origine, un gris perle.</p></article>"
        "</body></html>").encode()


def test_a_redirected_page_removed_later_is_marked_unpublished(tmp_path: Path) -> None:
    site = Site(pages={"/redir-a2": Page(b"", location="/a2.html"), "/a2.html": Page(PAGE)})
    settings = Settings(data_dir=tmp_path / "data")
    store = SQLiteStore.open(settings.store_path)
    with LocalServer(site) as running:
        first = Collector(store, settings, policy=POLICY).fetch_urls(
            [running.url("/redir-a2")])
        assert first.ingest.new == 1
        final = running.url("/a2.html")
        del site.pages["/a2.html"]  # the site removes the page: 404
        again = Collector(store, settings, policy=POLICY).fetch_urls([final])
    assert again.pages_removed == 1 and again.pages_failed == 0
    assert any("removed the page" in n for n in again.notices)
    assert final in unpublished_of(store, [final])
