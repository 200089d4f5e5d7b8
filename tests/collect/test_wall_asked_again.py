"""verify16 Z13: a listed page that showed a consent wall instead of its article was recorded
as fetched and never asked again; the wall is the site's answer of the moment: the page is
asked again at the next polls, a bounded number of times. Real HTTP server, real SQLite
store."""

from __future__ import annotations

from pathlib import Path

from veille.collect.fetch import FetchPolicy
from veille.collect.netguard import AddressPolicy
from veille.collect.poll import Collector
from veille.collect.revisit import WALL_TRIES
from veille.collect.testserver import LocalServer, Page, Site
from veille.settings import Settings
from veille.store.base import Source
from veille.store.sqlite import SQLiteStore

POLICY = FetchPolicy(timeout=20.0, deadline=30.0, retries=0, delay=0.0, per_host=4,
                     allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)
WALL = ("<html lang='fr'><head><title>Paramètres de confidentialité</title></head><body>"
        "<div class='cmp'><h1>Vos choix en matière de cookies</h1><p>Avec nos partenaires, "
        "nous utilisons des cookies et vos données personnelles pour mesurer l'audience "
        "et personnaliser la publicité. Vous pouvez accepter ou refuser ces traitements "
        "et modifier vos préférences à tout moment.</p><button>Tout accepter</button>"
        "<button>Tout refuser</button></div></body></html>").encode()
ARTICLE = ("<html lang='fr'><head><title>Saint-Brieuc : la piscine rouvre lundi</title>"
           "<meta property='og:type' content='article'>"
           "<meta property='article:published_time' content='2026-12-01T08:00:00+01:00'>"
           "</head><body><article><h1>Saint-Brieuc : la piscine rouvre lundi</h1>"
           "<p>Fermée depuis le mois de juin pour des travaux de désamiantage, la piscine "
           "Hélène-Boucher rouvrira ses bassins au public lundi matin, a annoncé la ville.</p>"
           "<p>Les horaires d'ouverture restent inchangés, et les scolaires retrouveront "
           "leurs créneaux dès la rentrée de janvier.</p></article></body></html>").encode()


def rss(root: str, channel: str) -> bytes:
    """The listing: the same item, under a channel title that changes (so the listing is
    read again, while nothing it says of the item changed)."""
    return (f"<?xml version='1.0'?><rss version='2.0'><channel><title>{channel}</title>"
            f"<item><title>Piscine</title><link>{root}/piscine.html</link></item>"
            "</channel></rss>").encode()


def test_a_page_refused_as_a_wall_is_asked_again(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    store = SQLiteStore.open(settings.store_path)
    site = Site(pages={"/piscine.html": Page(WALL)})
    with LocalServer(site) as running:
        source = Source(name="ville", kind="feed", url=running.url("/rss.xml"))
        site.pages["/rss.xml"] = Page(rss(running.root, "Ville"), "application/rss+xml")
        first = Collector(store, settings, policy=POLICY).poll([source])
        assert (first.ingest.new, first.ingest.failed) == (0, 1)
        site.pages["/piscine.html"] = Page(ARTICLE)
        site.pages["/rss.xml"] = Page(rss(running.root, "Ville de Saint-Brieuc"),
                                      "application/rss+xml")
        second = Collector(store, settings, policy=POLICY).poll([source])
    assert second.ingest.new == 1, second.ingest.errors
    [article] = store.latest(limit=5)
    assert article.content is not None and "piscine" in article.content.title
    store.close()


def test_a_page_that_stays_a_wall_is_asked_a_bounded_number_of_times(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    store = SQLiteStore.open(settings.store_path)
    site = Site(pages={"/piscine.html": Page(WALL)})
    asked = 0
    with LocalServer(site) as running:
        source = Source(name="ville", kind="feed", url=running.url("/rss.xml"))
        for n in range(WALL_TRIES + 2):
            site.pages["/rss.xml"] = Page(rss(running.root, f"Ville {n}"),
                                          "application/rss+xml")
            summary = Collector(store, settings, policy=POLICY).poll([source])
            asked += summary.ingest.failed
    assert asked == WALL_TRIES
    store.close()
