"""Held-out findings of newuser15b, each on pages written here (other outlets, other words,
the same shape): a page-level JSON-LD node is not the article (X11), ..."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from veille.errors import ExtractionError
from veille.extract.html import extract_html

NOW = datetime(2026, 12, 2, 5, 0, tzinfo=UTC)
PROSE = ("Les élus de la communauté de communes ont adopté jeudi soir le plan de "
         "circulation du centre-bourg, après deux réunions publiques houleuses et une "
         "pétition signée par plus de huit cents habitants du canton. ")


def ld(*nodes: dict[str, object]) -> str:
    return ("<script type='application/ld+json'>"
            + json.dumps({"@context": "https://schema.org", "@graph": list(nodes)})
            + "</script>")


def test_a_webpage_node_gives_way_to_the_printed_date_and_the_h1() -> None:
    head = ld({"@type": "WebPage", "name": "Vannes : le plan de circulation",
               "datePublished": "2018-03-02T09:00:00+01:00",
               "dateModified": "2026-12-01T17:30:00+01:00"},
              {"@type": "WebSite", "name": "Le Courrier du Morbihan"})
    html = (f"<html lang='fr'><head><title>Le Courrier du Morbihan</title>{head}</head><body>"
            "<main><article><h1>Vannes : le plan de circulation du centre-bourg adopté "
            "malgré la grogne</h1><p class='date'>Publié le 1 déc. 2026 à 16h10</p>"
            + "".join(f"<p>{PROSE}</p>" for _ in range(4)) + "</article></main></body></html>")
    content = extract_html(html, fetched_at=NOW)
    assert content.title.startswith("Vannes : le plan de circulation du centre-bourg adopté")
    assert content.published is not None
    assert content.published.isoformat() == "2026-12-01T16:10:00+01:00"
    assert not content.evidence["published"].startswith("JSON-LD")


def test_a_webpage_node_still_answers_when_nothing_else_does() -> None:
    head = ld({"@type": "WebPage", "name": "Conseil communautaire du 1er décembre",
               "datePublished": "2026-12-01T18:00:00+01:00"})
    html = (f"<html lang='fr'><head>{head}</head><body><main><div>"
            + "".join(f"<p>{PROSE}</p>" for _ in range(4)) + "</div></main></body></html>")
    content = extract_html(html, fetched_at=NOW)
    assert content.title == "Conseil communautaire du 1er décembre"
    assert content.published is not None
    assert content.published.isoformat() == "2026-12-01T18:00:00+01:00"


def test_a_printed_byline_naming_the_meta_author_and_another_wins() -> None:
    html = ("<html lang='fr'><head><title>Lorient : le port de pêche se modernise</title>"
            "<meta name='parsely-author' content='Anne Le Goff'></head><body><main><article>"
            "<h1>Lorient : le port de pêche se modernise</h1>"
            "<div class='byline'>Par Anne Le Goff, à Lorient, et Yannick Moysan</div>"
            + "".join(f"<p>{PROSE}</p>" for _ in range(4)) + "</article></main></body></html>")
    content = extract_html(html, fetched_at=NOW)
    assert content.authors == ["Anne Le Goff", "Yannick Moysan"]


def test_a_meta_author_the_byline_does_not_contain_keeps_its_place() -> None:
    html = ("<html lang='fr'><head><title>Lorient : le port de pêche se modernise</title>"
            "<meta name='parsely-author' content='Anne Le Goff'></head><body><main><article>"
            "<h1>Lorient : le port de pêche se modernise</h1>"
            "<div class='byline'>Par Yannick Moysan et Hélène Quéré</div>"
            + "".join(f"<p>{PROSE}</p>" for _ in range(4)) + "</article></main></body></html>")
    assert extract_html(html, fetched_at=NOW).authors == ["Anne Le Goff"]


def test_a_consent_wall_is_no_article() -> None:
    html = ("<html lang='fr'><head><title>Quimper : la halle rouvre - Le Courrier</title></head>"
            "<body><div class='cmp'><h1>Nous respectons vos choix</h1>"
            "<p>Le Courrier et ses 610 partenaires utilisent des traceurs pour mesurer "
            "l'audience et vous proposer des publicités ciblées, à partir de données "
            "personnelles comme votre adresse IP.</p><p>Vous pouvez donner votre consentement "
            "ou le refuser, et modifier vos préférences à tout moment.</p>"
            "<button>Tout accepter</button><button>Refuser</button></div></body></html>")
    with pytest.raises(ExtractionError) as raised:
        extract_html(html, fetched_at=NOW)
    assert "consent wall" in raised.value.one_line()


def test_a_login_page_is_no_article() -> None:
    html = ("<html lang='fr'><head><title>Identifiez-vous - La Lettre du Port</title></head>"
            "<body><main><h1>Identifiez-vous sur votre espace</h1><p>Pour lire la suite de ce "
            "reportage, vous devez être abonné à La Lettre du Port. Déjà abonné ? Entrez votre "
            "courriel et votre mot de passe ci-dessous pour poursuivre la lecture.</p><form>"
            "<label>Courriel<input type='email'></label><label>Mot de passe<input "
            "type='password'></label><button>Valider</button><a>Mot de passe perdu ?</a>"
            "</form><p>Pas encore abonné ? La Lettre du Port est un journal indépendant, "
            "financé par ses seuls lecteurs. Abonnez-vous dès 6 euros par mois et lisez tous "
            "nos dossiers.</p></main></body></html>")
    with pytest.raises(ExtractionError) as raised:
        extract_html(html, fetched_at=NOW)
    assert "login form" in raised.value.one_line()


def test_a_brief_about_cookies_is_an_article() -> None:
    html = ("<html lang='fr'><head><title>La Cnil sanctionne un site de rencontres</title>"
            "</head><body><main><article><h1>La Cnil sanctionne un site de rencontres</h1>"
            "<p>La Commission nationale de l'informatique et des libertés a infligé jeudi une "
            "amende de 2 millions d'euros à un site de rencontres qui déposait des cookies "
            "sans recueillir le consentement de ses membres.</p><p>L'entreprise a deux mois "
            "pour se mettre en conformité, a précisé l'autorité dans un communiqué.</p>"
            "</article></main></body></html>")
    assert extract_html(html, fetched_at=NOW).title.startswith("La Cnil")


def test_a_front_whose_top_card_has_a_summary_is_a_listing() -> None:
    cards = "".join(f"<li><a href='/actu/{i}'><h3>{town} : le marché de Noël ouvre samedi"
                    f"</h3></a><span>Il y a {i + 2} h</span></li>"
                    for i, town in enumerate(("Brest", "Morlaix", "Landerneau", "Carhaix",
                                              "Quimperlé")))
    html = ("<html lang='fr'><head><title>Finistère : l'actualité - Le Courrier</title>"
            "<meta property='og:type' content='website'></head><body><main>"
            "<section class='top'><div class='card'><a href='/actu/top'><h2>Tempête : des "
            "milliers de foyers privés d'électricité dans le Finistère</h2></a>"
            f"<p>{PROSE}{PROSE}</p><span>Il y a 1 h</span></div></section>"
            f"<section><h2>Dernières infos</h2><ul>{cards}</ul></section></main></body></html>")
    with pytest.raises(ExtractionError) as raised:
        extract_html(html, fetched_at=NOW)
    assert raised.value.reason == "listing"


def test_the_next_article_of_an_infinite_scroll_is_left_out() -> None:
    def story(title: str, author: str, texts: list[str]) -> str:
        return (f"<article class='story'><h1>{title}</h1><p class='author'>Par {author}</p>"
                "<div class='story-body'>" + "".join(f"<p>{t}</p>" for t in texts)
                + "</div></article>")
    first = story("Rennes : la ligne b du métro prolongée jusqu'à Cesson", "Lucie Morvan",
                  [PROSE, "Le chantier doit durer quatre ans et coûter près de 600 millions "
                   "d'euros, financés par la métropole et l'État.",
                   "Les riverains seront consultés au printemps sur le tracé définitif."])
    second = story("Saint-Malo : le port de plaisance agrandi", "Erwan Guillou",
                   ["Cent quarante nouveaux anneaux seront créés d'ici à 2029 dans le bassin "
                    "Duguay-Trouin, a annoncé mercredi la communauté d'agglomération."])
    html = ("<html lang='fr'><head><title>Rennes : la ligne b du métro prolongée</title></head>"
            f"<body><div id='scroller'>{first}<div class='next'>À suivre</div>{second}</div>"
            "</body></html>")
    content = extract_html(html, fetched_at=NOW)
    assert not any("Saint-Malo" in p or "anneaux" in p for p in content.paragraphs)
    assert content.paragraphs[-1].startswith("Les riverains")
    assert "Saint-Malo" in content.evidence["other_article"]


def test_a_translation_note_is_a_disclosure_and_the_chapo_div_stays_the_lead() -> None:
    html = ("<html lang='fr'><head><title>En Patagonie, les glaciers reculent</title></head>"
            "<body><article><h1>En Patagonie, les glaciers reculent plus vite que prévu</h1>"
            "<div class='story-chapo'>À El Chaltén, les guides de montagne voient fondre en "
            "une saison ce qui mettait autrefois dix ans à disparaître.</div>"
            "<div class='story-byline'>Par Ana Rivas (El País)</div>"
            "<div class='story-body'><p><em>Ce texte est une traduction d'un reportage publié "
            "par « El País » le 27 novembre 2026.</em></p>"
            f"<p>{PROSE}</p><p>{PROSE}</p></div></article></body></html>")
    content = extract_html(html, fetched_at=NOW)
    assert content.lead.startswith("À El Chaltén")
    assert not any("traduction" in p for p in content.paragraphs)
    assert content.evidence["disclosure"] == "republished"


def test_short_data_lines_with_a_furniture_word_are_kept() -> None:
    figures = ("<ul class='chiffres'><li>Abonnés : 1,2 million</li>"
               "<li>Téléchargements : 3 millions</li><li>Partage des voix : 52 %</li>"
               "<li>Inscrits : 41 730</li></ul>")
    html = ("<html lang='fr'><head><title>Le podcast de la radio locale bat ses records</title>"
            "</head><body><main><article><h1>Le podcast de la radio locale bat ses records</h1>"
            f"<p>{PROSE}</p>{figures}<p>{PROSE}</p><div class='share'>Partager</div>"
            "</article></main></body></html>")
    paragraphs = extract_html(html, fetched_at=NOW).paragraphs
    for line in ("Abonnés : 1,2 million", "Téléchargements : 3 millions",
                 "Partage des voix : 52 %", "Inscrits : 41 730"):
        assert line in paragraphs
    assert "Partager" not in paragraphs


def test_a_tip_box_or_a_donation_appeal_closing_the_body_is_furniture() -> None:
    boxes = ("<div class='tip'>T'as vu quelque chose ? Écris-nous sur WhatsApp au "
             "+41 79 000 00 00 ou par mail à redaction@lematin-exemple.ch.</div>",
             "<p>Le Courrier des Alpes est un journal indépendant, financé par ses lecteurs. "
             "Soutenez-nous : faites un don, même modeste.</p>")
    for box in boxes:
        html = ("<html lang='fr'><head><title>Le col du Lautaret rouvert</title></head>"
                "<body><main><article><h1>Le col du Lautaret rouvert</h1>"
                f"<p>{PROSE}</p><p>La route restera fermée la nuit jusqu'à nouvel ordre.</p>"
                f"{box}</article></main></body></html>")
        paragraphs = extract_html(html, fetched_at=NOW).paragraphs
        assert paragraphs[-1] == "La route restera fermée la nuit jusqu'à nouvel ordre.", box
