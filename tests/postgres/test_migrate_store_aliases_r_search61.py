"""t-final60: ``migrate-store`` copied the tables but not the data directory's
``aliases.tsv``: a data directory pointed at the migrated store had none of the user's
aliases (``entity:"Mme Darcourt"`` 7 hits on SQLite, 1 on PostgreSQL). The store now keeps
the user's alias table (:mod:`veille.store.data_files`): migrate-store saves it, a data
directory on the store that lacks it gets it, ``aliases add``/``remove`` save it again.
Real SQLite store, real PostgreSQL store and index, real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.cli.main import main
from veille.enrich.aliases import load, table_path

RECORD = {"title": "Valmont : la ministre Odile Carvès en visite", "language": "fr",
          "published": "2026-12-01T10:00:00+01:00", "url": "https://example.org/carves",
          "text": "En visite lundi à Valmont, la ministre Odile Carvès a promis un plan. "
                  "Mme Carvès a ajouté que le plan serait présenté la semaine prochaine."}


def _run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> str:
    capsys.readouterr()
    assert main(["--data-dir", str(data), *args]) in (0, 1)
    return capsys.readouterr().out


def test_migrated_store_carries_the_user_aliases(
        tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    data, records = tmp_path / "data", tmp_path / "in.jsonl"
    records.write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", "utf-8")
    _run(capsys, data, "ingest", str(records))
    _run(capsys, data, "aliases", "add", "Mme Carvès", "per:odile-carves", "--label", "PER",
         "--name", "Odile Carvès")
    _run(capsys, data, "enrich")
    capsys.readouterr()
    assert main(["--data-dir", str(data), "migrate-store", "--to", pg_url]) == 0
    assert "aliases.tsv" in capsys.readouterr().err
    other = tmp_path / "other"  # another machine's data directory, on the store
    monkeypatch.setenv("VEILLE_STORE_URL", pg_url)
    monkeypatch.setenv("VEILLE_INDEX_URL", pg_url)
    _run(capsys, other, "reindex")
    assert table_path(other).read_text("utf-8") == table_path(data).read_text("utf-8")
    hits = json.loads(_run(capsys, other, "search", "--json", "--", 'entity:"Mme Carvès"'))
    assert [h["url"] for h in hits["hits"]] == [RECORD["url"]]
    # an edit on one data directory reaches a third one through the store
    _run(capsys, other, "aliases", "add", "la ministre Carvès", "per:odile-carves")
    third = tmp_path / "third"
    _run(capsys, third, "stats")
    assert load(third).lookup("la ministre Carvès") is not None
