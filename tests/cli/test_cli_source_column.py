"""Regression (t-final25 F7): ``veille latest`` cut a source to its list column's width,
"la1ere.francetvinfo." (a host with no site: the reader could not tell the outlet), and
``veille stories`` said who published first by an assumed clock. A source is shown whole
(up to :data:`veille.cli.render.SOURCE_MAX` characters), a longer one cut with "…"; the
story of Réunion la 1ère's capture and the Paris copy is ordered on La Réunion's clock,
which its masthead names (r-pubdates35). Real store, CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.dedup.test_assumed_zone_order import CAPTURE, PARIS_COPY

from veille.cli.main import main
from veille.cli.render import SOURCE_MAX, source_column


def run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(list(args)) == 0
    return capsys.readouterr().out


def test_a_source_is_shown_whole_or_cut_with_an_ellipsis() -> None:
    assert source_column("la1ere.francetvinfo.fr") == "la1ere.francetvinfo.fr"
    long = "x" * (SOURCE_MAX + 5) + ".fr"
    assert source_column(long).endswith("…") and len(source_column(long)) == SOURCE_MAX


def test_latest_names_the_whole_source_and_stories_an_unknown_order(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    capture, page = tmp_path / "27-la1ere-capture.txt", tmp_path / "26b-reprise-paris.html"
    capture.write_text(CAPTURE, encoding="utf-8")
    page.write_text(PARIS_COPY, encoding="utf-8")
    run(capsys, "--data-dir", data, "ingest", str(capture), "--source",
        "la1ere.francetvinfo.fr")
    run(capsys, "--data-dir", data, "ingest", str(page))
    latest = run(capsys, "--data-dir", data, "latest")
    # since r-source57 the outlet's own name, which its masthead and host vouch for, is
    # shown for the source key the user gave (la1ere.francetvinfo.fr), whole
    assert "Réunion la 1ère " in latest
    [line] = [x for x in latest.splitlines() if "Réunion la 1ère" in x]
    assert "[reprint]" not in line and "[reprise]" not in line
    stories = run(capsys, "--data-dir", data, "stories")
    # Since r-pubdates35 the capture's masthead "Réunion la 1ère" names its territory: its
    # 07h30 is La Réunion's (03:30 UTC, one clock, as a .re domain's:
    # tests/dedup/test_assumed_zone_order.py), before the Paris copy's 04:00 UTC; until
    # then it was Paris time, and the order unknown.
    assert "first published by Réunion la 1ère" in stories
    assert "[reprint]" in next(x for x in latest.splitlines() if "actu.fr" in x)
    assert "dated before" not in stories and "datée avant" not in stories
