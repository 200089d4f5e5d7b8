"""Regression (t-final21 F1/F2, t-final60 #8, issue 14): the paywalled excerpt's page named
the paper's "(avec AFP)" reprint its "Article d'origine" under "Publié en premier par AFP";
then the story, stored under the reprint's id, was re-keyed to the dispatch's id when the
dispatch came, every link given out before answering 308.

Now a stored story keeps its id (docs/dedup.md: the id "stays the id of the article that
started it, even when an earlier copy arrives later") on the page, in the API, the CLI and
the export; the dispatch's id (an article id) redirects to it; the excerpt's original is
the dispatch, which lists both its copies. Real store, real server, CLI."""

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


def test_the_story_keeps_its_id_and_its_original_id_redirects(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    with veille.open(data) as v:  # the copy alone first: it names the story
        [old] = v.ingest_bytes([("a.jsonl", TEXTS.record("credited", DATED["credited"]))]
                               ).new_ids
        v.save_search(SavedSearch(name="suivi", query="", stories=[old]))  # followed
        new = [i for name in ("dispatch", "teaser") for i in v.ingest_bytes(
            [(f"{name}.jsonl", TEXTS.record(name, DATED[name]))]).new_ids]
        assert v.store.saved_search("suivi").stories == [old]  # the id is kept
    dispatch, teaser = new
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        (story,) = http.get("/api/v1/stories").json()["stories"]
        assert story["id"] == old
        moved = http.get(f"/api/v1/stories/{dispatch}", params={"lang": "en"})
        assert moved.status_code == 308
        assert moved.headers["location"] == f"/api/v1/stories/{old}?lang=en"
        page = http.get(f"/stories/{dispatch}", follow_redirects=True)
        assert page.status_code == 200 and str(page.url).endswith(f"/stories/{old}")
        assert http.get(f"/stories/{'0' * 16}").status_code == 404
        hits = http.get("/api/v1/search", params={"q": "ports", "collapse": "false"}).json()
        assert {h["story_id"] for h in hits["hits"]} == {old}
        copies = http.get(f"/api/v1/articles/{dispatch}/duplicates").json()
        assert {(c["id"], c["relation"]) for c in copies["links"]} >= {
            (old, "reprint"), (teaser, "teaser")}
        excerpt = http.get(f"/articles/{teaser}", params={"lang": "en"}).text
        assert TEXTS["credited"]["title"] not in excerpt
    assert main(["--data-dir", str(data), "stories", dispatch]) == 0
    assert capsys.readouterr().out.startswith(old)
    assert main(["--data-dir", str(data), "export", "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["dedup"]["story_id"] for r in records} == {old}
    assert main(["--data-dir", str(data), "export", "--story", dispatch]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["id"] for r in rows} == {old, dispatch, teaser}
    with veille.open(data) as v:  # following the original's id follows the story
        saved = v.save_search(SavedSearch(name="suivi 2", query="", stories=[dispatch]))
        assert saved.stories == [old]
