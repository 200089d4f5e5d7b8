"""h-dates36 (t-final35 A8): a modal's day followed by a subordinate past, "could" before a
season or month, and a day after "postponed" without "to".

- "should vote on Monday …, after … rains raised the river": the past verb is the
  subordinate's ("after"), so the day stays ahead, as it is in the headline;
- "could start in the autumn", "may reopen in March": a season or month named alone after
  a modal with a bare verb is the coming one; "could not", "could have" and "could see"
  (the past of "can") are not;
- "postponed a vote … on Tuesday" is the act's day, past; "postponed the vote to Tuesday"
  still names the new day ahead.

Through ``find_dates`` and through the CLI with a real store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tests.enrich.conftest import enrich_through_cli

from veille.enrich.dates import find_dates


def _found(text: str, published: date, key: str) -> tuple[str, str] | None:
    return next(((d.value, d.tense) for d in find_dates(text, published) if key in d.text),
                None)


@pytest.mark.parametrize(("text", "published", "key", "value", "tense"), [
    ("The county board should vote on Friday on the levee plan, after heavy rains flooded "
     "the lower town.", date(2026, 12, 9), "Friday", "2026-12-11", "future"),
    ("The trustees may meet on Monday, because the auditors found a gap in the accounts.",
     date(2026, 12, 9), "Monday", "2026-12-14", "future"),
    ("A spokesperson said dredging could start in the spring if the permit is granted.",
     date(2026, 9, 10), "spring", "2027-03-01", "future"),
    ("The museum said the west wing could reopen in February.", date(2026, 11, 20),
     "February", "2027-02-01", "future"),
    ("Officials said the new line may open in the summer.", date(2026, 10, 2), "summer",
     "2027-06-01", "future"),
    ("The school should vote on Monday, and the board approved the plan last week.",
     date(2026, 12, 9), "Monday", "2026-12-14", "future"),
    # controls
    ("On Monday, the school should have voted.", date(2026, 12, 9), "Monday", "2026-12-07",
     "past"),
    ("The council postponed the decision to Wednesday.", date(2026, 12, 7), "Wednesday",
     "2026-12-09", "future"),
    ("The ferry should sail on Monday, the operator said.", date(2026, 12, 9), "Monday",
     "2026-12-14", "future"),
])
def test_dates(text: str, published: date, key: str, value: str, tense: str) -> None:
    assert _found(text, published, key) == (value, tense)


@pytest.mark.parametrize(("text", "published", "key", "value"), [
    ("The council postponed a decision on the bus depot on Wednesday, citing costs.",
     date(2026, 12, 10), "Wednesday", "2026-12-09"),
    ("Residents could see the smoke in the autumn.", date(2026, 11, 20), "autumn",
     "2026-09-01"),
])
def test_not_ahead(text: str, published: date, key: str, value: str) -> None:
    found = _found(text, published, key)
    assert found is not None and found[0] == value and found[1] != "future"


def test_could_not_is_no_prospect() -> None:
    """"could not" + verb is no possibility to come: the month is not labelled ahead."""
    found = _found("Climbers could not reach the summit in March, the guides said.",
                   date(2026, 11, 20), "March")
    assert found is not None and found[1] != "future"


def test_through_a_real_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"url": "https://example.org/h36/a", "title": "Council should vote on Friday on dike plan",
         "text": "Council should vote on Friday on dike plan\n\nSALEM, Ore. — The city council "
                 "should vote on Friday on a dike plan for the riverfront, after storms pushed "
                 "the river to a record.", "language": "en",
         "date": "2026-12-02T15:10:00-08:00"},
        {"url": "https://example.org/h36/b", "title": "Harbour works",
         "text": "Harbour works\n\nThe port said dredging could start in the spring.",
         "language": "en", "date": "2026-09-10T11:00:00+01:00"},
        {"url": "https://example.org/h36/c", "title": "Depot vote delayed",
         "text": "Depot vote delayed\n\nThe council postponed a vote on the depot on "
                 "Tuesday, saying it needed more data.", "language": "en",
         "date": "2026-12-03T18:00:00-06:00"},
    ]
    got = {k: [(d["text"], d["value"], d["tense"]) for d in v["dates"]]
           for k, v in enrich_through_cli(tmp_path, records, capsys).items()}
    # published before the clock of the run, so that the record's date is used
    assert len(got["a"]) >= 2 and set(got["a"]) == {("Friday", "2026-12-04", "future")}
    assert got["b"] == [("in the spring", "2027-03-01", "future")]
    assert got["c"] == [("Tuesday", "2026-12-01", "past")]
