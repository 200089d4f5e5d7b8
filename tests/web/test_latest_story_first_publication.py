"""Regression (t-reader23 R6): the collapsed latest list dated a story's start at a copy
stamped before its original (Le Progrès's paywalled excerpt at 18:30 of the 18:45 AFP
verdict), where the story page says the first publication is the dispatch's. One rule for
both: a row's ``story_first`` is the story's first publication (``first`` of
``/api/v1/stories/{id}``: its own articles before its copies). Real ingest, real server;
texts in ``tests/fixtures/reader23/assises.jsonl``."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import httpx
from web_kit import serve

import veille
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

FIXTURE = Path(__file__).parents[1] / "fixtures" / "reader23" / "assises.jsonl"


def test_a_row_dates_its_story_s_start_as_the_story_page_does(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with veille.open(data) as v:
        assert isinstance(v.store, SQLiteStore)
        ingest_texts(v.store, [("all.jsonl", FIXTURE.read_bytes())])
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        rows = client.get("/api/v1/latest", params={"collapse": "true"}).json()["articles"]
        checked = 0
        for row in rows:
            if row["story_first"] is None:
                continue
            story = client.get(f"/api/v1/stories/{row['story_id']}").json()
            assert datetime.fromisoformat(row["story_first"]) == \
                datetime.fromisoformat(story["first"]), row["title"]
            checked += 1
        assert checked == 2
        robbery = [r for r in rows if "Villeurbanne" in r["title"]]
        assert [datetime.fromisoformat(r["story_first"]).strftime("%H:%M")
                for r in robbery] == ["18:45"]
