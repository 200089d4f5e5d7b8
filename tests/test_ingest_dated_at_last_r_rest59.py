"""A capture first ingested with a future date typo, then corrected (t-final58 #16).

The first read's date is refused as future and the article stored undated; the corrected
capture was a duplicate of it (or stored apart as its "[republication]") and the story
said "first published by …, date unknown". It is now the article's version, carrying the
date, whichever file is the older on disk. Real CLI over a real store.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from veille.cli.main import cli

FR = """Le Journal de Pradelles

Pradelles : la médiathèque ouvrira le dimanche à partir de janvier

Par Colette Vigouroux
Publié le {day} à 10h30

La médiathèque de Pradelles ouvrira désormais le dimanche matin, a décidé le conseil
municipal lundi soir, après une consultation des habitants qui a recueilli six cents avis.

« Le dimanche est le seul jour où les familles peuvent venir ensemble », a expliqué
l'adjointe à la culture, Hortense Malavieille.
"""
EN = """The Brackwater Herald

Brackwater ferry to run every hour from spring

By Tobias Quarrie
Published {day} 8:10 am

The Brackwater ferry will run every hour from the spring, the harbour board said on
Monday, after a year of complaints about the two-hour gaps between crossings.

"Passengers told us loud and clear," said the board's chair, Philippa Norcott.
"""


@pytest.mark.parametrize(("text", "typo", "right", "source"), [
    (FR, "28/12/2026", "01/12/2026", "journal-pradelles.fr"),
    (EN, "December 28, 2026", "December 1, 2026", "brackwaterherald.co.uk"),
])
def test_the_corrected_capture_dates_the_article(tmp_path: Path, text: str, typo: str,
                                                 right: str, source: str) -> None:
    runner = CliRunner()
    data = ["--data-dir", str(tmp_path / "data")]
    wrong, fixed = tmp_path / "typo.txt", tmp_path / "fixed.txt"
    wrong.write_text(text.format(day=typo), "utf-8")
    fixed.write_text(text.format(day=right), "utf-8")
    os.utime(fixed, (0, wrong.stat().st_mtime - 3600))  # the corrected file is the older
    first = runner.invoke(cli, [*data, "ingest", str(wrong), "--source", source])
    assert first.exit_code == 0 and "stored undated" in first.output, first.output
    second = runner.invoke(cli, [*data, "ingest", str(fixed), "--source", source])
    assert second.exit_code == 0 and "versions 1" in second.output, second.output
    rows = [json.loads(line) for line in runner.invoke(
        cli, [*data, "latest", "--json"]).output.splitlines() if line.startswith("{")]
    assert len(rows) == 1, rows
    assert str(rows[0]["content"]["published"]).startswith("2026-12-01"), rows[0]["content"]
    listed = runner.invoke(cli, [*data, "latest"]).output
    assert "[republication]" not in listed and "date unknown" not in listed, listed
    stories = runner.invoke(cli, [*data, "stories"]).output
    assert "date unknown" not in stories and "2026-12-01" in stories, stories
