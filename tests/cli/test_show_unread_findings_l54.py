"""`veille show` lists what enrichment found in a language no name model reads
(t-final54 A7; an invented German capture).

The JSON held the people, places and quotes veille's tables and rules found (Markus
Söder, Passau, his quote), and the text `show` printed only the dates mentioned: the
reader was told nothing else was found.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.cli.main import main

CAPTURE = "\n".join([
    "DER SPIEGEL",
    "Suche",
    "",
    "Hochwasser an der Donau: Zwei Tote in Passau",
    "",
    "Von Anna Reimann",
    "02.12.2026, 16.45 Uhr",
    "",
    ("Zwei Menschen sind beim Hochwasser in Passau ums Leben gekommen, wie die Polizei am "
     "Dienstag mitteilte. Tausende Menschen mussten ihre Häuser verlassen."),
    ("»Die Lage ist ernst, aber unter Kontrolle«, sagte Ministerpräsident Markus Söder bei "
     "einem Besuch in Passau."),
    "",
])


def test_show_lists_people_places_and_quotes(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    capture = tmp_path / "spiegel.txt"
    capture.write_text(CAPTURE, encoding="utf-8")
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "ingest", str(capture)]) == 0
    assert main(["--data-dir", data, "enrich"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "latest"]) == 0
    article_id = capsys.readouterr().out.split()[0]
    assert main(["--data-dir", data, "show", article_id]) == 0
    found = capsys.readouterr().out.split("Found by enrichment")[-1]
    assert "Markus Söder" in found
    assert "Passau" in found
    assert "Die Lage ist ernst" in found
