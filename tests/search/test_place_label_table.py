"""``place:"Saint-Denis (Seine-Saint-Denis)"``, the label the pages give a place with
namesakes, is answered from the shipped label table, not by building the gazetteer in
each process (t-final27 F9: 11-13 s per ``veille search`` of such a label on a 12-article
store, ``place:Syrie`` 21 ms), with the answers the gazetteer gives."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dispatch_kit import records_file
from veille.enrich.place_labels import (
    ANY_NAME,
    label_table,
    labelled_place,
    labelled_shipped,
    shipped_label_table,
)
from veille.enrich.places import Gazetteer, shipped

LABELS = ["Saint-Denis (Seine-Saint-Denis)", "Saint-Denis (La Réunion)",
          "saint denis (seine saint denis)", "St-Denis (La Réunion)", "Valence (Drôme)",
          "Valence (Espagne)", "Valence (Spain)", "Valence (France)", "Paris (France)",
          "Saint-Denis (Mars)", "Syrie", "Nowhere (France)"]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return shipped()


def test_the_shipped_table_is_current(gazetteer: Gazetteer) -> None:
    fresh = json.loads(json.dumps(label_table(gazetteer)))
    assert fresh == shipped_label_table(), "run scripts/gen_place_labels.py"


def test_the_table_answers_as_the_gazetteer(gazetteer: Gazetteer) -> None:
    table = shipped_label_table()
    labels = list(LABELS)
    for key in sorted(table["names"])[::40]:  # a spread of names, every area form
        for written, place_id, country in table["names"][key]:
            name = key if written == ANY_NAME else written
            areas = [country, *table["countries"].get(country, [])]
            code = table["departments"].get(place_id)
            areas += table["areas"].get(code, []) if code else []
            labels += [f"{name} ({area})" for area in areas if area]
    assert len(labels) > 500
    for label in labels:
        assert labelled_shipped(label) == labelled_place(gazetteer, label), label
    assert labelled_shipped("Saint-Denis (Seine-Saint-Denis)") == "geonames:2980916"
    assert labelled_shipped("Saint-Denis (La Réunion)") == "geonames:935264"


def test_a_search_of_a_label_builds_no_gazetteer(tmp_path: Path) -> None:
    records = records_file(tmp_path / "in.jsonl", [
        {"url": "https://journal.example/saint-denis", "language": "fr",
         "title": "Saint-Denis : le marché rouvre", "published": "2026-10-02T10:00:00Z",
         "text": "Le marché de Saint-Denis a rouvert samedi après des travaux, a annoncé "
                 "la mairie de la ville de Seine-Saint-Denis."}])
    code = (
        "import sys, veille\n"
        "from veille.enrich.places import shipped\n"
        "with veille.open(sys.argv[1]) as v:\n"
        "    v.ingest(sys.argv[2])\n"
        "    shipped.cache_clear()\n"
        "    v.search('place:\"Saint-Denis (Seine-Saint-Denis)\"')\n"
        "    print(shipped.cache_info().currsize)\n")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "data"), str(records)],
                          capture_output=True, text=True, check=True, timeout=600)
    assert done.stdout.strip().splitlines()[-1] == "0", done.stderr
