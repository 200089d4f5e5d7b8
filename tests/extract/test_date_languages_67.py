"""Extraction reads the publication dates of every language the enrichment reads dates in,
by the same CLDR names (t-check66 F1: Catalan "Dilluns 7 de desembre de 2026 · 10:15" was
"date unknown" while the enrichment read "12 de desembre"; h-dates67)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from babel import Locale
from babel.dates import format_date
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.date_languages import NAMED_DATE_LANGUAGES
from veille.enrich import date_foreign
from veille.extract.dates import MONTHS, WEEKDAYS, find_dates
from veille.extract.text_capture import extract_text_capture

FETCHED = datetime(2026, 12, 7, 16, 0, tzinfo=UTC)


def test_the_enrichment_reads_the_shared_languages() -> None:
    assert set(date_foreign.LANGUAGES) | {"fr", "en"} == set(NAMED_DATE_LANGUAGES)


@pytest.mark.parametrize("language", NAMED_DATE_LANGUAGES)
def test_every_month_and_weekday_the_enrichment_reads_is_read_here(language: str) -> None:
    locale = Locale.parse(language)
    for number, name in locale.months["stand-alone"]["wide"].items():
        assert MONTHS.get(name.lower()) == number, (language, name)
    for number, name in locale.days["format"]["wide"].items():
        assert WEEKDAYS.get(name.lower()) == number, (language, name)


@settings(max_examples=150, deadline=None)
@given(language=st.sampled_from([*NAMED_DATE_LANGUAGES, "nl"]),
       day=st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)),
       width=st.sampled_from(["full", "long"]))
def test_a_date_written_by_cldr_is_read_back(language: str, day: date, width: str) -> None:
    text = format_date(day, width, locale=language)  # "dilluns, 7 de desembre de 2026"
    assert [f.value.date() for f in find_dates(text)][:1] == [day], text


def _capture(line: str) -> str:
    return ("VilaWeb\n\nL'Ajuntament de Xàtiva obrirà el nou mercat municipal\n\n"
            f"Redacció\n{line}\n\n"
            "El nou mercat municipal de Xàtiva obrirà les portes després de dos anys d'obres, "
            "segons ha informat l'Ajuntament en un comunicat.\n\n"
            "L'equipament tindrà quaranta parades i un aparcament soterrat per a dos-cents "
            "vehicles.\n")


@pytest.mark.parametrize(("line", "expected"), [
    ("Dimarts 1 de desembre de 2026 · 11:20", datetime(2026, 12, 1, 11, 20)),
    ("Publicat el 3 d'octubre de 2026, 18:05", datetime(2026, 10, 3, 18, 5)),
    ("Dimecres, 5 d’agost de 2026, 09:00", datetime(2026, 8, 5, 9, 0)),
    ("14 de gener de 2026", datetime(2026, 1, 14)),
])
def test_a_catalan_publication_line_is_read(line: str, expected: datetime) -> None:
    result = extract_text_capture(_capture(line), language="ca", fetched_at=FETCHED)
    assert result.published is not None, line
    assert result.published.replace(tzinfo=None) == expected
    assert result.published.utcoffset() in (timedelta(hours=1), timedelta(hours=2))


def test_a_dutch_publication_line_keeps_its_time() -> None:
    capture = ("De Standaard\n\nAntwerpen sluit tunnel voor werken\n\n"
               "Gepubliceerd op 4 december 2026 om 10:30\n\n"
               "De tunnel gaat volgende week drie nachten dicht voor onderhoudswerken, meldt "
               "het Vlaams Verkeerscentrum.\n\nOmleidingen worden aangegeven.\n")
    result = extract_text_capture(capture, language="nl", fetched_at=FETCHED)
    assert result.published is not None
    assert result.published.replace(tzinfo=None) == datetime(2026, 12, 4, 10, 30)
