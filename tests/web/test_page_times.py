"""Which of two copies came out first, by their publication times (t-final24 S9: an AFP
update carrying the dispatch's own 06:30 was "même dépêche AFP, parue après")."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from veille.web.page_times import time_order

PARIS = timezone(timedelta(hours=1))


def test_the_same_instant_in_two_offsets_is_the_same_time() -> None:
    assert time_order(datetime(2026, 12, 1, 6, 30, tzinfo=PARIS),
                      datetime(2026, 12, 1, 5, 30, tzinfo=UTC)) == "same"
    assert time_order(datetime(2026, 12, 1, 9, 2, tzinfo=PARIS),
                      datetime(2026, 12, 1, 6, 30, tzinfo=PARIS)) == "later"
    assert time_order(None, datetime(2026, 12, 1, tzinfo=UTC)) == ""


@given(st.datetimes(timezones=st.just(UTC)), st.datetimes(timezones=st.just(UTC)))
def test_the_order_is_antisymmetric(a: datetime, b: datetime) -> None:
    flip = {"earlier": "later", "later": "earlier", "same": "same"}
    assert time_order(b, a) == flip[time_order(a, b)]
