"""The pages say when enrichment lags behind (entity searches, marks and facets miss the
newest articles then), beside the search index's notice, in French and English; the notice
goes once ``veille enrich`` (or a watcher) caught up. Real store, real server, real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from web_kit import serve

from veille.cli.main import main

RECORD = {"url": "https://jour.example/a", "title": "Le conseil municipal vote le budget",
          "language": "fr", "published": "2026-11-20T10:00:00+00:00",
          "text": "Le conseil municipal de Lyon a voté le budget de la ville pour l'année."}
NOTICES = {"fr": "pas encore enrichie", "en": "is not enriched yet"}


@pytest.fixture
def data(tmp_path: Path) -> Path:
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["--data-dir", str(tmp_path / "data"), "ingest", str(records)]) == 0
    return tmp_path / "data"


def test_pages_show_the_enrichment_lag_until_caught_up(data: Path) -> None:
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        for lang, notice in NOTICES.items():
            for page, query in (("/", {}), ("/search", {"q": "budget"})):
                shown = http.get(page, params={**query, "lang": lang}).text
                assert notice in shown, (lang, page)
        assert main(["--data-dir", str(data), "enrich"]) == 0
        for lang, notice in NOTICES.items():
            assert notice not in http.get("/", params={"lang": lang}).text
