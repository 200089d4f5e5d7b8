"""Issue 16 (r-places52, t-final51b A4): a capture naming El Paso, Texas, was read on
Chicago's clock (its state's main one; El Paso keeps Mountain time), and when its places
split between clocks its printed time was read as UTC, wrong for every one of them. A place
on the edge of a clock now keeps GeoNames' zone (data/place_clocks.tsv), and a split is read
on one of its clocks, said so. Real store, through the CLI; captures written for this test."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from veille.cli.main import main
from veille.extract.place_zones import place_clock, split_reading


def _ingest(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> dict:
    capture = tmp_path / "capture.txt"
    capture.write_text(text, encoding="utf-8")
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "ingest", str(capture)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "export", "--format", "jsonl"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("{"))
    return json.loads(line)["content"]


def test_a_town_on_the_edge_of_its_states_clock() -> None:
    assert place_clock("US", "TX", 31.75872, -106.48693) == "America/Denver"  # El Paso
    assert place_clock("US", "TX", 29.76328, -95.36327) == "America/Chicago"  # Houston
    assert place_clock("US", "TX") == "America/Chicago"  # no point: the state's clock


def test_el_paso_is_on_mountain_time(tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    content = _ingest(tmp_path, capsys, (
        "Water main breaks downtown\n\nPosted March 2, 2026 7:40 a.m.\n\n"
        "Crews in El Paso repaired a water main on Monday. Residents of El Paso were told "
        "to boil water until Tuesday.\n"))
    assert "America/Denver" in content["evidence"]["timezone"]
    assert datetime.fromisoformat(content["published"]) == datetime.fromisoformat(
        "2026-03-02T14:40:00+00:00")


def test_a_split_is_read_on_one_of_its_clocks_not_utc(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    content = _ingest(tmp_path, capsys, (
        "Trucks wait at the border\n\nPosted February 3, 2026 6:05 a.m.\n\n"
        "Trucks between El Paso and Ciudad Juárez waited four hours on Tuesday. "
        "The line between Laredo and Nuevo Laredo was shorter.\n"))
    how = content["evidence"]["timezone"]
    assert "places split between" in how and "read on America/Denver" in how
    # 06:05 Mountain time, not 06:05 UTC
    assert datetime.fromisoformat(content["published"]) == datetime.fromisoformat(
        "2026-02-03T13:05:00+00:00")


def test_clocks_keeping_the_same_offsets_are_one() -> None:
    zone, why = split_reading([("America/Los_Angeles", 2), ("America/Tijuana", 2)])
    assert zone == "America/Los_Angeles" and "same offsets" in why
    zone, why = split_reading([("Europe/Paris", 3), ("America/Chicago", 2)])
    assert zone == "Europe/Paris" and "most of their mentions" in why
    zone, why = split_reading([("Europe/Madrid", 2), ("Europe/Lisbon", 2)], "Europe/Paris")
    assert zone == "" and "kept" in why  # the language's zone keeps one of their clocks


def test_a_minor_town_of_a_named_country_votes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """t-final51b A12: Elvas (a minor town) beside "Portugal" counts against Spain's places:
    a split, said, not "inferred from the places (Badajoz, Mérida)"."""
    content = _ingest(tmp_path, capsys, (
        "Cyclists cross the border\n\nPosted April 12, 2026 9:10 a.m.\n\n"
        "Cyclists rode from Badajoz to Campo Maior on Sunday. Badajoz hosted the start, and "
        "Campo Maior, in Portugal, welcomed them at noon.\n"))
    how = content["evidence"]["timezone"]
    assert "places split between" in how and "Europe/Lisbon (Campo Maior)" in how
