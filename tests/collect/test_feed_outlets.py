"""A feed that lists several outlets' articles (a Google News query feed, an aggregator)
gives each article its outlet as source, not the feed's name (newuser6 M4: another
outlet's copy of a dispatch became a same-source "republication", the story counted one
source, ``source:lefigaro.fr`` found nothing). The user's ``--name`` still names the
articles of the feed's own site. Real HTTP server on 127.0.0.1, real SQLite store."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from veille.collect.feeds import parse_listing
from veille.collect.fetch import FetchPolicy
from veille.collect.netguard import AddressPolicy
from veille.collect.poll import Collector, item_source, source_claim
from veille.collect.sites import VARIANT_LABELS, same_site
from veille.collect.testserver import LocalServer, Page, Site
from veille.settings import Settings
from veille.store.base import Source
from veille.store.sqlite import SQLiteStore

POLICY = FetchPolicy(timeout=20.0, deadline=30.0, retries=0, delay=0.0, per_host=4,
                     allow=AddressPolicy.parse("127.0.0.0/8"), backoff=0.01)
DISPATCH = [
    "Un incendie s'est déclaré lundi matin dans une usine chimique classée Seveso de la "
    "banlieue de Rouen, faisant deux blessés légers parmi les salariés, selon la préfecture.",
    "Les pompiers ont mobilisé une centaine d'hommes et une trentaine d'engins pour "
    "circonscrire le feu, qui a pris dans un entrepôt de stockage de solvants vers 7 heures.",
    "Un panache de fumée noire était visible à plusieurs kilomètres et la préfecture a "
    "demandé aux habitants des communes voisines de rester chez eux, fenêtres fermées.",
    "Les écoles de trois communes voisines ont été fermées par précaution et les transports "
    "en commun détournés, a indiqué la métropole dans un communiqué publié en fin de matinée.",
    "Des mesures de la qualité de l'air sont en cours, a précisé le préfet lors d'un point "
    "presse, ajoutant qu'aucune substance toxique n'avait été détectée à ce stade.",
    "Une enquête a été ouverte par le parquet pour déterminer les causes du sinistre, "
    "survenu sept ans après celui de l'usine Lubrizol, qui avait marqué toute la région.",
]


def page(title: str, paragraphs: list[str], published: str) -> Page:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return Page((f"<!doctype html><html lang='fr'><head><title>{title}</title>"
                 f"<meta property='article:published_time' content='{published}'></head>"
                 f"<body><article><h1>{title}</h1>{body}<p>(AFP)</p></article></body>"
                 f"</html>").encode(), "text/html; charset=utf-8")


def feed(items: list[tuple[str, str, str]]) -> Page:
    """RSS 2.0 items (title, link, ``<source url>`` or "")."""
    xml = "".join(
        f"<item><title>{title}</title><link>{link}</link><guid isPermaLink='false'>{n}</guid>"
        + (f"<source url='{outlet}'>Outlet</source>" if outlet else "") + "</item>"
        for n, (title, link, outlet) in enumerate(items))
    return Page(("<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
                 f"<title>query</title><link>http://example.org/</link>{xml}</channel></rss>"
                 ).encode(), "application/rss+xml")


def poll(tmp_path: Path, items: list[tuple[str, str, str]], name: str,
         pages: dict[str, Page], *, host: str = "127.0.0.1") -> SQLiteStore:
    """Poll a feed of ``items`` served at ``host`` (``PORT`` in a link or an outlet is
    the server's port)."""
    settings = Settings(data_dir=tmp_path / "data")
    store = SQLiteStore.open(settings.store_path)
    site = Site(pages=dict(pages))
    with LocalServer(site) as running:
        port = running.root.rsplit(":", 1)[1]
        site.pages["/feed.xml"] = feed([(t, link.replace("PORT", port),
                                         o.replace("PORT", port)) for t, link, o in items])
        done = Collector(store, settings, policy=POLICY).poll(
            [Source(name=name, kind="feed", url=f"http://{host}:{port}/feed.xml")])
    assert done.ingest.failed == 0, done.ingest.errors
    return store


PAGES = {"/figaro.html": page("Incendie près de Rouen", DISPATCH, "2026-11-30T09:41:00+01:00"),
         "/20min.html": page("Rouen : un incendie dans une usine", DISPATCH[:5] + [
             "Le maire a annoncé une réunion publique pour mardi soir."],
             "2026-11-30T09:58:00+01:00")}


def test_each_item_of_a_query_feed_is_its_outlets(tmp_path: Path) -> None:
    """A query feed on ``localhost`` whose first link redirects (as Google News' do) to the
    outlet's page on 127.0.0.1: that item is the outlet's; the second item's page is on
    the feed's own site, so it keeps the feed's name whatever its ``<source>`` claims."""
    store = poll(tmp_path, [
        ("Incendie - Le Figaro", "http://localhost:PORT/redirect?to=http%3A%2F%2F"
         "127.0.0.1%3APORT%2Ffigaro.html", "http://127.0.0.1:PORT/"),
        ("Incendie - 20 Minutes", "http://localhost:PORT/20min.html", "https://www.20minutes.fr"),
    ], "gnews-rouen", PAGES, host="localhost")
    by_title = {a.content.title: a for a in store.latest(limit=10) if a.content}
    figaro = by_title["Incendie près de Rouen"]
    copy = by_title["Rouen : un incendie dans une usine"]
    assert (figaro.source, copy.source) == ("127.0.0.1", "gnews-rouen")
    assert figaro.content is not None and copy.content is not None
    assert "the site the page is on" in figaro.content.evidence["source_claim"]
    assert "not believed" in copy.content.evidence["source_claim"]
    # another outlet's copy of the dispatch is a reprint, not the same site's republication
    assert copy.dedup is not None and copy.dedup.relation == "reprint", copy.dedup
    assert copy.dedup.duplicate_of == figaro.id


def test_a_feeds_source_claim_never_credits_a_page_to_another_outlet(tmp_path: Path) -> None:
    """newuser10 S15: an aggregator on 127.0.0.1 lists a page fetched from ``localhost``
    with ``<source url="https://www.ouest-france.fr/rss">``: the article is ``localhost``'s
    (where it was fetched from), the claim only evidence."""
    store = poll(tmp_path, [("Verdun", "http://localhost:PORT/figaro.html",
                             "https://www.ouest-france.fr/rss")], "agg", PAGES)
    [article] = store.latest(limit=10)
    assert article.source == "localhost"
    assert article.content is not None
    assert article.content.evidence["source_claim"] == (
        "the feed item's <source> names ouest-france.fr (not believed: the page is on "
        "localhost)")


def test_a_page_on_another_host_than_the_feed_is_that_hosts(tmp_path: Path) -> None:
    """No ``<source>``: the fetched page's host names the outlet; a page of the feed's own
    host keeps the feed's name."""
    store = poll(tmp_path, [("a", "http://localhost:PORT/figaro.html", ""),
                            ("b", "http://127.0.0.1:PORT/20min.html", "")], "agg", PAGES)
    sources = sorted(a.source for a in store.latest(limit=10))
    assert sources == ["agg", "localhost"]


def test_a_single_outlet_feed_keeps_the_users_name(tmp_path: Path) -> None:
    """The feed's own pages (and a ``<source>`` naming the feed's own site) keep ``--name``."""
    store = poll(tmp_path, [("a", "http://127.0.0.1:PORT/figaro.html", ""),
                            ("b", "http://127.0.0.1:PORT/20min.html", "http://127.0.0.1/rss")],
                 "figaro-une", PAGES)
    assert sorted(a.source for a in store.latest(limit=10)) == ["figaro-une", "figaro-une"]


def test_atom_source_names_the_outlet() -> None:
    atom = (b"<feed xmlns='http://www.w3.org/2005/Atom'><title>agg</title><entry><id>x</id>"
            b"<title>t</title><link href='https://agg.example/r/1'/><source><id>tag:x</id>"
            b"<link rel='alternate' href='https://www.lemonde.fr/'/><title>Le Monde</title>"
            b"</source></entry></feed>")
    [entry] = parse_listing(atom, url="https://agg.example/feed").entries
    assert entry.outlet == "https://www.lemonde.fr/"
    # a page on the aggregator's own site: the claim is credit, not the source
    assert item_source("agg", listing="https://agg.example/feed",
                       page="https://agg.example/r/1") == "agg"
    assert "not believed" in source_claim(entry.outlet, "https://agg.example/r/1")
    # the page the link led to (after redirects) is the outlet's: it is the source
    assert item_source("agg", listing="https://agg.example/feed",
                       page="https://www.lemonde.fr/a.html") == "lemonde.fr"


def test_same_site_reads_subdomains_and_public_suffixes() -> None:
    assert same_site("rss.lefigaro.fr", "www.lefigaro.fr")
    assert same_site("feeds.example.co.uk", "example.co.uk")
    assert not same_site("bbc.co.uk", "bbci.co.uk")
    assert not same_site("a.co.uk", "b.co.uk")
    assert not same_site("lefigaro.fr", "20minutes.fr")
    assert not same_site("127.0.0.2", "127.0.0.1")


LABEL = st.from_regex(r"[a-z][a-z0-9]{0,8}", fullmatch=True)


@given(st.lists(LABEL.filter(lambda label: label not in VARIANT_LABELS), min_size=1,
                max_size=3), LABEL)
def test_a_subdomain_is_always_the_same_site(labels: list[str], sub: str) -> None:
    # Under ".example" (RFC 2606), which has no rule in the Public Suffix List: every
    # name with a label before it is a site; a variant label ("www", "m") names another
    # rendering of a site, never a site ("www.example" is the site "example", CI example).
    host = ".".join(labels) + ".example"
    assert same_site(host, f"{sub}.{host}") and same_site(f"www.{host}", host)
    assert item_source("mine", listing=f"https://{sub}.{host}/rss",
                       page=f"https://{host}/a") == "mine"
