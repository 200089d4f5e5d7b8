"""A one-sentence paragraph ending in a German quotation („…“, ‚…‘, »…«) is prose: the
sentence-end pattern knew the closing marks of English and French only, so "Der Landrat,
Klaus Berger, sagte: „… eröffnet.“" was dropped from a capture as page furniture
(r-quotes58, b8 of its held-out set; a quote and its speaker lost). Real CLI, real store;
own text."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.cli.main import main
from veille.extract.textshape import ends_sentence

CAPTURE = """Werra Kurier
Suche
Anmelden

Eschwege bekommt eine neue Feuerwache

04.12.2026, 11:05 Uhr

Die alte Wache an der Bahnhofstraße ist zu klein geworden und wird verkauft.

Der Landrat des Kreises, Klaus Berger, sagte: „Die neue Wache wird im Herbst 2027 bezogen.“

Der Neubau kostet nach Angaben der Stadt rund acht Millionen Euro.
"""


@pytest.mark.parametrize("text", [
    "Er sagte: „Die neue Wache wird im Herbst bezogen.“",
    "Sie sagte: ‚Das Bad wird im Sommer eröffnet.‘",
    "Er sagte: »Die Brücke wird im Mai gesperrt.«",
    "Il a dit : « Le pont sera fermé en mai. »",
    "He said: “The bridge will close in May.”",
])
def test_a_sentence_closed_by_a_quotation_mark_ends_a_sentence(text: str) -> None:
    assert ends_sentence(text)


def test_a_german_quote_paragraph_is_kept_with_its_speaker(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capture = tmp_path / "eschwege.txt"
    capture.write_text(CAPTURE, "utf-8")
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "ingest", str(capture)]) == 0
    assert main(["--data-dir", data, "enrich"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "quotes"]) == 0
    quotes = capsys.readouterr().out
    assert "Die neue Wache wird im Herbst 2027 bezogen." in quotes
    assert "Klaus Berger" in quotes
