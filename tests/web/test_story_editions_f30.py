"""The web app's story of one network's editions (issue 14, t-final29 F2; docs/dedup.md,
*Sources and editions*): France Bleu's feed item, its station "France Bleu Isère" (given
with ``--source``) and Le Progrès on one fire. The API counts 2 sources, the story page
says so and still lists each outlet by its own name (a feed's title names France Bleu:
t-final29 U3). Real store and index built by the ``veille`` command, served for real."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from web_kit import serve

from capture_kit import run_veille

FIXTURES = Path(__file__).parent.parent / "fixtures" / "outlets30"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    data = tmp_path_factory.mktemp("editions") / "data"
    for args in (["11-leprogres.html"], ["14-francebleu.rss"],
                 ["15-francebleu-isere.txt", "--source", "France Bleu Isère"]):
        done = run_veille(["ingest", *args[1:], str(FIXTURES / args[0])], data_dir=data)
        assert done.returncode == 0, done.stderr.decode()
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        yield http


def test_the_api_and_the_story_page_count_a_network_once(client: httpx.Client) -> None:
    [story] = [s for s in client.get("/api/v1/stories").json()["stories"]
               if s["articles"] > 1]
    assert {i["outlet"] for i in story["items"]} == {"France Bleu", "France Bleu Isère",
                                                     "Le Progrès"}
    assert (story["articles"], story["sources"], story["independent_sources"]) == (3, 2, 2)
    page = client.get(f"/stories/{story['id']}").text
    assert "2 sources" in page
    assert ">France Bleu Isère<" in page and ">France Bleu<" in page and ">Le Progrès<" in page
