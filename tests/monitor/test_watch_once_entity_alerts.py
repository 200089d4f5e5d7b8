"""Regression (newuser6 M6): ``veille watch --once`` (the cron mode) enriched at its end
but did not send the alerts that enrichment queued, so an entity saved search waited a
whole cron period. Real store, real index, real pages and feed on 127.0.0.1, a real
webhook receiver, spaCy's real French model."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import veille
from alert_kit import webhook_server
from sitekit import rss, xml_page
from veille.collect.testserver import LocalServer, Page, Site
from veille.collect.watch import new_source, register
from veille.store.base import SavedSearch

SETTINGS = {"fetch_allow": "127.0.0.1", "fetch_delay": 0.0, "fetch_retries": 0}


def page(n: int) -> bytes:
    text = ("La maire de Petit-Quevilly, Charlotte Goujon, a inauguré lundi la nouvelle "
            f"médiathèque numéro {n} du quartier. ") * 3
    return (f"<!doctype html><html lang='fr'><head><meta charset='utf-8'>"
            f"<title>Médiathèque {n}</title></head><body><article><h1>Médiathèque {n} : "
            f"Charlotte Goujon inaugure</h1><p>{text}</p><p>Les travaux ont duré "
            f"{n + 2} ans et coûté {n + 3} millions d'euros à la commune.</p></article>"
            f"</body></html>").encode()


@pytest.fixture
def site() -> Iterator[tuple[Site, LocalServer]]:
    site = Site(pages={"/a/0.html": Page(page(0))})
    with LocalServer(site) as running:
        site.pages["/feed.xml"] = xml_page(rss(running.root, ["/a/0.html"]))
        yield site, running


@pytest.fixture
def feed(site: tuple[Site, LocalServer]) -> str:
    return site[1].url("/feed.xml")


def test_watch_once_sends_the_entity_alerts_its_enrichment_queued(
        tmp_path: Path, feed: str) -> None:
    with webhook_server() as (hooks, url), veille.open(tmp_path / "data", **SETTINGS) as v:
        register(v.store, new_source(feed), named=False)
        v.save_search(SavedSearch(name="Goujon", query='entity:"Charlotte Goujon"',
                                  webhook=url))
        v.watch(once=True)
        assert v.stats()["enrich_lag"] == 0
        assert len(hooks.posts) == 1
        assert json.loads(hooks.posts[0][1])["search"]["name"] == "Goujon"
        assert not v.store.deliveries(pending=True)


def test_an_entity_search_gets_the_update_of_a_new_version_as_a_word_search_does(
        tmp_path: Path, site: tuple[Site, LocalServer]) -> None:
    """newuser6 M6 (second part): a new version still naming the entity alerted the word
    searches (``kind: update``) but not the entity search that matched version 1: the
    version's entities arrive with its enrichment, which never alerted a matched article."""
    pages, running = site
    with webhook_server() as (hooks, url), veille.open(tmp_path / "data", **SETTINGS) as v:
        register(v.store, new_source(running.url("/feed.xml")), named=False)
        v.save_search(SavedSearch(name="Goujon", query='entity:"Charlotte Goujon"',
                                  webhook=url))
        v.save_search(SavedSearch(name="mot", query="médiathèque", webhook=url))
        v.watch(once=True)
        assert len(hooks.posts) == 2
        pages.pages["/a/0.html"] = Page(page(0).replace(
            "Les travaux ont duré".encode(), "Le chantier, long et coûteux, a duré".encode()))
        v.fetch([running.url("/a/0.html")])
        v.enrich()
        v.deliver_alerts()
        updates = sorted((json.loads(body)["search"]["name"], json.loads(body)["kind"])
                         for _headers, body in hooks.posts[2:])
        assert updates == [("Goujon", "update"), ("mot", "update")]
