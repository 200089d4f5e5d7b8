"""Regression (t-reader23 R8): an update read before the older capture of the same page
(a feed's later item first, the page's first capture after): the article page said the
current version was "vue le ?" and the API said version 1 was ``replaced_at`` 29 s before
its ``seen_at``. What is known is shown: the current content was seen when the article
was first seen; a capture read after the content that replaced it has no ``replaced_at``.
Real ingest (one file each), real server; texts in
``tests/fixtures/reader23/a7-update-first.jsonl``."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import httpx
import pytest
from web_kit import serve

import veille
from veille.cli.main import main
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

FIXTURE = Path(__file__).parents[1] / "fixtures" / "reader23" / "a7-update-first.jsonl"


def test_the_current_version_of_a_page_read_update_first_has_a_seen_time(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    update, first = FIXTURE.read_bytes().splitlines(keepends=True)
    with veille.open(data) as v:
        assert isinstance(v.store, SQLiteStore)
        [article_id] = ingest_texts(v.store, [("update.jsonl", update)]).new_ids
        ingest_texts(v.store, [("first.jsonl", first)])
        record = v.store.get(article_id)
        assert len(v.store.versions(article_id)) == 1
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        for lang, seen in (("fr", "vue le"), ("en", "seen")):
            page = client.get(f"/articles/{article_id}", params={"lang": lang}).text
            assert f"{seen} ?" not in page
        api = client.get(f"/api/v1/articles/{article_id}/duplicates").json()
        assert datetime.fromisoformat(api["revised_at"]) == record.first_seen
        [v1] = api["versions"]
        assert v1["replaced_at"] is None or v1["replaced_at"] >= v1["seen_at"]
        detail = client.get(f"/api/v1/articles/{article_id}").json()
        assert datetime.fromisoformat(detail["revised_at"]) == record.first_seen
    capsys.readouterr()
    assert main(["--data-dir", str(data), "duplicates", article_id]) == 0
    out = capsys.readouterr().out
    assert " ? " not in out and "current  2" in out
