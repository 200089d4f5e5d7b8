"""Regression (newuser13b M10): ``veille export`` then ``veille ingest`` of its lines changed
every article's outlet to its URL's host (``lequotidien`` -> ``127.0.0.1``), so a moved
store lost the ``source:`` filters of its saved searches and its per-outlet attention. The
line's own ``source`` (the store's name of the outlet) now reads back; the page's site name
stays the site name; a record of another tool keeps its documented reading."""

from __future__ import annotations

import json
from pathlib import Path

from capture_kit import err, run_veille

ARTICLE = {
    "title": "Nîmes : la crue du Vistre inonde trois quartiers",
    "text": "Le Vistre est sorti de son lit dans la nuit de lundi à mardi, inondant trois "
            "quartiers du sud de Nîmes.\n\nLes pompiers ont procédé à une quarantaine de "
            "mises en sécurité, sans faire de blessé.",
    "url": "https://www.quotidien-du-gard.example/nimes/crue-vistre.html",
    "published": "2026-11-30T07:30:00+01:00",
    "site_name": "Le Quotidien du Gard",
}


def test_an_exported_article_keeps_its_source_when_read_back(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    given = tmp_path / "in.jsonl"
    given.write_text(json.dumps(ARTICLE, ensure_ascii=False) + "\n", "utf-8")
    done = run_veille(["ingest", "--source", "lequotidien", str(given)], data_dir=first)
    assert done.returncode == 0, err(done)
    exported = run_veille(["export"], data_dir=first)
    assert exported.returncode == 0, err(exported)
    [line] = exported.stdout.decode("utf-8").splitlines()
    assert json.loads(line)["source"] == "lequotidien"
    moved = tmp_path / "export.jsonl"
    moved.write_bytes(exported.stdout)
    assert run_veille(["ingest", str(moved)], data_dir=second).returncode == 0
    [back] = run_veille(["export"], data_dir=second).stdout.decode("utf-8").splitlines()
    record = json.loads(back)
    assert record["source"] == "lequotidien"
    assert record["content"]["site_name"] == "Le Quotidien du Gard"
    assert record["id"] == json.loads(line)["id"]
    found = run_veille(["search", "--json", "source:lequotidien"], data_dir=second)
    assert found.returncode == 0 and "crue du Vistre" in found.stdout.decode("utf-8")


def test_another_tools_source_field_is_still_the_site_name(tmp_path: Path) -> None:
    data = tmp_path / "data"
    given = tmp_path / "in.jsonl"
    plain = {k: v for k, v in ARTICLE.items() if k != "site_name"}
    given.write_text(json.dumps({**plain, "source": "Le Quotidien du Gard"},
                                ensure_ascii=False) + "\n", "utf-8")
    assert run_veille(["ingest", str(given)], data_dir=data).returncode == 0
    [back] = run_veille(["export"], data_dir=data).stdout.decode("utf-8").splitlines()
    record = json.loads(back)
    assert record["source"] == "quotidien-du-gard.example"
    assert record["content"]["site_name"] == "Le Quotidien du Gard"
