"""Regression (t-final21 F1/F2, issue 14): the story of an AFP dispatch was named after the
paper's "(avec AFP)" reprint stamped two minutes earlier, and the paywalled excerpt's page
named that reprint its "Article d'origine" under "Publié en premier par AFP".

Now the story goes by the dispatch's id on the page, in the API, the CLI and the export;
its old id (a link given out before the dispatch came) redirects to it; the excerpt's
original is the dispatch, which lists both its copies. Real store, real server, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from web_kit import serve

import veille
from copies_kit import Copies
from veille.cli.main import main
from veille.store.base import SavedSearch

TEXTS = Copies("ports.json")
DATED = {"credited": "2026-11-19T16:28:00+01:00", "dispatch": "2026-11-19T16:30:00+01:00",
         "teaser": "2026-11-19T18:00:00+01:00"}


def test_the_story_goes_by_its_original_and_its_old_id_redirects(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    with veille.open(data) as v:  # the copy alone first: it names the story
        [old] = v.ingest_bytes([("a.jsonl", TEXTS.record("credited", DATED["credited"]))]
                               ).new_ids
        v.save_search(SavedSearch(name="suivi", query="", stories=[old]))  # followed
        new = [i for name in ("dispatch", "teaser") for i in v.ingest_bytes(
            [(f"{name}.jsonl", TEXTS.record(name, DATED[name]))]).new_ids]
        assert v.store.saved_search("suivi").stories == [new[0]]  # follows the new id
    dispatch, teaser = new
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        (story,) = http.get("/api/v1/stories").json()["stories"]
        assert story["id"] == dispatch
        moved = http.get(f"/api/v1/stories/{old}", params={"lang": "en"})
        assert moved.status_code == 308
        assert moved.headers["location"] == f"/api/v1/stories/{dispatch}?lang=en"
        page = http.get(f"/stories/{old}", follow_redirects=True)
        assert page.status_code == 200 and str(page.url).endswith(f"/stories/{dispatch}")
        assert http.get(f"/stories/{'0' * 16}").status_code == 404
        hits = http.get("/api/v1/search", params={"q": "ports", "collapse": "false"}).json()
        assert {h["story_id"] for h in hits["hits"]} == {dispatch}
        copies = http.get(f"/api/v1/articles/{dispatch}/duplicates").json()
        assert {(c["id"], c["relation"]) for c in copies["links"]} >= {
            (old, "reprint"), (teaser, "teaser")}
        excerpt = http.get(f"/articles/{teaser}", params={"lang": "en"}).text
        assert TEXTS["credited"]["title"] not in excerpt
    assert main(["--data-dir", str(data), "stories", old]) == 0
    assert capsys.readouterr().out.startswith(dispatch)
    assert main(["--data-dir", str(data), "export", "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["dedup"]["story_id"] for r in records} == {dispatch}
    assert main(["--data-dir", str(data), "export", "--story", old]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["id"] for r in rows} == {old, dispatch, teaser}
    with veille.open(data) as v:  # following the old id follows the story
        saved = v.save_search(SavedSearch(name="suivi 2", query="", stories=[old]))
        assert saved.stories == [dispatch]
