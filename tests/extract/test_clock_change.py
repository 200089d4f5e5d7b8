"""A zone-less time that the assumed zone's clocks skipped (spring forward) or showed twice
(fall back) is said so in ``evidence["timezone"]`` (newuser16c N2: taken silently, the hour
possibly off by one). Real store; hypothesis for the rule."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

import veille
from veille.extract.clock_change import clock_change

PAGE = ("<!doctype html><html lang='fr'><head><title>{title}</title>"
        "<meta property='article:published_time' content='{when}'></head><body><article>"
        "<h1>{title}</h1><p>Les horloges ont changé cette nuit dans toute la région, et les "
        "trains de nuit ont attendu une heure en gare de Dijon avant de repartir.</p>"
        "<p>La SNCF assure que les correspondances du matin seront maintenues.</p>"
        "</article></body></html>")


def _evidence(tmp_path: Path, when: str) -> tuple[str, str]:
    with veille.open(tmp_path / when.replace(":", "-")) as v:
        [article_id] = v.ingest_bytes([("heure.html", PAGE.format(
            title=f"Changement d'heure {when}", when=when).encode())]).new_ids
        content = v.get(article_id).content
    assert content is not None and content.published is not None
    return content.evidence["timezone"], content.published.isoformat()


def test_a_skipped_and_a_doubled_local_time_are_said(tmp_path: Path) -> None:
    spring, stored = _evidence(tmp_path, "2026-03-29T02:30:00")
    assert "2026-03-29 02:30 does not exist in Europe/Paris" in spring, spring
    assert stored == "2026-03-29T02:30:00+01:00"
    autumn, stored = _evidence(tmp_path, "2026-10-25T02:30:00")
    assert "2026-10-25 02:30 happened twice in Europe/Paris" in autumn, autumn
    assert "the first, at +02:00, taken" in autumn and stored == "2026-10-25T02:30:00+02:00"
    plain, _ = _evidence(tmp_path, "2026-10-25T04:30:00")
    assert "does not exist" not in plain and "happened twice" not in plain
    given_zone, _ = _evidence(tmp_path, "2026-03-29T02:30:00+01:00")
    assert "does not exist" not in given_zone  # the page gave its offset: nothing assumed


PARIS = ZoneInfo("Europe/Paris")


@given(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2037, 12, 31)))
def test_only_times_with_two_readings_are_flagged(wall: datetime) -> None:
    """The sentence comes exactly when the two PEP 495 readings differ, and never for a
    fixed offset."""
    value = wall.replace(tzinfo=PARIS)
    differ = value.replace(fold=0).utcoffset() != value.replace(fold=1).utcoffset()
    assert bool(clock_change(value)) == differ
    assert clock_change(wall.replace(tzinfo=timezone(timedelta(hours=1)))) == ""
    assert clock_change(wall.replace(tzinfo=UTC)) == ""
