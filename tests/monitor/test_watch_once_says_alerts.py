"""``veille watch --once`` delivered alerts and said nothing of them (t-final36 B5): it now
ends with the line `alerts send` prints, sent and failed, by channel. Real store, real
pages and feed on 127.0.0.1, real webhook receivers (one answering 500), the real
``veille`` command in a subprocess."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import veille
from alert_kit import webhook_server
from capture_kit import err, run_veille
from sitekit import rss, xml_page
from veille.collect.testserver import LocalServer, Page, Site
from veille.collect.watch import new_source, register
from veille.store.base import SavedSearch

SETTINGS = {"fetch_allow": "127.0.0.1", "fetch_delay": 0.0, "fetch_retries": 0}
ENV = {"VEILLE_FETCH_ALLOW": "127.0.0.1", "VEILLE_FETCH_DELAY": "0",
       "VEILLE_FETCH_RETRIES": "0"}


def page(n: int) -> bytes:
    text = (f"Le conseil municipal de Morlaix a voté mardi la rénovation du lavoir numéro {n} "
            "du quartier Saint-Mathieu, fermé depuis deux ans. ") * 3
    return (f"<!doctype html><html lang='fr'><head><meta charset='utf-8'>"
            f"<title>Lavoir {n}</title></head><body><article><h1>Morlaix : le lavoir {n} "
            f"sera rénové</h1><p>{text}</p></article></body></html>").encode()


@pytest.fixture
def feed() -> Iterator[str]:
    site = Site(pages={"/a/1.html": Page(page(1))})
    with LocalServer(site) as running:
        site.pages["/feed.xml"] = xml_page(rss(running.root, ["/a/1.html"]))
        yield running.url("/feed.xml")


def test_watch_once_counts_the_alerts_it_sent_and_failed(tmp_path: Path, feed: str) -> None:
    data = tmp_path / "data"
    with webhook_server() as (good, good_url), webhook_server(fail=99) as (_bad, bad_url):
        with veille.open(data, **SETTINGS) as v:
            register(v.store, new_source(feed), named=False)
            v.save_search(SavedSearch(name="lavoir", query="lavoir", webhook=good_url))
            v.save_search(SavedSearch(name="morlaix", query="Morlaix", webhook=bad_url))
        done = run_veille(["watch", "--once"], data_dir=data, env=ENV)
        said = err(done)
        assert len(good.posts) == 1
    assert "alerts: sent 1, failed 1 (webhook 1 sent, 1 failed)" in said, said
