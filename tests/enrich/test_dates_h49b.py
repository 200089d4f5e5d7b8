"""h-dates49b (issue 16): counted spans, numeric dates and ranges of days in Spanish,
Italian and German were not read ("hace tres días", "tra due settimane", "vor zwei
Wochen", "21/11", "23.12.", "14.11.2026") or read as their last day only ("del 3 al 9 de
mayo" was 9 May): now a counted span is publication ± the span, its direction given by its
own words (CLDR's relative times through Babel), a numeric date is day first, a range is
one mention from its first day to its last (``until``). Fractions, decimals and clock
times are not dates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.enrich.dates import find_dates

WED = date(2026, 12, 9)
THU = date(2026, 12, 10)


def _one(text: str, published: date, language: str) -> tuple[str, str, str, str] | None:
    found = find_dates(text, published, language=language)
    return (found[0].value, found[0].granularity, found[0].tense, found[0].until) \
        if found else None


@pytest.mark.parametrize(("text", "language", "published", "want"), [
    ("Los bomberos apagaron hace cinco días un incendio en Cuenca.", "es", WED,
     ("2026-12-04", "day", "past", "")),
    ("Abrirá la biblioteca de Teruel dentro de una semana.", "es", WED,
     ("2026-12-14", "week", "future", "")),
    ("Il sindaco di Lecce si è dimesso due anni fa.", "it", WED,
     ("2024-01-01", "year", "past", "")),
    ("Fra tre mesi riapre il museo di Ravenna.", "it", WED,
     ("2027-03-01", "month", "future", "")),
    ("Vor einem Monat wurde in Gera ein Rathaus geräumt.", "de", WED,
     ("2026-11-01", "month", "past", "")),
    ("Das Stadion in Rostock öffnet in 4 Tagen.", "de", WED,
     ("2026-12-13", "day", "future", "")),
    ("La huelga de limpieza de Vigo empezó el 30/11.", "es", WED,
     ("2026-11-30", "day", "past", "")),
    ("Il concorso scade il 10.02.27.", "it", WED, ("2027-02-10", "day", "future", "")),
    ("Die Frist endet am 8.1.", "de", WED, ("2027-01-08", "day", "future", "")),
    ("Der Markt in Suhl bleibt bis 23.12. geöffnet.", "de", WED,
     ("2026-12-23", "day", "future", "")),
    ("La muestra de Cádiz abre del 28 al 3 de enero.", "es", THU,
     ("2026-12-28", "day", "future", "2027-01-03")),
    ("Il mercatino di Trento resta aperto dal 12 al 20 dicembre.", "it", THU,
     ("2026-12-12", "day", "future", "2026-12-20")),
    ("Die Messe in Leipzig läuft vom 2. bis 6. Februar.", "de", THU,
     ("2027-02-02", "day", "future", "2027-02-06")),
])
def test_spans_numeric_dates_and_ranges_are_read(text: str, language: str, published: date,
                                                 want: tuple[str, str, str, str]) -> None:
    assert _one(text, published, language) == want


@pytest.mark.parametrize(("text", "language"), [
    ("Tre giorni tra Roma e Milano per il vertice del partito.", "it"),
    ("Lo sciopero dei treni durerà per tre giorni.", "it"),
    ("Il treno per Bolzano parte alle 21.12 dal binario 4.", "it"),
    ("Der Zug nach Bonn fährt um 10.12 Uhr ab.", "de"),
    ("Die Preise stiegen im Herbst um 3.5 Prozent.", "de"),
    ("Seit zwei Wochen streiken die Busfahrer in Halle.", "de"),
    ("Casi la mitad (1/2) de los votos fue para el alcalde.", "es"),
    ("La base de datos del 2026/12/05 está en línea.", "es"),
    ("Se instaló la versión 2.10.3 del programa.", "es"),
])
def test_no_date_in_durations_fractions_times_or_decimals(text: str, language: str) -> None:
    assert find_dates(text, WED, language=language) == []


_WORDS = {"es": ["una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
                 "diez", "once", "doce"],
          "it": ["una", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove",
                 "dieci", "undici", "dodici"],
          "de": ["einer", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
                 "zehn", "elf", "zwölf"]}
_UNITS = {"es": {"day": ("día", "días"), "week": ("semana", "semanas"),
                 "month": ("mes", "meses"), "year": ("año", "años")},
          "it": {"day": ("giorno", "giorni"), "week": ("settimana", "settimane"),
                 "month": ("mese", "mesi"), "year": ("anno", "anni")},
          "de": {"day": ("Tag", "Tagen"), "week": ("Woche", "Wochen"),
                 "month": ("Monat", "Monaten"), "year": ("Jahr", "Jahren")}}


def _span_text(language: str, count: str, noun: str, back: bool) -> str:
    if language == "es":
        return f"{'hace' if back else 'dentro de'} {count} {noun}"
    if language == "it":
        return f"{count} {noun} fa" if back else f"tra {count} {noun}"
    return f"{'vor' if back else 'in'} {count} {noun}"


def _expected(published: date, unit: str, signed: int) -> tuple[date, str]:
    if unit == "day":
        return published + timedelta(days=signed), "day"
    if unit == "week":
        day = published + timedelta(weeks=signed)
        return day - timedelta(days=day.weekday()), "week"
    if unit == "month":
        index = published.year * 12 + published.month - 1 + signed
        return date(index // 12, index % 12 + 1, 1), "month"
    return date(published.year + signed, 1, 1), "year"


@settings(max_examples=80, deadline=None)
@given(st.dates(date(1990, 1, 1), date(2090, 12, 31)), st.sampled_from(["es", "it", "de"]),
       st.integers(1, 60), st.booleans(), st.sampled_from(["day", "week", "month", "year"]),
       st.booleans())
def test_a_counted_span_is_publication_plus_or_minus_the_span(
        published: date, language: str, count: int, in_words: bool, unit: str,
        back: bool) -> None:
    """Any count (in words up to twelve, else in digits) of any unit, back or ahead: the
    span from publication, on the side its construction says."""
    written = _WORDS[language][count - 1] if in_words and count <= 12 else str(count)
    if language == "de" and written == "einer" and unit in ("day", "month", "year"):
        written = "einem"
    noun = _UNITS[language][unit][count > 1]
    span = _span_text(language, written, noun, back)
    text = f"Laut der Stadt: {span}." if language == "de" else f"Según la nota: {span}." \
        if language == "es" else f"Secondo la nota: {span}."
    found = [d for d in find_dates(text, published, language=language) if noun in d.text]
    value, granularity = _expected(published, unit, -count if back else count)
    assert found, text
    assert (found[0].value, found[0].granularity) == (value.isoformat(), granularity), text
