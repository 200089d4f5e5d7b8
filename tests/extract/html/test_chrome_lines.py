"""Chrome lines lengthened by a piece of furniture (newuser4 N1, N2): a byline ending with
the label of its author-page link, a dateline whose times carry a zone abbreviation."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract.chrome_lines import author_page_byline, zone_words
from veille.extract.html import extract_html

PARAS = [
    "Les pompiers de la Gaspésie ont lutté toute la nuit contre un incendie qui a détruit "
    "trois entrepôts du port de pêche, sans faire de blessés selon la Sûreté du Québec.",
    "Le maire a demandé au gouvernement provincial une aide d'urgence pour les entreprises "
    "touchées, qui emploient une soixantaine de personnes pendant la saison.",
    "Une enquête a été ouverte pour déterminer l'origine du feu, que les enquêteurs ne "
    "jugent pas suspect à ce stade, a précisé un porte-parole.",
]


def page(meta: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (f"<html lang='fr-CA'><body><article><h1>Incendie au port de Rivière-au-Renard</h1>"
            f"{meta}{body}</article></body></html>")


def test_byline_with_author_page_label_is_not_text() -> None:
    html = page("<div class='signature'><span>Étienne Roy-Paquin</span> "
                "<span>(Voir tous ses articles)</span></div>")
    content = extract_html(html)
    assert content.paragraphs == PARAS
    assert content.lead == PARAS[0]


def test_english_byline_with_see_all_articles_is_not_text() -> None:
    html = page("<p class='byline'>Jane Whitaker See all articles by Jane Whitaker</p>")
    assert extract_html(html).paragraphs == PARAS


def test_dateline_with_zone_abbreviations_is_not_text() -> None:
    html = page("<div class='date'><span>Publié le 3 novembre 2026 à 9 h 12 HAE</span> "
                "<span>Mis à jour le 3 novembre 2026 à 11 h 47 HAE</span></div>")
    content = extract_html(html)
    assert content.paragraphs == PARAS
    assert content.lead == PARAS[0]


def test_sentences_ending_like_a_label_stay_prose() -> None:
    assert not author_page_byline("Le ministre a refusé de voir les articles de loi")
    assert not author_page_byline("Marie Curie")
    # A section's link, not an author's (Sky News' "More from UK" moved a capture's run).
    assert not author_page_byline("More from UK")
    assert not author_page_byline("Plus d'articles de Sport")
    assert author_page_byline("Par Jean de La Fontaine, journaliste (Voir ses articles)")


def test_zone_words_only_after_a_time() -> None:
    assert zone_words("à 16 h 05 HNE, puis à 18 h 30 HNE") == 2
    assert zone_words("HNE signifie heure normale de l'Est") == 0


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_author_page_byline_never_fails(text: str) -> None:
    assert author_page_byline(text) in (True, False)
    assert zone_words(text) >= 0


def test_plural_chrome_token_names_a_meta_line() -> None:
    """A container named with a chrome token in the plural ("story-metas") is chrome too:
    its byline and dates stay out of the body (newuser9 R3)."""
    body = "".join(f"<p>Le conseil municipal de Quimper a voté le budget {i}, après un long "
                   "débat sur les écoles, les routes et le port de plaisance.</p>"
                   for i in range(2))
    page = ("<html lang='fr'><body><article><h1>Quimper vote son budget</h1><p>La majorité a "
            "adopté le budget primitif malgré l'opposition, qui dénonce la hausse des taxes.</p>"
            "<div class='story-metas'><span>Par Anne Le Goff et Yves Caroff</span> "
            "<span>Publié le 02/03/2026 à 09:10, mis à jour le 03/03/2026 à 10:00</span></div>"
            f"<div class='story'>{body}</div></article></body></html>")
    content = extract_html(page)
    assert not any("Caroff" in p for p in content.paragraphs)
