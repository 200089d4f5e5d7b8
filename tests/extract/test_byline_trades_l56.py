"""A signed opinion piece keeps its author when the byline gives several trades, or a
long one (t-final56 A8).

"Par Claire Fabre, hydrologue, directrice de recherche au CNRS" and "By Hannah Cloke,
professor of hydrology at the University of Reading" were dropped as furniture or a link:
one trade of at most four words, last in the byline, was read (r-head56). Texts written
for this test.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from veille.extract.byline_names import names_after_formula
from veille.extract.text_capture import extract_text_capture


@pytest.mark.parametrize("byline", [
    "Par Claire Fabre, hydrologue, directrice de recherche au CNRS",
    "By Hannah Cloke, professor of hydrology at the University of Reading",
    "Par Claire Fabre, hydrologue, et Paul Martin, géographe",
    "Par Jeanne Corvaisier, toxicologue",
])
def test_trades_after_a_full_name(byline: str) -> None:
    assert names_after_formula(byline)


@pytest.mark.parametrize("sentence", [
    "Par Marie Dupont, il faut le dire, a tort",
    "By Wednesday, the strike had spread to three cities.",
    "Par ailleurs, le maire a annoncé sa démission",
    "By John Smith, chief executive of the company, said the results were good",
])
def test_sentences_stay_no_byline(sentence: str) -> None:
    assert not names_after_formula(sentence)


def test_an_opinion_capture_keeps_its_author() -> None:
    capture = (
        "Opinion\n\n"
        "Our flood defences were built for a climate that no longer exists\n\n"
        "By Hannah Cloke, professor of hydrology at the University of Reading\n\n"
        "Sat 5 Dec 2026 07.00 GMT\n\n"
        "Cockermouth has flooded again. The walls built after 2009 and 2015 were designed "
        "for rivers that no longer behave as they did, and the town is paying for it.\n\n"
        "We need to plan for the floods we will get, not the ones we remember, and that "
        "means giving rivers room, not only building higher walls.\n")
    got = extract_text_capture(capture, fetched_at=datetime(2026, 12, 6, 8, tzinfo=UTC))
    assert got.authors == ["Hannah Cloke"]
