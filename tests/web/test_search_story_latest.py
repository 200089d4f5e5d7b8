"""Regression (t-reader20 R6, issue 14): search sorted by date and collapsed by story
orders each row by its story's newest match but showed the representative's (older)
date, so the dates read out of order with nothing to say why (3 inversions in 32 rows on
rpm2d). The row now says the date it is sorted by, as the latest list does, in the API
(``story_latest``) and on the page (FR/EN). Real store, index and HTTP server."""

from __future__ import annotations

import html
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from web_kit import serve

import veille

TEXTS: dict[str, Any] = json.loads(
    (Path(__file__).parents[1] / "fixtures" / "copies" / "commissariats.json").read_text())
OTHER = {"url": "https://www.marseille-test.fr/g1", "source": "marseille-test.fr",
         "title": "Marseille : grève du zèle dans les commissariats des quartiers nord",
         "paragraphs": [
             "Les policiers des commissariats des quartiers nord de Marseille ont entamé "
             "jeudi une grève du zèle pour protester contre le manque d'effectifs, selon "
             "le syndicat Unité SGP.",
             "Les contrôles routiers sont multipliés et les procédures allongées, ce qui "
             "ralentit la circulation aux abords du port autonome depuis le matin."]}


def record(text: dict[str, Any], when: datetime) -> tuple[str, bytes]:
    data = {**{k: text[k] for k in ("url", "source", "title", "paragraphs")},
            "published": when.isoformat(), "language": "fr"}
    return "r.jsonl", json.dumps(data, ensure_ascii=False).encode()


def test_a_row_sorted_by_its_newest_match_says_its_date(tmp_path: Path) -> None:
    data = tmp_path / "data"
    now = datetime.now(UTC).replace(microsecond=0)
    dispatch, own, other = now - timedelta(hours=30), now - timedelta(hours=2), \
        now - timedelta(hours=10)
    with veille.open(data) as v:
        v.ingest_bytes([record(TEXTS["dispatch"], dispatch)])
        v.ingest_bytes([record(TEXTS["own"], own)])
        v.ingest_bytes([record(OTHER, other)])
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        params = {"q": "commissariats", "sort": "date", "collapse": "true"}
        hits = http.get("/api/v1/search", params=params).json()["hits"]
        assert [h["source"] for h in hits] == ["afp-test.fr", "marseille-test.fr"]
        first, second = hits
        assert datetime.fromisoformat(first["published"]) == dispatch
        assert datetime.fromisoformat(first["story_latest"]) == own
        assert first["story_latest_precision"] == "time"
        assert second["story_latest"] is None  # its own date is the one it is sorted by
        plain = http.get("/api/v1/search", params={**params, "sort": "relevance"}).json()
        assert all(h["story_latest"] is None for h in plain["hits"])
        pages = {lang: http.get("/search", params={
            "q": "commissariats", "sort": "date", "lang": lang}).text for lang in ("fr", "en")}
    pages = {lang: html.unescape(page) for lang, page in pages.items()}
    assert "résultat le plus récent de l'histoire :" in pages["fr"]
    assert "newest match in this story:" in pages["en"]
    row = pages["fr"].split('data-id="' + first["id"])[1].split("</li>")[0]
    latest = row.split('class="story-latest"')[1].split("</span>")[0]
    assert datetime.fromisoformat(latest.split('datetime="')[1].split('"')[0]) == own
