"""What a page prints inside the article that is not its text, in markup the earlier rules
did not know (verify11a, on outlets veille had not seen): a pull quote repeating a sentence
(V4, V17), a poll of radio buttons (V5), an italic caption under an inline picture (V17), a
glued "Sur le même sujet" insert (V18), a caption ending with a credit in capitals (T20), a
"page not found" page without suggestions (V13). Own pages: other outlets, other words."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from veille.errors import ExtractionError
from veille.extract.bylines import split_byline
from veille.extract.html import extract_html

NOW = datetime(2026, 12, 1, 16, 0, tzinfo=UTC)
P1 = ("La commune de Sion a présenté lundi son plan de rénovation des piscines couvertes, "
      "qui prévoit la fermeture du bassin de l'Ancien-Stand pendant dix-huit mois dès l'été.")
P2 = ("« Nous ne pouvons plus repousser ces travaux, les installations datent de 1974 », a "
      "déclaré la conseillère municipale chargée des sports devant la presse réunie à l'Hôtel "
      "de Ville.")
P3 = ("Le chantier coûtera 24 millions de francs, dont un tiers à la charge du canton. Les "
      "clubs de natation s'entraîneront à Sierre et à Martigny pendant la fermeture.")


def page(inner: str, *, head: str = "<meta property='og:type' content='article'>") -> str:
    return ("<html lang='fr-CH'><head><title>Piscines de Sion</title>"
            f"{head}</head><body><header><a href='/'>Le Valaisan</a></header><main>"
            "<h1>Sion ferme sa piscine de l'Ancien-Stand pour dix-huit mois</h1>"
            f"<div class='corps'>{inner}</div></main><footer>© Le Valaisan</footer>"
            "</body></html>")


def paragraphs(inner: str) -> list[str]:
    return extract_html(page(inner), fetched_at=NOW).paragraphs


@pytest.mark.parametrize("quote", [
    # verify11a V4: a figure holding the quote and who said it
    "<figure class='citation'><blockquote>« Nous ne pouvons plus repousser ces travaux, les "
    "installations datent de 1974 »</blockquote><figcaption>La conseillère municipale"
    "</figcaption></figure>",
    # verify11a V17: a box with a <q>, a few words left out
    "<div class='encadre-phrase'><q>Nous ne pouvons plus repousser ces travaux, les "
    "installations datent</q></div>",
    "<aside><p>« Les installations datent de 1974 », déclare la conseillère municipale "
    "chargée des sports</p></aside>",
])
def test_a_pull_quote_repeating_a_sentence_is_dropped(quote: str) -> None:
    got = paragraphs(f"<p>{P1}</p><p>{P2}</p>{quote}<p>{P3}</p>")
    assert got == [P1, P2, P3]


def test_a_quotation_of_its_own_stays() -> None:
    quote = ("<blockquote><p>Ce projet est une chance pour les nageurs de toute la région, "
             "qui attendaient un bassin olympique depuis longtemps.</p></blockquote>")
    got = paragraphs(f"<p>{P1}</p><p>{P2}</p>{quote}<p>{P3}</p>")
    assert len(got) == 4


@pytest.mark.parametrize("poll", [
    "<div class='sondage-box'><h4>Votre avis</h4><p>Irez-vous nager à Sierre pendant les "
    "travaux ?</p><label><input type='radio' name='q'>Oui</label><label><input type='radio' "
    "name='q'>Non, trop loin</label><label><input type='radio' name='q'>Je ne sais pas"
    "</label><button>Envoyer</button></div>",
    "<form><p>Le prix de l'entrée doit-il baisser ?</p><input type='radio' name='r' id='a'>"
    "<label for='a'>Oui</label><input type='radio' name='r' id='b'><label for='b'>Non</label>"
    "<input type='submit' value='Voter'></form>",
])
def test_a_poll_of_radio_buttons_is_dropped(poll: str) -> None:
    got = paragraphs(f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>{poll}")
    assert got == [P1, P2, P3]


def test_an_italic_caption_under_an_inline_picture_is_dropped() -> None:
    inner = (f"<p>{P1}</p><p><img src='bassin.jpg' alt=''><br><i>Le bassin de l'Ancien-Stand, "
             f"vide depuis la fin de la saison.</i></p><p>{P2}</p><p>{P3}</p>")
    assert paragraphs(inner) == [P1, P2, P3]


def test_an_italic_sentence_without_a_picture_stays() -> None:
    inner = f"<p>{P1}</p><p><em>Les horaires d'ouverture changent dès lundi.</em></p><p>{P2}</p>"
    assert len(paragraphs(inner)) == 3


@pytest.mark.parametrize("insert", [
    "Sur le même sujetNatation : le club de Sion qualifié pour les championnats",
    "Notre dossierPiscines : les communes face à la facture énergétique",
    "À découvrir : les bassins en plein air du Valais central",
])
def test_a_glued_insert_label_and_headline_is_dropped(insert: str) -> None:
    got = paragraphs(f"<p>{P1}</p><p>{insert}</p><p>{P2}</p><p>{P3}</p>")
    assert got == [P1, P2, P3]


@pytest.mark.parametrize("caption", [
    "Des nageurs à l'entraînement dans le bassin de l'Ancien-Stand, lundi. PHOTO SOPHIE "
    "BERCLAZ, LE VALAISAN",
    "La piscine lors de son inauguration en 1974. PHOTO FOURNIE PAR LA COMMUNE DE SION",
])
def test_a_caption_ending_with_a_credit_in_capitals_is_dropped(caption: str) -> None:
    got = paragraphs(f"<p>{P1}</p><p>{caption}</p><p>{P2}</p><p>{P3}</p>")
    assert got == [P1, P2, P3]


def test_a_sentence_ending_with_an_acronym_stays() -> None:
    text = "La fédération suisse de natation a salué la décision dans un communiqué de la FSN."
    assert len(paragraphs(f"<p>{P1}</p><p>{text}</p><p>{P2}</p>")) == 3


@pytest.mark.parametrize("head", ["<meta name='robots' content='noindex'>", ""])
def test_a_not_found_page_without_suggestions_is_no_article(head: str) -> None:
    html = ("<html lang='fr'><head><title>Erreur 404 - La Gazette</title>"
            f"{head}</head><body><main><h1>Désolés, cet article n’existe plus</h1>"
            "<p>L’article que vous recherchez a peut-être été déplacé, ou son adresse "
            "contient une erreur. Utilisez notre moteur de recherche pour le retrouver.</p>"
            "<p>Vous pouvez aussi revenir à la une pour continuer votre lecture.</p>"
            "</main></body></html>")
    with pytest.raises(ExtractionError) as caught:
        extract_html(html, fetched_at=NOW)
    assert caught.value.reason == "no-text"


def test_a_brief_about_a_missing_web_page_stays() -> None:
    inner = ("<p>La page Facebook de la piscine municipale est introuvable depuis lundi : "
             "la commune dit avoir été victime d'un piratage.</p>")
    assert len(paragraphs(inner)) == 1


def byline_page(byline: str) -> str:
    return ("<html lang='fr-CH'><head><title>Piscines de Sion</title></head><body><main>"
            "<article><h1>Sion ferme sa piscine de l'Ancien-Stand pour dix-huit mois</h1>"
            f"<div class='signature'>{byline}</div><p>{P1}</p><p>{P2}</p><p>{P3}</p>"
            "</article></main></body></html>")


@pytest.mark.parametrize(("byline", "credit"), [
    # verify11a V19: an agency and the publication joined by a slash
    ("ATS/Le Valaisan", "ATS"),
    ("Keystone-ATS / Le Nouvelliste", "Keystone-ATS"),
    ("Le Valaisan/ATS", "ATS"),
])
def test_an_agency_and_a_publication_joined_by_a_slash_credit_the_agency(
        byline: str, credit: str) -> None:
    content = extract_html(byline_page(byline), fetched_at=NOW)
    assert content.authors == []
    assert content.evidence.get("credit") == credit


@pytest.mark.parametrize("byline", [
    "Nadia Fournier<br>Journaliste",  # verify11a V15: a job title on the line under it
    "Nadia Fournier<br>Correspondante à Genève",
    "Nadia Fournier<br>Rédactrice en chef adjointe",
])
def test_a_job_title_under_the_name_in_a_byline_element_is_no_part_of_it(byline: str) -> None:
    assert extract_html(byline_page(byline), fetched_at=NOW).authors == ["Nadia Fournier"]


def test_two_names_on_two_lines_of_a_byline_element_stay() -> None:
    content = extract_html(byline_page("Nadia Fournier<br>et Marc Rey"), fetched_at=NOW)
    assert content.authors == ["Nadia Fournier", "Marc Rey"]


def test_a_live_blogs_post_titles_linking_to_their_own_anchor_stay() -> None:
    posts = "".join(
        f"<div class='entree'><span class='heure'>{hour}</span><h2><a href='#e-{hour}'>"
        f"{title}</a></h2><p>{text}</p></div>"
        for hour, title, text in (("18h05", "Le bassin rouvrira en 2028", P1),
                                  ("17h40", "La conseillère défend le calendrier", P2),
                                  ("16h15", "Un tiers payé par le canton", P3)))
    html = ("<html lang='fr-CH'><head><title>En direct : piscines de Sion</title></head>"
            "<body><main><h1>En direct : Sion ferme sa piscine de l'Ancien-Stand</h1>"
            f"<div class='fil'>{posts}</div></main></body></html>")
    got = extract_html(html, fetched_at=NOW).paragraphs
    # each post keeps its time and title with its text, as captures' posts do (r-extract53)
    assert got == [f"18h05 — Le bassin rouvrira en 2028 — {P1}",
                   f"17h40 — La conseillère défend le calendrier — {P2}",
                   f"16h15 — Un tiers payé par le canton — {P3}"]


def test_headings_linking_to_other_pages_stay_navigation() -> None:
    cards = "".join(f"<h3><a href='/sport/{i}.html'>Le FC Sion gagne son match numéro {i}</a>"
                    "</h3>" for i in range(3))
    got = paragraphs(f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>{cards}")
    assert got == [P1, P2, P3]


@pytest.mark.parametrize(("byline", "people"), [
    # A capitalised "En", "And", "Y" begins a surname, not a second name (the property of
    # tests/extract/test_byline_place.py, which found "Aaa And in Aaa").
    ("Yves En à Lyon", ["Yves En"]),
    ("Par Léa Roy ET Marc Blanc", ["Léa Roy", "Marc Blanc"]),
    ("By MARIA GONZALEZ AND JOHN SMITH", ["Maria Gonzalez", "John Smith"]),
])
def test_conjunctions_split_a_byline_in_lower_case_or_capitals_only(
        byline: str, people: list[str]) -> None:
    assert split_byline(byline)[0] == people
