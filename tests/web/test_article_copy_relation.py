"""Regression (t-reader23 R4): ``/api/v1/articles/{id}`` said ``"relation": ""`` (an
article of its own) for every copy, while search, the latest list, the story's items and
``veille export`` called the same article a ``reprint`` or ``teaser``. One source of truth:
the article endpoint gives the lists' relation (``relations_of``) and the article it copies
(``copy_of``, the one its ``copies`` lists with ``copies_this`` false). Real ingest, real
server; texts in ``tests/fixtures/reader23/assises.jsonl``."""

from __future__ import annotations

from pathlib import Path

import httpx
from web_kit import serve

import veille
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

FIXTURE = Path(__file__).parents[1] / "fixtures" / "reader23" / "assises.jsonl"


def test_the_article_endpoint_gives_the_relation_every_list_gives(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with veille.open(data) as v:
        store = v.store
        assert isinstance(store, SQLiteStore)
        ids = ingest_texts(store, [("all.jsonl", FIXTURE.read_bytes())]).new_ids
        stored = {i: store.get(i).dedup for i in ids}
    copies = {i: (d.relation, d.duplicate_of) for i, d in stored.items()
              if d is not None and d.relation}
    assert sorted(r for r, _ in copies.values()) == ["reprint", "teaser"]
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        latest = {a["id"]: a["relation"] for a in
                  client.get("/api/v1/latest", params={"all": 1, "limit": 50}).json()["articles"]}
        for article_id in ids:
            detail = client.get(f"/api/v1/articles/{article_id}").json()
            relation, original = copies.get(article_id, ("", None))
            assert (detail["relation"], detail["copy_of"]) == (relation, original), article_id
            assert detail["relation"] == latest[article_id]
            story = {i["id"]: i["relation"] for i in detail["story"]["items"]}
            assert detail["relation"] == story[article_id]
            if original is not None:
                assert [(c["id"], c["copies_this"]) for c in detail["copies"]
                        if not c["copies_this"]] == [(original, False)]
