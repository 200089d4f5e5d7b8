"""An undated article has no precision in every answer (newuser12b D14: ``veille search
--json`` said ``"published_precision": "time"`` beside ``"published": null`` where the API
says null). Real store and index, through the CLI and the Python API."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import veille
from veille.cli.main import main


def test_an_undated_article_has_no_precision(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "two.jsonl"
    path.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in (
        {"title": "Crue de la rivière", "text": "La rivière est sortie de son lit sans date.",
         "url": "https://jour.example/sans-date", "language": "fr"},
        {"title": "Crue de la rivière, suite", "text": "La rivière est rentrée dans son lit.",
         "url": "https://jour.example/date", "language": "fr",
         "published": "2026-10-04T08:30:00Z"})), encoding="utf-8")
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "ingest", str(path)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "search", "--json", "--", "rivière"]) == 0
    hits = {h["url"]: h for h in json.loads(capsys.readouterr().out)["hits"]}
    undated = hits["https://jour.example/sans-date"]
    assert (undated["published"], undated["published_precision"]) == (None, None)
    assert hits["https://jour.example/date"]["published_precision"] == "time"
    with veille.open(data) as v:
        by_url = {h.url: h for h in v.search("rivière").hits}
    assert by_url["https://jour.example/sans-date"].published_precision is None
