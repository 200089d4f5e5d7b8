"""Regression (t-final50 B2's source, h-zones50): a news sitemap's day-only date
("2026-12-03") for a page of a 127.0.0.1 site whose text names Yamoussoukro, Bouaké and
Korhogo was made midnight on Paris's clock (the French language's), so the article's day
began at 23:00 UTC the day before. The listing's date now takes the same clues as the page
(``place_zones.zone_or_places``): midnight in Abidjan. A sitemap time with its own offset
keeps it. Real collector, real store, pages served on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from veille.collect.fetch import FetchPolicy
from veille.collect.netguard import AddressPolicy
from veille.collect.poll import Collector
from veille.collect.testserver import LocalServer, Page, Site
from veille.settings import Settings
from veille.store.base import Source
from veille.store.sqlite import SQLiteStore

POLICY = FetchPolicy(timeout=20.0, deadline=30.0, retries=0, delay=0.0, per_host=4,
                     allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)

PONT = ("<!doctype html><html lang='fr'><head><meta charset='utf-8'><title>Yamoussoukro : le "
        "pont ouvert</title></head><body><article><h1>Yamoussoukro : le nouveau pont ouvert à "
        "la circulation</h1><p>Le nouveau pont qui enjambe le lac de Yamoussoukro a été "
        "ouvert à la circulation mercredi, après deux ans de travaux.</p><p>Les "
        "transporteurs de Bouaké et de Korhogo saluent un gain de temps sur la route du "
        "nord, a constaté notre correspondante.</p><p>Le ministre de l'Équipement a promis "
        "un second ouvrage d'ici à la fin de l'année prochaine, selon son cabinet.</p>"
        "</article></body></html>").encode()
CACAO = PONT.replace(b"Yamoussoukro", b"Abidjan").replace(b"pont", b"port")


@pytest.fixture
def server() -> Iterator[LocalServer]:
    site = Site(pages={"/pont.html": Page(PONT), "/port.html": Page(CACAO)})
    with LocalServer(site) as running:
        entries = "".join(
            f"<url><loc>{running.root}{path}</loc><news:news><news:publication><news:name>"
            f"Fraternité Matin</news:name><news:language>fr</news:language>"
            f"</news:publication><news:publication_date>{when}</news:publication_date>"
            f"<news:title>t</news:title></news:news></url>"
            for path, when in (("/pont.html", "2026-12-03"),
                               ("/port.html", "2026-12-04T16:00:00+00:00")))
        site.pages["/sitemap.xml"] = Page(
            ("<?xml version='1.0' encoding='utf-8'?><urlset xmlns='http://www.sitemaps.org/"
             "schemas/sitemap/0.9' xmlns:news='http://www.google.com/schemas/sitemap-news/"
             f"0.9'>{entries}</urlset>").encode(), "application/xml")
        yield running


def test_a_sitemap_day_is_midnight_on_the_places_clock(
        server: LocalServer, store: SQLiteStore, settings: Settings) -> None:
    listing = Source(name="plan", kind="sitemap", url=server.url("/sitemap.xml"))
    summary = Collector(store, settings, policy=POLICY).poll([listing])
    assert summary.ingest.new == 2, summary.ingest.errors
    by_title = {a.content.title: a.content for a in store.latest(limit=5) if a.content}
    pont = next(c for t, c in by_title.items() if "Yamoussoukro" in t)
    assert pont.published == datetime(2026, 12, 3, tzinfo=UTC)  # not 2 Dec 23:00 UTC
    assert "(Africa/Abidjan)" in pont.evidence["timezone"], pont.evidence
    port = next(c for t, c in by_title.items() if "Abidjan" in t)
    assert port.published == datetime(2026, 12, 4, 16, tzinfo=UTC)
    assert port.evidence["timezone"].startswith("given by the sitemap")
