"""f-dates30 (issue 16): English relative dates. "next Friday" has two readings (British
and American usage) unless the weekday is publication's own, so it is given as its two
candidate days, never one of them as a day; "the week after next", "a fortnight ago", "in
a fortnight", "at the weekend", "at the end of the month", "by the end of the year",
"earlier this month after …", "on the 6th", "the 6th of February", "last night", "a week
on Friday", "Friday week" are read; "will be held" is no past; a saying
incise after a mention does not make it past ("is now February 6th, the department
said"); weekdays inside names ("the Good Friday Agreement", "the Tuesday Group", "the
Sunday Times", "Black Friday sales") and lower-case English months ("veterans march 12
miles") are no dates. Through ``find_dates``, and through the CLI with a real store."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.enrich.conftest import enrich_through_cli

from veille.enrich.dates import find_dates

MONDAY = date(2026, 11, 30)
EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _found(text: str, published: date) -> list[tuple[str, str, str, str]]:
    return [(d.text, d.value, d.granularity, d.until) for d in find_dates(text, published)]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("The chancellor will deliver her budget statement next Friday.", MONDAY,
     ("next Friday", "2026-12-04", "either", "2026-12-11")),
    ("Members will walk out next Friday.", date(2026, 12, 5),
     ("next Friday", "2026-12-11", "either", "2026-12-18")),
    ("Services will not resume until next Friday.", date(2026, 12, 4),
     ("next Friday", "2026-12-11", "day", "")),
])
def test_next_weekday_is_two_days_unless_publication_s_own(
        text: str, published: date, expected: tuple[str, str, str, str]) -> None:
    assert _found(text, published) == [expected]


@pytest.mark.parametrize(("text", "published", "value", "granularity"), [
    ("The inquiry will publish its report the week after next.", MONDAY, "2026-12-14",
     "week"),
    ("Prices peaked the week before last.", MONDAY, "2026-11-16", "week"),
    ("The teenager was last seen a fortnight ago in Salford.", date(2026, 12, 3),
     "2026-11-16", "week"),
    ("Charges will be reintroduced in a fortnight.", date(2026, 12, 3), "2026-12-14",
     "week"),
    ("The body was found a week ago.", date(2026, 12, 3), "2026-11-23", "week"),
    ("Two men were arrested at the weekend after a brawl.", date(2026, 12, 1),
     "2026-11-28", "weekend"),
    ("Crowds are expected at the weekend.", date(2026, 12, 3), "2026-12-05", "weekend"),
    # the month's end, days 21 to 31 (r-when53: it was the month's first day)
    ("The scheme closes at the end of the month.", date(2026, 12, 9), "2026-12-21",
     "month"),
    ("She will answer questions by the end of the year.", date(2026, 12, 1), "2026-12-01",
     "month"),
    ("The regulator opened an inquiry earlier this month after a spill.",
     date(2026, 12, 16), "2026-12-01", "month"),
    ("Councillors will vote on the 6th on the plans.", date(2026, 12, 3), "2026-12-06",
     "day"),
    ("The bank will set rates on the 17th.", date(2026, 12, 2), "2026-12-17", "day"),
    ("The trial opens on the 6th of February.", MONDAY, "2027-02-06", "day"),
    ("The deadline is now February 6th, the department said.", MONDAY, "2027-02-06",
     "day"),
    ("The prime minister last night insisted the plan would go ahead.", MONDAY,
     "2026-11-29", "day"),
    ("The rally will be held on the weekend.", MONDAY, "2026-12-05", "weekend"),
    ("Results are due by the end of the week.", MONDAY, "2026-11-30", "week"),
    ("The vote is a week on Friday.", MONDAY, "2026-12-11", "day"),
    ("The hearing was adjourned until Friday week.", MONDAY, "2026-12-11", "day"),
    ("The rally will be held on Saturday.", date(2026, 12, 3), "2026-12-05", "day"),
    ("The law will be signed on Monday.", date(2026, 12, 3), "2026-12-07", "day"),
    ("The rally was held on Monday.", date(2026, 12, 3), "2026-11-30", "day"),
])
def test_english_relative_forms(text: str, published: date, value: str,
                                granularity: str) -> None:
    assert [(d.value, d.granularity) for d in find_dates(text, published)] == \
        [(value, granularity)]


@pytest.mark.parametrize("text", [
    "Politicians said the principles of the Good Friday Agreement must be respected.",
    "Members of the Tuesday Group met the speaker.",
    "The chairman told the Sunday Times that he would not resign.",
    "Black Friday sales were down 3%.",
    "Hundreds of veterans march 12 miles to raise money for charity.",
    "The soldiers were on the 6th floor of the building.",
    "The union held two strikes in two weeks of talks.",
    "It was the last night of the festival.",
])
def test_english_lookalikes_are_no_dates(text: str) -> None:
    assert _found(text, date(2026, 12, 3)) == []


@pytest.mark.parametrize(("text", "value"), [
    ("On Tuesday, the department said the plan was over.", "2026-12-01"),
    ("On Friday Labour said it would vote against the bill.", "2026-11-27"),
    ("The minister said on Tuesday that she would stay.", "2026-12-01"),
    ("The Sunday Times reported on Tuesday that he had resigned.", "2026-12-01"),
])
def test_weekdays_that_are_dates_stay_dates(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, date(2026, 12, 3))] == [value]


@given(st.dates(date(1990, 1, 1), date(2090, 12, 31)), st.sampled_from(EN_DAYS))
def test_next_weekday_never_states_one_of_two_days(published: date, weekday: str) -> None:
    """Property: "next <weekday>" is a day only when it is a week from publication, its own
    weekday; otherwise its two candidates, the first such day after publication and the
    one a week later."""
    found = find_dates(f"The talks will resume next {weekday}.", published)
    assert len(found) == 1
    d = found[0]
    first = date.fromisoformat(d.value)
    assert first.strftime("%A") == weekday and 1 <= (first - published).days <= 7
    if (first - published).days == 7:
        assert (d.granularity, d.until) == ("day", "")
    else:
        assert d.granularity == "either"
        assert date.fromisoformat(d.until) == first + timedelta(days=7)


@given(st.dates(date(1990, 1, 1), date(2090, 12, 31)), st.integers(1, 31))
def test_an_ordinal_day_ahead_is_that_day_soon(published: date, day: int) -> None:
    """Property: "will vote on the Nth" is day N of a month, on or after publication and
    within two months of it, or no date when no such month has that day."""
    found = find_dates(f"Councillors will vote on the {day}th.", published)
    for d in found:
        value = date.fromisoformat(d.value)
        assert value.day == day and 0 <= (value - published).days <= 62


@settings(max_examples=60)
@given(st.dates(date(1990, 1, 1), date(2090, 12, 31)),
       st.sampled_from(("january", "march", "april", "june", "july", "august",
                        "october", "november", "december")),
       st.integers(1, 31))
def test_a_lower_case_english_month_is_no_date(published: date, month: str, n: int) -> None:
    """Property: an English month name in lower case before a number ("march 12 miles")
    is no date."""
    assert find_dates(f"Hundreds of people {month} {n} miles every year.", published) == []


@settings(max_examples=80)
@given(st.lists(st.sampled_from((
    "next", "Friday", "the", "week", "after", "fortnight", "a", "ago", "in", "weekend",
    "at", "end", "of", "month", "year", "on", "6th", "17th", "Good", "Sunday", "Times",
    "march", "March", "said", ",", ".", "will", "before", "last", "by", "12", "February",
    "Agreement", "\n")), max_size=30), st.dates(date(1900, 1, 1), date(2100, 12, 31)))
def test_find_dates_never_raises_on_english_fragments(words: list[str],
                                                      published: date) -> None:
    """Property: any arrangement of the forms read here gives dates of a known shape."""
    for d in find_dates(" ".join(words), published):
        date.fromisoformat(d.value)
        assert d.until == "" or date.fromisoformat(d.until) > date.fromisoformat(d.value)


def test_english_dates_through_the_cli(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    """The mentions as stored and exported: "next Friday" with its second day, a name's
    weekday dropped, a fortnight counted back."""
    records = [
        {"url": "https://example.co.uk/budget-a", "title": "Chancellor sets out timetable",
         "text": "The chancellor will deliver her budget statement next Friday, the Treasury "
                 "said.", "language": "en", "date": "2015-11-30T09:00:00+00:00"},
        {"url": "https://example.co.uk/stormont-b", "title": "Stormont talks resume",
         "text": "Politicians said the principles of the Good Friday Agreement must be "
                 "respected as talks resumed in Belfast.", "language": "en",
         "date": "2015-12-04T09:00:00+00:00"},
        {"url": "https://example.co.uk/missing-c", "title": "Police appeal",
         "text": "The 15-year-old was last seen a fortnight ago near her home in Salford.",
         "language": "en", "date": "2015-12-03T09:00:00+00:00"},
    ]
    got = enrich_through_cli(tmp_path, records, capsys)
    assert [(d["text"], d["value"], d["granularity"], d["until"])
            for d in got["a"]["dates"]] == [("next Friday", "2015-12-04", "either",
                                             "2015-12-11")]
    assert [d["text"] for d in got["b"]["dates"]] == []
    assert [(d["value"], d["granularity"]) for d in got["c"]["dates"]] == \
        [("2015-11-16", "week")]
