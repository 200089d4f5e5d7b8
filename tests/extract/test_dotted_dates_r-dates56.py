"""Dates written "D.mon.YYYY", Folha de S.Paulo's publication line ("4.dez.2026 às 8h10",
"1º.dez.2026"; t-final55b A14, r-dates56), with hypothesis properties."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from veille.extract.dates import find_dates

_ABBREVIATIONS = ("jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov",
                  "dez")


def test_folha_line() -> None:
    found = find_dates("4.dez.2026 às 8h10")
    assert [(f.value.date(), f.value.hour, f.value.minute, f.has_time) for f in found] == [
        (date(2026, 12, 4), 8, 10, True)]


def test_first_of_the_month_as_an_ordinal() -> None:
    assert [f.value.date() for f in find_dates("1º.dez.2026 às 17h45")] == [date(2026, 12, 1)]


def test_not_a_piece_of_a_longer_token() -> None:
    assert find_dates("arquivo v2.4.dez.20261") == []


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2049, 12, 31)),
       st.integers(0, 23), st.integers(0, 59))
def test_every_day_and_clock_is_read_back(day: date, hour: int, minute: int) -> None:
    written = "1º" if day.day == 1 else str(day.day)
    text = f"{written}.{_ABBREVIATIONS[day.month - 1]}.{day.year} às {hour}h{minute:02d}"
    found = find_dates(text)
    assert len(found) == 1
    assert found[0].value.date() == day
    assert (found[0].value.hour, found[0].value.minute) == (hour, minute)


@given(st.text(alphabet="abcdez.º 0123456789", max_size=30))
def test_never_raises_and_reads_real_days_only(text: str) -> None:
    for found in find_dates(text):
        assert found.value.date() - date(1900, 1, 1) > timedelta(0)
