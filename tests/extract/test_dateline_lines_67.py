"""A dateline alone on its line (h-capture67; t-check66 F2): a place and a day, no year
needed, and nothing else (:mod:`veille.extract.dateline_lines`)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract.dateline_lines import is_dateline_line, line_dateline

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


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
    "Un nouveau dépôt de tramways à Meyzieu 10/11/2025",
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
