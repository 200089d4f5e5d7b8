"""Search feeds date an undated article by when the store first saw it, the same on every
request (the fresh user's F26: ``updated`` was the time of the request, so a feed reader
showed the article as new at each poll). Real store, index, CLI and server on 127.0.0.1."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import httpx
import pytest
from lxml import etree
from web_kit import serve

import veille
from veille.cli.main import main

ATOM = "{http://www.w3.org/2005/Atom}"
TEXT = ("Une page sans date raconte la réunion du conseil municipal sur le budget de la "
        "ville, les débats des élus et le vote final, qui a eu lieu tard dans la soirée.")
RECORDS = [{"url": "https://a.example/sans-date", "title": "Une page sans date",
            "language": "fr", "text": TEXT},
           {"url": "https://a.example/datee", "title": "Une page datée", "language": "fr",
            "published": "2026-11-29T10:00:00+00:00", "text": TEXT + " Avec une date."}]


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[httpx.Client, Path]]:
    root = tmp_path_factory.mktemp("undated-feeds")
    path = root / "in.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS),
                    encoding="utf-8")
    assert main(["--data-dir", str(root / "data"), "ingest", str(path)]) == 0
    with serve(root / "data") as server, \
            httpx.Client(base_url=server.url, timeout=30) as client:
        yield client, root / "data"


def _first_seen(data: Path) -> datetime:
    with veille.open(data) as v:
        [article] = [a for a in v.store.get_many(
            h.id for h in v.search("sans date").hits).values() if a.content
            and a.content.published is None]
        return article.first_seen


def test_an_undated_article_is_dated_by_its_first_seen_time(
        served: tuple[httpx.Client, Path]) -> None:
    http, data = served
    seen = _first_seen(data)
    atom, feed = [], []
    for _ in range(2):
        root = etree.fromstring(http.get("/feeds/search.atom", params={"q": "page"}).content)
        atom.append({e.findtext(f"{ATOM}title"): e.findtext(f"{ATOM}updated")
                     for e in root.findall(f"{ATOM}entry")})
        feed.append({i["title"]: i["date_modified"] for i in http.get(
            "/feeds/search.json", params={"q": "page"}).json()["items"]})
        time.sleep(1.1)  # a request time would differ from one poll to the next
    assert atom[0] == atom[1] and feed[0] == feed[1]
    for dates in (atom[0], feed[0]):
        assert datetime.fromisoformat(dates["Une page sans date"]) == seen
        assert dates["Une page datée"] == "2026-11-29T10:00:00+00:00"


def test_the_date_order_and_the_empty_query_put_undated_after_dated(
        served: tuple[httpx.Client, Path]) -> None:
    """Regression (newuser7 P10, P13 a): the search feeds (newest first) and the API's
    ``sort=date`` listed the undated page first, as the newest news, and the API and the
    feeds refused the empty query docs/search.md says lists every article (422)."""
    http, _data = served
    for q in ("page", ""):
        root = etree.fromstring(http.get("/feeds/search.atom", params={"q": q}).content)
        assert [e.findtext(f"{ATOM}title") for e in root.findall(f"{ATOM}entry")] == [
            "Une page datée", "Une page sans date"]
        assert [i["title"] for i in http.get("/feeds/search.json",
                                             params={"q": q}).json()["items"]] == [
            "Une page datée", "Une page sans date"]
        body = http.get("/api/v1/search", params={"q": q, "sort": "date"}).json()
        assert [h["title"] for h in body["hits"]] == ["Une page datée", "Une page sans date"]
    assert http.get("/api/v1/search").json()["total"] == 2
