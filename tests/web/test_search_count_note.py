"""The search page says what its numbers count (newuser11 U12): collapsed, one result per
story while the facets count articles, so "4 résultats" beside "Source 5" read as a
contradiction. A note says so; the expanded list, one result per article, needs none."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
from web_kit import serve

from veille.cli.main import main

RECORDS = [{"url": f"https://ex{n}.example/crue", "title": f"La crue de la Loire {n}",
            "source": f"ex{n}.example", "published": f"2026-11-2{n}T08:00:00+01:00",
            "text": "La Loire est sortie de son lit à Orléans, où les quais ont été fermés."}
           for n in range(2)]


def test_the_collapsed_search_says_its_facets_count_articles(tmp_path: Path) -> None:
    records = tmp_path / "a.jsonl"
    records.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS),
                       "utf-8")
    data = tmp_path / "data"
    for args in (["ingest", str(records)], ["reindex"]):
        assert main(["--data-dir", str(data), *args]) == 0
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        fr = client.get("/search", params={"q": "Loire", "lang": "fr"}).text
        assert "les facettes comptent les articles" in fr
        en = client.get("/search", params={"q": "Loire", "lang": "en", "all": 1}).text
        assert "the facets count articles" not in en
