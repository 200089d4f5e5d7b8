"""The visible standfirst under the headline is the record's lead (newuser9 R2, R22, R26)."""

from __future__ import annotations

from veille.extract.html import extract_html

_BODY = "".join(f"<p>Paragraphe {i} du texte, qui raconte la suite des événements au port de "
                f"Brest avec des détails sur les marins et les bateaux du quai.</p>"
                for i in range(6))


def _page(header: str, description: str = "") -> str:
    meta = f'<meta name="description" content="{description}">' if description else ""
    return (f"<html lang='fr'><head><title>Tempête sur Brest</title>{meta}</head><body>"
            f"{header}<div class='texte'>{_BODY}</div></body></html>")


CHAPO = ("Les marins pêcheurs du Finistère sont restés à quai trois jours, "
         "et la criée de Brest a fermé jusqu'à lundi.")


def test_standfirst_in_a_chrome_named_section_is_the_lead() -> None:
    page = _page(f"<section class='x-meta'><h1>Tempête sur Brest</h1><p class='x-desc'>{CHAPO}"
                 "</p><span>Publié le 3 mars à 10h00</span></section>",
                 description="Suivez notre couverture de la tempête en direct.")
    content = extract_html(page)
    assert content.lead == CHAPO
    assert content.description.startswith("Suivez")


def test_subtitle_heading_in_header_is_the_lead() -> None:
    content = extract_html(_page(f"<header><h1>Tempête sur Brest</h1><h2>{CHAPO}</h2></header>"))
    assert content.lead == CHAPO


def test_byline_under_the_headline_is_no_standfirst() -> None:
    content = extract_html(_page("<h1>Tempête sur Brest</h1><p>Par Jeanne Martin et Paul "
                                 "Durand, publié le 3 mars 2026 à 10h00 dans la rubrique</p>"))
    assert "Jeanne" not in content.lead
