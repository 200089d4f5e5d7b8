"""A meta description that repeats the headline is no lead (newuser11 T8): EBRA's sites
(DNA, L'Alsace, Le Progrès, Le Dauphiné…) set it to the headline, and the docs say the
headline is never the lead. The first paragraph is."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from veille.extract.html import extract_html

NOW = datetime(2026, 12, 1, 16, 0, tzinfo=UTC)
TITLE = "Lyon. Le pont Wilson fermé aux voitures tout le week-end"
FIRST = ("Des travaux d'étanchéité obligent la Métropole à fermer le pont Wilson à la "
         "circulation automobile de samedi 6 heures à lundi 5 heures.")
REST = ("Les bus des lignes C3 et C14 sont déviés par le pont Lafayette, a précisé le "
        "Sytral, qui conseille aux usagers de prévoir quelques minutes de plus. "
        "Piétons et cyclistes pourront toujours traverser le Rhône sur le trottoir nord.")


def page(description: str) -> str:
    return (f"<html lang='fr'><head><title>{TITLE} - Le Progrès</title>"
            f"<meta property='og:title' content='{TITLE}'>"
            f"<meta name='description' content=\"{description}\"></head><body>"
            "<header><nav><a>Lyon</a><a>Rhône</a><a>Sports</a></nav></header><main>"
            f"<article><h1>{TITLE}</h1><div class='date'><time datetime='2026-12-01T09:12'>"
            "Aujourd'hui à 09:12</time></div><div class='textComponent'>"
            f"<p>{FIRST}</p><p>{REST}</p></div></article></main></body></html>")


@pytest.mark.parametrize("description", [TITLE, TITLE + ".", TITLE.upper()],
                         ids=["same", "full-stop", "capitals"])
def test_a_description_repeating_the_headline_is_no_lead(description: str) -> None:
    content = extract_html(page(description), fetched_at=NOW)
    assert content.title == TITLE
    assert content.lead == FIRST
    assert content.paragraphs[0] == FIRST


def test_a_description_of_its_own_stays_the_lead() -> None:
    summary = "Le pont Wilson sera fermé aux voitures pendant deux jours pour des travaux."
    content = extract_html(page(summary), fetched_at=NOW)
    assert content.lead == summary
    assert content.description == summary
