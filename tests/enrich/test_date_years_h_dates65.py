"""Property of the one rule for a day and month said without a year (h-dates65,
:mod:`veille.enrich.date_years`)."""

from __future__ import annotations

from datetime import date

from hypothesis import example, given, settings
from hypothesis import strategies as st

from veille.enrich.date_years import NEAR_DAYS, day_in_year


@given(st.dates(date(2001, 1, 1), date(2040, 12, 31)), st.integers(1, 12),
       st.integers(1, 31), st.sampled_from(["past", "future", ""]),
       st.one_of(st.none(), st.integers(0, 6)))
@settings(max_examples=300, deadline=None)
@example(date(2003, 1, 1), 2, 29, "past", None)  # l-fix66: was 2004-02-29, ahead
def test_day_in_year_is_a_year_around_publication(published: date, month: int, day: int,
                                                  tense: str, weekday: int | None) -> None:
    value = day_in_year(month, day, published, tense, weekday)
    if value is None:
        return
    assert (value.month, value.day) == (month, day)
    # 29 February: the leap year nearest on the clause's side, up to four years off
    assert abs((value - published).days) <= (366 if (month, day) != (2, 29) else 4 * 366)
    if abs((value - published).days) > NEAR_DAYS and tense == "past" and weekday is None:
        assert value <= published
