"""Regression (l-fix66; h-dates65 "Still wrong" 6): an English slash date is read in the
page's order, month first on an American page.

Before, every slash date was day first: an en-US page's "Thursday 12/10" (10 December 2026,
a Thursday) was 12 October 2027 with its weekday flagged, and "11/19/2026" no date at all.
The order comes from the text's own unambiguous dates, then the page's locale (CLDR's short
date pattern), then a weekday that agrees with one reading only; else day first, as before."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.cli.main import cli
from veille.enrich.date_numeric_order import (
    DAY_FIRST,
    MONTH_FIRST,
    locale_order,
    text_order,
)
from veille.enrich.dates import find_dates

PUBLISHED = date(2026, 12, 7)  # a Monday


def _read(text: str, locale: str = "", language: str = "en") -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(text, PUBLISHED, language=language,
                                                   locale=locale)]


@pytest.mark.parametrize(("text", "locale", "expected"), [
    ("The hearing was moved to 1/15/2027, the court said.", "en-US",
     [("1/15/2027", "2027-01-15")]),
    ("Polls close on 11/3/2026 at 8 p.m.", "en-US", [("11/3/2026", "2026-11-03")]),
    ("Polls close on 11/3/2026 at 8 p.m.", "en-GB", [("11/3/2026", "2026-03-11")]),
    ("Polls close on 11/3/2026 at 8 p.m.", "", [("11/3/2026", "2026-03-11")]),
    ("The vote is on Thursday 12/10, officials said.", "", [("Thursday 12/10", "2026-12-10")]),
    ("Filed on 11/24/2026, the claim will be heard on Friday 12/4.", "",
     [("11/24/2026", "2026-11-24"), ("Friday 12/4", "2026-12-04")]),
    ("The store is open 24/7 and the vote is on Thursday 12/10.", "en-US",
     [("Thursday 12/10", "2026-12-10")]),
    ("After 9/11 the rules changed.", "en-US", []),
    ("Half of them (1/2) voted.", "en-US", []),
])
def test_an_english_slash_date_is_read_in_the_pages_order(
        text: str, locale: str, expected: list[tuple[str, str]]) -> None:
    assert [pair for pair in _read(text, locale) if "/" in pair[0]] == expected


def test_a_french_slash_date_is_read_as_before_whatever_the_locale() -> None:
    text = "Le conseil se réunit jeudi 12/10 et vendredi 13/10/2026."
    assert _read(text, "en-US", "fr") == _read(text, "", "fr")
    assert ("vendredi 13/10/2026", "2026-10-13") in _read(text, "en-US", "fr")


def test_the_orders_of_cldr_and_of_the_text() -> None:
    assert locale_order("en-US") == MONTH_FIRST and locale_order("en_PH") == MONTH_FIRST
    assert locale_order("en-GB") == DAY_FIRST and locale_order("en-AU") == DAY_FIRST
    assert locale_order("xx-nowhere") == ""
    assert text_order("on 11/24 and 12/5") == MONTH_FIRST
    assert text_order("on 24/11 and 5/12") == DAY_FIRST
    assert text_order("on 24/11 and 11/24") == "" and text_order("open 24/7") == ""


@given(st.lists(st.sampled_from(["on", "until", "Thursday", "12", "/", "10", "2026", "31",
                                 "13", "24/7", "9/11", " ", ", ", "(", ")", "."]),
                max_size=14),
       st.sampled_from(["", "en-US", "en-GB", "en-CA", "zz"]))
@settings(max_examples=200, deadline=None)
def test_any_english_fragment_is_read_without_error(pieces: list[str], locale: str) -> None:
    text = "".join(pieces)
    for found in find_dates(text, PUBLISHED, language="en", locale=locale):
        assert text[found.start:found.end] == found.text
        date.fromisoformat(found.value[:10])


def _run(data: Path, *args: str) -> str:
    ran = CliRunner().invoke(cli, ["--data-dir", str(data), *args])
    assert ran.exit_code == 0, ran.output
    return ran.output


def test_an_american_page_through_a_real_store(tmp_path: Path) -> None:
    data = tmp_path / "data"
    page = tmp_path / "council.html"
    body = ("The Springfield city council will vote on the transit levy on Thursday 12/10, "
            "officials said Monday. The measure was first introduced on 11/19/2026 and amended "
            "after public hearings, according to the clerk's office.")
    page.write_text('<!doctype html><html lang="en-US"><head><meta charset="utf-8">'
                    "<title>Council sets vote on transit levy</title>"
                    '<meta property="article:published_time" content="2026-12-07T04:00:00-05:00">'
                    "</head><body><article><h1>City council sets vote on transit levy</h1>"
                    f"<p>{body}</p><p>Residents can comment online until 12/9 at 5 p.m., the "
                    "clerk said.</p></article></body></html>", "utf-8")
    _run(data, "ingest", str(page))
    _run(data, "enrich")
    record = json.loads(_run(data, "export").splitlines()[0])
    values = {d["text"]: (d["value"], d["weekday_ok"]) for d in record["enrichment"]["dates"]}
    assert values["Thursday 12/10"] == ("2026-12-10", True)
    assert values["11/19/2026"] == ("2026-11-19", True)
    # the sentence keeps the figures as written
    assert any("Thursday 12/10" in d["sentence"] for d in record["enrichment"]["dates"])
