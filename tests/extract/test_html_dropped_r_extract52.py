"""An HTML page lists the blocks its extraction dropped, as text captures do (r-extract52,
issue 14): its menu, cookie banner, share buttons, subscription prompt and related links,
in ``evidence["dropped"]``, bounded; through ``ingest_paths`` on a real SQLite store."""

from __future__ import annotations

from pathlib import Path

from veille.extract.dropped_blocks import DROPPED_KEY, MAX_DROPPED, dropped_blocks
from veille.ingest import ingest_paths
from veille.record import Article
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

PARAGRAPHS = (
    "<p>Les Transports en commun lyonnais ont mis en service mercredi les premiers bus "
    "électriques articulés sur la ligne C3, l'une des plus fréquentées.</p>"
    "<p>Trente-deux véhicules remplaceront d'ici l'été les bus au gaz naturel. Le réseau "
    "prévoit de convertir toutes ses lignes fortes d'ici 2030.</p>"
    "<p>Les usagers ont salué un trajet plus silencieux, même si plusieurs ont regretté le "
    "retard des travaux de voirie.</p>")


def _page(related: int = 2) -> str:
    links = "".join(f'<li><a href="/a{i}">Autre article numéro {i} sur la ville</a></li>'
                    for i in range(related))
    return (
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">'
        "<title>Lyon : la ligne C3 passe à l'électrique</title>"
        '<meta property="article:published_time" content="2026-01-14T09:10:00+01:00">'
        "</head><body><header><nav><a href='/'>Accueil</a> <a href='/lyon'>Lyon</a> "
        "<a href='/sport'>Sport</a></nav></header>"
        '<div class="cookie-banner">Nous utilisons des cookies. Accepter les cookies</div>'
        "<main><article><h1>Lyon : la ligne C3 passe à l'électrique</h1>"
        '<div class="share">Partager sur Facebook Partager sur X</div>'
        f"{PARAGRAPHS}"
        f'<aside class="related"><h2>À lire aussi</h2><ul>{links}</ul></aside>'
        "</article></main></body></html>")


def _ingested(store: SQLiteStore, settings: Settings, tmp_path: Path, html: str) -> Article:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "page.html").write_text(html, "utf-8")
    ingest_paths(store, [folder], settings=settings, source="tcl-journal.example")
    (article,) = list(store.iter_articles())
    assert article.content is not None
    return article


def test_an_html_page_lists_what_it_dropped(store: SQLiteStore, settings: Settings,
                                           tmp_path: Path) -> None:
    article = _ingested(store, settings, tmp_path, _page())
    assert article.content is not None
    assert len(article.content.paragraphs) == 3
    found, more = dropped_blocks(article.content.evidence)
    reasons = {block.text: block.reason for block in found}
    assert reasons["Accueil Lyon Sport"] == "link"
    assert reasons["Nous utilisons des cookies. Accepter les cookies"] == "notice"
    assert reasons["Partager sur Facebook Partager sur X"] == "notice"
    assert any(text.startswith("À lire aussi Autre article") for text in reasons)
    assert more == 0
    # the article's own text, headline and paragraphs, is never listed
    assert not any("Trente-deux" in text or "ligne C3 passe" in text for text in reasons)


def test_the_list_is_bounded(store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    page = _page().replace("</article>", "".join(
        f'<div class="share">Partager l\'article {i}</div>' for i in range(80)) + "</article>")
    article = _ingested(store, settings, tmp_path, page)
    assert article.content is not None
    found, more = dropped_blocks(article.content.evidence)
    assert len(found) == MAX_DROPPED
    assert more > 0
    assert len(article.content.evidence[DROPPED_KEY]) < (MAX_DROPPED + 1) * 200
