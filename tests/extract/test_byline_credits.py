"""A publication's name printed inside the byline element (newuser6 M11): La Presse signs
``<p class="author">Ariane Lacoursière <span>La Presse</span></p>``; the site's name is a
credit, never part of the author's name; "La Presse Canadienne" is a news agency."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from veille.extract.bylines import people_and_credits, person_before_aside, split_byline
from veille.extract.html import extract_html

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
BODY = "".join(
    f"<p>Les travaux de réfection de la dalle numéro {n}, évalués à plusieurs millions de "
    "dollars, sont devenus urgents après une inspection réalisée cet automne, a expliqué "
    "la ministre des Transports en conférence de presse.</p>" for n in range(4))


def page(byline: str, title_suffix: str = " | Le Quotidien du Nord") -> str:
    return (f"<html lang='fr'><head><title>Fermeture de deux voies du pont"
            f"{title_suffix}</title></head><body><article><h1>Fermeture de deux voies "
            f"du pont</h1><p class='author'>{byline}</p>{BODY}</article></body></html>")


def test_site_name_after_the_author_is_no_part_of_the_name() -> None:
    content = extract_html(page("Marie Tremblay <span>Le Quotidien du Nord</span>"),
                           fetched_at=NOW)
    assert content.authors == ["Marie Tremblay"]


def test_name_without_credit_is_unchanged() -> None:
    assert extract_html(page("Marie Tremblay"), fetched_at=NOW).authors == ["Marie Tremblay"]


def test_canadian_agency_is_a_credit() -> None:
    assert split_byline("Marie Tremblay La Presse Canadienne") == (
        ["Marie Tremblay"], ["La Presse Canadienne"])
    assert split_byline("La Presse Canadienne") == ([], ["La Presse Canadienne"])
    assert split_byline("The Canadian Press") == ([], ["The Canadian Press"])


def test_site_name_before_the_author_is_no_part_of_the_name() -> None:
    # The publisher's name opening the byline element, the site declared as its host
    # (newuser9 R1): a credit, not the author's first name.
    html = page("Nord-Presse <span>Lucie Marchand</span>.", title_suffix="").replace(
        "<head>", "<head><meta property='og:site_name' content='Nord-Presse.fr'>"
                  "<meta name='author' content='Nord-Presse'>")
    assert extract_html(html, fetched_at=NOW).authors == ["Lucie Marchand"]


def meta_line_page(dates: str, byline: str = "Par Belga") -> str:
    return (f"<html lang='fr'><head><title>Fermeture de deux voies du pont</title></head>"
            f"<body><article><h1>Fermeture de deux voies du pont</h1><div class='meta'>"
            f"<span>{byline}</span> <span>{dates}</span></div>{BODY}</article></body></html>")


def test_meta_line_credit_survives_an_update_date() -> None:
    # newuser9 R16: the update's date made the meta line too long to read as a byline.
    short = extract_html(meta_line_page("Publié le 02/11/2026 à 08h05"), fetched_at=NOW)
    updated = extract_html(meta_line_page(
        "Publié le 02/11/2026 à 08h05, mis à jour le 03/11/2026 à 14h20"), fetched_at=NOW)
    assert short.evidence.get("credit") == updated.evidence.get("credit") == "Belga"
    person = extract_html(meta_line_page(
        "Publié le 02/11/2026 à 08h05, mis à jour le 03/11/2026 à 14h20",
        byline="Par Jeanne Martin-Lefort"), fetched_at=NOW)
    assert person.authors == ["Jeanne Martin-Lefort"]


def test_place_after_a_comma_is_no_part_of_the_name() -> None:
    # newuser9 R30: the correspondent's city after a comma in the author meta tag.
    html = page("Von Klara Hoffmann, Brüssel", title_suffix="").replace(
        "<head>", "<head><meta name='author' content='Klara Hoffmann, Brüssel'>")
    assert extract_html(html, fetched_at=NOW).authors == ["Klara Hoffmann"]
    assert people_and_credits(["Klara Hoffmann, Europe Correspondent"]) == (
        ["Klara Hoffmann"], [])
    assert people_and_credits(["Hoffmann, Klara"]) == (["Hoffmann, Klara"], [])


@given(st.text(max_size=60))
def test_person_before_aside_is_a_name_start_or_nothing(name: str) -> None:
    person = person_before_aside(name)
    assert person == "" or (person.lower() == name.split(",")[0].strip().lower()
                            and "," not in person)
