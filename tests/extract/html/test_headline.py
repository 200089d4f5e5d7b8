"""The headline is the article's ``<h1>``, not the ``<title>`` page label (user report,
2026-11-30): the h1 is never a paragraph nor the lead; a standfirst is the lead; a
``<title>`` used for want of an h1 loses its site suffix."""

from __future__ import annotations

import pytest

from veille.extract.html import extract_html

FR = ["La Seine a atteint six mètres au pont d'Austerlitz ce mardi matin, selon Vigicrues, "
      "et la décrue n'est pas attendue avant plusieurs jours.",
      "Les voies sur berge sont fermées à la circulation et plusieurs stations du RER C ne "
      "sont plus desservies depuis lundi soir.",
      "La préfecture de police appelle les habitants des quartiers riverains à la plus "
      "grande prudence et à suivre les consignes des secours."]
EN = ["The Thames burst its banks at Richmond on Tuesday morning, the Environment Agency "
      "said, and the water is not expected to fall for several days.",
      "Riverside roads are closed to traffic and several stations on the District line "
      "have been shut since Monday night.",
      "The council asked residents of the riverside streets to take the greatest care and "
      "to follow the instructions of the emergency services."]
CASES = {
    "fr": ("Inondations : la Seine atteint 6 mètres à Paris", "Le Quotidien",
           "Publié le 12 mars 2026 à 10h00, Mis à jour le 12 mars 2026 à 12h00", FR,
           "Inondations : la Seine en crue"),
    "en": ("Floods: the Thames reaches record level in Richmond", "The Daily Post",
           "Published March 12, 2026, updated March 12, 2026", EN,
           "Floods: Thames in spate"),
}


def page(lang: str, *, title: str, head: str = "", header: str = "",
         standfirst: str = "", h1: bool = True) -> str:
    headline, _, meta, paragraphs, _ = CASES[lang]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    top = f"<h1>{headline}</h1>" if h1 else ""
    return (f"<html lang='{lang}'><head><title>{title}</title>{head}</head><body>"
            f"<header>{header}</header><article>{top}{standfirst}"
            f"<p class='meta'>{meta}</p>{body}</article></body></html>")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_h1_beats_a_shorter_title_tag(lang: str) -> None:
    headline, _, _, paragraphs, short = CASES[lang]
    content = extract_html(page(lang, title=short))
    assert content.title == headline
    assert content.paragraphs == paragraphs
    assert content.lead == paragraphs[0]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_h1_beats_a_title_tag_with_a_site_suffix(lang: str) -> None:
    headline, site, _, paragraphs, short = CASES[lang]
    for sep in (" - ", " | "):
        content = extract_html(page(lang, title=short + sep + site))
        assert content.title == headline
        assert headline not in content.paragraphs and content.lead != headline


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_article_h1_beats_a_logo_h1(lang: str) -> None:
    headline, site, _, paragraphs, short = CASES[lang]
    html = page(lang, title=f"{short} - {site}", header=f"<h1>{site}</h1>")
    content = extract_html(html)
    assert content.title == headline
    assert content.paragraphs == paragraphs


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_og_title_equal_to_h1(lang: str) -> None:
    headline, site, _, paragraphs, short = CASES[lang]
    head = f"<meta property='og:title' content='{headline}'>"
    content = extract_html(page(lang, title=f"{short} - {site}", head=head))
    assert content.title == headline
    assert content.paragraphs == paragraphs


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_og_title_differs_h1_is_still_not_a_paragraph(lang: str) -> None:
    headline, _, _, paragraphs, short = CASES[lang]
    head = f"<meta property='og:title' content='{short}'>"
    content = extract_html(page(lang, title=short, head=head))
    # The reader's headline is the <h1> telling the same story: the social title and the
    # page label are written for sharing and search (newuser17b X5, docs/html-extraction.md)
    assert content.title == headline
    assert content.paragraphs == paragraphs and content.lead == paragraphs[0]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("cls", ["chapo", "standfirst", "lead", "description"])
def test_a_standfirst_under_the_h1_is_the_lead(lang: str, cls: str) -> None:
    headline, _, _, paragraphs, short = CASES[lang]
    chapo = ("Le fleuve devrait rester au-dessus de cinq mètres jusqu'à la fin de la semaine."
             if lang == "fr" else
             "The river should stay above its banks until the end of the week, forecasters say.")
    content = extract_html(page(lang, title=short, standfirst=f"<p class='{cls}'>{chapo}</p>"))
    assert content.title == headline
    assert content.lead == chapo
    assert headline not in content.paragraphs


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_title_tag_without_h1_loses_the_site_suffix(lang: str) -> None:
    _, site, _, _, short = CASES[lang]
    head = f"<meta property='og:site_name' content='{site}'>"
    assert extract_html(page(lang, title=f"{short} - {site}", head=head, h1=False)).title == short
    # No declared name: the host's name is the site's.
    host = site.lower().replace(" ", "")
    url = f"https://www.{host}.example/2026/03/12/crue"
    html = page(lang, title=f"{short} | {site}", h1=False)
    assert extract_html(html, url=url).title == short


def test_article_h2_beats_site_tagline_and_logo_h1() -> None:
    """og:title is the site's name, the <h1> its logo, the <title> "Site - tagline": the
    headline is the <article>'s own heading (newuser9 R15)."""
    body = "".join(f"<p>Les pêcheurs de Lorient ont manifesté {i} fois devant la préfecture "
                   "pour réclamer une aide après la tempête qui a détruit leurs filets.</p>"
                   for i in range(4))
    page = ("<html lang='fr'><head><title>Le Courrier - Toute l'actualité de Bretagne</title>"
            "<meta property='og:title' content='Le Courrier'>"
            "<meta property='og:site_name' content='Le Courrier'></head><body>"
            "<header><h1 class='logo'>Le Courrier</h1></header><article>"
            "<h2>Les pêcheurs de Lorient réclament une aide après la tempête</h2>"
            f"{body}</article></body></html>")
    content = extract_html(page)
    assert content.title == "Les pêcheurs de Lorient réclament une aide après la tempête"
