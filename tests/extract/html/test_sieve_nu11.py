"""What a page prints inside or after the article that is not its text (newuser11, on
outlets veille had not seen): a metered paywall (T18), a pull quote (T19), a picture's box
without ``<figure>`` (T20), a poll whose answers are a list (T16), a newsroom's closing
lines, a meta line of byline and dateline, a newsletter box (T6). Own pages."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from veille.extract.html import extract_html
from veille.extract.text_capture import extract_text_capture

NOW = datetime(2026, 12, 1, 16, 0, tzinfo=UTC)
P1 = ("Le conseil communal de Namur a adopté lundi soir un budget en hausse pour les écoles, "
      "avec deux nouvelles classes prévues à la rentrée prochaine dans le quartier de Salzinnes.")
P2 = ("L'opposition a voté contre, en dénonçant un endettement qu'elle juge excessif pour une "
      "ville de cette taille, selon le compte rendu publié mardi par l'administration.")
P3 = ("Les travaux de la place d'Armes commenceront au printemps et dureront un an, a précisé "
      "l'échevine des travaux publics devant les conseillers communaux.")


def page(inner: str) -> str:
    return ("<html lang='fr'><head><title>Budget</title><meta property='og:type' "
            "content='article'></head><body><article><h1>Namur vote son budget</h1>"
            f"<div class='texte'>{inner}</div></article><footer>© Le Quotidien</footer>"
            "</body></html>")


def paragraphs(inner: str) -> list[str]:
    return extract_html(page(inner), fetched_at=NOW).paragraphs


@pytest.mark.parametrize("notice", [
    "<p>Vous avez atteint la limite d’articles gratuits ce mois-ci.</p>"
    "<p>Abonnez-vous pour continuer à lire.</p>",
    "<p>La lecture des articles est réservée aux abonné·es.</p><p>Déjà abonné ? Se connecter</p>",
    "<p>Pour poursuivre votre lecture, abonnez-vous.</p>",
    # verify11a V6: other words of a wall
    "<div class='abo'><p>Cet article est exclusivement accessible à nos abonnés numériques."
    "</p><p>Découvrez nos offres.</p></div>",
    "<p>Ce contenu est réservé à nos membres. Rejoignez-nous.</p>",
])
def test_a_paywall_notice_marks_the_article_truncated(notice: str) -> None:
    content = extract_html(page(f"<p>{P1}</p><p>{P2}</p>{notice}"), fetched_at=NOW)
    assert content.truncated
    assert content.paragraphs[-1] == P2


def test_a_capture_ending_on_a_metered_wall_is_truncated() -> None:
    text = ("Le Quotidien\nSe connecter\nNamur vote son budget\nPublié le 01/12/2026 à 10:15\n"
            f"{P1}\n{P2}\nVous avez atteint la limite d’articles gratuits ce mois-ci.\n"
            "Abonnez-vous\n© Le Quotidien 2026\n")
    result = extract_text_capture(text, fetched_at=NOW)
    assert result.truncated and result.paragraphs[-1] == P2


def test_a_pull_quote_is_not_a_paragraph() -> None:
    quote = "<blockquote class='pullquote'><p>Deux nouvelles classes à la rentrée.</p></blockquote>"
    assert paragraphs(f"<p>{P1}</p>{quote}<p>{P2}</p>") == [P1, P2]
    assert paragraphs(f"<p>{P1}</p><p class='exergue'>Un endettement excessif.</p><p>{P2}</p>"
                      ) == [P1, P2]


def test_a_pictures_box_without_figure_is_a_caption() -> None:
    box = ("<div class='image'><img src='a.jpg'><p>La place d'Armes, en septembre 2026. "
           "[Belga - Nicolas Maeterlinck]</p></div>"
           "<div class='media'><img src='b.jpg'><span class='legende'>L'hôtel de ville de "
           "Namur.</span><span class='copyright'>Belga</span></div>")
    assert paragraphs(f"<p>{P1}</p>{box}<p>{P2}</p><p>{P3}</p>") == [P1, P2, P3]


def test_a_poll_with_its_answers_in_a_list_is_dropped() -> None:
    poll = ("<div class='sondage'><p>Êtes-vous favorable à ce budget ?</p><ul><li>Oui</li>"
            "<li>Non</li><li>Sans avis</li></ul><button>Voter</button></div>")
    assert paragraphs(f"<p>{P1}</p><p>{P2}</p>{poll}") == [P1, P2]


@pytest.mark.parametrize("closing", [
    "<p>Des commentaires ? Écrivez à Paul Martin : pmartin@exemple.be.</p>",
    "<p>Vous avez une info ? Écrivez-nous à info@exemple.be ou appelez-nous au 081 24 24 24.</p>",
    "<p>Avec les informations de Julie Lambert</p>",
    "<p>À voir également sur Le Quotidien :</p>",
    # verify11a V12
    "<p>Vous avez été témoin d’un accident ? Envoyez-nous vos photos via notre formulaire.</p>",
    "<p>Une erreur, une remarque ? Signalez-la à la rédaction.</p>",
    "<p>Suivez toute l’actualité de Namur sur notre page Facebook.</p>",
])
def test_a_newsrooms_closing_line_is_not_a_paragraph(closing: str) -> None:
    assert paragraphs(f"<p>{P1}</p><p>{P2}</p>{closing}") == [P1, P2]


def test_an_address_inside_the_article_stays() -> None:
    mid = "<p>Les habitants peuvent écrire à budget@namur.be jusqu'au 15 décembre.</p>"
    assert len(paragraphs(f"<p>{P1}</p>{mid}<p>{P2}</p>")) == 3


def test_a_meta_line_and_a_newsletter_box_are_not_paragraphs() -> None:
    meta = ("<p class='infos'>Par Léonie Hardy Publié le 01/12/2026 à 08:12, mis à jour le "
            "01/12/2026 à 16:05</p>")
    box = ("<div class='inread'><p>Vous souhaitez recevoir notre newsletter Namur ? "
           "Inscrivez-vous gratuitement.</p></div>")
    assert paragraphs(f"{meta}<p>{P1}</p><p>{P2}</p>{box}<p>{P3}</p>") == [P1, P2, P3]


def test_a_way_back_to_the_home_page_is_no_paywall() -> None:
    # verify11a V13: "pour poursuivre votre lecture" without a subscription word.
    back = "<p>Retournez à la page d’accueil pour poursuivre votre lecture.</p>"
    content = extract_html(page(f"<p>{P1}</p><p>{P2}</p>{back}"), fetched_at=NOW)
    assert not content.truncated


def test_a_middle_dot_between_name_and_outlet_is_no_part_of_the_name() -> None:
    # verify11a V7: "Jessica Tremblay · CBC News" gave the author "Jessica Tremblay ·".
    html = ("<html lang='fr'><head><title>Budget</title><meta property='og:site_name' "
            "content='Le Quotidien'></head><body><article>"
            "<h1>Namur vote son budget</h1><div class='byline'>Léonie Hardy · Le Quotidien"
            f"</div><p>{P1}</p><p>{P2}</p></article></body></html>")
    assert extract_html(html, fetched_at=NOW).authors == ["Léonie Hardy"]


@pytest.mark.parametrize("line", [
    "Publié le 05/03/2026 à 10:15 par <a href='/author/l-hardy/'>Léonie Hardy</a>",
    "Le 05/03/2026 à 10h15 - Par Léonie Hardy",
])
def test_a_byline_after_the_date_of_a_meta_line_is_read(line: str) -> None:
    # verify11a V15: WordPress's "Posted on … by …" order.
    html = ("<html lang='fr'><head><title>Budget</title></head><body><article>"
            f"<h1>Namur vote son budget</h1><div class='entry-meta'>{line}</div>"
            f"<p>{P1}</p><p>{P2}</p></article></body></html>")
    content = extract_html(html, fetched_at=NOW)
    assert content.authors == ["Léonie Hardy"]
    assert content.published is not None and content.published.day == 5


@pytest.mark.parametrize(("closing", "credit"), [
    ("Avec AFP", "AFP"), ("(ats)", "ATS"), ("AFP/Belga", "AFP, Belga"), ("(Avec AFP)", "AFP")])
def test_a_closing_credit_line_credits_its_agency(closing: str, credit: str) -> None:
    # verify11a V20: the line left the body, its credit was lost.
    content = extract_html(page(f"<p>{P1}</p><p>{P2}</p><p class='signature'>{closing}</p>"),
                           fetched_at=NOW)
    assert content.evidence.get("credit") == credit
    assert content.paragraphs == [P1, P2]
