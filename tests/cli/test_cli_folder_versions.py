"""A folder source's file overwritten in place is a version of its article (newuser8 Q29):
the file's path in the folder identifies it as a URL identifies a page. Run as a user would:
`veille sources add DIR`, `veille watch --once`, a real store."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from capture_kit import err, out, run_veille

FIRST = ("Incendie à Marseille : un immeuble évacué\n\n"
         "Un incendie s'est déclaré mardi matin dans un immeuble du 3e arrondissement de "
         "Marseille, entraînant l'évacuation d'une trentaine d'habitants, selon les "
         "marins-pompiers.\n\n"
         "Aucune victime n'était à déplorer en fin de matinée, selon les premiers éléments "
         "communiqués par les secours.\n")
CORRECTED = ("Incendie à Marseille : un immeuble évacué, deux blessés\n\n"
             "Un incendie s'est déclaré mardi matin dans un immeuble du 3e arrondissement de "
             "Marseille, entraînant l'évacuation d'une trentaine d'habitants, selon les "
             "marins-pompiers.\n\n"
             "Deux personnes ont été légèrement blessées, a précisé en fin de matinée la "
             "préfecture de police des Bouches-du-Rhône.\n")
OTHER = ("Grève à la SNCF : le trafic perturbé jeudi\n\n"
         "La circulation des trains sera fortement perturbée jeudi sur l'ensemble du réseau, "
         "à l'appel de plusieurs syndicats de cheminots opposés à la réforme des retraites.\n\n"
         "La direction prévoit un TGV sur deux et un TER sur trois, et conseille aux voyageurs "
         "de reporter leurs déplacements.\n")


NO_ENRICHMENT = {"VEILLE_ENRICH_IN_BACKGROUND": "0"}
"""No spaCy at the end of each `watch --once` (seconds each): this test reads versions."""


def _latest(data: Path) -> list[dict[str, Any]]:
    shown = run_veille(["latest", "--json"], data_dir=data)
    assert shown.returncode == 0, err(shown)
    return [json.loads(line) for line in out(shown).splitlines()]


def test_a_file_overwritten_in_a_folder_source_is_a_version(tmp_path: Path) -> None:
    drop, data = tmp_path / "depeches", tmp_path / "data"
    drop.mkdir()
    (drop / "marseille.txt").write_text(FIRST, encoding="utf-8")
    added = run_veille(["sources", "add", str(drop), "--name", "agence"], data_dir=data)
    assert added.returncode == 0, err(added)
    first = run_veille(["watch", "--once"], data_dir=data, env=NO_ENRICHMENT)
    assert "new 1" in err(first), err(first)

    (drop / "marseille.txt").write_text(CORRECTED, encoding="utf-8")
    second = run_veille(["watch", "--once"], data_dir=data, env=NO_ENRICHMENT)
    assert "new 0" in err(second) and "versions 1" in err(second), err(second)
    articles = _latest(data)
    assert [a["content"]["title"] for a in articles] == [
        "Incendie à Marseille : un immeuble évacué, deux blessés"]
    history = run_veille(["duplicates", str(articles[0]["id"])], data_dir=data)
    assert "version  1" in out(history) and "immeuble évacué\n" in out(history), out(history)

    # Another dispatch given the same file name is a new article (a reused name, as a
    # reused URL), and the first one keeps its text.
    (drop / "marseille.txt").write_text(OTHER, encoding="utf-8")
    third = run_veille(["watch", "--once"], data_dir=data, env=NO_ENRICHMENT)
    assert "new 1" in err(third) and "versions 0" in err(third), err(third)
    assert len(_latest(data)) == 2


def test_loose_files_given_to_ingest_keep_their_content_identity(tmp_path: Path) -> None:
    drop, data = tmp_path / "depeches", tmp_path / "data"
    drop.mkdir()
    (drop / "marseille.txt").write_text(FIRST, encoding="utf-8")
    assert run_veille(["ingest", str(drop)], data_dir=data).returncode == 0
    (drop / "marseille.txt").write_text(CORRECTED, encoding="utf-8")
    again = run_veille(["ingest", str(drop)], data_dir=data)
    assert "new 1" in err(again), err(again)
