"""A dateline without a year whose text's weekday fits two years in reach takes the most
recent of them and says the choice is ambiguous (h-dates67; h-dates66b "still wrong" 1:
the inferred year, which the weekday contradicts, was kept)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import given
from hypothesis import strategies as st

from veille.extract.text_capture import extract_text_capture
from veille.extract.weekday_year import REACH_YEARS, agreeing_year, agreeing_years, year_note

FETCHED = datetime(2026, 12, 7, 11, 0, tzinfo=UTC)


def test_two_agreeing_years_take_the_most_recent_and_say_so() -> None:
    # 13 February is a Thursday in 2025 and in 2020
    assert agreeing_years(2, 11, 2026, [(3, 2, 13)]) == [2025, 2020]
    assert agreeing_year(2, 11, 2026, [(3, 2, 13)]) == 2025
    note = year_note(2025, [(3, 2, 13)], [2025, 2020])
    assert "ambiguous: 2020" in note and "2025 chosen" in note


def test_one_agreeing_year_is_not_ambiguous() -> None:
    assert "ambiguous" not in year_note(2022, [(3, 12, 1)], [2022])


def test_a_capture_with_two_agreeing_years() -> None:
    capture = ("Notícias\n\nGreve na Carris\n\n"
               "LISBOA, 4 fev (Lusa) - Os motoristas da Carris vão fazer greve na "
               "quinta-feira, 6 de fevereiro, contra os horários impostos.\n\n"
               "A empresa garante serviços mínimos.")
    result = extract_text_capture(capture, language="pt", fetched_at=FETCHED)
    assert result.published is not None
    assert result.published.date() == date(2025, 2, 4)
    assert "ambiguous" in str(result.evidence.get("published"))


@given(st.integers(2000, 2090), st.integers(1, 12), st.integers(1, 28),
       st.lists(st.tuples(st.integers(0, 6), st.integers(1, 12), st.integers(1, 31)),
                min_size=1, max_size=3))
def test_every_agreeing_year_fits_and_the_first_is_chosen(
        year: int, month: int, day: int, mentions: list[tuple[int, int, int]]) -> None:
    years = agreeing_years(month, day, year, mentions)
    assert years == sorted(years, reverse=True)
    assert all(year - REACH_YEARS <= y < year for y in years)
    assert agreeing_year(month, day, year, mentions) == (years[0] if years else None)
    for y in years:
        assert agreeing_years(month, day, y, mentions) == []
