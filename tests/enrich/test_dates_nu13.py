"""Dates mentioned that newuser13a (sessions "a" and "h2") found false: "depuis" marks the
past, a date moved to a day is that coming day, a relative mention counted from another
moment, a weekday of habit and "aujourd'hui" meaning nowadays are no dates. The texts are
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from veille.enrich.date_ranges import ends
from veille.enrich.dates import find_dates

TUESDAY = date(2026, 12, 1)


def _values(text: str) -> dict[str, str]:
    return {d.text: d.value for d in find_dates(text, TUESDAY)}


@pytest.mark.parametrize(("text", "mention", "value"), [
    ("Depuis le week-end, une rumeur circule sur les réseaux sociaux.", "le week-end",
     "2026-11-28"),
    ("La patinoire, fermée depuis l'été pour des travaux, rouvrira bientôt.", "l'été",
     "2026-06-01"),
    ("Le concert a été repoussé au 19 décembre par la préfecture.", "19 décembre",
     "2026-12-19"),
    ("La vente a été reportée au 9 janvier par le tribunal.", "9 janvier", "2027-01-09"),
])
def test_since_is_past_and_moved_to_is_the_new_day(text: str, mention: str, value: str) -> None:
    assert _values(text)[mention] == value


@pytest.mark.parametrize("text", [
    "Le remboursement sera versé dès le mois suivant.",
    "Les résultats seront connus la semaine suivante.",
    "Les producteurs du samedi s'installent place du Marché.",
    "Le pêcheur, aujourd'hui installé à Lorient, se souvient de la tempête.",
    "Le navigateur, aujourd'hui âgé de 70 ans, ne court plus.",
    "La Bretagne d'aujourd'hui n'a plus rien à voir.",
])
def test_no_date(text: str) -> None:
    assert find_dates(text, TUESDAY) == []


def test_today_is_still_a_day() -> None:
    assert _values("Le conseil se réunit aujourd'hui à Vannes.")["aujourd'hui"] == "2026-12-01"
    assert [v for d in find_dates("dans la nuit du samedi au dimanche", TUESDAY)
            for _, v in ends(d)] == ["2026-11-28", "2026-11-29"]
