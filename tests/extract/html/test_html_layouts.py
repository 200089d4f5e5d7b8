"""HTML layouts veille had not seen (newuser11): a gallery of captioned photos between two
paragraphs inside the article (T5), a "Lire aussi" insert whose label and title render
glued (T4)."""

from __future__ import annotations

from datetime import UTC, datetime

from veille.extract.html import extract_html

NOW = datetime(2026, 12, 1, 16, 0, tzinfo=UTC)


def page(inner: str) -> str:
    return ("<html lang='fr'><head><title>Binche</title></head><body><header><nav><a>Accueil"
            "</a><a>Régions</a></nav></header><main><article><h1>Le carnaval envahit Binche</h1>"
            f"<div class='contenu'>{inner}</div></article></main><footer>© Le Quotidien"
            "</footer></body></html>")


FIRST = ("<p>Des milliers de Gilles ont défilé mardi dans le centre historique, sous une pluie "
         "d'oranges lancées depuis les chars, selon les organisateurs.</p>")
LAST = ("<p>La fête se poursuivra jusqu'à mercredi soir avec le brûlage des bosses sur la "
        "place communale.</p>")


def test_a_gallery_inside_the_article_does_not_cut_it() -> None:
    gallery = "<div class='diaporama'>" + "".join(
        f"<figure><img src='{n}.jpg'><figcaption>{caption} Photo Anne Dubois</figcaption>"
        "</figure>" for n, caption in enumerate((
            "Un Gille coiffé de son chapeau à plumes d'autruche, devant l'hôtel de ville.",
            "La foule massée sur la Grand-Place pour voir passer le cortège des sociétés.",
            "Des enfants costumés suivent le cortège avec leurs parents dans la rue.",
            "Les oranges volent au-dessus des spectateurs venus de toute la région."))) + "</div>"
    content = extract_html(page(FIRST + gallery + LAST), fetched_at=NOW)
    assert [p[:20] for p in content.paragraphs] == ["Des milliers de Gill", "La fête se poursuivr"]


def test_a_read_also_label_glued_to_its_title_is_dropped() -> None:
    insert = ("<p class='interstitiel'>Lire aussiBinche : le musée du Masque rouvre ses "
              "portes après deux ans de travaux</p>")
    content = extract_html(page(FIRST + insert + LAST), fetched_at=NOW)
    assert not any("Lire aussi" in p for p in content.paragraphs)
    assert len(content.paragraphs) == 2
