"""A dateline printing no year gets the year its text's weekdays agree with (h-dates66b,
t-final66 F1: "(ANSA) - FIRENZE, 30 NOV -" and "giovedì 1 dicembre" in a dispatch of 2022
saved in 2026 was dated 2026-11-30)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import given
from hypothesis import strategies as st

from veille.extract.html import extract_html
from veille.extract.text_capture import extract_text_capture
from veille.extract.weekday_year import REACH_YEARS, agreeing_year

FETCHED = datetime(2026, 12, 7, 11, 0, tzinfo=UTC)


def _capture(dateline: str, body: str) -> str:
    return (f"Notizie\n\nUn titolo abbastanza lungo per un articolo\n\n{dateline} {body}\n\n"
            "Seguiranno aggiornamenti nel corso della giornata.")


def test_weekday_in_text_chooses_the_dispatch_year() -> None:
    result = extract_text_capture(_capture(
        "(ANSA) - PRATO, 28 NOV -",
        "Il comune ha chiuso le scuole fino a mercoledì 30 novembre per un guasto "
        "all'impianto di riscaldamento."), fetched_at=FETCHED)
    assert result.published is not None
    assert result.published.date() == date(2022, 11, 28)
    assert "chosen by the weekday" in result.evidence["published"]


def test_weekday_agreeing_with_the_inferred_year_changes_nothing() -> None:
    result = extract_text_capture(_capture(
        "(ANSA) - PRATO, 23 NOV -",
        "Il comune ha chiuso le scuole fino a mercoledì 25 novembre per un guasto "
        "all'impianto di riscaldamento."), fetched_at=FETCHED)
    assert result.published is not None
    assert result.published.date() == date(2026, 11, 23)
    assert "most recent such day" in result.evidence["published"]


def test_dateline_own_weekday_chooses_its_year() -> None:
    text = ("La Gazette\n\nLa mairie ferme la piscine pour travaux\n\n"
            "Publié le mercredi 2 novembre à 10h15\n\n"
            "La piscine municipale fermera ses portes pendant trois mois pour des travaux "
            "de rénovation, a annoncé la mairie.\n\nLes nageurs iront au centre voisin.")
    result = extract_text_capture(text, fetched_at=FETCHED)
    assert result.published is not None
    assert result.published.date() == date(2022, 11, 2)


def test_html_dateline_year_by_weekday() -> None:
    html = ("<html lang='es'><head><title>Cortes</title></head><body><article>"
            "<h1>Cortes de tráfico por las obras del puente</h1>"
            "<p>SEVILLA, 26 dic (EFE).- El Ayuntamiento cortará el tráfico en el puente el "
            "martes 27 de diciembre por las obras de mantenimiento del tablero.</p>"
            "<p>Los autobuses serán desviados por las calles cercanas durante la jornada.</p>"
            "</article></body></html>")
    result = extract_html(html, fetched_at=FETCHED)
    assert result.published is not None
    assert result.published.date() == date(2022, 12, 26)


@given(st.integers(2000, 2090), st.integers(1, 12), st.integers(1, 28),
       st.lists(st.tuples(st.integers(0, 6), st.integers(1, 12), st.integers(1, 31)),
                max_size=3))
def test_agreeing_year_is_within_reach_and_agrees(year: int, month: int, day: int,
                                                   mentions: list[tuple[int, int, int]]
                                                   ) -> None:
    chosen = agreeing_year(month, day, year, mentions)
    if chosen is not None:
        assert year - REACH_YEARS <= chosen < year
        assert agreeing_year(month, day, chosen, mentions) is None
