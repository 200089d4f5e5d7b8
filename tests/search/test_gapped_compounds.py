"""A hyphenated place name with a part the analysis drops is searched whole (newuser9 R18:
"Aix-en-Provence", its "en" not indexed, matched "Aix-Marseille-Provence" through the hole
in the phrase of its parts, and ranked it first). Real store, real index, real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.cli.main import main

RECORDS = [
    ("https://a.example/1", "Grève du contrôle aérien",
     "Les aiguilleurs du ciel de Brest et de Saint-Jean-de-Luz sont en grève depuis lundi."),
    ("https://a.example/2", "Nouvelle ligne de car",
     "La ligne relie Saint-Jean-Pied-de-Port à Bayonne et dessert la vallée de la Nive."),
    ("https://a.example/3", "Festival",
     "Le festival de Chalon-sur-Saône ouvre jeudi avec trente compagnies de rue."),
    ("https://a.example/4", "Métropole",
     "Le conseil de la métropole Aix-Marseille-Provence a voté le budget des transports."),
    ("https://a.example/5", "Université",
     "Les étudiants d'Aix-en-Provence manifestent contre la hausse des loyers."),
]


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("gapped")
    path = root / "in.jsonl"
    path.write_text("".join(json.dumps({"url": u, "title": t, "text": x, "language": "fr"},
                                       ensure_ascii=False) + "\n" for u, t, x in RECORDS),
                    "utf-8")
    assert main(["--data-dir", str(root / "data"), "ingest", str(path)]) == 0
    return root / "data"


@pytest.mark.parametrize(("query", "titles"), [
    ('"Aix-en-Provence"', {"Université"}),
    ("Aix-en-Provence", {"Université"}),
    ("Aix-Marseille-Provence", {"Métropole"}),
    ('"Saint-Jean-de-Luz"', {"Grève du contrôle aérien"}),
    ("Saint-Jean-de-Luz", {"Grève du contrôle aérien"}),
    ("Chalon-sur-Saône", {"Festival"}),
    ("Saint-Jean", {"Grève du contrôle aérien", "Nouvelle ligne de car"}),
])
def test_a_hyphenated_name_with_a_dropped_part_matches_itself_only(
        data: Path, capsys: pytest.CaptureFixture[str], query: str, titles: set[str]) -> None:
    capsys.readouterr()
    assert main(["--data-dir", str(data), "search", "--json", "--", query]) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert {h["title"] for h in hits} == titles
