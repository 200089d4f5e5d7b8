"""Findings of verify16 and newuser15b left open after X15/X11/X2, each on pages written
here (other outlets, other words, the same shape)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from veille.extract.html import extract_html

NOW = datetime(2026, 12, 2, 5, 0, tzinfo=UTC)
FIRST = ["Le conseil départemental a voté lundi une enveloppe de douze millions d'euros "
         "pour rénover les collèges du nord du département d'ici à la rentrée 2028.",
         "Les travaux commenceront par l'isolation des bâtiments les plus anciens, "
         "construits dans les années 1970 et jamais rénovés depuis.",
         "L'opposition a voté contre, jugeant le calendrier trop lent pour les élèves."]
SECOND = ["Le parquet a ouvert une enquête après l'effondrement d'un mur de soutènement "
          "sur la route départementale, dimanche soir, qui n'a fait aucun blessé.",
          "La route restera fermée au moins trois semaines, le temps des expertises."]
HEAD = ("<html lang='fr'><head><title>Collèges : douze millions pour la rénovation</title>"
        "<meta property='og:type' content='article'>"
        "<meta property='article:published_time' content='2026-12-01T18:00:00+01:00'>"
        "</head><body><header><a href='/'>La Voix du Centre</a></header>")


def paras(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def test_a_next_article_under_an_h2_in_a_div_is_left_out() -> None:
    # verify16 Z2: the next story's headline is an <h2>, its box a <section> in a <div>.
    html = (HEAD + "<main><section class='story'><h1>Collèges : douze millions pour la "
            "rénovation</h1><div class='signature'>Par Odile Berthier</div>" + paras(FIRST)
            + "</section><div class='scroll-next'><section class='story'><h2>Effondrement "
            "d'un mur : la départementale fermée</h2><span class='pub-date'>Lundi 30 novembre "
            "2026</span>" + paras(SECOND) + "</section></div></main></body></html>")
    content = extract_html(html, fetched_at=NOW)
    assert content.paragraphs == FIRST
    assert "Effondrement d'un mur" in content.evidence["other_article"]


def test_two_div_boxes_each_with_a_headline_and_a_byline_are_two_articles() -> None:
    html = (HEAD + "<main><div class='item' data-n='1'><h1>Collèges : douze millions pour la "
            "rénovation</h1><p>Par Odile Berthier</p>" + paras(FIRST) + "</div>"
            "<div class='item' data-n='2'><h1>Effondrement d'un mur : la départementale "
            "fermée</h1><p>Par Hugo Mercier</p>" + paras(SECOND) + "</div></main></body></html>")
    content = extract_html(html, fetched_at=NOW)
    assert content.paragraphs == FIRST
    assert content.authors == ["Odile Berthier"]


def test_sub_heads_and_a_live_blogs_posts_stay_in_the_article() -> None:
    posts = "".join(f"<div class='post'><h2>Point de situation numéro {i}</h2><time "
                    f"datetime='2026-12-01T1{i}:00:00+01:00'>1{i}h00</time><p>{t}</p></div>"
                    for i, t in enumerate(FIRST + SECOND))
    html = (HEAD + "<main><article><h1>Collèges : douze millions pour la rénovation</h1>"
            + posts + "</article></main></body></html>")
    content = extract_html(html, fetched_at=NOW)
    assert [p for p in content.paragraphs if p in FIRST + SECOND] == FIRST + SECOND
    assert "other_article" not in content.evidence


def test_the_article_nested_in_a_webpages_main_entity_is_the_article() -> None:
    # verify16 Z10: the WebPage's own (template) date lost to the nested NewsArticle's.
    data = {"@context": "https://schema.org", "@graph": [{
        "@type": "WebPage", "name": "Article", "datePublished": "2016-05-04T00:00:00+02:00",
        "mainEntity": {"@type": "NewsArticle",
                       "headline": "Collèges : douze millions pour la rénovation",
                       "datePublished": "2026-12-01T07:45:00+01:00",
                       "author": [{"@type": "Person", "name": "Odile Berthier"}]}}]}
    html = ("<html lang='fr'><head><script type='application/ld+json'>" + json.dumps(data)
            + "</script></head><body><main><div><h1>Collèges : douze millions pour la "
            "rénovation</h1>" + paras(FIRST) + "</div></main></body></html>")
    content = extract_html(html, fetched_at=NOW)
    assert content.published is not None
    assert content.published.isoformat() == "2026-12-01T07:45:00+01:00"
    assert content.authors == ["Odile Berthier"]


@pytest.mark.parametrize("rail", ["aside", "section"])
def test_a_teaser_article_in_a_rail_before_the_article_keeps_the_byline(rail: str) -> None:
    # newuser15b X12: the rail's <article> was taken for the page's, its byline unread.
    html = (HEAD + f"<div class='une-rail'><{rail}><article class='card'><a href='/x'><h3>"
            "Vierzon : la piscine rouvre en janvier</h3></a><time datetime='2026-11-29'>"
            "29/11</time></article><article class='card'><a href='/y'><h3>Bourges : un "
            f"nouveau parking relais</h3></a></article></{rail}></div>"
            "<article class='main-story'><h1>Collèges : douze millions pour la "
            "rénovation</h1><p class='story-author'>Par Odile Berthier</p>"
            + paras(FIRST) + "</article></body></html>")
    content = extract_html(html, fetched_at=NOW)
    assert content.authors == ["Odile Berthier"]
    assert content.paragraphs == FIRST


def test_a_translation_note_without_cet_article_and_a_chapo_above_the_byline() -> None:
    # verify16 Z6: "Article paru à l'origine dans …" stayed body; the chapô printed above
    # the byline was the lead and the body's first paragraph.
    chapo = ("À Hambourg, les armateurs parient sur le méthanol pour verdir leurs porte-"
             "conteneurs, sans garantie d'approvisionnement.")
    html = ("<html lang='fr'><head><title>Hambourg mise sur le méthanol</title></head><body>"
            "<main><article><h1>Hambourg mise sur le méthanol</h1>"
            f"<p class='dek'>{chapo}</p><div class='auteur'>Par Lena Vogt, Die Zeit "
            "(Hambourg)</div><p class='info'><em>Texte paru initialement dans Die Zeit le 20 "
            "novembre 2026. Traduit de l'allemand par Marc Lefèvre.</em></p>"
            + paras(FIRST) + "</article></main></body></html>")
    content = extract_html(html, fetched_at=NOW)
    assert content.lead == chapo
    assert content.paragraphs == FIRST
    assert content.evidence["disclosure"] == "republished"


@pytest.mark.parametrize("label", ["Créé le", "Crée le", "Cree le"])
def test_a_bare_name_before_a_creation_date_on_the_meta_line(label: str) -> None:
    # newuser15b X8: "Name | Crée le …": no author, and the misspelt label lost the time.
    html = ("<html lang='fr'><head><title>Collèges : douze millions pour la rénovation"
            "</title><meta name='DC.date.issued' content='2026-12-01'></head><body><main>"
            "<article><h1>Collèges : douze millions pour la rénovation</h1>"
            f"<div class='meta'>Julien Morel | {label} 01.12.2026 à 17h20</div>"
            + paras(FIRST) + "</article></main></body></html>")
    content = extract_html(html, fetched_at=NOW)
    assert content.authors == ["Julien Morel"]
    assert content.published is not None
    assert content.published.isoformat() == "2026-12-01T17:20:00+01:00"


def test_the_verb_cree_inside_a_sentence_labels_no_date() -> None:
    from veille.extract.dates import date_label
    assert date_label("Le département crée le ") == ""
    assert date_label("Julien Morel | Crée le ") == "published"


def test_a_fact_checks_verdict_is_kept_in_the_evidence() -> None:
    # newuser15b X16: the ClaimReview's rating and the printed verdict were nowhere.
    review = {"@context": "https://schema.org", "@type": "ClaimReview",
              "claimReviewed": "Les collèges du département sont les plus vétustes de France",
              "reviewRating": {"@type": "Rating", "alternateName": "Exagéré"}}
    html = ("<html lang='fr'><head><script type='application/ld+json'>" + json.dumps(review)
            + "</script></head><body><main><article><h1>Les collèges du département sont-"
            "ils les plus vétustes de France ?</h1>" + paras(FIRST) + "</article></main>"
            "</body></html>")
    assert extract_html(html, fetched_at=NOW).evidence["verdict"] == "Exagéré"
    printed = html.replace(json.dumps(review), "{}").replace(
        "<article>", "<article><div class='fc-verdict'><b>Verdict :</b> TROMPEUR</div>")
    assert extract_html(printed, fetched_at=NOW).evidence["verdict"] == "TROMPEUR"
