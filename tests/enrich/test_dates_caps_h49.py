"""h-fold49 (issue 16, t-final49b item 5): a "next"/"last"/"this" word capitalised at the
start of a sentence is read as the lower-case one is, in Spanish, Italian and German:
"Nächste Woche" was not read while "nächste Woche" was (the words' stems were matched in
lower case only)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.enrich.dates import find_dates

WED = date(2026, 12, 9)

CASES = [  # (words opening the sentence, rest, language, date)
    ("nächste Woche", " stimmt der Landtag in Erfurt ab.", "de", "2026-12-14"),
    ("letzte Woche", " wurde in Gotha gestreikt.", "de", "2026-11-30"),
    ("nächsten Montag", " tagt der Rat in Suhl.", "de", "2026-12-14"),
    ("diese Woche", " bleibt die Brücke in Weimar gesperrt.", "de", "2026-12-07"),
    ("próxima semana", " se vota en Huesca.", "es", "2026-12-14"),
    ("próximo martes", " abre el mercado de Zamora.", "es", "2026-12-15"),
    ("esta semana", " cierra el puerto de Vigo.", "es", "2026-12-07"),
    ("scorsa settimana", " è crollato un muro a Terni.", "it", "2026-11-30"),
    ("prossima settimana", " riapre il teatro di Asti.", "it", "2026-12-14"),
    ("questa settimana", " chiude il ponte di Lodi.", "it", "2026-12-07"),
]


def _values(text: str, language: str) -> list[str]:
    return [d.value for d in find_dates(text, WED, language=language)]


@pytest.mark.parametrize(("words", "rest", "language", "want"), CASES)
def test_the_capitalised_opening_word_is_read(words: str, rest: str, language: str,
                                               want: str) -> None:
    assert want in _values(words + rest, language)  # as before
    opening = words[0].upper() + words[1:]
    assert want in _values(opening + rest, language), opening


@settings(max_examples=40, deadline=None)
@given(case=st.sampled_from(CASES), capital=st.booleans(),
       before=st.sampled_from(["", "Laut Bericht: ", "Según la alcaldía. ", "Intanto. "]))
def test_either_case_of_the_first_letter_gives_one_date(
        case: tuple[str, str, str, str], capital: bool, before: str) -> None:
    words, rest, language, want = case
    opening = words[0].upper() + words[1:] if capital else words
    assert want in _values(before + opening + rest, language)
