"""Regression (newuser7 P8): the entity and place pages captioned their day buckets "UTC",
though they bucket each article by its own calendar day (its offset, see docs/record.md).
An article published 2026-12-01T00:30+01:00 (30 November 23:30 UTC) is counted on
1 December, and the caption now says the days are the articles' own local days. Real
store, real enrichment, real server."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
from web_kit import serve

import veille

TEXT = ("Les cheminots de la SNCF ont reconduit la grève mardi dans plusieurs régions, "
        "selon les syndicats. La direction de la SNCF prévoit un trafic perturbé sur les "
        "lignes régionales et appelle les voyageurs à reporter leurs déplacements.")


def test_the_day_caption_names_the_articles_own_day(tmp_path: Path) -> None:
    data = tmp_path / "data"
    line = json.dumps({"title": "Grève à la SNCF", "url": "https://liberation.example/greve",
                       "text": TEXT, "source": "liberation.example", "language": "fr",
                       "published": "2026-12-01T00:30:00+01:00"}, ensure_ascii=False)
    with veille.open(data) as v:
        v.ingest_bytes([("greve.jsonl", (line + "\n").encode())])
        v.enrich()
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        entities = http.get("/api/v1/entities").json()["entities"]
        sncf = next(e["id"] for e in entities if "SNCF" in e["name"])
        body = http.get(f"/api/v1/entities/{sncf}").json()
        assert [p["period"] for p in body["timeline"]["points"]] == ["2026-12-01"]
        for lang, local in (("en", "own local day"), ("fr", "jour local")):
            page = http.get(f"/entities/{sncf}", params={"lang": lang}).text
            assert local in page
            assert "UTC)" not in page
