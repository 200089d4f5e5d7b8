"""Regression (newuser7 P5): "ont reconduit la grève jusqu'à jeudi" in an article of
Tuesday 1 December 2026 was dated to the past Thursday (26 November): the compound past of
the act dated the end of the span it opens. A date after "jusqu'à" / "until" in a past
clause is now the nearest such day, unless the verb is one of duration ("a duré jusqu'à
jeudi": a span already over)."""

from __future__ import annotations

from datetime import date

import pytest

from veille.enrich.dates import find_dates

TUESDAY = date(2026, 12, 1)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Les cheminots de la CGT ont reconduit la grève jusqu'à jeudi.", "2026-12-03"),
    ("The strike was extended until Thursday.", "2026-12-03"),
    ("La préfecture a prolongé l'arrêté jusqu'au 6 décembre.", "2026-12-06"),
    ("La grève a été suspendue jusqu'en janvier.", "2027-01-01"),
    # verbs of duration: the span is over
    ("La grève a duré jusqu'à jeudi.", "2026-11-26"),
    ("Le musée est resté fermé jusqu'à jeudi.", "2026-11-26"),
    ("Les travaux se sont poursuivis jusqu'en octobre.", "2026-10-01"),
    # without "jusqu'à" the past tense still dates the act
    ("Les cheminots ont voté la grève jeudi.", "2026-11-26"),
])
def test_until_after_a_past_act(sentence: str, expected: str) -> None:
    (found,) = find_dates(sentence, TUESDAY)
    assert found.value == expected
