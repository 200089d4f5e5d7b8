"""The "page not found" rule on whole pages (verify18b V3, V5): an English error page whose
apology is its headline, over two "popular" cards, is no article; a dated article whose
first paragraph quotes an error message is one. Own pages, other wording than the
tester's."""

from __future__ import annotations

import pytest

from veille.errors import ExtractionError
from veille.extract.html import extract_html
from veille.extract.not_found import not_found_message

NAV = ("<header><nav><ul><li>Home</li><li>News</li><li>Sport</li></ul>"
       "<a>Sign in</a></nav></header>")
CARD = ('<article class="teaser"><a href="/{slug}"><h3>{title}</h3></a><p>{text}</p>'
        '<time datetime="{day}">{day}</time></article>')

ERROR_PAGE = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
    "<title>404 error | The Valley Courier</title></head><body>" + NAV + "<main>"
    "<h1>Oops, we couldn't find the page</h1>"
    "<p>It might have been moved or deleted. Check the address and try again.</p>"
    "<h2>Popular now</h2>"
    + CARD.format(slug="p1", title="Bridge repairs to close the A59 for a month",
                  text="Work starts on Monday, the county says.", day="2026-11-28")
    + CARD.format(slug="p2", title="School meals price rise approved",
                  text="Parents will pay 20p more a day from January.", day="2026-11-27")
    + "</main><footer><p>Privacy · Terms</p></footer></body></html>")

ARTICLE = (
    '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">'
    "<title>Lien mort : trois ans d'archives municipales effacées du site de Vannes</title>"
    '<link rel="canonical" href="https://www.exemple-ouest.fr/vannes/2026/11/30/lien-mort-archives">'
    '<meta property="article:published_time" content="2026-11-30T07:15:00+01:00">'
    "</head><body><main><article>"
    "<h1>Lien mort : trois ans d'archives municipales effacées du site de Vannes</h1>"
    "<p>« Le contenu que vous demandez n'existe plus » : voilà ce que lisent depuis vendredi "
    "les habitants qui cherchent un compte rendu du conseil municipal de 2022 à 2025.</p>"
    "<p>La mairie évoque une migration ratée de son hébergeur et promet de restaurer les "
    "documents avant la fin du mois, sans pouvoir garantir qu'aucun ne manquera.</p>"
    "</article></main></body></html>")


def test_an_english_error_page_with_popular_cards_is_refused() -> None:
    with pytest.raises(ExtractionError, match="not found"):
        extract_html(ERROR_PAGE, url="https://www.valleycourier.example/old-story")


def test_a_dated_article_quoting_an_error_message_is_kept() -> None:
    content = extract_html(ARTICLE, url="https://www.exemple-ouest.fr/vannes/2026/11/30/lien-mort-archives")
    assert content.title.startswith("Lien mort")
    assert len(content.paragraphs) == 2 and content.published is not None


@pytest.mark.parametrize("message", [
    "We're sorry, the page you wanted could not be found.",
    "The link you clicked may be broken or expired.",
    "We can't seem to find the article. It may have been removed.",
    "Cette page a peut-être été supprimée ou déplacée.",
])
def test_english_and_french_site_side_wording(message: str) -> None:
    assert not_found_message([message])


def test_an_undated_brief_quoting_the_message_stays_refused() -> None:
    # Without a published time the evidence is not strong: the short shape decides.
    body = ["La page que vous cherchez n'existe plus : la mairie a fermé son ancien site "
            "internet et renvoie les habitants vers le nouveau portail.",
            "Le nouveau portail ouvrira lundi matin, selon le service communication de la ville."]
    assert not_found_message(body, headline="Site internet : la mairie de Vannes ferme son "
                             "ancien portail lundi")
    assert not not_found_message(body, dated=True, headline="Site internet : la mairie de "
                                 "Vannes ferme son ancien portail lundi")
