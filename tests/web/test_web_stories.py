"""Stories in the web app and the API: a story page with coverage by source and time, the
story endpoints, an article's duplicates, and latest news collapsed by story (with a switch).
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from web_kit import serve

from dispatch_kit import body_paragraphs, capture
from veille.cli.main import main
from veille.ingest import ingest_texts
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore


@pytest.fixture(scope="module")
def stories_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    data = tmp_path_factory.mktemp("stories") / "data"
    store = SQLiteStore.open(Settings(data_dir=data).store_path)
    paras = body_paragraphs()
    for n, body in enumerate([paras, paras[:-1], paras]):
        ingest_texts(store, [(f"r{n}.txt", capture(f"Coalition {n}", body, top=[f"Site {n}"],
                                                   bottom=[]))], source=f"outlet{n}.example")
    store.close()
    main(["--data-dir", str(data), "reindex"])
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        yield http


def test_story_endpoints_and_page(stories_client: httpx.Client) -> None:
    [story] = stories_client.get("/api/v1/stories").json()["stories"]
    assert (story["sources"], story["independent_sources"], story["reprints"]) == (3, 1, 2)
    assert {i["source"] for i in story["items"]} == {"outlet0.example", "outlet1.example",
                                                       "outlet2.example"}
    one = stories_client.get(f"/api/v1/stories/{story['id']}").json()
    assert one["id"] == story["id"] and len(one["items"]) == 3
    page = stories_client.get(f"/stories/{story['id']}", params={"lang": "fr"})
    assert page.status_code == 200 and "outlet2.example" in page.text
    assert "3 sources, dont 1 indépendante, 2 reprises" in page.text
    assert stories_client.get("/api/v1/stories/nothing").status_code == 404
    assert stories_client.get("/stories/nothing").status_code == 404


def test_duplicates_endpoint(stories_client: httpx.Client) -> None:
    [story] = stories_client.get("/api/v1/stories").json()["stories"]
    first = story["items"][0]["id"]
    found = stories_client.get(f"/api/v1/articles/{first}/duplicates").json()
    assert {lk["relation"] for lk in found["links"]} == {"reprint", "exact"}
    assert found["story_id"] == story["id"]


def test_latest_collapses_by_story_with_a_switch(stories_client: httpx.Client) -> None:
    flat = stories_client.get("/api/v1/latest").json()
    collapsed = stories_client.get("/api/v1/latest", params={"collapse": "true"}).json()
    # The story's articles give no date: they are listed apart, collapsed all the same.
    assert len(flat["articles"] + flat["undated"]) == 2
    assert len(collapsed["articles"] + collapsed["undated"]) == 1
    shown = (collapsed["articles"] + collapsed["undated"])[0]
    assert shown["other_sources"] == 2 and shown["others"] == 1
    home = stories_client.get("/", params={"lang": "en"}).text
    assert "+1 other article in this story (and 2 other sources)" in home
    assert f'href="/stories/{shown["story_id"]}"' in home and "Show every reprint" in home
    expanded = stories_client.get("/", params={"lang": "en", "all": "1"}).text
    assert "and 2 other sources" not in expanded and "Group reprints" in expanded



def test_search_collapses_by_story_with_a_switch(stories_client: httpx.Client) -> None:
    flat = stories_client.get("/api/v1/search", params={"q": "coalition"}).json()["hits"]
    collapsed = stories_client.get("/api/v1/search",
                                   params={"q": "coalition", "collapse": "true"}).json()["hits"]
    assert len(flat) == 2 and len(collapsed) == 1 and collapsed[0]["other_sources"] == 2
    assert collapsed[0]["others"] == 1 and collapsed[0]["story_id"]
    assert all(hit["story_id"] == collapsed[0]["story_id"] for hit in flat)
    page = stories_client.get("/search", params={"q": "coalition", "lang": "en"}).text
    assert "+1 other article in this story (and 2 other sources)" in page
    assert "1 result, page 1 of 1" in page
    expanded = stories_client.get("/search", params={"q": "coalition", "lang": "en",
                                                     "all": "1"}).text
    assert "and 2 other sources" not in expanded and "Group reprints" in expanded
