"""``/api/v1/search`` read with ``page=N`` gives the ``next_cursor`` of the page after, as
its first page does (h-api66, issue 16: a page read by number gave none, where every other
list gives one since h-api65). Real store, real index, real server on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from web_kit import LiveServer, serve

from veille.service import Veille
from veille.settings import Settings

TOWNS = ["Valence", "Grenoble", "Chambéry", "Annecy", "Montélimar", "Romans-sur-Isère",
         "Vienne"]


def _record(n: int) -> dict[str, object]:
    town = TOWNS[n % len(TOWNS)]
    return {"title": f"À {town}, la piscine municipale rouvre après travaux ({n})",
            "language": "fr", "url": f"https://exemple.fr/piscine-{n}",
            "source": "exemple.fr", "published": f"2026-11-{10 + n:02d}T10:00:00+01:00",
            "paragraphs": [f"La piscine municipale de {town} rouvre ses portes samedi après "
                           f"{n + 2} mois de travaux de rénovation, a annoncé la mairie.",
                           f"Le bassin olympique de {town} a été entièrement carrelé."]}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    data = tmp_path_factory.mktemp("search-page-cursor") / "data"
    lines = "".join(json.dumps(_record(n), ensure_ascii=False) + "\n" for n in range(11))
    with Veille(Settings(data_dir=data)) as service:
        service.ingest_bytes([("r.jsonl", lines.encode())])
    with serve(data) as live:
        yield live


def _ids(answer: dict[str, object]) -> list[str]:
    hits = answer["hits"]
    assert isinstance(hits, list)
    return [hit["id"] for hit in hits]


@pytest.mark.parametrize("sort", ["relevance", "date"])
@pytest.mark.parametrize("collapse", [False, True])
def test_a_search_page_read_by_number_gives_the_next_cursor(
        server: LiveServer, sort: str, collapse: bool) -> None:
    params = {"q": "piscine", "sort": sort, "collapse": str(collapse).lower()}
    with httpx.Client(base_url=server.url, timeout=60) as http:
        every = _ids(http.get("/api/v1/search", params={**params, "per_page": 50}).json())
        assert len(every) >= 9
        second = http.get("/api/v1/search", params={**params, "per_page": 3, "page": 2}).json()
        assert _ids(second) == every[3:6]
        assert second["next_cursor"], "page 2 read by number gives the next page's cursor"
        got, answer = _ids(second), second
        while answer["next_cursor"]:
            answer = http.get("/api/v1/search", params={
                **params, "per_page": 3, "cursor": answer["next_cursor"]}).json()
            assert not answer["warnings"], answer["warnings"]
            got += _ids(answer)
        assert got == every[3:]
        third = http.get("/api/v1/search", params={**params, "per_page": 3, "page": 3}).json()
        assert third["prev_cursor"], "page 3 read by number gives the previous page's cursor"
        back = http.get("/api/v1/search", params={**params, "per_page": 3,
                                                  "cursor": third["prev_cursor"]}).json()
        assert _ids(back) == every[3:6]
        last = http.get("/api/v1/search", params={**params, "per_page": 3,
                                                  "page": -(-len(every) // 3)}).json()
        assert last["next_cursor"] is None
