"""Dates mentioned that a fresh user found false or missing (nu4: N8 d, N17 a, b, c, e), on
sentences written here, through the enrichment pipeline (published Monday 30 November
2026)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.enrich.conftest import enrich

from veille.enrich.dates import find_dates
from veille.enrich.stage import Resources


def _dates(resources: Resources, text: str) -> dict[str, dict[str, Any]]:
    dates = enrich(resources, "Agenda\n\n" + text)["dates"]
    assert isinstance(dates, list)
    return {str(d["text"]): d for d in dates}


@pytest.mark.parametrize(("text", "words", "value"), [
    # the conditional of a future in the past looks forward
    ("La direction a confirmé que les travaux s'achèveraient le 1er juillet, pas avant.",
     "1er juillet", "2027-07-01"),
    ("La préfecture a indiqué que la réunion aurait lieu le 10 juillet au plus tôt.",
     "10 juillet", "2027-07-10"),
    # "prévue", "programmée", "attendue" look forward, whatever the incise after says
    ("Le festival s'ouvre jeudi, avec une clôture programmée à la mi-octobre, a "
     "précisé mardi l'organisateur.", "mi-octobre", "2027-10-11"),  # mid: 11-20 (r-when53)
    ("Le rapport sera rendu vendredi, avant une décision attendue en septembre, a "
     "expliqué hier le ministère.", "en septembre", "2027-09-01"),
])
def test_forward_looking_clauses(resources: Resources, text: str, words: str,
                                 value: str) -> None:
    assert _dates(resources, text)[words]["value"] == value


def test_a_range_gives_both_ends(resources: Resources) -> None:
    found = _dates(resources, "L'exposition se tiendra du 3 au 9 février à la mairie.")
    # one mention since f-places20 (issue 16): the range's first and last day
    assert (found["3 au 9 février"]["value"], found["3 au 9 février"]["until"]) == (
        "2027-02-03", "2027-02-09")


def test_numeric_dates_years_and_seasons(resources: Resources) -> None:
    found = _dates(resources, ("Les dossiers seront reçus jusqu'au 28/02/2027, pour des "
                               "travaux prévus fin 2027 et un chantier qui débutera au "
                               "printemps prochain, comme le 3.12.25 l'avait annoncé."))
    assert found["28/02/2027"]["value"] == "2027-02-28"
    assert found["3.12.25"]["value"] == "2025-12-03"
    assert found["fin 2027"]["granularity"] == "year"
    assert (found["au printemps prochain"]["value"],
            found["au printemps prochain"]["granularity"]) == ("2027-03-01", "season")


def test_a_relative_date_keeps_its_own_tense(resources: Resources) -> None:
    found = _dates(resources, "La patinoire ouvrira samedi, comme l'an dernier.")
    assert found["l'an dernier"]["tense"] == "past"


@given(st.text(alphabet="0123456789/. le du au janvier", max_size=40))
def test_numeric_dates_never_raise(text: str) -> None:
    from datetime import date
    for found in find_dates(text, date(2026, 11, 30)):
        assert text[found.start:found.end] == found.text
