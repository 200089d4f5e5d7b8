"""A sitemap's ``<lastmod>`` announces a change of a stored page (t-final58 #9: the
sitemap's lastmod moved to 15:30 with a corrected page, and the page was not read again
until the hour's revisit: "no duplicates or versions known"). A sitemap whose every
lastmod moves at once (the time it was built) announces nothing. Real HTTP server on
127.0.0.1, real SQLite store; own text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from veille.collect.fetch import FetchPolicy
from veille.collect.netguard import AddressPolicy
from veille.collect.poll import Collector, PollSummary
from veille.collect.testserver import LocalServer, Page, Site
from veille.settings import Settings
from veille.store.base import Source
from veille.store.sqlite import SQLiteStore

POLICY = FetchPolicy(timeout=20.0, deadline=30.0, retries=0, delay=0.0, per_host=4,
                     allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)
TEXTS = [
    ("Les écoles de Montreuil-sur-Mer ont rouvert mercredi, une semaine après la crue de la "
     "Canche qui avait envahi le rez-de-chaussée de trois bâtiments.",
     "Le maire a demandé à l'État une aide d'urgence pour remplacer le mobilier détruit et "
     "les chaudières des deux groupes scolaires les plus touchés.",
     "Les parents d'élèves se sont organisés pour nettoyer les cours pendant le week-end."),
    ("À Blendecques, la digue provisoire installée par les pompiers a cédé dans la nuit de "
     "lundi à mardi, inondant une vingtaine de maisons du quartier de la gare.",
     "Une cellule de crise a été ouverte en mairie et un gymnase accueille les familles "
     "évacuées, selon la sous-préfecture de Saint-Omer.",
     "Les agriculteurs de l'Aa redoutent des pertes importantes sur les semis d'hiver."),
    ("Le trafic ferroviaire entre Calais et Boulogne reste interrompu jusqu'à jeudi, la voie "
     "ayant été emportée sur deux cents mètres près de Wimille.",
     "SNCF Réseau prévoit des bus de substitution aux heures de pointe et conseille de "
     "reporter les déplacements qui ne sont pas indispensables.",
     "Les travaux de réparation doivent mobiliser une soixantaine d'agents jour et nuit."),
    ("Les assureurs ont reçu plus de quatre mille déclarations de sinistre depuis le début "
     "des inondations, a indiqué la fédération régionale vendredi.",
     "Les délais d'indemnisation dépendront de la publication de l'arrêté de catastrophe "
     "naturelle, attendue dans les prochains jours.",
     "Des permanences d'experts seront tenues dans les mairies des communes sinistrées."),
]
LATE = ("Mise à jour : quarante communes ont été reconnues en état de catastrophe naturelle "
        "par un arrêté publié jeudi soir au Journal officiel.")


def page(n: int, *extra: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in (*TEXTS[n], *extra))
    return (f"<!doctype html><html lang='fr'><head><title>Crues {n}</title></head><body>"
            f"<article><h1>Crues : la commune {n} rouvre ses écoles</h1>{body}</article>"
            f"</body></html>").encode()


def sitemap(lastmods: list[datetime]) -> bytes:
    urls = "".join(f"<url><loc>/crues-{n}.html</loc><lastmod>{when.isoformat()}</lastmod></url>"
                   for n, when in enumerate(lastmods))
    return (f"<?xml version='1.0' encoding='UTF-8'?><urlset xmlns="
            f"'http://www.sitemaps.org/schemas/sitemap/0.9'>{urls}</urlset>").encode()


BEFORE = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=9)
"""The four pages' first lastmod: before either poll (a sitemap read late)."""


def four_pages() -> Site:
    site = Site(pages={f"/crues-{n}.html": Page(page(n)) for n in range(4)})
    site.pages["/sitemap.xml"] = Page(sitemap([BEFORE] * 4), "application/xml")
    return site


def poll(store: SQLiteStore, tmp_path: Path, running: LocalServer) -> PollSummary:
    """One poll of the site's sitemap into ``store`` (a fresh collector, as each run's)."""
    sources = [Source(name="crues", kind="sitemap", url=running.url("/sitemap.xml"))]
    return Collector(store, Settings(data_dir=tmp_path / "data"), policy=POLICY).poll(sources)


def test_a_later_lastmod_reads_the_page_again_once(tmp_path: Path) -> None:
    site, store = four_pages(), SQLiteStore.open(tmp_path / "data" / "veille.sqlite3")
    with LocalServer(site) as running:
        first = poll(store, tmp_path, running)
        assert first.ingest.new == 4, first.ingest.errors
        # one page corrected, its lastmod moved; the others' kept
        site.pages["/crues-1.html"] = Page(page(1, LATE))
        later = BEFORE + timedelta(hours=6)
        site.pages["/sitemap.xml"] = Page(sitemap([BEFORE, later, BEFORE, BEFORE]),
                                          "application/xml")
        changed = poll(store, tmp_path, running)
        assert changed.ingest.versions == 1, (changed.ingest, changed.ingest.errors)
        assert site.hits["/crues-1.html"] == 2 and site.hits["/crues-0.html"] == 1
        again = poll(store, tmp_path, running)
        assert again.ingest.read == 0 and site.hits["/crues-1.html"] == 2


def test_every_lastmod_moved_at_once_announces_nothing(tmp_path: Path) -> None:
    site, store = four_pages(), SQLiteStore.open(tmp_path / "data" / "veille.sqlite3")
    with LocalServer(site) as running:
        assert poll(store, tmp_path, running).ingest.new == 4
        site.pages["/sitemap.xml"] = Page(sitemap([BEFORE + timedelta(hours=1)] * 4),
                                          "application/xml")
        stamped = poll(store, tmp_path, running)
        assert stamped.ingest.read == 0
        assert all(site.hits[f"/crues-{n}.html"] == 1 for n in range(4))
