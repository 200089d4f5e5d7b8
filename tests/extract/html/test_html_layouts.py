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


def test_a_slider_in_an_unknown_article_element_does_not_cut_it() -> None:
    # verify11a V16: <r-article> is no article element veille knows; the captions of a
    # slider between two paragraphs of one container still do not end the text.
    slider = "<div class='slider'>" + "".join(
        f"<div class='slide'><img src='{n}.jpg'><p class='caption'>{caption}</p>"
        "<p class='credit'>Belga</p></div>" for n, caption in enumerate((
            "Un Gille coiffé de son chapeau à plumes d'autruche, devant l'hôtel de ville.",
            "La foule massée sur la Grand-Place pour voir passer le cortège des sociétés.",
            "Des enfants costumés suivent le cortège avec leurs parents dans la rue.",
            "Les oranges volent au-dessus des spectateurs venus de toute la région."))) + "</div>"
    html = ("<html lang='fr'><head><title>Binche</title></head><body><r-article class='r-art'>"
            "<h1>Le carnaval envahit Binche</h1><div class='r-body'>"
            f"{FIRST}{FIRST.replace('Des milliers', 'Des centaines')}{slider}{LAST}</div>"
            "</r-article></body></html>")
    content = extract_html(html, fetched_at=NOW)
    assert content.paragraphs[-1].startswith("La fête se poursuivra")
    assert not any("Grand-Place" in p for p in content.paragraphs)


def test_read_also_cards_summaries_are_not_the_articles_paragraphs() -> None:
    # verify11a V9: "Lire aussi" cards (a linked <h3> and a summary <p>) inside the body.
    cards = "<section class='liens'><h3>Lire aussi</h3>" + "".join(
        f"<div class='carte'><h3><a href='/a/{n}.html'>{title}</a></h3><p>{summary}</p></div>"
        for n, (title, summary) in enumerate((
            ("Binche : le musée du Masque rouvre", "Après deux ans de travaux, le musée "
             "accueille de nouveau le public avec une collection enrichie de masques."),
            ("Carnaval : les Gilles en chiffres", "Un millier de Gilles, trois cents kilos "
             "d'oranges et des milliers de spectateurs venus de toute la Belgique."),
            ("La Louvière prépare son Laetare", "La ville voisine annonce un programme de "
             "trois jours et un cortège plus long que l'an dernier.")))) + "</section>"
    content = extract_html(page(FIRST + cards + LAST), fetched_at=NOW)
    assert [p[:20] for p in content.paragraphs] == ["Des milliers de Gill", "La fête se poursuivr"]
