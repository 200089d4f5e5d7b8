"""A ``<title>`` of one part is a site's name only when something else says so
(t-final62 #8: ``<title>Cassé</title>`` over the headline "Une page cassée mais lisible"
made the page's source "Cassé", and ``source:Cassé`` found it)."""

from __future__ import annotations

import pytest

from veille.extract.html import extract_html

BODY = ("<p>Le conseil départemental du Gers a voté jeudi une hausse de la taxe foncière, "
        "malgré l'opposition de plusieurs maires ruraux du département.</p>"
        "<p>Les recettes supplémentaires financeront l'entretien des routes départementales "
        "et des ponts du territoire, a précisé le président.</p>")


def page(title: str, headline: str, masthead: str = "") -> str:
    top = f"<header><div class='masthead'>{masthead}</div></header>" if masthead else ""
    return (f"<html lang='fr'><head><title>{title}</title></head><body>{top}<article>"
            f"<h1>{headline}</h1>{BODY}</article></body></html>")


@pytest.mark.parametrize(("title", "headline"), [
    ("Cassé", "Une page cassée mais lisible"),
    ("Brouillon", "La taxe foncière augmente dans le Gers"),
    ("Sans titre", "Routes départementales : le Gers vote une hausse"),
    ("Entwurf", "Le Gers vote la hausse de sa taxe"),
])
def test_a_one_part_title_named_nowhere_else_is_no_site(title: str, headline: str) -> None:
    content = extract_html(page(title, headline))
    assert content.site_name == ""
    assert content.title == headline


@pytest.mark.parametrize(("title", "url"), [
    ("Le Courrier Gersois", "https://www.lecourriergersois.fr/2026/12/taxe.html"),
    ("Ouest-France", "https://www.ouest-france.fr/societe/taxe"),
    ("La Dépêche", "https://www.ladepeche.fr/2026/12/06/taxe.html"),
])
def test_a_one_part_title_that_is_the_hosts_name_is_the_site(title: str, url: str) -> None:
    content = extract_html(page(title, "La taxe foncière augmente dans le Gers"), url=url)
    assert content.site_name == title


def test_a_title_with_a_tagline_still_names_the_site() -> None:
    """t-final32 #11 unchanged: a name and its tagline, on every page, name the site."""
    content = extract_html(page("Le Courrier Gersois - L'actualité du Gers",
                                "La taxe foncière augmente dans le Gers"))
    assert content.site_name == "Le Courrier Gersois"
