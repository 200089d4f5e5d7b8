"""A bare weekday after a full date of the same weekday in its paragraph takes that date
only when its tense allows (t-final63 #9: "Les Lunellois retrouveront leurs halles le samedi
6 juin. La municipalité a dévoilé samedi matin le calendrier…", published Saturday 14
February, gave "samedi matin" 6 June, a past act four months ahead)."""

from __future__ import annotations

from datetime import date

import pytest

from veille.enrich.dates import find_dates


def _values(text: str, published: date) -> dict[str, str]:
    return {d.text: d.value for d in find_dates(text, published)}


@pytest.mark.parametrize(("text", "weekday", "want"), [
    ("Les Lunellois retrouveront leurs halles le samedi 6 juin. La municipalité a dévoilé "
     "samedi matin le calendrier de fin de chantier.", "samedi matin", "2026-02-14"),
    ("Le festival ouvrira le samedi 6 juin. Le maire l'a annoncé samedi lors du conseil "
     "municipal.", "samedi", "2026-02-14"),
])
def test_a_past_weekday_is_not_a_coming_full_date(text: str, weekday: str, want: str) -> None:
    assert _values(text, date(2026, 2, 14))[weekday] == want


def test_an_update_paragraph_keeps_its_weekday() -> None:
    """The rule's own case: the weekday beside the update's date, a day after publication."""
    text = ("Mise à jour mercredi 2 décembre : 3 000 foyers ont été privés d'électricité "
            "mercredi matin, selon Enedis.")
    assert _values(text, date(2026, 12, 1))["mercredi matin"] == "2026-12-02"


def test_a_coming_weekday_still_takes_its_full_date() -> None:
    text = ("Le marché rouvrira le samedi 6 juin. Les commerçants seront présents dès samedi "
            "matin.")
    assert _values(text, date(2026, 2, 14))["samedi matin"] == "2026-06-06"
