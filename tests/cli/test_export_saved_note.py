"""``veille export`` says that the store's saved searches are not in the export, and how to
copy them (t-final34 B5: an export re-ingested elsewhere had the articles and "no saved
searches", and nothing had said so). Real SQLite store, the real ``veille`` command."""

from __future__ import annotations

import json
from pathlib import Path

from capture_kit import err, out, run_veille

RECORD = {"title": "Le port de Lorient rouvre ses quais", "source": "Ouest-Exemple",
          "url": "https://www.ouest-exemple.fr/lorient/port-quais",
          "published": "2026-12-01T10:00:00+01:00", "language": "fr",
          "text": "Le port de Lorient a rouvert mardi ses quais principaux après huit mois "
                  "de travaux de consolidation, a annoncé la chambre de commerce."}


def test_export_names_the_saved_searches_it_leaves_out(tmp_path: Path) -> None:
    data = tmp_path / "data"
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", "utf-8")
    assert run_veille(["ingest", str(src)], data_dir=data).returncode == 0
    quiet = run_veille(["export"], data_dir=data)
    assert quiet.returncode == 0 and "saved" not in err(quiet)  # none: nothing to say
    assert run_veille(["saved", "add", "Ports", "port OR quai"], data_dir=data).returncode == 0
    done = run_veille(["export"], data_dir=data)
    assert done.returncode == 0
    assert out(done).count("\n") == 1 and "Lorient" in out(done)  # stdout: the records only
    note = err(done)
    assert "1 saved search" in note and "not exported" in note
    assert "veille saved list --json" in note
