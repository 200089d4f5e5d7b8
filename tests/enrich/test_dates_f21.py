"""f-places21 (issue 16): a scheduled event's weekday after "après" or in a cause's
complement in a clause still to come is ahead; ranges of months are one mention with
``until``; a range of days holding publication in a future clause is this year's."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.enrich.date_ranges import month_ranges
from veille.enrich.dates import MONTHS, find_dates

WEDNESDAY = date(2026, 3, 11)


def _dates(text: str, published: date = WEDNESDAY) -> dict[str, tuple[str, str, str]]:
    return {d.text: (d.value, d.granularity, d.until) for d in find_dates(text, published)}


def test_after_an_event_in_a_future_clause_is_the_next_such_day() -> None:
    assert _dates("Le budget sera voté après le débat de jeudi.")["jeudi"][0] == "2026-03-12"
    assert _dates("Les résultats seront connus après le scrutin de lundi.")["lundi"][0] == \
        "2026-03-16"
    assert _dates("Le budget a été voté après le débat de jeudi.")["jeudi"][0] == "2026-03-05"


def test_a_scheduled_cause_of_what_is_to_come_is_ahead() -> None:
    text = "Les écoles resteront fermées en raison de la manifestation de vendredi."
    assert _dates(text)["vendredi"][0] == "2026-03-13"
    text = "Les écoles resteront fermées en raison des orages de lundi."  # unscheduled
    assert _dates(text)["lundi"][0] == "2026-03-09"
    text = "La rue sera barrée jeudi à cause de la course cycliste de dimanche."
    assert _dates(text)["dimanche"][0] == "2026-03-15"
    text = "La voie restera coupée jusqu'à lundi à la suite de l'effondrement de mardi."
    assert _dates(text)["mardi"][0] == "2026-03-10"


def test_a_range_of_months_is_one_mention() -> None:
    assert _dates("La piscine sera fermée de juillet à septembre.") == \
        {"juillet à septembre": ("2026-07-01", "month", "2026-09-30")}
    assert _dates("Les ventes ont reculé entre avril et juin.") == \
        {"entre avril et juin": ("2025-04-01", "month", "2025-06-30")}
    assert _dates("Le chantier ira de novembre 2026 à février 2027.") == \
        {"novembre 2026 à février 2027": ("2026-11-01", "month", "2027-02-28")}
    assert _dates("Sales will rise from May to August.") == \
        {"May to August": ("2026-05-01", "month", "2026-08-31")}
    got = _dates("La chasse est ouverte d'octobre jusqu'en février prochain.")
    assert any(v[2] and v[1] == "month" for v in got.values())


def test_a_range_of_days_running_at_publication_is_this_year() -> None:
    assert _dates("Le salon se tiendra du 2 mars au 20 avril.")["2 mars au 20 avril"] == \
        ("2026-03-02", "day", "2026-04-20")
    assert _dates("Le salon se tiendra du 20 mars au 20 avril.")["20 mars au 20 avril"] == \
        ("2026-03-20", "day", "2026-04-20")


_NAMES = sorted(m for m in MONTHS if "é" not in m and "û" not in m)


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(["de", "entre", "from"]), st.sampled_from(_NAMES),
       st.sampled_from(_NAMES), st.sampled_from(["", " 2025", " 2027"]),
       st.dates(date(2020, 1, 1), date(2030, 12, 31)))
def test_month_ranges_read_forward(opening: str, first: str, last: str, year: str,
                                   published: date) -> None:
    link = {"de": "à", "entre": "et", "from": "to"}[opening]
    text = f"Le marché ouvrira {opening} {first} {link} {last}{year}."
    for d in find_dates(text, published):
        if d.until:
            assert d.value <= d.until and d.granularity == "month"
            assert d.value.endswith("-01")
    assert month_ranges("rien", [], published) == []
