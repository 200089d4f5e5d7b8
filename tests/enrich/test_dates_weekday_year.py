"""A day and month with a weekday that the nearest year's calendar does not agree with
(newuser5, on newuser4's N8 input): "appelés à la grève mardi 2 décembre" in an article of
Monday 30 November 2026 (2 December 2026 is a Wednesday) was put on 2025-12-02, the year
in which 2 December is a Tuesday, a year back. The day of month wins in the nearest year on
the tense's side, and the mismatch is flagged (``weekday_ok`` false); the weekday still
chooses between the two candidates around publication when both are near."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.enrich.date_ranges import ends
from veille.enrich.dates import MONTHS, WEEKDAY_REACH_DAYS, WEEKDAYS, find_dates

MONDAY = date(2026, 11, 30)


@pytest.mark.parametrize(("text", "mention", "value", "weekday_ok"), [
    ("Les salariés de l'opérateur sont appelés à la grève mardi 2 décembre, à l'appel de "
     "l'intersyndicale.", "mardi 2 décembre", "2026-12-02", False),
    ("La grève aura lieu samedi 20 décembre.", "samedi 20 décembre", "2026-12-20", False),
    ("Le conseil se réunira mercredi 2 décembre.", "mercredi 2 décembre", "2026-12-02", True),
    # a real past tense: the last such day, whose weekday agrees
    ("Le vote a eu lieu samedi 20 décembre.", "samedi 20 décembre", "2025-12-20", True),
])
def test_the_day_of_month_wins_in_the_nearest_year(text: str, mention: str, value: str,
                                                   weekday_ok: bool) -> None:
    found = {d.text: d for d in find_dates(text, MONDAY)}
    assert (found[mention].value, found[mention].weekday_ok) == (value, weekday_ok)


def test_the_weekday_chooses_between_two_near_candidates() -> None:
    """In July, "vendredi 12 février" is 12 February 2027 (a Friday), not 12 February 2026
    (a Thursday, nearer): both are within nine months."""
    [found] = find_dates("La réunion se tiendra vendredi 12 février.", date(2026, 7, 1))
    assert (found.value, found.weekday_ok) == ("2027-02-12", True)
    [found] = find_dates("La réunion a eu lieu jeudi 12 février.", date(2026, 7, 1))
    assert (found.value, found.weekday_ok) == ("2026-02-12", True)


_MONTH_NAMES = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                "septembre", "octobre", "novembre", "décembre"]
_WEEKDAY_NAMES = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_WEEKDAY_NAMES), st.integers(1, 28), st.sampled_from(_MONTH_NAMES),
       st.sampled_from(["La réunion aura lieu", "La réunion a eu lieu", "Réunion"]),
       st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)))
def test_a_weekday_never_moves_a_day_to_a_far_year(weekday: str, day: int, month: str,
                                                   clause: str, published: date) -> None:
    [found] = find_dates(f"{clause} {weekday} {day} {month}.", published)
    value = date.fromisoformat(found.value)
    assert found.weekday_ok == (value.weekday() == WEEKDAYS[weekday])
    assert (value.month, value.day) == (MONTHS[month], day)
    candidates = [date(y, MONTHS[month], day) for y in range(published.year - 1,
                                                               published.year + 2)]
    side = [d for d in candidates if ("a eu" not in clause or d <= published)
            and ("aura" not in clause or d >= published)] or candidates
    nearest_on_side = min(side, key=lambda d: abs(d - published))
    # the nearest on the tense's side (or overall), or a near one whose weekday agrees
    assert value == nearest_on_side or min(candidates, key=lambda d: abs(d - published)) \
        == value or (found.weekday_ok
                     and abs(value - published) <= timedelta(days=WEEKDAY_REACH_DAYS))


@pytest.mark.parametrize(("text", "dimanche", "lundi"), [
    # past: the night just gone; future: the coming one; the tense is the clause's own,
    # not a participle's in another clause of the sentence ("interrompus avant-hier")
    ("Les travaux ont été interrompus dans la nuit de dimanche à lundi.",
     "2026-11-29", "2026-11-30"),
    ("Un incendie s'est déclaré dans la nuit de dimanche à lundi.", "2026-11-29", "2026-11-30"),
    ("Les travaux de la ligne, interrompus avant-hier par un incident technique, "
     "reprendront dans la nuit de dimanche à lundi, selon l'exploitant.",
     "2026-12-06", "2026-12-07"),
    ("Les travaux reprendront dans la nuit de dimanche à lundi.", "2026-12-06", "2026-12-07"),
])
def test_night_of_sunday_to_monday(text: str, dimanche: str, lundi: str) -> None:
    found = {words: value for d in find_dates(text, MONDAY) for words, value in ends(d)}
    assert (found["dimanche"], found["lundi"]) == (dimanche, lundi)


@pytest.mark.parametrize(("text", "value", "tense"), [
    # "a lieu" is the present of "avoir lieu", which was read as a compound past
    ("La manifestation a lieu jeudi devant la préfecture.", "2026-12-03", ""),
    ("Les épreuves ont lieu mercredi.", "2026-12-02", ""),
    ("La manifestation a eu lieu jeudi.", "2026-11-26", "past"),
    ("La manifestation avait lieu jeudi.", "2026-11-26", "past"),
    ("La manifestation aura lieu jeudi.", "2026-12-03", "future"),
])
def test_avoir_lieu_in_the_present_is_no_past(text: str, value: str, tense: str) -> None:
    [found] = find_dates(text, MONDAY)
    assert (found.value, found.tense) == (value, tense)
