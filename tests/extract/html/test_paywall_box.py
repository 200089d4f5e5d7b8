"""The rest of a paywall box after its notice is chrome (newuser4 N3)."""

from __future__ import annotations

from veille.extract.html import extract_html

PARAS = [
    "Le conseil municipal de Lorient a voté lundi soir la rénovation complète de la halle "
    "aux poissons, un chantier de quatre ans estimé à douze millions d'euros.",
    "Les commerçants du marché seront relogés pendant les travaux sous une structure "
    "provisoire installée sur le parking voisin, a précisé l'adjoint chargé du commerce.",
    "L'opposition a voté contre, jugeant le calendrier trop long et le coût mal maîtrisé "
    "alors que la ville doit déjà financer la rénovation de deux écoles.",
]


def page(box: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (f"<html lang='fr'><body><article><h1>Lorient rénove sa halle</h1>"
            f"<div class='content'>{body}{box}</div></article></body></html>")


def test_lines_after_the_notice_in_its_box_are_chrome() -> None:
    box = ("<div class='premium-box'><p>Il vous reste 81% de cet article à lire.</p>"
           "<p>Envie d'en savoir plus ? Profitez de notre offre découverte dès aujourd'hui.</p>"
           "<p>Merci de votre fidélité, chère lectrice, cher lecteur.</p></div>")
    content = extract_html(page(box))
    assert content.paragraphs == PARAS
    assert content.truncated


def test_a_notice_inside_the_article_container_keeps_the_text_before() -> None:
    html = (f"<html lang='fr'><body><article><h1>Lorient</h1><div class='content'>"
            f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p><p>Il vous reste 60% de cet article à lire.</p>"
            f"</div></article></body></html>")
    assert extract_html(html).paragraphs == PARAS[:2]
