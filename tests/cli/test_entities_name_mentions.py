"""``veille entities --name`` finds an entity by the way an article writes it, as the README
promises ("whose name, or one of whose aliases, contains this"): an acronym recorded as a
mention of the full name (t-final34 A12: `entities --name DGAC` printed nothing while the
mentions recorded "DGAC" under the Direction générale de l'aviation civile). Real SQLite
store and index, the real ``veille`` command."""

from __future__ import annotations

import json
from pathlib import Path

from capture_kit import out, run_veille

RECORD = {"title": "Grève des aiguilleurs : les vols réduits à Brest jeudi",
          "source": "Ouest-Exemple", "url": "https://www.ouest-exemple.fr/brest/vols-greve",
          "published": "2026-12-01T10:00:00+01:00", "language": "fr",
          "text": "La Direction générale de l'aviation civile (DGAC) a demandé aux compagnies "
                  "de réduire leurs vols jeudi à l'aéroport de Brest-Bretagne.\n\nSelon la "
                  "DGAC, des retards sont à prévoir toute la journée."}


def test_entities_name_finds_an_entity_by_its_written_acronym(tmp_path: Path) -> None:
    data = tmp_path / "data"
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", "utf-8")
    assert run_veille(["ingest", str(src)], data_dir=data).returncode == 0
    assert run_veille(["enrich"], data_dir=data).returncode == 0
    listed = out(run_veille(["entities", "--name", "DGAC"], data_dir=data))
    assert "Direction générale de l'aviation civile" in listed
    assert "Brest" not in listed  # only the entity written so
    assert out(run_veille(["entities", "--name", "FNSEA"], data_dir=data)).strip() == ""
