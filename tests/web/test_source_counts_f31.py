"""Every door counts a story's sources alike (t-final30 F3, U7, F9): a TER derailment told
by Ouest-France, Le Télégramme, Le Monde and two editions of France 3 (Bretagne, Pays de la
Loire) is a story of 4 sources, one outlet's editions counted once (docs/dedup.md,
*Sources and editions*). The story page and its API said 4 where the home page said "et 4
autres sources" and the search "(4 autres sources)": the editions counted apart. The
story page listed 5 source lines under "4 sources". Real store and index built by the
``veille`` command (the fixture is written for this test), served for real."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from web_kit import serve

from capture_kit import out, run_veille

FIXTURE = Path(__file__).parent.parent / "fixtures" / "counts31" / "derailment.jsonl"
FR = {"Accept-Language": "fr"}


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("counts31") / "data"
    done = run_veille(["ingest", str(FIXTURE)], data_dir=data)
    assert done.returncode == 0, done.stderr.decode()
    return data


@pytest.fixture(scope="module")
def client(data: Path) -> Iterator[httpx.Client]:
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=60) as http:
        yield http


@pytest.fixture(scope="module")
def story(client: httpx.Client) -> dict[str, object]:
    [found] = [s for s in client.get("/api/v1/stories").json()["stories"]
               if s["articles"] > 1]
    assert (found["articles"], found["sources"]) == (5, 4)
    return dict(client.get(f"/api/v1/stories/{found['id']}").json())


def test_the_home_page_says_the_story_count_less_one(client: httpx.Client) -> None:
    page = client.get("/", headers=FR).text
    assert "et 3 autres sources" in page, re.findall(r"autres sources[^<]*", page)
    assert "et 4 autres sources" not in page


def test_search_counts_its_matches_and_the_story_alike(client: httpx.Client) -> None:
    page = client.get("/search", params={"q": "déraillement"}, headers=FR).text
    assert "(3 autres sources)" in page and "4 sources en tout" in page, page
    [hit] = client.get("/api/v1/search",
                       params={"q": "déraillement", "collapse": "true"}).json()["hits"]
    assert (hit["others"], hit["other_sources"], hit["story_sources"]) == (4, 3, 4)


def test_the_story_page_lists_one_line_per_source_counted(
        client: httpx.Client, story: dict[str, object]) -> None:
    groups = story["source_groups"]
    assert isinstance(groups, list) and len(groups) == story["sources"] == 4
    assert sorted(["France 3 Bretagne", "France 3 Pays de la Loire"]) in [
        sorted(g) for g in groups]
    page = client.get(f"/stories/{story['id']}", headers=FR).text
    listed = page.split('class="story-sources"')[1].split("</ul>\n")[0]
    assert listed.count('<li class="source-group">') == 1
    assert "France 3 (Bretagne, Pays de la Loire)" in listed
    top = re.sub(r"<ul>.*?</ul>", "", listed, flags=re.S)  # the editions nested inside
    assert top.count("<li") == 4, listed
    # each outlet's name in <bdi> (h-web67, t-final67 R3: an Arabic name beside its count
    # read "1 الجزيرة article"); was ">France 3 Bretagne <"
    assert "><bdi>France 3 Bretagne</bdi> <" in listed and \
        "><bdi>France 3 Pays de la Loire</bdi> <" in listed


def test_the_cli_counts_as_the_web(data: Path) -> None:
    [summary] = json.loads(out(run_veille(["stories", "--json"], data_dir=data)))
    assert summary["sources"] == 4
    found = json.loads(out(run_veille(["search", "--json", "--collapse", "déraillement"],
                                      data_dir=data)))
    [hit] = found["hits"]
    assert (hit["other_sources"], hit["story_sources"]) == (3, 4)


@pytest.mark.parametrize("query", ["place:Atlantide", 'source:"Le Figaro"',
                                   "entity:Zorglub", "TER place:Atlantide"])
def test_an_export_emptied_by_a_filter_matching_nothing_exits_1(
        data: Path, client: httpx.Client, query: str) -> None:
    """``veille export --help``: exit status 1 when a --query exports nothing because of a
    warning (t-final30 F9: it did only for an unreadable date); the web answers 400."""
    done = run_veille(["export", "--format", "csv", "--query", query], data_dir=data)
    assert done.returncode == 1, done.stderr.decode()
    assert "nothing exported" in done.stderr.decode()
    assert client.get("/export.csv", params={"q": query}).status_code == 400


def test_a_filter_matching_nothing_beside_words_that_match_exports_them(
        data: Path) -> None:
    done = run_veille(["export", "--format", "csv", "--query", "TER OR place:Atlantide"],
                      data_dir=data)
    assert done.returncode == 0, done.stderr.decode()
    assert out(done).count("\n") == 6
