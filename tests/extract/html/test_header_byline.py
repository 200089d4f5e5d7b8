"""A byline between the headline and the ``<article>`` that holds only the body
(newuser4 N12: Le Monde's ``article__meta`` section)."""

from __future__ import annotations

from veille.extract.html import extract_html

PARA = ("Le gouvernement chilien a présenté mardi un plan de reconstruction des quartiers de "
        "Viña del Mar détruits par les incendies de l'été, chiffré à deux milliards de dollars. ")


def page(after: str = "") -> str:
    return ("<html lang='fr'><body><main><div class='zone'>"
            "<h1 class='article__title'>Au Chili, un plan pour reconstruire Viña del Mar</h1>"
            "<div class='article__meta'><span class='meta__author'>Par "
            "<a class='article__author-link'>Ana Lucía Pérez</a> (Santiago, correspondante)"
            "</span><span class='meta__date'>Publié le 3 novembre 2026 à 10h00</span></div>"
            f"<article class='article__content'><p>{PARA * 2}</p><p>{PARA}</p></article>"
            f"{after}</div></main></body></html>")


def test_byline_before_the_article_element_is_read() -> None:
    assert extract_html(page()).authors == ["Ana Lucía Pérez"]


def test_a_teaser_byline_after_the_article_is_not() -> None:
    html = page().replace("<span class='meta__author'>Par "
                          "<a class='article__author-link'>Ana Lucía Pérez</a> "
                          "(Santiago, correspondante)</span>", "")
    html = html.replace("</article>", "</article><div class='teaser'><span class='author'>"
                        "Marc Dupuis</span></div>")
    assert extract_html(html).authors == []
