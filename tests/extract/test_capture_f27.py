"""Text captures' dates (f-dates27): a masthead's clock above the headline is the time the
page was shown, never the article's publication time; a site's "dernière mise à jour du
site" dates nothing; a time without a zone is marked as assumed, in the outlet's zone."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.cli.main import main
from veille.extract.text_capture import extract_text_capture

FETCHED = datetime(2026, 12, 1, 13, 40, tzinfo=UTC)
HEADLINE = "Brest : la ligne de tramway B sera prolongée jusqu'au technopôle"
BODY = ("Le conseil métropolitain a voté lundi soir le prolongement de la ligne B du tramway "
        "jusqu'au technopôle de Brest-Iroise. Les travaux doivent commencer au printemps "
        "2027.\n\nLe chantier, estimé à 95 millions d'euros, sera financé à parts égales par "
        "la métropole et la région. L'opposition a voté contre.\n")


def _capture(top: str, under: str = "") -> str:
    return "\n\n".join(p for p in ["Le Quotidien\n" + top +
                                   "\nÀ la une  Politique  Sports", HEADLINE, under, BODY] if p)


@pytest.mark.parametrize("masthead", ["Mardi 1 décembre 2026, 14:32",
                                      "Mardi 1 décembre 2026 à 14h32",
                                      "Tuesday, December 1, 2026 2:32 PM"])
def test_a_masthead_clock_alone_gives_the_day_only(masthead: str) -> None:
    """The masthead's date and clock were the publication's, to the minute."""
    r = extract_text_capture(_capture(masthead), language="fr",
                             site_url="https://www.exemple.fr/", fetched_at=FETCHED)
    assert r.published is not None and r.published.date() == date(2026, 12, 1)
    assert not r.published_has_time
    assert "masthead's clock" in r.evidence["dates_rejected"]
    assert r.evidence["timezone"] == "assumed (Europe/Paris)"


def test_a_masthead_clock_lends_no_time_to_a_day_only_dateline() -> None:
    r = extract_text_capture(_capture("01/12/2026 14:32", "Publié le 1er décembre 2026"),
                             language="fr", site_url="https://www.exemple.fr/",
                             fetched_at=FETCHED)
    assert r.published is not None and not r.published_has_time


@pytest.mark.parametrize("clock", ["Dernière mise à jour du site : 1er décembre 2026 à 14h32",
                                   "Site mis à jour le 1er décembre 2026 à 14h32"])
def test_the_sites_clock_dates_nothing(clock: str) -> None:
    """"Dernière mise à jour du site : 1er décembre 2026 à 14h32" alone was read as the
    article's publication at 14:32."""
    r = extract_text_capture(_capture(clock), language="fr",
                             site_url="https://www.exemple.fr/", fetched_at=FETCHED)
    assert r.published is None and r.updated is None
    assert "site's clock" in r.evidence["dates_rejected"]


def test_the_sites_clock_leaves_the_articles_dateline() -> None:
    r = extract_text_capture(
        _capture("Dernière mise à jour du site : 1er décembre 2026 à 14h32",
                 "Le 28 novembre 2026 à 07h15"),
        language="fr", site_url="https://www.exemple.fr/", fetched_at=FETCHED)
    assert r.published is not None and r.published.isoformat() == "2026-11-28T07:15:00+01:00"
    assert r.updated is None


def test_the_articles_time_under_a_masthead_clock_is_kept() -> None:
    r = extract_text_capture(_capture("Mardi 1 décembre 2026 — 14:32",
                                      "Publié le 30 novembre 2026 à 18h05"),
                             language="fr", site_url="https://www.exemple.fr/",
                             fetched_at=FETCHED)
    assert r.published is not None and r.published.isoformat() == "2026-11-30T18:05:00+01:00"


@pytest.mark.parametrize(("site", "offset", "zone"), [
    ("https://www.exemple.fr/", "+01:00", "Europe/Paris"),
    ("https://www.exemple.nc/", "+11:00", "Pacific/Noumea"),
    ("https://www.exemple.re/", "+04:00", "Indian/Reunion"),
])
def test_a_time_without_zone_is_assumed_in_the_outlets_zone(site: str, offset: str,
                                                            zone: str) -> None:
    r = extract_text_capture(_capture("", "Publié le 1 décembre 2026 à 09h30"),
                             language="fr", site_url=site, fetched_at=FETCHED)
    assert r.published is not None
    assert r.published.isoformat() == f"2026-12-01T09:30:00{offset}"
    assert r.evidence["timezone"] == f"assumed ({zone})"


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 23), st.integers(0, 59), st.sampled_from([", ", " à ", " — ", " "]))
def test_no_masthead_clock_is_a_publication_time(hour: int, minute: int, sep: str) -> None:
    r = extract_text_capture(_capture(f"Mardi 1 décembre 2026{sep}{hour:02d}:{minute:02d}"),
                             language="fr", site_url="https://www.exemple.fr/",
                             fetched_at=datetime(2026, 12, 1, 23, 30, tzinfo=UTC))
    assert r.published is None or not r.published_has_time


def test_a_stored_capture_keeps_no_masthead_clock(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Ingested into a real store and exported: the masthead's 14:32 was the article's."""
    capture = tmp_path / "brest.txt"
    capture.write_text(_capture("Mardi 1 décembre 2026, 14:32"), "utf-8")
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "ingest", "--source", "exemple.fr", str(capture)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "export", "--format", "jsonl"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    content = json.loads(line)["content"]
    assert content["title"] == HEADLINE
    assert content["published"].startswith("2026-12-01")
    assert content["published_precision"] != "time", content
