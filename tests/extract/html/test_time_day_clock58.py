"""A ``<time>`` whose ``datetime`` gives the day only and whose text gives the same day with
a clock time ("Mardi 3 mars 2026 à 18:20") dates the article to that time in the page's
zone (t-final58 #15: the time was lost); a text naming another day leaves the attribute's
day. An HTML dateline without a year ("TOULON, 5 févr (AFP) -") dates it too, the evidence
saying the year was inferred (t-final58 #1)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract.html import extract_html

NOW = datetime(2026, 3, 10, 12, tzinfo=UTC)
BODY = "".join(
    f"<p>Le conseil municipal de Perpignan a voté la prolongation du marché numéro {n} "
    "pour une semaine, après une fréquentation record des chalets de la place.</p>"
    for n in range(3))


def page(box: str, first: str = "") -> str:
    return ("<html lang='fr'><head><title>Marché prolongé</title></head><body><article>"
            f"<h1>Perpignan : le marché prolongé</h1>{box}{first}{BODY}</article></body></html>")


@pytest.mark.parametrize(("box", "hour", "minute"), [
    ("<time datetime='2026-03-03'>Mardi 3 mars 2026 à 18:20</time>", 18, 20),
    ("<time datetime='2026-03-03'>3 mars 2026, 07h45</time>", 7, 45),
    ("<time datetime='2026-03-03'>le 3 mars 2026 à 9 h 05</time>", 9, 5),
])
def test_the_printed_clock_of_the_same_day(box: str, hour: int, minute: int) -> None:
    content = extract_html(page(box), fetched_at=NOW)
    assert content.published is not None and content.published_precision == "time"
    assert content.published.date().isoformat() == "2026-03-03"
    assert (content.published.hour, content.published.minute) == (hour, minute)
    assert content.published.utcoffset() == timedelta(hours=1)


def test_another_day_in_the_text_keeps_the_attribute() -> None:
    content = extract_html(page("<time datetime='2026-03-04'>Mardi 3 mars 2026 à 18:20</time>"),
                           fetched_at=NOW)
    assert content.published is not None and content.published_precision == "day"
    assert content.published.date().isoformat() == "2026-03-04"


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 28), st.integers(0, 23), st.integers(0, 59))
def test_any_clock_of_the_day(day: int, hour: int, minute: int) -> None:
    box = f"<time datetime='2026-02-{day:02d}'>{day} février 2026 à {hour}:{minute:02d}</time>"
    content = extract_html(page(box), fetched_at=NOW)
    assert content.published is not None
    assert content.published.replace(tzinfo=None) == datetime(2026, 2, day, hour, minute)


def test_html_dateline_without_a_year() -> None:
    first = ("<p>TOULON, 5 févr (AFP) - Le sous-marin Émeraude est rentré jeudi à Toulon "
             "après six mois de déploiement, a annoncé la préfecture maritime.</p>")
    content = extract_html(page("", first), fetched_at=NOW)
    assert content.published is not None
    assert content.published.date().isoformat() == "2026-02-05"
    assert "year inferred" in content.evidence["published"]
