"""A page its publisher re-dates (the same text, its ``article:published_time`` moved
later) is a later capture: its new date becomes the article's ``updated``, without a
version (the same headline and text: newuser16c N9)
(the article was first published, and read, at the earlier date: newuser14b S2); read
again unchanged, it is a duplicate of itself, never listed as its own "exact copy"
(newuser11b U8; docs/dedup.md "Captures read out of order"). Real HTTP server on
127.0.0.1, real SQLite store and index."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import veille
from veille.collect.testserver import LocalServer, Page, Site

TEXT = [
    "Le conseil municipal de Tours a adopté jeudi soir un budget de 312 millions d'euros, en "
    "hausse de 4 % sur un an, malgré l'opposition qui dénonce une dérive des dépenses.",
    "La majorité met en avant les investissements dans les transports et la rénovation des "
    "écoles, financés en partie par un recours accru à l'emprunt, selon l'adjoint aux "
    "finances.",
]


def page(published: str, *, footer: str = "Tous droits réservés") -> Page:
    body = "".join(f"<p>{p}</p>" for p in TEXT)
    return Page((f"<!doctype html><html lang='fr'><head><meta charset='utf-8'>"
                 f"<title>Budget municipal : Tours adopte un budget en hausse</title>"
                 f"<meta property='article:published_time' content='{published}'></head>"
                 f"<body><article><h1>Budget municipal : Tours adopte un budget en hausse</h1>"
                 f"<time datetime='{published}'>{published[:10]}</time>{body}</article>"
                 f"<footer>{footer}</footer></body></html>").encode())


def test_a_re_dated_page_becomes_the_current_version_and_is_no_copy_of_itself(
        tmp_path: Path) -> None:
    site = Site(pages={"/art/a2.html": page("2026-11-24T06:00:00+01:00")})
    with LocalServer(site) as server, \
            veille.open(tmp_path / "data", fetch_allow="127.0.0.0/8", fetch_delay=0) as v:
        url = server.url("/art/a2.html")
        first = v.fetch([url]).ingest
        [article_id] = first.new_ids
        site.pages["/art/a2.html"] = page("2026-11-26T09:00:00+01:00")
        again = v.fetch([url]).ingest
        assert (again.new, again.versions) == (0, 0)
        article = v.store.get(article_id)
        assert article.content is not None
        assert article.content.published == datetime.fromisoformat("2026-11-24T06:00:00+01:00")
        assert article.content.updated == datetime.fromisoformat("2026-11-26T09:00:00+01:00")
        assert [a.id for a in v.latest(1)] == [article_id]
        # the same text and date in other chrome: the page read again, not a copy of itself
        site.pages["/art/a2.html"] = page("2026-11-26T09:00:00+01:00", footer="© 2026")
        third = v.fetch([url]).ingest
        assert (third.new, third.versions, third.duplicate) == (0, 0, 1)
        assert [link for link in v.store.links(article_id) if link.relation == "exact"] == []
        # the older date read again (a stale cache) is no later capture: the date stays
        site.pages["/art/a2.html"] = page("2026-11-24T06:00:00+01:00", footer="(cache)")
        v.fetch([url])
        current = v.store.get(article_id)
        assert current.content is not None
        assert current.content.published == article.content.published
        assert current.content.updated == article.content.updated
