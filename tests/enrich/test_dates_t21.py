"""t-enrich21 E12: a day a hearing, vote or match is moved or set to lies ahead of the
moving, whatever the tense of the moving verb; it was the nearest such day, so
"reporté au 15 janvier" written in April gave the January just past."""

from __future__ import annotations

from datetime import date

import pytest

from veille.enrich.dates import find_dates


def _values(text: str, published: date) -> dict[str, str]:
    return {d.text: d.value for d in find_dates(text, published)}


APRIL = date(2026, 4, 9)


@pytest.mark.parametrize(("text", "published", "mention", "value"), [
    ("Le procès a été reporté au 15 janvier.", APRIL, "15 janvier", "2027-01-15"),
    ("L'audience a été fixée au 12 février.", APRIL, "12 février", "2027-02-12"),
    ("Le tribunal correctionnel de Valence a renvoyé mardi au 6 juillet le procès des "
     "deux hommes.", date(2026, 5, 20), "6 juillet", "2026-07-06"),
    ("Le jugement a été mis en délibéré au 2 juin.", APRIL, "2 juin", "2026-06-02"),
    ("The vote was postponed to January 3 by the speaker.", APRIL, "January 3",
     "2027-01-03"),
])
def test_a_day_moved_or_set_to_is_ahead(text: str, published: date, mention: str,
                                        value: str) -> None:
    assert _values(text, published)[mention] == value


def test_a_day_a_thing_happened_on_stays_past() -> None:
    values = _values("Il avait été arrêté le 3 mars à Lyon.", date(2026, 4, 9))
    assert values["3 mars"] == "2026-03-03"
