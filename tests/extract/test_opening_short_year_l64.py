# ruff: noqa: E501  (the captures hold paragraphs on one line, as pages do)
"""A capture head that lost its headline and date (t-final64 #1; issue 14), outlet and
people invented: a date in figures with a two-digit year OPENING its line ("24·11·26 | 13:05", under
  the byline: a Spanish regional group's template) is the article's date line, as it was
  after a place ("Valencia, 24·11·26"): the headline above it was taken for a menu link,
  the deck became the title and the article was undated.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from veille.extract import textshape as ts
from veille.extract.dates import find_dates
from veille.extract.text_capture import extract_text_capture

READ = datetime(2026, 12, 7, tzinfo=UTC)

OPENING_DATE = """El Diario del Turia
València  Comarcas  Opinión  Deportes  Suscríbete por 1€
Entrar

Cierra dos meses el puente de Campanar por obras de refuerzo
El Ayuntamiento habilita un carril provisional para autobuses y bicicletas. Las obras costarán 2,3 millones
Lucía Ferrándiz | València
24·11·26 | 13:05
Actualizado a las 19:20
El puente de Campanar permanecerá cerrado al tráfico durante dos meses a partir del lunes por las obras de refuerzo de su estructura, según ha informado el Ayuntamiento.
Los autobuses de las líneas 62 y 63 circularán por un carril provisional habilitado en el cauce, junto al carril bici.
Las obras, adjudicadas a una empresa valenciana, costarán 2,3 millones de euros y se prolongarán hasta finales de enero.
"""


def test_a_two_digit_year_date_opening_its_line_dates_the_article() -> None:
    result = extract_text_capture(OPENING_DATE, fetched_at=READ)
    assert result.title == "Cierra dos meses el puente de Campanar por obras de refuerzo"
    assert result.published == datetime(2026, 11, 24, 13, 5,
                                         tzinfo=ZoneInfo("Europe/Madrid"))


@pytest.mark.parametrize(("line", "day"), [
    ("24·11·26 | 13:05", datetime(2026, 11, 24, 13, 5, tzinfo=UTC)),
    ("24.11.26 · 13:05", datetime(2026, 11, 24, 13, 5, tzinfo=UTC)),
    ("le 24/11/26", datetime(2026, 11, 24, tzinfo=UTC)),
])
def test_the_date_line_alone(line: str, day: datetime) -> None:
    assert ts.is_dateline(line)
    assert [d.value for d in find_dates(line)] == [day]


@pytest.mark.parametrize("line", [
    "Score 24-11-26",  # no date: a word before the figures
    "Les 24.11.26 ans",
    "Le bilan fait état de 24.11.26 pour cent",
])
def test_figures_inside_a_sentence_are_no_date(line: str) -> None:
    assert find_dates(line) == []
