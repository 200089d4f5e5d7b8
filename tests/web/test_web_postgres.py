"""The web app on PostgreSQL: pages and searches served from a streaming replica
(``read_url``) while the primary (``store_url``, ``index_url``) takes the writes."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
from web_kit import serve

import veille
from capture_kit import make_capture


def test_pages_and_search_come_from_the_replica(tmp_path: Path,
                                                pg_replica) -> None:  # type: ignore[no-untyped-def]
    pg_url, start_replica = pg_replica
    primary = dict(store_url=pg_url, index_url=pg_url)
    with veille.open(tmp_path / "data", **primary) as writer:
        writer.ingest_bytes([("first.txt", make_capture(1).bytes())])
    read_url = start_replica()
    with veille.open(tmp_path / "data", **primary) as writer:
        [new_id] = writer.ingest_bytes([("second.txt", make_capture(2).bytes())]).new_ids
        article = writer.get(new_id)
    assert article.content is not None
    word = article.content.title.split()[-2]
    with serve(tmp_path / "data", read_url=read_url, **primary) as server:
        deadline = time.monotonic() + 10
        while True:
            found = httpx.get(f"{server.url}/api/v1/search", params={"q": word}).json()
            if any(h["id"] == new_id for h in found["hits"]):
                break
            assert time.monotonic() < deadline, found
            time.sleep(0.05)
        page = httpx.get(f"{server.url}/api/v1/articles/{new_id}")
        assert page.status_code == 200 and page.json()["id"] == new_id
        assert httpx.get(f"{server.url}/").status_code == 200
