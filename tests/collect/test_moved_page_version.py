"""A known article's page moved by its site (the old URL answers ``301`` to a new URL of
the same site, same text, new headline) is a version of the same article, read again from
the old URL: one article, its new headline and URL, not a second article called a
"republication" (newuser13b M2). Real HTTP server on 127.0.0.1, real store."""

from __future__ import annotations

from pathlib import Path

import veille
from veille.collect.testserver import LocalServer, Page, Site
from veille.service import Veille

TEXT = ("<p>Les pluies diluviennes ont inondé plusieurs quartiers de Nîmes dans la nuit, "
        "obligeant les pompiers du Gard à évacuer une centaine d'habitants.</p><p>La "
        "préfecture a ouvert un gymnase pour accueillir les sinistrés et demande d'éviter "
        "tout déplacement jusqu'à nouvel ordre.</p>")


def page(title: str) -> bytes:
    return (f"<!doctype html><html lang='fr'><head><title>{title}</title></head><body>"
            f"<article><h1>{title}</h1>{TEXT}</article></body></html>").encode()


OLD, NEW = "/inondations-nimes.html", "/gard-sinistres.html"


def stored_then_moved(v: Veille, site: Site, running: LocalServer
                      ) -> tuple[str, str, str]:
    """The old page stored, and the new page put up: (old URL, new URL, article id)."""
    [article_id] = v.fetch([running.url(OLD)]).ingest.new_ids
    site.pages[NEW] = Page(page("Nîmes : des centaines de sinistrés"))
    return running.url(OLD), running.url(NEW), article_id


def test_a_page_moved_for_good_is_a_version_of_its_article(tmp_path: Path) -> None:
    site = Site(pages={OLD: Page(page("Nîmes : le Gard en vigilance rouge"))})
    with LocalServer(site) as running, \
            veille.open(tmp_path / "data", fetch_allow="127.0.0.1", fetch_retries=0) as v:
        old, new, article_id = stored_then_moved(v, site, running)
        site.pages["/inondations-nimes.html"] = Page(b"", location="/gard-sinistres.html")
        moved = v.fetch([old])
        assert (moved.ingest.new, moved.ingest.versions) == (0, 1), moved.ingest
        again = v.fetch([new])  # the new address read on its own: the same article
        assert again.ingest.new == 0
        articles = v.store.latest(limit=10)
        assert [a.id for a in articles] == [article_id]
        [current] = articles
        assert current.url == new and current.content is not None
        assert current.content.title == "Nîmes : des centaines de sinistrés"


def test_the_new_address_stored_first_becomes_the_moved_article(tmp_path: Path) -> None:
    """The feed lists the new URL first (stored as a second article, a republication of
    the first); the old URL read again answers 301 to it: one article remains, the first,
    with the new headline and URL."""
    site = Site(pages={OLD: Page(page("Nîmes : le Gard en vigilance rouge"))})
    with LocalServer(site) as running, \
            veille.open(tmp_path / "data", fetch_allow="127.0.0.1", fetch_retries=0) as v:
        old, new, article_id = stored_then_moved(v, site, running)
        assert v.fetch([new]).ingest.new == 1  # not known as moved yet: a second article
        site.pages["/inondations-nimes.html"] = Page(b"", location="/gard-sinistres.html")
        v.fetch([old])
        articles = v.store.latest(limit=10)
        assert [a.id for a in articles] == [article_id]
        assert articles[0].url == new and articles[0].content is not None
        assert articles[0].content.title == "Nîmes : des centaines de sinistrés"
        assert v.fetch([new]).ingest.new == 0
        assert [a.id for a in v.search("sinistrés").hits] == [article_id]
