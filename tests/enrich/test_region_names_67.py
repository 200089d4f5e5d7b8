"""h-places67 (issue 16, t-check66 F6): a region outside France has its English and
French exonyms in ``veille places --json`` ("Tuscany"/"Toscane" for an article's
"Toscana"), from the shipped ``region_codes.tsv`` and ``gazetteer.tsv``. A real store
through the CLI, and the labels of regions of four countries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.cli.main import main
from veille.enrich.english_names import place_labels


@pytest.mark.parametrize(("place_id", "local", "english", "french"), [
    ("iso3166-2:IT-25", "Lombardia", "Lombardy", "Lombardie"),
    ("iso3166-2:ES-CT", "Catalunya", "Catalonia", "Catalogne"),
    ("iso3166-2:ES-AN", "Andalucía", "Andalusia", "Andalousie"),
    ("iso3166-2:DE-BY", "Bayern", "Bavaria", "Bavière"),
])
def test_a_region_has_its_exonyms(place_id: str, local: str, english: str,
                                  french: str) -> None:
    assert place_labels(place_id, "", local, "region", local) == (english, french)


def test_places_json_gives_tuscany_in_english_and_french(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    source = tmp_path / "a.txt"
    source.write_text("Maltempo in Toscana\n\nAllerta arancione in Toscana per la pioggia "
                      "fino a domani sera.\n", "utf-8")
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "ingest", str(source), "--source", "iltirreno.it"]) == 0
    assert main(["--data-dir", data, "enrich"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "places", "--json"]) == 0
    out = capsys.readouterr().out
    rows = [json.loads(line) for line in out.splitlines() if line.startswith("{")] or \
        json.loads(out)
    tuscany = [r for r in rows if r["id"] == "iso3166-2:IT-52"]
    assert tuscany and tuscany[0]["english_name"] == "Tuscany"
    assert tuscany[0]["french_name"] == "Toscane"
