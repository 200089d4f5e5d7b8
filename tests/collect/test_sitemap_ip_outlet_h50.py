"""A sitemap source served on an IP address is shown by the name it declares (t-final50 B3).

Pages of "Fraternité Matin" listed by a news sitemap on 127.0.0.1 (``news:name``, the page's
``og:site_name``) were stored under the host "127.0.0.1" and shown so in the lists and the
alert e-mail ("Source: 127.0.0.1"): the name had to plausibly spell the host, and an address
spells nothing. Real HTTP server on 127.0.0.1, real SQLite store.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from veille.collect.fetch import FetchPolicy
from veille.collect.netguard import AddressPolicy
from veille.collect.poll import Collector
from veille.collect.testserver import LocalServer, Page, Site
from veille.monitor.deliver import article_payload
from veille.outlet_names import names_of, outlet_name, unnamed_host
from veille.settings import Settings
from veille.store.base import Source
from veille.store.sqlite import SQLiteStore

POLICY = FetchPolicy(timeout=20.0, deadline=30.0, retries=0, delay=0.0, per_host=4,
                     allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)
NAME = "L'Observateur du Sahel"


def _page() -> bytes:
    body = "".join(f"<p>Le marché à bétail de Dori a reçu {n} têtes cette semaine, selon "
                   f"la direction régionale de l'élevage, qui note une hausse des prix.</p>"
                   for n in (1200, 1500, 1800))
    return (f"<!doctype html><html lang='fr'><head><meta charset='utf-8'><title>Dori : le "
            f"marché à bétail - {NAME}</title><meta property='og:site_name' content=\"{NAME}\">"
            f"</head><body><article><h1>Dori : le marché à bétail affiche complet</h1>{body}"
            f"</article></body></html>").encode()


@pytest.fixture
def sitemap_server() -> Iterator[LocalServer]:
    site = Site(pages={"/dori.html": Page(_page())})
    with LocalServer(site) as running:
        site.pages["/sitemap.xml"] = Page(
            (f"<?xml version='1.0' encoding='utf-8'?><urlset xmlns='http://www.sitemaps.org/"
             f"schemas/sitemap/0.9' xmlns:news='http://www.google.com/schemas/sitemap-news/"
             f"0.9'><url><loc>{running.root}/dori.html</loc><news:news><news:publication>"
             f"<news:name>{NAME}</news:name><news:language>fr</news:language>"
             f"</news:publication><news:publication_date>2026-11-30T16:05:00+00:00"
             f"</news:publication_date><news:title>t</news:title></news:news></url>"
             f"</urlset>").encode(), "application/xml")
        yield running


def test_sitemap_pages_on_an_ip_are_shown_by_their_declared_name(
        sitemap_server: LocalServer, store: SQLiteStore, settings: Settings) -> None:
    # `veille sources add` names a source by its host when no --name is given
    listing = Source(name="127.0.0.1", kind="sitemap", url=sitemap_server.url("/sitemap.xml"))
    summary = Collector(store, settings, policy=POLICY).poll([listing])
    assert summary.ingest.new == 1, summary.ingest.errors
    [article] = store.latest(limit=5)
    # stored under the name the page declares, an address spelling no outlet (r-source55,
    # t-final54 B4: two outlets served on one address were one source, shown by one name)
    assert article.source == NAME
    names = names_of(store, [article.source])
    assert names == {}
    payload = article_payload(article, names)  # what the alert e-mail and webhook say
    assert payload["outlet"] == NAME and payload["source"] == NAME


@pytest.mark.parametrize("host", ["127.0.0.1", "192.168.10.24", "news.lan", "intranet.corp",
                                  "veille.home.arpa", "press.local"])
def test_an_unnamed_host_takes_the_declared_name(host: str) -> None:
    assert unnamed_host(host)
    assert outlet_name(host, ["Fraternité Matin", "", "Fraternité Matin"]) == "Fraternité Matin"
    # a page's title is still no outlet's name
    assert outlet_name(host, ["Abidjan : le prix du cacao - Fraternité Matin"]) == host


# fratmat.info (Fraternité Matin's own host) now spells it shortened ("frat" + "mat":
# outlet_names._shortened, r-extract54): abidjan.net, which does not, stands for it.
@pytest.mark.parametrize("host", ["lemonde.fr", "abidjan.net", "1.2.3.4.example.com.fr"])
def test_a_public_host_still_needs_a_name_that_spells_it(host: str) -> None:
    assert not unnamed_host(host)
    assert outlet_name(host, ["Fraternité Matin"]) == host


@pytest.mark.parametrize("host", ["127.0.0.1", "press.local"])
def test_an_address_serving_several_outlets_is_named_by_none(host: str) -> None:
    # t-final51 A3: pages of Le Progrès, La Provence and DNA served on one address were all
    # shown as "DNA", the most frequent declared name: a false outlet for two of them
    declared = ["Dernières Nouvelles d'Alsace", "Le Progrès", "La Provence",
                "Dernières Nouvelles d'Alsace", ""]
    assert outlet_name(host, declared) == host
    # one outlet declared by every page (and pages declaring nothing) still names it
    assert outlet_name(host, ["Le Progrès", "", "Le Progrès"]) == "Le Progrès"
