"""Head lines of text captures (h-capture67; t-check66 F2, F3, F4, F7, F10): a dateline
alone on its line, a headline over its deck, bylines with an outlet, the outlet's name."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract.dateline_lines import is_dateline_line, line_dateline
from veille.extract.text_capture import extract_text_capture

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


def _capture(head: list[str], body: list[str], foot: tuple[str, ...] = ()) -> str:
    return "\n".join(["Gazzetta del Lago", "Cerca", "Cronaca  Politica  Economia  Sport",
                      *head, *body, *foot])


_BODY_IT = [
    "Il consiglio comunale ha approvato ieri sera il nuovo piano dei parcheggi del centro "
    "storico, con venti voti favorevoli e otto contrari dopo una lunga discussione.",
    "Le nuove tariffe entreranno in vigore a febbraio e riguarderanno anche le strisce blu "
    "vicino alla stazione, ha spiegato l'assessore alla Mobilità.",
    "\"Vogliamo un centro più vivibile per tutti\", ha detto il sindaco durante la seduta.",
    "I commercianti hanno chiesto un incontro prima dell'entrata in vigore delle regole.",
]


@pytest.mark.parametrize("line", [
    "COMO, 30 NOV", "VALENCIA, 7 DIC.", "LISBOA, 30 nov", "PARIS, 30 nov.",
    "BERLIN, 30. Nov.", "LONDON, 2 Dec", "MADRID, 3 dic. 12:40", "Como, 30 novembre",
])
def test_a_place_and_a_day_alone_are_a_dateline_line(line: str) -> None:
    assert is_dateline_line(line)


@pytest.mark.parametrize("line", [
    "Como", "30 nov", "Top 14/12", "Serie A, 15 giornate", "Roma, 3 feriti",
    "Milano 2 Napoli 1", "COMO, 30 NOV -", "COMO, 30 NOV il oggi",
    "Como, 30 novembre: il consiglio vota il piano",
])
def test_other_lines_are_no_dateline_line(line: str) -> None:
    assert not is_dateline_line(line)


@given(st.text(max_size=200))
@settings(max_examples=300, deadline=None)
def test_line_dateline_never_raises(text: str) -> None:
    found = line_dateline(text, zone=UTC, now=NOW)
    assert found is None or found.found.value.year <= NOW.year


@given(st.sampled_from(["COMO, 30 NOV", "LISBOA, 30 nov", "BERLIN, 30. Nov."]),
       st.lists(st.sampled_from(["il", "consiglio", "vota", "oggi", "piano"]),
                min_size=2, max_size=6))
@settings(max_examples=100, deadline=None)
def test_words_after_the_date_make_no_dateline_line(line: str, tail: list[str]) -> None:
    assert not is_dateline_line(f"{line} {' '.join(tail)}")


@pytest.mark.parametrize("dateline", ["COMO, 30 NOV", "COMO, 30 nov.", "Como, 30 novembre"])
def test_a_yearless_dateline_line_under_the_headline_dates_the_article(dateline: str) -> None:
    """t-check66 F2: "FIRENZE, 30 NOV" alone under the deck was dropped as a link."""
    text = _capture(["Parcheggi, il consiglio approva il nuovo piano del centro",
                     "Tariffe più alte vicino alla stazione da febbraio", dateline,
                     "Condividi su Facebook  Condividi su WhatsApp"], _BODY_IT)
    result = extract_text_capture(text, fetched_at=NOW, outlet="gazzettadellago.it")
    assert result.published is not None
    assert (result.published.year, result.published.month, result.published.day) == (2026, 11, 30)
    assert "without a year" in result.evidence["published"]
    assert all(text != dateline for text, _ in result.dropped)


def test_the_weekday_in_the_text_picks_the_dateline_lines_year() -> None:
    """The year of a dateline line comes from a weekday the text writes, as for the
    dateline opening a first paragraph (weekday_year: "giovedì 1 dicembre" is 2022)."""
    body = [_BODY_IT[0], "Lo sciopero è fissato per giovedì 1 dicembre, dalle 21 alle 21.",
            *_BODY_IT[1:]]
    text = _capture(["Sciopero dei bus, giovedì stop di 24 ore", "COMO, 30 NOV"], body)
    result = extract_text_capture(text, fetched_at=NOW)
    assert result.published is not None
    assert result.published.date().isoformat() == "2022-11-30"
