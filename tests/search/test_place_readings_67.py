"""A query word that names a place finds the articles placed there, as ``place:`` does
(t-final67 R6: ``veille search Saxe`` found nothing although the article's resolved place
is in Saxony). Held-out cases in German, Italian and Spanish, each placed by the
enrichment in a region the French query names; real store, real index, the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.cli.main import main

RECORDS = [
    {"url": "https://www.lvz.example/leipzig/2026/12/02/strassenbahn", "source": "lvz.de",
     "language": "de", "published": "2026-12-02T09:00:00+01:00",
     "title": "Leipzig: Straßenbahn entgleist am Hauptbahnhof",
     "text": "In Leipzig ist am Dienstagmorgen eine Straßenbahn am Hauptbahnhof entgleist. "
             "Verletzt wurde nach Angaben der Verkehrsbetriebe niemand.\n\n"
             "Die Linie 3 fuhr bis zum Nachmittag nur zwischen Leipzig-Grünau und dem "
             "Augustusplatz."},
    {"url": "https://www.ilmattino.example/napoli/2026/12/02/metro", "source": "ilmattino.it",
     "language": "it", "published": "2026-12-02T10:00:00+01:00",
     "title": "Napoli, la linea 1 della metropolitana ferma per un guasto",
     "text": "A Napoli la linea 1 della metropolitana è rimasta ferma per tre ore martedì "
             "mattina a causa di un guasto elettrico.\n\n"
             "I passeggeri sono stati fatti scendere alla stazione Dante."},
    {"url": "https://www.diariodesevilla.example/sevilla/2026/12/02/calor",
     "source": "diariodesevilla.es", "language": "es",
     "published": "2026-12-02T11:00:00+01:00",
     "title": "Sevilla registra la temperatura más alta de diciembre",
     "text": "Sevilla registró el martes 27 grados, la temperatura más alta para un mes "
             "de diciembre desde que hay registros.\n\n"
             "La Agencia Estatal de Meteorología prevé un descenso a partir del jueves."},
]


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> str:
    root: Path = tmp_path_factory.mktemp("readings67")
    path = root / "records.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS),
                    encoding="utf-8")
    data = str(root / "data")
    for args in (["ingest", str(path)], ["enrich"], ["reindex"]):
        assert main(["--data-dir", data, *args]) == 0
    return data


def _found(data: str, query: str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    capsys.readouterr()
    assert main(["--data-dir", data, "search", query, "--json"]) == 0
    return [hit["url"].split("/")[2] for hit in json.loads(capsys.readouterr().out)["hits"]]


@pytest.mark.parametrize(("query", "host"), [
    ("Saxe", "www.lvz.example"), ("Campanie", "www.ilmattino.example"),
    ("Andalousie", "www.diariodesevilla.example"), ("saxe", "www.lvz.example")])
def test_a_region_named_in_french_finds_its_articles(
        data: str, query: str, host: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", data, "search", f"place:{query}", "--json"]) == 0
    assert _found(data, query, capsys) == [host]


def test_a_word_that_names_no_place_finds_only_its_text(
        data: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert _found(data, "metropolitana", capsys) == ["www.ilmattino.example"]
    assert _found(data, "Saxe -Leipzig", capsys) == []
