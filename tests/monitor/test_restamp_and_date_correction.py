"""A page read again over time: a change of its update stamp alone is no version and no
alert (newuser16c N9), a correction of its publication date to an earlier time is taken
(newuser16c N16). Real HTTP servers on 127.0.0.1 (the site, a webhook receiver), real
SQLite store and index."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import veille
from alert_kit import webhook_server
from veille.collect.testserver import LocalServer, Page, Site
from veille.store.base import SavedSearch

TEXT = [
    "Une explosion s'est produite mercredi matin dans une usine chimique du port du Rhin, "
    "à Strasbourg, faisant deux blessés légers parmi les employés, selon la préfecture.",
    "Les riverains du Port-du-Rhin ont été autorisés à sortir de chez eux en fin de "
    "matinée, aucune pollution n'ayant été détectée par les services de l'État.",
]


def page(published: str, modified: str | None = None) -> Page:
    stamp = (f"<meta property='article:modified_time' content='{modified}'>"
             if modified else "")
    line = (f"<p class='maj'>Mis à jour le 2 décembre 2026 à {modified[11:13]}h"
            f"{modified[14:16]}</p>" if modified else "")
    body = "".join(f"<p>{p}</p>" for p in TEXT)
    return Page((f"<!doctype html><html lang='fr'><head><meta charset='utf-8'>"
                 f"<title>Strasbourg : une explosion dans une usine chimique</title>"
                 f"<meta property='article:published_time' content='{published}'>{stamp}"
                 f"</head><body><article><h1>Strasbourg : une explosion dans une usine "
                 f"chimique</h1><time datetime='{published}'>{published}</time>{line}{body}"
                 f"</article></body></html>").encode())


def test_a_page_only_re_stamped_is_no_version_and_alerts_nothing(tmp_path: Path) -> None:
    published = "2026-12-02T08:20:00+01:00"
    site = Site(pages={"/a.html": page(published)})
    with LocalServer(site) as server, webhook_server() as (hooks, hook), \
            veille.open(tmp_path / "data", fetch_allow="127.0.0.0/8", fetch_delay=0) as v:
        v.save_search(SavedSearch(name="Strasbourg", query="Strasbourg", webhook=hook))
        url = server.url("/a.html")
        [article_id] = v.fetch([url]).ingest.new_ids
        v.match_alerts()
        v.deliver_alerts()
        for modified in ("2026-12-02T08:45:00+01:00", "2026-12-02T08:50:00+01:00"):
            site.pages["/a.html"] = page(published, modified)
            again = v.fetch([url]).ingest
            assert (again.new, again.versions) == (0, 0)
        v.match_alerts()
        v.deliver_alerts()
        assert v.store.versions(article_id) == []
        article = v.store.get(article_id)
        assert article.content is not None
        assert article.content.updated == datetime.fromisoformat("2026-12-02T08:50:00+01:00")
        assert article.content.published == datetime.fromisoformat(published)
        kinds = [json.loads(body)["kind"] for _headers, body in hooks.posts]
        assert kinds == ["new"]


def test_a_publication_date_corrected_earlier_is_taken_and_recorded(tmp_path: Path) -> None:
    site = Site(pages={"/nice.html": page("2026-12-02T08:36:00+01:00")})
    with LocalServer(site) as server, \
            veille.open(tmp_path / "data", fetch_allow="127.0.0.0/8", fetch_delay=0) as v:
        url = server.url("/nice.html")
        [article_id] = v.fetch([url]).ingest.new_ids
        site.pages["/nice.html"] = page("2026-12-02T07:06:00+01:00")
        again = v.fetch([url]).ingest
        assert (again.new, again.duplicate, again.versions) == (0, 0, 1)
        article = v.store.get(article_id)
        assert article.content is not None
        assert article.content.published == datetime.fromisoformat("2026-12-02T07:06:00+01:00")
        assert "08:36" in article.content.evidence["published"]
        # read again with the corrected date: the page read again
        assert v.fetch([url]).ingest.versions == 0
