"""Findings of newuser17b (X1–X6, X13) on pages written here: other outlets, other words,
the same shapes."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from veille.errors import ExtractionError
from veille.extract.html import extract_html
from veille.extract.not_found import not_found_message

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
TEXT = ["Le conseil municipal a adopté mardi soir un plan de quatre millions d'euros pour "
        "refaire les trottoirs du centre historique avant l'été prochain.",
        "Les travaux commenceront en février par la rue des Tanneurs, la plus abîmée, "
        "selon l'adjoint chargé de la voirie.",
        "Les commerçants demandent que le chantier s'arrête pendant les soldes."]


def paras(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def page(head: str, article: str, lang: str = "fr") -> str:
    return (f"<html lang='{lang}'><head><meta charset='utf-8'>{head}</head><body>"
            "<header><nav><a href='/'>Accueil</a><a href='/sport'>Sport</a></nav></header>"
            f"<main><article>{article}</article></main>"
            "<footer><p>© 2026 L'Écho du Val</p></footer></body></html>")


def ld(**fields: object) -> str:
    return ("<script type='application/ld+json'>"
            + json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", **fields})
            + "</script>")


# X1 -----------------------------------------------------------------------------------

def test_a_not_found_message_under_its_heading_with_one_suggestion_is_recognised() -> None:
    # The shape of the body newuser17b X1 stored: the page's headline kept as paragraph 1,
    # the message, a suggestions label and one card's summary.
    assert not_found_message([
        "Désolé, ce contenu n'est plus disponible.",
        "Le contenu que vous recherchez a été supprimé ou son adresse a changé. Essayez "
        "notre moteur de recherche.",
        "À découvrir aussi",
        "Le gel d'avril et la sécheresse ont réduit les rendements dans tout le vignoble."])
    # A sentence after the message instead of a label: an article's text (guard).
    assert not not_found_message([
        "La page que vous cherchez n'existe plus, a dit le maire en riant.",
        "Le chantier commencera au printemps.", "Il durera trois mois."])


def test_a_not_found_page_with_one_suggestion_card_is_no_article() -> None:  # guard
    html = ("<html lang='fr'><head><title>Erreur 404 | L'Écho du Val</title></head><body>"
            "<main><h1>Désolé, ce contenu n'est plus disponible</h1>"
            "<p>Le contenu que vous recherchez a été supprimé ou son adresse a changé. "
            "Essayez notre moteur de recherche.</p><h2>À découvrir aussi</h2>"
            "<div class='tile'><a href='/a1'><h3>Vendanges : une récolte en baisse de 20 %"
            "</h3></a><p>Le gel d'avril et la sécheresse ont réduit les rendements dans "
            "tout le vignoble.</p><span>30 novembre 2026</span></div></main></body></html>")
    with pytest.raises(ExtractionError) as error:
        extract_html(html, fetched_at=NOW)
    assert "not found" in str(error.value)


def test_an_article_quoting_a_not_found_message_is_kept() -> None:
    # The phrase opens the body, but full paragraphs (no label, much text) follow it.
    article = ("<h1>La mairie perd son site pendant trois jours</h1>" + paras(
        ["« La page que vous cherchez n'existe pas » : c'est ce que lisaient depuis "
         "vendredi les habitants qui voulaient s'inscrire à la cantine.", *TEXT]))
    content = extract_html(page("<title>Site de la mairie en panne</title>", article),
                           fetched_at=NOW)
    assert len(content.paragraphs) == 4


# X5, X6 -------------------------------------------------------------------------------

def test_the_visible_h1_beats_a_live_pages_generic_metadata_headline() -> None:
    h1 = "Rugby : Toulouse renverse le Racing (31-27) dans les arrêts de jeu"
    head = ("<title>Toulouse - Racing : le live - L'Écho du Val</title>"
            + ld(headline="Toulouse - Racing : le live"))
    content = extract_html(page(head, f"<h1>{h1}</h1>" + paras(TEXT)), fetched_at=NOW)
    assert content.title == h1


def test_a_tribunes_quote_marks_are_kept_from_the_h1() -> None:
    h1 = "« Nos villages ne sont pas des musées »"
    head = ("<title>« Nos villages ne sont pas des musées » | L'Écho du Val</title>"
            "<meta name='parsely-title' content='Nos villages ne sont pas des musées'>")
    content = extract_html(page(head, f"<h1>{h1}</h1>" + paras(TEXT)), fetched_at=NOW)
    assert content.title == h1


def test_an_h1_naming_something_else_keeps_the_metadata_headline() -> None:
    head = ("<title>Trottoirs : quatre millions pour le centre</title>"
            + ld(headline="Trottoirs : quatre millions pour le centre"))
    article = "<h1>Les dernières nouvelles en continu</h1>" + paras(TEXT)
    content = extract_html(page(head, article), fetched_at=NOW)
    assert content.title == "Trottoirs : quatre millions pour le centre"


def test_the_same_words_keep_the_fuller_print() -> None:
    # The h1 sets its kicker apart by markup alone: the metadata's separator is kept.
    head = ld(headline="Valence | Les trottoirs refaits avant l'été")
    article = ("<h1><span class='kicker'>Valence</span> Les trottoirs refaits avant l'été</h1>"
               + paras(TEXT))
    content = extract_html(page(head, article), fetched_at=NOW)
    assert content.title == "Valence | Les trottoirs refaits avant l'été"


def test_og_title_loses_the_hosts_name_as_the_title_tag_does() -> None:
    title = "Immobilier : les prix reculent dans les grandes villes"
    head = (f"<title>{title} - Batiactu.com</title>"
            f"<meta property='og:title' content='{title} - Batiactu.com'>"
            "<meta property='og:url' content='https://www.batiactu.com/edito/prix.php'>")
    article = f"<span class='headline'>{title}</span>" + paras(TEXT)
    content = extract_html(page(head, article), fetched_at=NOW)
    assert content.title == title


# X2, X3, X4 ---------------------------------------------------------------------------

EN = ["Flooding has closed the main road between the two towns for the third time this "
      "month, the county council said on Wednesday.",
      "Drivers are being asked to use the bypass while crews clear debris from the bridge.",
      "The council said it would review the drainage scheme next year."]


def test_a_byline_block_glued_by_its_markup_is_no_paragraph() -> None:
    head = ld(headline="Floods close the valley road again",
              author=[{"@type": "Person", "name": "Amira Haddad"},
                      {"@type": "Person", "name": "Tom Kerr"}])
    text = [*EN, "Bus services between the two towns will run on the longer route until "
            "the road reopens, the operator said."]
    blocks = [f"<div data-component='text-block'><p>{p}</p></div>" for p in text]
    article = ("<div data-component='headline-block'><h1>Floods close the valley road again"
               "</h1></div><div data-component='byline-block'><time datetime='2026-12-02T08"
               ":00:00Z'>4 hours ago</time><div><span>Amira Haddad</span><span>Valley Radio, "
               "Hexham</span></div><div><span>Tom Kerr</span><span>Valley Radio, Alston</span>"
               "</div></div>" + blocks[0] + blocks[1] + "<figure><img src='r.jpg' alt=''>"
               "<figcaption>The bridge at Haydon<span>Image source, Valley Radio</span>"
               "</figcaption></figure>" + blocks[2] + blocks[3])
    content = extract_html(page(head, article, lang="en"), fetched_at=NOW)
    assert content.paragraphs == text
    assert content.lead == EN[0]


def test_a_players_label_is_neither_the_lead_nor_a_paragraph() -> None:
    chapo = ("Le prix du pain a augmenté de huit centimes en un an, selon la fédération "
             "des boulangers du département.")
    article = ("<h1>Boulangeries : la baguette passe à 1,20 euro</h1>"
               "<div class='podcast-bar'><button>Play</button><span>Le flash de 7h</span>"
               f"<span>03:05</span></div><p class='intro'>{chapo}</p>"
               "<div class='signature'>Par Lucie Marchal</div>" + paras(TEXT))
    content = extract_html(page("<title>Boulangeries : la baguette passe à 1,20 euro</title>",
                                article), fetched_at=NOW)
    assert content.lead == chapo
    assert content.paragraphs == TEXT


def test_a_standfirst_after_the_headlines_wrapper_is_the_lead() -> None:
    dek = "Residents say the new timetable ignores night workers, and ask for a review"
    article = ("<div class='hl'><h1>Bus cuts anger commuters in the valley</h1></div>"
               f"<div class='dek'><p>{dek}</p></div>"
               "<div><a rel='author' href='/p/jo'>Jo Lane</a><span>Transport</span></div>"
               "<div class='article-body'>" + paras(EN) + "</div>")
    content = extract_html(page("<title>Bus cuts anger commuters in the valley</title>",
                                article, lang="en"), fetched_at=NOW)
    assert content.lead == dek
    assert dek not in content.paragraphs


def test_a_standfirst_under_a_kicker_and_headline_is_the_lead() -> None:
    dek = ("Seit Montag fahren die Straßenbahnen wieder im Zehn-Minuten-Takt. Die "
           "Verkehrsbetriebe hatten wochenlang Personal gesucht.")
    body = ["Die Verkehrsbetriebe haben zwölf neue Fahrerinnen und Fahrer eingestellt, "
            "teilte das Unternehmen am Dienstag mit.",
            "Im Januar sollen weitere Linien folgen, wenn die Ausbildung abgeschlossen ist."]
    head = ("<title>Straßenbahn fährt wieder im Takt</title>"
            + ld(headline="Straßenbahn fährt wieder im Takt"))
    article = ("<header><h2><span class='kicker'>Augsburg</span><span class='sr'>:</span> "
               "<span class='title'>Straßenbahn fährt wieder im Takt</span></h2>"
               f"<p class='summary'>{dek}</p><p class='author'>Von Eva Brandt</p></header>"
               + paras(body))
    content = extract_html(page(head, article, lang="de"), fetched_at=NOW)
    assert content.lead == dek


# X13 ----------------------------------------------------------------------------------

def test_a_dashed_two_digit_year_dateline_is_read_and_leaves_the_body() -> None:
    article = ("<h1>Liège : le marché de Noël ouvre vendredi</h1>"
               "<p class='auteur'>Par Julie Lambert</p>"
               "<p class='date'>Publié le 28-11-26 à 17h40</p>" + paras(TEXT))
    content = extract_html(page("<title>Liège : le marché de Noël ouvre vendredi</title>",
                                article, lang="fr-BE"), fetched_at=NOW)
    brussels = timezone(timedelta(hours=1))
    assert content.published == datetime(2026, 11, 28, 17, 40, tzinfo=brussels)
    assert content.paragraphs == TEXT
