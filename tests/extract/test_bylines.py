"""Bylines: people are authors; an agency ("avec AFP") is a credit, kept in
``evidence["credit"]``; the publisher ("Le Monde") is not an author (user report,
2026-11-30; docs/record.md)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.extract.capture_meta import byline_and_dates, parse_byline, split_byline
from veille.extract.html import extract_html
from veille.extract.language import assumed_zone

CASES = [
    ("Le Monde avec AFP", [], ["AFP"]),
    ("Le Monde avec AFP et Reuters", [], ["AFP", "Reuters"]),
    ("Le Monde avec l'AFP", [], ["AFP"]),
    ("Par Laura Bénichou et Jean Dupont", ["Laura Bénichou", "Jean Dupont"], []),
    ("Laura Bénichou avec AFP", ["Laura Bénichou"], ["AFP"]),
    ("Par Marine Le Pen", ["Marine Le Pen"], []),
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"], []),
    ("By Jane Doe, Reuters", ["Jane Doe"], ["Reuters"]),
    ("The Guardian with Reuters", [], ["Reuters"]),
]

FR = ("La Seine a atteint six mètres au pont d'Austerlitz ce mardi matin, selon Vigicrues, "
      "et la décrue n'est pas attendue avant plusieurs jours.")
FR2 = ("Les voies sur berge sont fermées à la circulation et plusieurs stations du RER C ne "
       "sont plus desservies depuis lundi soir.")
EN = ("The Thames burst its banks at Richmond on Tuesday morning, the Environment Agency "
      "said, and the water is not expected to fall for several days.")
EN2 = ("Riverside roads are closed to traffic and several stations on the District line "
       "have been shut since Monday night.")


@pytest.mark.parametrize(("byline", "people", "agencies"), CASES)
def test_split_byline(byline: str, people: list[str], agencies: list[str]) -> None:
    assert split_byline(byline) == (people, agencies)
    assert parse_byline(byline) == people


def test_long_agency_names() -> None:
    assert split_byline("By Jane Doe with Associated Press") == (["Jane Doe"],
                                                                   ["Associated Press"])
    assert split_byline("Le Figaro avec Agence France-Presse") == ([], ["Agence France-Presse"])


def html_page(byline: str, *, element: bool) -> str:
    english = byline.startswith(("By", "The"))
    p1, p2 = (EN, EN2) if english else (FR, FR2)
    line = (f"<p class='byline'>{byline}</p>" if element else f"<p>{byline}</p>")
    site = "The Guardian" if english else "Le Monde"
    return (f"<html lang='{'en' if english else 'fr'}'><head><title>X</title>"
            f"<meta property='og:site_name' content='{site}'></head><body><article>"
            f"<h1>A headline of several words</h1>{line}<p>{p1}</p><p>{p2}</p>"
            "</article></body></html>")


@pytest.mark.parametrize("element", [True, False])
@pytest.mark.parametrize(("byline", "people", "agencies"), CASES)
def test_html_byline(byline: str, people: list[str], agencies: list[str],
                     element: bool) -> None:
    content = extract_html(html_page(byline, element=element))
    assert content.authors == people
    assert content.evidence.get("credit", "") == ", ".join(agencies)
    assert byline not in content.paragraphs


@pytest.mark.parametrize(("byline", "people"), [
    ("The Russian and Syrian defense ministries", []),  # AEB page 1ee91d1f
    ("Le Service de presse", []),
    ("Ferdinand", ["Ferdinand"]),  # one name: kept whole
    ("김민수", ["김민수"]),
])
def test_html_byline_element_read_whole_only_when_a_name(byline: str,
                                                        people: list[str]) -> None:
    assert extract_html(html_page(byline, element=True)).authors == people


@pytest.mark.parametrize(("byline", "people", "agencies"), CASES)
def test_text_capture_byline(byline: str, people: list[str], agencies: list[str]) -> None:
    meta = byline_and_dates([byline], [], zone=assumed_zone("fr"))
    assert meta.authors == people
    assert meta.evidence.get("credit", "") == ", ".join(agencies)


@given(st.text(max_size=200))
def test_split_byline_never_fails_and_keeps_agencies_out(text: str) -> None:
    people, agencies = split_byline(text)
    assert not set(people) & set(agencies)
    assert all(p not in ("AFP", "Reuters") for p in people)
