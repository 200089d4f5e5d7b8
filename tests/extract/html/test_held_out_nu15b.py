"""Held-out findings of newuser15b, each on pages written here (other outlets, other words,
the same shape): a page-level JSON-LD node is not the article (X11), ..."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from veille.extract.html import extract_html

NOW = datetime(2026, 12, 2, 5, 0, tzinfo=UTC)
PROSE = ("Les élus de la communauté de communes ont adopté jeudi soir le plan de "
         "circulation du centre-bourg, après deux réunions publiques houleuses et une "
         "pétition signée par plus de huit cents habitants du canton. ")


def ld(*nodes: dict[str, object]) -> str:
    return ("<script type='application/ld+json'>"
            + json.dumps({"@context": "https://schema.org", "@graph": list(nodes)})
            + "</script>")


def test_a_webpage_node_gives_way_to_the_printed_date_and_the_h1() -> None:
    head = ld({"@type": "WebPage", "name": "Vannes : le plan de circulation",
               "datePublished": "2018-03-02T09:00:00+01:00",
               "dateModified": "2026-12-01T17:30:00+01:00"},
              {"@type": "WebSite", "name": "Le Courrier du Morbihan"})
    html = (f"<html lang='fr'><head><title>Le Courrier du Morbihan</title>{head}</head><body>"
            "<main><article><h1>Vannes : le plan de circulation du centre-bourg adopté "
            "malgré la grogne</h1><p class='date'>Publié le 1 déc. 2026 à 16h10</p>"
            + "".join(f"<p>{PROSE}</p>" for _ in range(4)) + "</article></main></body></html>")
    content = extract_html(html, fetched_at=NOW)
    assert content.title.startswith("Vannes : le plan de circulation du centre-bourg adopté")
    assert content.published is not None
    assert content.published.isoformat() == "2026-12-01T16:10:00+01:00"
    assert not content.evidence["published"].startswith("JSON-LD")


def test_a_webpage_node_still_answers_when_nothing_else_does() -> None:
    head = ld({"@type": "WebPage", "name": "Conseil communautaire du 1er décembre",
               "datePublished": "2026-12-01T18:00:00+01:00"})
    html = (f"<html lang='fr'><head>{head}</head><body><main><div>"
            + "".join(f"<p>{PROSE}</p>" for _ in range(4)) + "</div></main></body></html>")
    content = extract_html(html, fetched_at=NOW)
    assert content.title == "Conseil communautaire du 1er décembre"
    assert content.published is not None
    assert content.published.isoformat() == "2026-12-01T18:00:00+01:00"


def test_a_printed_byline_naming_the_meta_author_and_another_wins() -> None:
    html = ("<html lang='fr'><head><title>Lorient : le port de pêche se modernise</title>"
            "<meta name='parsely-author' content='Anne Le Goff'></head><body><main><article>"
            "<h1>Lorient : le port de pêche se modernise</h1>"
            "<div class='byline'>Par Anne Le Goff, à Lorient, et Yannick Moysan</div>"
            + "".join(f"<p>{PROSE}</p>" for _ in range(4)) + "</article></main></body></html>")
    content = extract_html(html, fetched_at=NOW)
    assert content.authors == ["Anne Le Goff", "Yannick Moysan"]


def test_a_meta_author_the_byline_does_not_contain_keeps_its_place() -> None:
    html = ("<html lang='fr'><head><title>Lorient : le port de pêche se modernise</title>"
            "<meta name='parsely-author' content='Anne Le Goff'></head><body><main><article>"
            "<h1>Lorient : le port de pêche se modernise</h1>"
            "<div class='byline'>Par Yannick Moysan et Hélène Quéré</div>"
            + "".join(f"<p>{PROSE}</p>" for _ in range(4)) + "</article></main></body></html>")
    assert extract_html(html, fetched_at=NOW).authors == ["Anne Le Goff"]
