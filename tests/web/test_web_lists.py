"""Lists that are right (issue 14): paging the latest news or a search never repeats an
article nor hides one without saying so, and the counts equal what the pages hold.

Run on the demo corpus (101 articles, some of them clustered into stories), through the
JSON API on a real server; the browser tests check the same on the HTML pages.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest


def _latest_pages(client: httpx.Client, *, collapse: bool) -> list[dict[str, Any]]:
    shown: list[dict[str, Any]] = []
    for page in range(50):
        data = client.get("/api/v1/latest", params={
            "limit": 20, "offset": page * 20, "collapse": str(collapse).lower()}).json()
        shown += data["articles"] + (data["undated"] if page == 0 else [])
        if not data["articles"]:
            break
    return shown


@pytest.mark.parametrize("collapse", [False, True])
def test_latest_pages_hold_every_article_once(client: httpx.Client, collapse: bool) -> None:
    total = client.get("/api/v1/stats").json()["counts"]["articles"]
    shown = _latest_pages(client, collapse=collapse)
    ids = [a["id"] for a in shown]
    assert len(ids) == len(set(ids))  # no article twice
    # Every article is either shown or counted in the "+N" of its story's line.
    assert len(ids) + sum(a["others"] for a in shown) == total
    if collapse:
        assert any(a["others"] for a in shown) and len(ids) < total
        story_ids = [a["story_id"] for a in shown if a["story_id"]]
        assert len(story_ids) == len(set(story_ids))  # a story on one line only


def test_collapsed_line_stands_for_its_stories_articles(client: httpx.Client) -> None:
    shown = [a for a in _latest_pages(client, collapse=True) if a["others"]]
    for line in shown[:5]:
        story = client.get(f"/api/v1/stories/{line['story_id']}").json()
        own = {i["id"] for i in story["items"]}
        assert line["id"] in own and len(own) >= line["others"] + 1


@pytest.mark.parametrize("q", ["France", "Obama", "syrie", "police"])
def test_search_count_equals_what_pages_show(client: httpx.Client, search_available: bool,
                                             q: str) -> None:
    if not search_available:
        pytest.skip("no search index")
    for collapse in (True, False):
        first = client.get("/api/v1/search", params={
            "q": q, "per_page": 5, "collapse": str(collapse).lower()}).json()
        ids: list[str] = []
        for page in range(1, first["pages"] + 1):
            ids += [h["id"] for h in client.get("/api/v1/search", params={
                "q": q, "per_page": 5, "page": page,
                "collapse": str(collapse).lower()}).json()["hits"]]
        assert len(ids) == len(set(ids)) == first["total"], (q, collapse)


def test_hits_carry_their_story(client: httpx.Client, search_available: bool) -> None:
    if not search_available:
        pytest.skip("no search index")
    checked = 0
    for line in [a for a in _latest_pages(client, collapse=True) if a["others"]][:8]:
        words = " ".join(line["title"].split()[:4])
        hits = client.get("/api/v1/search", params={"q": words, "per_page": 50}).json()["hits"]
        for hit in hits:
            if hit["id"] == line["id"]:
                assert hit["story_id"] == line["story_id"]
                checked += 1
    assert checked
