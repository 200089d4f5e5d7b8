"""Which of two copies came out first, by their publication times (t-final24 S9: an AFP
update carrying the dispatch's own 06:30 was "même dépêche AFP, parue après"), and when an
article with versions was first seen (S7)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from veille.web.page_times import first_seen_of, time_order

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


def test_first_seen_is_version_ones_when_earlier() -> None:
    one = datetime(2026, 12, 3, 9, 33, tzinfo=UTC)
    article = SimpleNamespace(first_seen=one + timedelta(minutes=1),
                              versions=[SimpleNamespace(seen_at=one)])
    assert first_seen_of(article) == one
    article.versions = []
    assert first_seen_of(article) == one + timedelta(minutes=1)
