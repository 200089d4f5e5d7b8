"""An announcement and its follow-up two days later, both naming the appointment ahead (a
consultation, a public meeting), are one story although each states its own day; the same
mayor's other matter that week is not (r-stories60: ``veille.dedup.event_days.
APPOINTMENTS``; t-final59 #9a). Fixture: own text (``tests/fixtures/stories/
appointments-r-stories60.jsonl``, CC0, written for veille): a mayor of Toulouse's bus lane
announced on Tuesday with a consultation on 12 May (t1), the traders' protest on Thursday
naming the same consultation (t2), the same mayor's canteen prices voted on Thursday (t3)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from test_arabic_areas_r_stories58 import ingested

from veille.dedup.event_days import DAY, appointment_shared, days_differ

T1, T2, T3 = (f"https://example.org/r-stories60-t/{u}" for u in ("t1", "t2", "t3"))


def test_follow_up_naming_the_appointment_joins(tmp_path: Path) -> None:
    got = ingested(tmp_path, "appointments-r-stories60.jsonl")
    assert got[T1] == got[T2]  # the consultation of 12 May, named by both
    assert got[T3] != got[T1]  # the mayor's canteen prices: no appointment shared


def test_days_differ_unless_an_appointment_is_shared() -> None:
    mon, wed = frozenset({DAY + "2026-02-02"}), frozenset({DAY + "2026-02-04"})
    assert days_differ(mon, mon, wed, wed)
    meeting = DAY + "2026-02-10"
    assert not days_differ(mon, mon | {meeting}, wed, wed | {"date:--02-10"})
    past = DAY + "2026-01-20"  # a day before both: a recall, not an appointment
    assert days_differ(mon, mon | {past}, wed, wed | {past})


days = st.dates().map(lambda d: DAY + d.isoformat())


@settings(max_examples=80, deadline=None)
@given(st.sets(days, min_size=1, max_size=3), st.sets(days, max_size=4),
       st.sets(days, min_size=1, max_size=3), st.sets(days, max_size=4))
def test_appointment_is_symmetric_and_after_every_own_day(
        ours: set[str], our_named: set[str], theirs: set[str], their_named: set[str]) -> None:
    got = appointment_shared(ours, our_named, theirs, their_named)
    assert got == appointment_shared(theirs, their_named, ours, our_named)
    shared = our_named & their_named
    assert got == any(k > max(ours | theirs) for k in shared)
