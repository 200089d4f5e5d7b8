"""Bylines made only of links to the authors' pages, with no byline class and no "Par"
(newuser4 N34: El País, CSS-module class names)."""

from __future__ import annotations

from veille.extract.html import extract_html

BODY = ("<p>Le texte de l'article est assez long pour être de la prose, avec des phrases "
        "entières et des détails sur la sécheresse.</p>") * 4


def _page(header: str, after: str = "") -> str:
    return (f"<html lang='fr'><body><main><div class='sc-9'><h1>Les maires face à la "
            f"sécheresse</h1>{header}</div><article>{BODY}{after}</article></main></body>"
            f"</html>")


def test_links_to_author_pages_before_the_text_are_the_byline() -> None:
    page = _page("<div class='sc-1x2y3z'><a href='/auteur/jean-dupont'>Jean Dupont</a> et "
                 "<a href='/auteur/marie-martin'>Marie Martin</a></div>")
    assert extract_html(page).authors == ["Jean Dupont", "Marie Martin"]
    spanish = _page("<div class='a_md_a'><a href='/autor/manuel-gomez/'>Manuel Gómez</a>"
                    "<span> y </span><a href='/autor/elena-sevillano/'>Elena Sevillano</a>"
                    "</div>")
    assert extract_html(spanish).authors == ["Manuel Gómez", "Elena Sevillano"]


def test_author_links_after_the_text_or_among_other_links_are_not() -> None:
    below = _page("", after="<aside><a href='/auteur/paul-durand'>Paul Durand</a></aside>")
    assert extract_html(below).authors == []
    menu = _page("<nav><a href='/auteur/paul-durand'>Paul Durand</a> <a href='/sport/'>Sport"
                 "</a></nav>")
    assert extract_html(menu).authors == []
