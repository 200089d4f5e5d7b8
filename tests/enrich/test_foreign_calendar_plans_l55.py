"""A day of a month named by a plan in Spanish, Italian or Portuguese and then called off
is the nearest such day, as a weekday is (t-final55 A5: "che doveva svolgersi il 31
dicembre, è stato annullato", written on 4 December 2026, was 31 December 2025); an
Italian past told with an irregular participle after "avere" or a pronominal "essere"
("si è svolta", "ha chiuso") is past."""

from __future__ import annotations

from datetime import date

import pytest

from veille.enrich.dates import find_dates

WRITTEN = date(2026, 12, 4)  # a Friday


@pytest.mark.parametrize(("language", "text", "day"), [
    ("it", "Il concerto di Capodanno, che doveva svolgersi il 31 dicembre, è stato annullato.",
     date(2026, 12, 31)),
    ("es", "El concierto, que debía celebrarse el 31 de diciembre, ha sido cancelado.",
     date(2026, 12, 31)),
    ("es", "La reunión, prevista para el 2 de diciembre, no llegó a celebrarse.",
     date(2026, 12, 2)),
    ("it", "La mostra si è svolta il 31 dicembre.", date(2025, 12, 31)),
    ("it", "Il museo ha chiuso il 30 dicembre per lavori.", date(2025, 12, 30)),
    ("it", "Il museo è chiuso il 31 dicembre.", date(2026, 12, 31)),
    ("it", "Il concerto si terrà il 31 dicembre.", date(2026, 12, 31)),
])
def test_a_day_of_a_month(language: str, text: str, day: date) -> None:
    [found] = find_dates(text, WRITTEN, language=language)
    assert found.value == day.isoformat(), text
