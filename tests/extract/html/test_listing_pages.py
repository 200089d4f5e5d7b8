"""Pages that list articles hold none (newuser11 T1): a section front, search results
and a 404 page's suggestions are refused with a clear reason, not stored as an article
whose headline is the section's name and whose date is its first teaser's."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from veille.errors import ExtractionError
from veille.extract.html import extract_html
from veille.ingest import ingest_paths
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

NOW = datetime(2026, 12, 1, 16, 0, tzinfo=UTC)
TOWNS = ("Quimperlé", "Concarneau", "Douarnenez", "Landerneau", "Morlaix", "Carhaix")
PROSE = ("Le conseil municipal a voté dans la soirée la rénovation complète de la halle "
         "du marché, un chantier de plusieurs mois qui doit commencer au printemps, a "
         "indiqué le maire devant la presse réunie à l'hôtel de ville. ")


def teasers(item: str = "li", heading: str = "h3", n: int = 6) -> str:
    return "".join(
        f"<{item} class='card'><{heading}><a href='/actu/{i}'>{town} : la halle du marché "
        f"sera rénovée au printemps</a></{heading}><p>Les commerçants de {town} seront "
        "installés sur le parking voisin pendant les travaux, qui dureront trois mois, "
        "le temps de refaire la charpente, la toiture et les réseaux d'eau du bâtiment.</p>"
        f"<span class='date'>Il y a {i + 1} h</span></{item}>"
        for i, town in enumerate(TOWNS[:n]))


def page(body: str, head: str = "") -> str:
    return (f"<html lang='fr'><head><title>Finistère - Le Journal</title>{head}</head>"
            f"<body><header><nav><a>Accueil</a><a>Sports</a></nav></header><main>{body}"
            "</main><footer>© Le Journal</footer></body></html>")


@pytest.mark.parametrize("body", [
    f"<h1>Finistère</h1><section class='river'>{teasers('article', 'h2')}</section>",
    f"<h1>Résultats pour « halle »</h1><div class='results'>{teasers('div', 'h2')}</div>",
    "<h1>Cette page n'existe plus</h1><p>Elle a peut-être été déplacée.</p>"
    f"<section><h2>À lire aussi</h2>{teasers('article', 'h3', 3)}</section>",
], ids=["section-front", "search-results", "not-found"])
def test_a_page_of_teasers_is_no_article(body: str) -> None:
    with pytest.raises(ExtractionError) as raised:
        extract_html(page(body), fetched_at=NOW)
    assert raised.value.reason == "listing"
    assert "teasers" in raised.value.one_line() and "feed" in raised.value.one_line()


def test_an_article_with_read_also_cards_is_an_article() -> None:
    body = ("<article><h1>La halle sera rénovée</h1><div class='article-body'>"
            + "".join(f"<p>{PROSE}</p>" for _ in range(4))
            + f"<aside class='lire-aussi'>{teasers('div', 'h3', 3)}</aside>"
            + "".join(f"<p>{PROSE}</p>" for _ in range(2)) + "</div></article>")
    content = extract_html(page(body), fetched_at=NOW)
    assert content.title == "La halle sera rénovée"
    assert len(content.paragraphs) >= 5


def test_a_page_that_declares_itself_an_article_is_read_as_one() -> None:
    # A live blog whose posts' headings link to themselves says what it is.
    head = '<script type="application/ld+json">{"@type":"LiveBlogPosting"}</script>'
    content = extract_html(page(f"<h1>En direct</h1><div>{teasers('div', 'h2')}</div>", head),
                           fetched_at=NOW)
    assert len(content.paragraphs) >= 5


def test_ingest_counts_a_listing_as_failed_and_goes_on(tmp_path: Path, store: SQLiteStore,
                                                        settings: Settings) -> None:
    front = page(f"<h1>Finistère</h1><div>{teasers('article', 'h2')}</div>")
    (tmp_path / "front.html").write_text(front, encoding="utf-8")
    article = "<article><h1>La halle sera rénovée</h1>" + f"<p>{PROSE}</p>" * 4 + "</article>"
    (tmp_path / "article.html").write_text(page(article), encoding="utf-8")
    summary = ingest_paths(store, [tmp_path], settings=settings)
    assert (summary.new, summary.failed) == (1, 1)
    assert any("front.html" in e and "teasers" in e for e in summary.errors)


def test_a_live_blog_that_declares_nothing_is_read_as_one() -> None:
    # verify11a V2: post titles linked to anchors of the page itself are no teasers.
    posts = "".join(
        f"<div class='post'><h3><a href='#post-{i}'>{town} : la halle rouvre</a></h3><p>Les "
        f"commerçants de {town} ont retrouvé leurs étals ce matin après trois mois de travaux "
        "sur la charpente, la toiture et les réseaux d'eau du bâtiment.</p></div>"
        for i, town in enumerate(TOWNS))
    content = extract_html(page(f"<h1>En direct</h1><div class='live'>{posts}</div>"),
                           fetched_at=NOW)
    assert len(content.paragraphs) >= 5
