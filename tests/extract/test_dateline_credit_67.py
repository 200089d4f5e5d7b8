"""Agency credits at the start or end of a date line or a newsroom byline (h-copies67;
t-final66 F6, h-copies66b "still wrong" 1): El Periòdic's "14/03/2026 - 10:15 - EFE" left
``evidence["credit"]`` empty, so its copy was a "reprint of" Levante-EMV's instead of an
EFE copy; "Redacción / EFE" was read as a photo's credit and made the headline above it a
caption."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract.agencies import agency_named
from veille.extract.bylines import newsroom_agency
from veille.extract.dateline_credit import MAX_LINE_CHARS, dateline_credits


@pytest.mark.parametrize(("line", "agencies"), [
    ("14/03/2026 - 10:15 - EFE", ["EFE"]),
    ("03/11/2026 - 17:05 - Europa Press", ["Europa Press"]),
    ("03/11/2026 a les 17:05 | EFE", ["EFE"]),
    ("Mis à jour le 3 novembre 2026 à 17h05 (AFP)", ["AFP"]),
    ("ANSA - 3 novembre 2026 17:05", ["ANSA"]),
    ("Lusa / 03 nov 2026 17h05", ["Lusa"]),
    ("03.11.2026, 17:05 Uhr · dpa", ["dpa"]),
    ("Nov. 3, 2026 5:05 p.m. | AP", ["AP"]),
    ("(Reuters) Nov 3, 2026 5:05 PM", ["Reuters"]),
    ("València, 3 nov (EFE).-", ["EFE"]),
    ("Lisboa, 3 nov (Lusa) -", ["Lusa"]),
    ("AFP - 03/11/2026 - dpa", ["AFP", "dpa"]),
    # no credit: a section, a place, a sentence, no date left
    ("03/11/2026 - 17:05 - Sucesos", []),
    ("03/11/2026 - 17:05 - Gandia", []),
    ("El acusado negó los hechos ante el tribunal - EFE", []),
    ("Deportes (EFE)", []),
    ("03/11/2026 - 17:05 - ap", []),
])
def test_credits_of_date_lines(line: str, agencies: list[str]) -> None:
    assert dateline_credits(line) == agencies


@pytest.mark.parametrize(("line", "agencies"), [
    ("Redacción / EFE", ["EFE"]), ("Redacció / Europa Press", ["Europa Press"]),
    ("La Redazione - ANSA", ["ANSA"]), ("Redação / Lusa", ["Lusa"]),
    ("Rédaction avec AFP", ["AFP"]), ("Newsroom / AP", ["AP"]),
    ("Redacción / Gandia", []), ("Sucesos / EFE", []), ("Par Marie Dupont / AFP", []),
])
def test_credits_of_newsroom_bylines(line: str, agencies: list[str]) -> None:
    assert newsroom_agency(line) == agencies


_DATES = st.sampled_from(["14/03/2026 - 10:15", "3 novembre 2026 à 17h05",
                          "Nov. 3, 2026 5:05 p.m.", "03.11.2026, 17:05 Uhr", "22 abr 2026"])
_AGENCIES = st.sampled_from(["EFE", "AFP", "ANSA", "dpa", "Lusa", "AP", "Reuters",
                             "Europa Press", "Belga"])
_SEPARATORS = st.sampled_from([" - ", " | ", " / ", " · ", " – "])


@settings(max_examples=150, deadline=None)
@given(_DATES, _SEPARATORS, _AGENCIES, st.booleans())
def test_a_date_line_closed_or_opened_by_an_agency_credits_it(date: str, sep: str, agency: str,
                                                              first: bool) -> None:
    line = f"{agency}{sep}{date}" if first else f"{date}{sep}{agency}"
    assert dateline_credits(line) == [agency]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=MAX_LINE_CHARS + 40))
def test_any_line_gives_agencies_of_the_table_only(line: str) -> None:
    found = dateline_credits(line)
    assert all(agency_named(name) is not None for name in found)
    assert all(agency_named(name) is not None for name in newsroom_agency(line))
