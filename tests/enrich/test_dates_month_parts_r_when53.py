"""Parts of a month ("fin janvier", "mi-février", "début mars", "Ende Januar", "late
January", "a fine gennaio", "a finales de enero") were read as the month's first day
(t-final52b B3): each is now the month with its part (TimeML's TIMEX3 ``mod`` START, MID,
END) and the part's days (WMO dekads: 1–10, 11–20, 21–last), in every language dates are
read in; the CLI, the export and the article page say the part
(tests/web/test_month_parts_page_r_when53.py). Branch r-when53."""

from __future__ import annotations

from datetime import date

import pytest

from veille.enrich.dates import find_dates
from veille.web.i18n import load_locales

MONDAY = date(2026, 1, 12)


@pytest.mark.parametrize(("text", "language", "said", "part", "first", "last"), [
    ("Le chantier de Figeac s'achèvera fin février.", "fr", "février", "end",
     "2026-02-21", "2026-02-28"),
    ("La concertation débutera à la mi-mars à Auch.", "fr", "mars", "mid",
     "2026-03-11", "2026-03-20"),
    ("Les travaux reprendront début avril à Rodez.", "fr", "avril", "start",
     "2026-04-01", "2026-04-10"),
    ("The council will vote at the end of March.", "en", "March", "end",
     "2026-03-21", "2026-03-31"),
    ("The ferry resumes in mid-April, the port said.", "en", "April", "mid",
     "2026-04-11", "2026-04-20"),
    ("Die Halle in Gotha soll Ende März fertig sein.", "de", "März", "end",
     "2026-03-21", "2026-03-31"),
    ("Il museo di Como riaprirà a inizio marzo.", "it", "marzo", "start",
     "2026-03-01", "2026-03-10"),
    ("El mercado de Jaén abrirá a mediados de abril.", "es", "abril", "mid",
     "2026-04-11", "2026-04-20"),
    ("Le budget sera voté fin février 2028.", "fr", "février", "end",
     "2028-02-21", "2028-02-29"),  # a leap year's February ends on the 29th
])
def test_a_part_of_a_month_is_its_days(text: str, language: str, said: str, part: str,
                                       first: str, last: str) -> None:
    [found] = [d for d in find_dates(text, MONDAY, language=language) if said in d.text]
    assert (found.granularity, found.part, found.value, found.until) == \
        ("month", part, first, last)
    assert found.tense == "future"


@pytest.mark.parametrize(("text", "language"), [
    ("Le vote aura lieu en février à Millau.", "fr"),
    ("Der Landtag berät im Februar über das Gesetz.", "de"),
    ("The fine February weather helped the harvest.", "en"),
])
def test_a_whole_month_keeps_no_part(text: str, language: str) -> None:
    found = [d for d in find_dates(text, MONDAY, language=language) if "ebruar" in d.text
             or "février" in d.text]
    assert all((d.part, d.until, d.value[8:]) == ("", "", "01") for d in found)


def test_a_part_gone_by_is_past() -> None:
    [found] = find_dates("La Charente avait atteint son pic fin janvier à Saintes.",
                         date(2026, 3, 2))
    assert (found.value, found.until, found.tense) == ("2026-01-21", "2026-01-31", "past")


def test_the_page_names_the_part() -> None:
    t = load_locales()
    assert t["fr"].mentioned("2026-02-21", "month", "", "end") == "fin février 2026"
    assert t["fr"].mentioned("2026-03-11", "month", "", "mid") == "mi-mars 2026"
    assert t["en"].mentioned("2026-04-01", "month", "", "start") == "early April 2026"
    assert t["en"].mentioned("2026-02-01", "month") == "February 2026"
