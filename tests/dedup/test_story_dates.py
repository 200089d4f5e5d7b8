"""Two articles that state their own dates far apart tell two events, whatever words they
share (issue #14, f-stories21: the demo's two weather alerts of 19 August and 31 October,
fed a day apart, were one story; so were a rally dated 4 September and a clash of the
candidates dated 2 November). The time an article is filed under is not always its event's:
a folder read without dates files every article at the minute it was read.

The articles below are own text, written for these tests.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dispatch_kit import feed_stories
from veille.dedup import areas
from veille.dedup.event_dates import DATE, dates_differ, days_apart, stated_dates
from veille.dedup.stories import Stories

HEAT = {
    "title": "Météo du 14 août 2025 : vingt départements en vigilance orange canicule",
    "paragraphs": [
        "14 août 2025. - Météo-France a placé jeudi vingt départements en vigilance orange "
        "canicule, du Rhône à la Gironde, les températures maximales devant atteindre 38 "
        "degrés dans la vallée du Rhône.",
        "Les départements voisins restent en vigilance jaune. Les préfectures rappellent de "
        "boire régulièrement et de limiter les efforts aux heures les plus chaudes."]}
STORMS = {
    "title": "Météo du 3 novembre 2025 : six départements en vigilance orange orages",
    "paragraphs": [
        "3 novembre 2025. - Météo-France a placé lundi six départements en vigilance orange "
        "orages, du Var aux Alpes-Maritimes, des rafales de 110 km/h étant attendues sur le "
        "littoral.",
        "Les départements voisins restent en vigilance jaune. Les préfectures rappellent de "
        "limiter les déplacements et de ne pas s'engager sur les routes inondées."]}
HEAT_AGAIN = {
    "title": "Canicule : vingt départements toujours en vigilance orange le 14 août",
    "paragraphs": [
        "14 août 2025. - La vigilance orange canicule est maintenue jeudi dans vingt "
        "départements, du Rhône à la Gironde, selon Météo-France, qui annonce jusqu'à 38 "
        "degrés dans la vallée du Rhône.",
        "Les préfectures rappellent de boire régulièrement et de limiter les efforts aux "
        "heures les plus chaudes; les départements voisins restent en vigilance jaune."]}
HEAT_FOLLOW_UP = {
    "title": "Canicule : la vigilance orange levée dans quinze départements",
    "paragraphs": [
        "16 août 2025. - Météo-France a levé samedi la vigilance orange canicule dans quinze "
        "des vingt départements placés en alerte le 14 août, du Rhône à la Gironde; les "
        "températures ne dépassent plus 33 degrés dans la vallée du Rhône.",
        "Cinq départements restent en vigilance orange, les autres en vigilance jaune."]}


def test_two_alerts_dated_months_apart_are_two_stories() -> None:
    """Fed three hours apart (a folder read without dates), the two alerts share every word
    of their kind: their stated dates part them."""
    labels = feed_stories(Stories(), [HEAT, STORMS])
    assert labels[0] != labels[1]


def test_one_event_dated_alike_or_recalled_is_one_story() -> None:
    """The same alert told twice (the same date), then its follow-up two days later, which
    recalls the alert's date in its text: one story."""
    labels = feed_stories(Stories(), [HEAT, HEAT_AGAIN, HEAT_FOLLOW_UP])
    assert labels[0] == labels[1] == labels[2]


def test_rule_off_is_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    """``event_dates=False`` keeps the join the rule removes (what the bench's row before
    measures)."""
    # the regions rule (r-stories56) parts these texts too: off as well, as before it
    monkeypatch.setattr(areas, "AREAS", False)
    labels = feed_stories(Stories(event_dates=False), [HEAT, STORMS])
    assert labels[0] == labels[1]


def test_own_dates_are_the_headline_and_the_dateline() -> None:
    own, mentioned = stated_dates(
        "Vote prévu le 25 septembre", "PARIS, 19 août 2025 (AFP) - La rumeur courait depuis "
        "le 21 août; le scrutin du 1er octobre 2025 reste prévu.")
    assert own == {f"{DATE}--09-25", f"{DATE}2025-08-19"}
    assert {f"{DATE}--08-21", f"{DATE}2025-10-01"} <= mentioned


def test_context_dates_of_a_lead_are_no_own_date() -> None:
    own, _ = stated_dates("Un titre", "Le conseil, réuni depuis le 21 août, a voté hier.")
    assert not own


def test_impossible_day_is_no_date() -> None:
    assert stated_dates("Le 31 février", "")[0] == frozenset()


def test_dates_differ_only_past_the_gap_either_way() -> None:
    a, b = f"{DATE}2025-08-14", f"{DATE}2025-08-16"
    assert not dates_differ([a], [b], [], [], 7)
    assert dates_differ([a], [f"{DATE}2025-11-03"], [], [], 7)
    assert not dates_differ([a], [f"{DATE}2025-11-03"], [], [a], 7)  # recalled by the other
    assert not dates_differ([], [b], [], [], 7)  # a side stating none never differs


_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre")


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31)),
       st.booleans(), st.booleans())
def test_a_written_date_reads_back(day: date, with_year: bool, first: bool) -> None:
    """Any date written as French news writes it reads back as its key."""
    written = f"{'1er' if first and day.day == 1 else day.day} {_MONTHS[day.month - 1]}"
    if with_year:
        written += f" {day.year}"
    year = str(day.year) if with_year else "-"
    assert stated_dates(f"Le {written} : un titre", "")[0] == {
        f"{DATE}{year}-{day.month:02d}-{day.day:02d}"}


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31)),
       st.integers(min_value=0, max_value=400), st.booleans())
def test_days_apart_is_symmetric_and_exact_with_years(day: date, gap: int, yearless: bool
                                                      ) -> None:
    other = day + timedelta(days=gap)
    key = f"{DATE}{day.year}-{day.month:02d}-{day.day:02d}"
    other_key = f"{DATE}{'-' if yearless else other.year}-{other.month:02d}-{other.day:02d}"
    assert days_apart(key, other_key) == days_apart(other_key, key)
    if not yearless:
        assert days_apart(key, other_key) == gap
    else:
        # read in the dated side's year: a day off when a 29th of February lies between
        assert days_apart(key, other_key) <= min(gap, 183) + 1
