"""Findings of newuser17b (authors, site names, body furniture), each on a page written
here: another outlet, other words, the same shape."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from veille.extract.html import extract_html

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
TEXT = ["La communauté de communes a adopté jeudi un plan de douze millions d'euros pour "
        "rénover les piscines intercommunales d'ici à la fin de l'année 2028.",
        "Les bassins de Vierzon et de Mehun-sur-Yèvre fermeront tour à tour pendant "
        "six mois, le temps de refaire l'étanchéité et le chauffage.",
        "L'opposition a voté pour, tout en regrettant l'absence de bassin nordique."]


def page(body: str, head: str = "", url: str = "https://www.berry-matin.fr/a/piscines") -> str:
    return ("<html lang='fr'><head><title>Piscines : douze millions pour les bassins</title>"
            f"<link rel='canonical' href='{url}'>"
            "<meta property='og:type' content='article'>"
            "<meta property='article:published_time' content='2026-12-02T06:00:00+01:00'>"
            f"{head}</head><body><main><article><h1>Piscines : douze millions pour les "
            f"bassins</h1>{body}</article></main></body></html>")


def paras(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def ld(obj: object) -> str:
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


def test_the_site_signing_under_its_host_name_is_no_author() -> None:
    # X9: "Hespress FR" on fr.hespress.com; here "Berrymatin Info" on www.berrymatin.fr.
    html = page("<div class='entry-meta'><span class='author'>Berrymatin Info</span> "
                "<span>02/12/2026 à 07:10</span></div>" + paras(TEXT),
                url="https://www.berrymatin.fr/a/piscines")
    assert extract_html(html, fetched_at=NOW).authors == []


def test_a_json_ld_author_string_loses_its_credit_word() -> None:
    # X14: "Par Mohamed Chakir Alaoui" as a JSON-LD author string.
    article = {"@context": "https://schema.org", "@type": "NewsArticle",
               "headline": "Piscines : douze millions pour les bassins",
               "author": "Par Ginette Perrichon"}
    content = extract_html(page(paras(TEXT), ld(article)), fetched_at=NOW)
    assert content.authors == ["Ginette Perrichon"]


def test_an_editorial_person_is_no_author() -> None:
    # X14: the Guardian's leaders give a Person named "Editorial".
    article = {"@context": "https://schema.org", "@type": "NewsArticle",
               "headline": "Piscines : douze millions pour les bassins",
               "author": {"@type": "Person", "name": "Editorial"}}
    content = extract_html(page(paras(TEXT), ld(article)), fetched_at=NOW)
    assert content.authors == []


def test_a_publisher_reference_is_resolved_in_the_graph_or_never_shown() -> None:
    # X11: Yoast's @graph, "publisher": {"@id": "https://site/#organization"}.
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": "https://www.berry-matin.fr/a/piscines#article",
         "headline": "Piscines : douze millions pour les bassins",
         "author": {"@id": "https://www.berry-matin.fr/#/schema/person/ab12"},
         "publisher": {"@id": "https://www.berry-matin.fr/#organization"}},
        {"@type": "Organization", "@id": "https://www.berry-matin.fr/#organization",
         "name": "Le Berry Matin"},
        {"@type": "Person", "@id": "https://www.berry-matin.fr/#/schema/person/ab12",
         "name": "Ginette Perrichon"}]}
    content = extract_html(page(paras(TEXT), ld(graph)), fetched_at=NOW)
    assert content.site_name == "Le Berry Matin"
    assert content.authors == ["Ginette Perrichon"]
    # A reference to no node of the page: never the site's name.
    graph["@graph"] = graph["@graph"][:1]
    graph["@graph"][0]["publisher"] = {"@id": "#org"}
    content = extract_html(page(paras(TEXT), ld(graph)), fetched_at=NOW)
    assert content.site_name != "#org" and "#" not in content.site_name


def test_a_bare_name_in_a_css_module_author_element_is_the_author() -> None:
    # X10: Tamedia's <div class="ContentMetaInfo_author">Marc Moulin</div>.
    html = page("<div class='ArticleMeta_author'>Sandrine Vuilleumier</div>" + paras(TEXT))
    assert extract_html(html, fetched_at=NOW).authors == ["Sandrine Vuilleumier"]


def test_a_rel_author_link_beside_a_role_is_the_author() -> None:
    # X10: <div class="dcr-byline"><a rel="author">Name</a><span>Role</span></div>.
    html = page("<div class='story-byline'><a rel='author' href='/profile/pbarnard'>Philippa "
                "Barnard</a><span>Health editor</span></div>" + paras(TEXT),
                "<meta property='article:author' content='https://x.example/profile/pb'>")
    assert extract_html(html, fetched_at=NOW).authors == ["Philippa Barnard"]


def test_a_buying_guide_s_repeated_shop_boxes_are_furniture() -> None:
    # X7: "à partir de 699 €Voir l'offre" under each item of a listicle.
    items = [("Aspirateur Vorta X9 : le plus puissant", "1 049", "Le Vorta X9 aspire les "
              "poils d'animaux sans faiblir et tient une heure sur une charge."),
             ("Aspirateur Lumo 5 : le plus léger", "329", "Le Lumo 5 pèse moins de deux "
              "kilos, ce qui en fait le compagnon idéal des escaliers."),
             ("Aspirateur Brisk S : le meilleur prix", "199", "Le Brisk S fait l'essentiel "
              "pour un prix serré, avec un bac facile à vider.")]
    body = "<p>Nous avons testé une vingtaine d'aspirateurs balais cet automne pour vous " \
           "aider à choisir celui qui convient à votre logement.</p>"
    for head, price, text in items:
        body += (f"<h2>{head}</h2><div class='deal-box'><span class='amount'>dès {price} € "
                 f"chez Darty</span><a class='cta' href='#'>Voir le prix</a></div><p>{text}</p>")
    content = extract_html(page(body), fetched_at=NOW)
    assert not any("€" in p for p in content.paragraphs)
    assert content.paragraphs[-1] == items[-1][2]


def test_end_furniture_pointing_elsewhere_leaves_the_body() -> None:
    # X8: an obituary's notice box, a video's rights line.
    for line in ("Retrouvez tous les avis d'obsèques de la Nièvre sur dansnoscoeurs.fr",
                 "Les résumés du Top 14 sont à revoir en intégralité sur France 2."):
        html = page(paras(TEXT) + f"<div class='box'><p>{line}</p></div>")
        assert extract_html(html, fetched_at=NOW).paragraphs[-1] == TEXT[-1], line


def test_an_outlet_named_tribune_disclaimer_is_a_disclosure() -> None:
    # X8: "Les tribunes publiées par L'Opinion n'engagent que leurs auteurs."
    html = page(paras(TEXT) + "<div class='note'>Les textes publiés par L'Écho du Berry "
                "n'engagent que leurs auteurs.</div>")
    content = extract_html(html, fetched_at=NOW)
    assert content.paragraphs[-1] == TEXT[-1]
    assert content.evidence.get("disclosure") == "opinion"


def test_an_english_appeal_naming_the_outlet_leaves_the_body() -> None:
    # X16: "Support the Guardian from as little as £1."
    text = ["The council voted on Monday to close the last public pool in the town "
            "centre, citing a £2m repair bill it cannot afford.",
            "Swimming clubs said they would have to travel twenty miles to train."]
    html = ("<html lang='en'><head><title>Town's last pool to close</title></head><body>"
            "<article><h1>Town's last pool to close</h1>" + paras(text)
            + "<div class='appeal'><h2>Before you go</h2><p>We have no shareholders and no "
            "billionaire owner. Support the Northern Courier today from just £2.</p></div>"
            "</article></body></html>")
    assert extract_html(html, fetched_at=NOW).paragraphs == text


def test_a_match_report_keeps_its_minutes() -> None:
    # X21: <span class="TimelineItem__minute">88e</span><p>…</p>
    posts = [("90e+2", "Fin du match, Bourges s'impose face à Tours et prend la tête."),
             ("71e", "But de Karim Nedjar, d'une tête sur corner au premier poteau."),
             ("12e", "But de Tours sur penalty, transformé par Lucas Ferrand.")]
    body = paras(TEXT[:1]) + "".join(
        f"<div class='live-item'><span class='live-minute'>{m}</span><p>{t}</p></div>"
        for m, t in posts)
    content = extract_html(page(body), fetched_at=NOW)
    for minute, text in posts:
        assert f"{minute} — {text}" in content.paragraphs


def test_a_cms_login_resolved_from_the_graph_is_no_author() -> None:
    # X11 follow-up: Yoast's Person node is often the WordPress account ("admin").
    for login in ("admin", "redac_42"):
        graph = {"@context": "https://schema.org", "@graph": [
            {"@type": "NewsArticle", "headline": "Piscines : douze millions pour les bassins",
             "author": {"@id": "https://www.berry-matin.fr/#/schema/person/1"}},
            {"@type": "Person", "@id": "https://www.berry-matin.fr/#/schema/person/1",
             "name": login}]}
        assert extract_html(page(paras(TEXT), ld(graph)), fetched_at=NOW).authors == [], login
        inline = {"@context": "https://schema.org", "@type": "NewsArticle",
                  "headline": "Piscines : douze millions pour les bassins",
                  "author": {"@type": "Person", "name": login}}
        assert extract_html(page(paras(TEXT), ld(inline)), fetched_at=NOW).authors == [], login
