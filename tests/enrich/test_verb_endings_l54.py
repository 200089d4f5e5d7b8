"""German verbs whose stem ends in -t/-d end their present in "-tet"/"-det" (t-final54 A4;
invented sentences): "Der Wetterdienst erwartet am Donnerstag weiteren Regen", written on
a Wednesday, is the coming Thursday; it was read as a weak preterite, the Thursday gone
by. The preterite ("meldete", "arbeitete") and the perfect without "ge-" ("hat …
verhaftet") stay past."""

from __future__ import annotations

from datetime import date

import pytest

from veille.enrich.dates import find_dates
from veille.enrich.simple_past import simple_past

WEDNESDAY = date(2026, 12, 2)


@pytest.mark.parametrize(("sentence", "day"), [
    ("Der Deutsche Wetterdienst erwartet am Donnerstag weiteren Regen.", "2026-12-03"),
    ("Die Polizei meldet am Donnerstag neue Zahlen.", "2026-12-03"),
    ("Die Polizei meldete am Donnerstag zwei Tote.", "2026-11-26"),
    ("Die Feuerwehr arbeitete am Donnerstag die ganze Nacht.", "2026-11-26"),
    ("Die Polizei hat am Donnerstag zwei Männer verhaftet.", "2026-11-26"),
])
def test_the_thursday_of_each_tense(sentence: str, day: str) -> None:
    found = [d.value for d in find_dates(sentence, WEDNESDAY, None, language="de")
             if d.text == "Donnerstag"]
    assert found == [day]


@pytest.mark.parametrize(("word", "past"), [
    ("pleuvra", False), ("émouvra", False), ("promouvra", False),
    ("œuvra", True), ("manoeuvra", True), ("recouvra", True), ("livra", True),
])
def test_futures_in_vra_are_no_simple_past(word: str, past: bool) -> None:
    """French, same kind of fault (r-lang54's finding): "Il pleuvra ce week-end", written
    on a Thursday, was the weekend gone by: "pleuvra" read as a passé simple in "-vra"."""
    assert simple_past(word) is past


def test_rain_this_weekend_is_ahead() -> None:
    found = [d.value for d in find_dates("Il pleuvra ce week-end sur toute la Bretagne.",
                                         date(2026, 12, 3), None, language="fr")]
    assert found == ["2026-12-05"]
