"""Regression (newuser7 P13 k): a Spanish printed dateline "Publicado el 30 de noviembre
de 2026 a las 18:20 CET" left the page undated, while the same line in French, German,
Italian and English was read. Spanish and Portuguese join day, month and year with "de",
and say the time "a las" / "às"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.extract.dates import find_dates, published_and_updated

CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(("line", "expected"), [
    ("Publicado el 30 de noviembre de 2026 a las 18:20 CET",
     datetime(2026, 11, 30, 18, 20, tzinfo=CET)),
    ("Publicado em 30 de novembro de 2026, às 18h20 CET",
     datetime(2026, 11, 30, 18, 20, tzinfo=CET)),
    ("Publicado el 1 de diciembre de 2026 a la 1:05 CET",
     datetime(2026, 12, 1, 1, 5, tzinfo=CET)),
])
def test_iberian_datelines(line: str, expected: datetime) -> None:
    published, _updated = published_and_updated(line, default_zone=UTC, now=NOW)
    assert published == expected


def test_an_update_in_spanish() -> None:
    published, updated = published_and_updated(
        "Publicado el 30 de noviembre de 2026 a las 18:20 CET. Actualizado el 1 de diciembre "
        "de 2026 a las 9:05 CET", default_zone=UTC, now=NOW)
    assert published == datetime(2026, 11, 30, 18, 20, tzinfo=CET)
    assert updated == datetime(2026, 12, 1, 9, 5, tzinfo=CET)


def test_de_without_a_month_is_no_date() -> None:
    assert find_dates("le 30 de chaque mois de 2026, la commission se réunit", now=NOW) == []


@given(st.integers(1, 28), st.integers(1, 12), st.integers(2000, 2030))
def test_any_spanish_day(day: int, month: int, year: int) -> None:
    names = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
    found = find_dates(f"Publicado el {day} de {names[month - 1]} de {year}", now=NOW)
    assert [(f.value.year, f.value.month, f.value.day) for f in found][:1] == \
        [(year, month, day)]
