"""Stories in the web app and the API: a story page with coverage by source and time, the
story endpoints, an article's duplicates, and latest news collapsed by story (with a switch).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from web_kit import serve

from dispatch_kit import body_paragraphs, capture
from veille.cli.main import main
from veille.ingest import ingest_texts
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

VERSION_URL = "https://mairie.example/parc"
VERSION_OLD = "Le parc municipal rouvre lundi après deux mois de travaux sur les allées."
VERSION_NEW = "Le parc municipal rouvre mardi après deux mois de travaux sur les allées."


@pytest.fixture(scope="module")
def stories_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("stories") / "data"
    store = SQLiteStore.open(Settings(data_dir=data).store_path)
    paras = body_paragraphs()
    # The third outlet runs the dispatch word for word (a reprint article, newuser6 M14);
    # the first outlet's text saved again in other chrome (its headline kept) is an exact
    # copy (a link); under another headline it would be a new version (t-final51 A10).
    for n, body in enumerate([paras, paras[:-1], paras, paras]):
        ingest_texts(store, [(f"r{n}.txt", capture(f"Coalition {n % 3}", body,
                                                   top=[f"Site {n}"], bottom=[]))],
                     source=f"outlet{n % 3}.example")
    for text in (VERSION_OLD, VERSION_NEW):
        record = {"url": VERSION_URL, "title": "Le parc rouvre", "text": text}
        ingest_texts(store, [("v.jsonl", json.dumps(record).encode() + b"\n")],
                     source="mairie.example")
    store.close()
    main(["--data-dir", str(data), "reindex"])
    return data


@pytest.fixture(scope="module")
def stories_client(stories_data: Path) -> Iterator[httpx.Client]:
    with serve(stories_data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        yield http


def _stories(client: httpx.Client) -> list[dict[str, Any]]:
    """The stories of more than one article (the versioned article is a story of its own)."""
    return [s for s in client.get("/api/v1/stories").json()["stories"] if s["articles"] > 1]


def test_story_endpoints_and_page(stories_client: httpx.Client) -> None:
    [story] = _stories(stories_client)
    assert (story["sources"], story["independent_sources"], story["reprints"]) == (3, 1, 2)
    assert {i["source"] for i in story["items"]} == {"outlet0.example", "outlet1.example",
                                                       "outlet2.example"}
    one = stories_client.get(f"/api/v1/stories/{story['id']}").json()
    assert one["id"] == story["id"] and len(one["items"]) == 3
    page = stories_client.get(f"/stories/{story['id']}", params={"lang": "fr"})
    assert page.status_code == 200 and "outlet2.example" in page.text
    # counts that add up, each thing once (t-reader22 R5, t-final22 F16)
    assert ("3 articles, dont 2 reprises ; 3 sources : 1 avec un article propre, 2 qui ne "
            "font que reprendre") in page.text
    assert stories_client.get("/api/v1/stories/nothing").status_code == 404
    assert stories_client.get("/stories/nothing").status_code == 404


def test_duplicates_endpoint(stories_client: httpx.Client) -> None:
    [story] = _stories(stories_client)
    first = story["items"][0]["id"]
    found = stories_client.get(f"/api/v1/articles/{first}/duplicates").json()
    assert {lk["relation"] for lk in found["links"]} == {"reprint", "exact"}
    # each reprint names its outlet (newuser11b U22: "source": "")
    assert {lk["source"] for lk in found["links"] if lk["relation"] == "reprint"} == {
        "outlet1.example", "outlet2.example"}
    assert found["story_id"] == story["id"]


def test_latest_collapses_by_story_with_a_switch(stories_client: httpx.Client) -> None:
    def listed(**params: str) -> list[dict[str, Any]]:
        data = stories_client.get("/api/v1/latest", params=params).json()
        return [a for a in data["articles"] + data["undated"] if a["url"] != VERSION_URL]

    # The story's articles give no date: they are listed apart, collapsed all the same.
    assert len(listed()) == 3
    [shown] = listed(collapse="true")
    assert shown["other_sources"] == 2 and shown["others"] == 2
    home = stories_client.get("/", params={"lang": "en"}).text
    assert "+2 other articles in this story (and 2 other sources)" in home
    assert f'href="/stories/{shown["story_id"]}"' in home and "Show every reprint" in home
    expanded = stories_client.get("/", params={"lang": "en", "all": "1"}).text
    assert "and 2 other sources" not in expanded and "Group reprints" in expanded



def test_search_collapses_by_story_with_a_switch(stories_client: httpx.Client) -> None:
    flat = stories_client.get("/api/v1/search", params={"q": "coalition"}).json()["hits"]
    collapsed = stories_client.get("/api/v1/search",
                                   params={"q": "coalition", "collapse": "true"}).json()["hits"]
    assert len(flat) == 3 and len(collapsed) == 1 and collapsed[0]["other_sources"] == 2
    assert collapsed[0]["others"] == 2 and collapsed[0]["story_id"]
    assert all(hit["story_id"] == collapsed[0]["story_id"] for hit in flat)
    page = stories_client.get("/search", params={"q": "coalition", "lang": "en"}).text
    assert ("+2 other articles in this story match (2 other sources) · Story: 3 sources in all"
            in page)
    assert "1 result, page 1 of 1" in page
    expanded = stories_client.get("/search", params={"q": "coalition", "lang": "en",
                                                     "all": "1"}).text
    assert "and 2 other sources" not in expanded and "Group reprints" in expanded


def test_a_collapsed_hit_counts_only_the_matches_of_its_story(
        stories_data: Path, stories_client: httpx.Client,
        capsys: pytest.CaptureFixture[str]) -> None:
    """newuser7 P3: one article of a three-source story matches; the page said "and 2 other
    sources" and the API ``others: 0, other_sources: 2`` (the story's whole coverage) while
    the CLI said 0, 0. Now one definition (the search service's) for every adapter: the
    counts are of matches, and the story's coverage is ``story_sources``, worded apart."""
    query = '"coalition 1"'  # the title of outlet1's article alone
    [hit] = stories_client.get("/api/v1/search",
                               params={"q": query, "collapse": "true"}).json()["hits"]
    assert hit["source"] == "outlet1.example"
    assert (hit["others"], hit["other_sources"]) == (0, 0)  # was (0, 2)
    assert hit["story_sources"] == 3
    main(["--data-dir", str(stories_data), "search", "--collapse", "--json", query])
    [cli_hit] = json.loads(capsys.readouterr().out)["hits"]
    assert {k: cli_hit[k] for k in ("others", "other_sources", "story_sources")} == {
        k: hit[k] for k in ("others", "other_sources", "story_sources")}
    for lang, claim, coverage in (("en", "other source", "Story: 3 sources in all"),
                                  ("fr", "autre source", "Histoire : 3 sources en tout")):
        page = stories_client.get("/search", params={"q": query, "lang": lang}).text
        [line] = re.findall(r'<p class="coverage">(.*?)</p>', page)
        assert claim not in line and coverage in line, line
        assert f'href="/stories/{hit["story_id"]}"' in line
    fr = stories_client.get("/search", params={"q": "coalition", "lang": "fr"}).text
    assert ("+2 autres articles de cette histoire correspondent (2 autres sources) · "
            "Histoire : 3 sources en tout") in fr


def test_article_page_shows_story_copies_and_versions(stories_client: httpx.Client) -> None:
    [story] = _stories(stories_client)
    first = story["items"][0]["id"]
    detail = stories_client.get(f"/api/v1/articles/{first}").json()
    assert detail["story"]["id"] == story["id"]
    assert {c["relation"] for c in detail["copies"]} == {"reprint"}
    assert all(c["copies_this"] for c in detail["copies"])
    copies = {c["id"] for c in detail["copies"]}
    assert not copies & {r["id"] for r in detail["related"]}  # "see also" apart
    page = stories_client.get(f"/articles/{first}", params={"lang": "fr"}).text
    assert f'href="/stories/{story["id"]}"' in page and "Publié en premier par" in page
    assert "Reprises et extraits" in page and "Voir aussi" in page
    assert page.count('class="badge reprint"') == len(copies)
    timeline = stories_client.get(f"/stories/{story['id']}", params={"lang": "en"}).text
    assert "Coverage timeline" in timeline and "First published by" in timeline
    assert timeline.count("<time") >= len(story["items"])


def test_a_copy_page_names_its_original_as_such(stories_client: httpx.Client) -> None:
    """newuser4 N6: a reprint's page listed the article it copied as a « reprise », and
    a copy was linked to the other copies it matched as their reprint."""
    [story] = _stories(stories_client)
    [first] = {item["id"] for item in story["items"] if not item["reprint"]}
    copies = {item["id"] for item in story["items"]} - {first}
    assert copies
    for copy in copies:
        detail = stories_client.get(f"/api/v1/articles/{copy}").json()
        assert [(c["id"], c["copies_this"]) for c in detail["copies"]] == [(first, False)]
        page = stories_client.get(f"/articles/{copy}", params={"lang": "fr"}).text
        assert 'class="badge original">article d’origine<' in page
        assert 'class="badge reprint"' not in page


def test_article_page_shows_versions_with_a_diff(stories_client: httpx.Client) -> None:
    hits = stories_client.get("/api/v1/latest", params={"limit": 50}).json()
    [article] = [a for a in hits["articles"] + hits["undated"] if a["url"] == VERSION_URL]
    detail = stories_client.get(f"/api/v1/articles/{article['id']}").json()
    assert [v["version"] for v in detail["versions"]] == [1]
    page = stories_client.get(f"/articles/{article['id']}", params={"lang": "en"}).text
    assert "Versions" in page and "<del>" in page and "lundi" in page
    assert "<ins>" in page and "mardi" in page
    # The changed sentence is shown whole before and after, only the changed word marked
    # in each (newuser15a W19, f-reader20 R13).
    assert '<del>Le parc municipal rouvre <mark>lundi</mark> après' in page
    assert '<ins>Le parc municipal rouvre <mark>mardi</mark> après' in page
