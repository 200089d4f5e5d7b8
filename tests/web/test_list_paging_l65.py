"""Every list endpoint pages the same way: ``total``, and a ``next_cursor`` on every page
but the last, read by ``offset`` or by cursor (h-api65, t-final64 #8: ``/api/v1/entities``
and ``/api/v1/places`` gave neither). Real store, real enrichment, real server."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from web_kit import LiveServer, serve

from veille.service import Veille
from veille.settings import Settings

TOWNS = ["Valence", "Grenoble", "Chambéry", "Annecy", "Montélimar", "Romans-sur-Isère"]
PEOPLE = ["Hélène Darcourt", "Marc Vautrin", "Sophie Lemaire", "Paul Garnier"]


def _record(n: int) -> dict[str, object]:
    town, other = TOWNS[n % len(TOWNS)], TOWNS[(n + 1) % len(TOWNS)]
    who = PEOPLE[n % len(PEOPLE)]
    return {"title": f"À {town}, le conseil vote le budget {n}", "language": "fr",
            "url": f"https://exemple.fr/budget-{n}", "source": "exemple.fr",
            "published": f"2026-12-0{1 + n % 5}T10:00:00+01:00",
            "paragraphs": [f"Le conseil municipal de {town} a voté lundi le budget, a "
                           f"indiqué {who}, adjoint aux finances.",
                           f"Les élus de {other} suivront la semaine prochaine."]}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    data = tmp_path_factory.mktemp("list-paging") / "data"
    lines = "".join(json.dumps(_record(n), ensure_ascii=False) + "\n" for n in range(12))
    with Veille(Settings(data_dir=data)) as service:
        service.ingest_bytes([("r.jsonl", lines.encode())])
        service.enrich()
    with serve(data) as live:
        yield live


def _all(server: LiveServer, path: str, key: str, **params: object) -> list[str]:
    with httpx.Client(base_url=server.url, timeout=60) as http:
        return [row["id"] for row in
                http.get(path, params={**params, "limit": 100}).json()[key]]


@pytest.mark.parametrize(("path", "key", "params"), [
    ("/api/v1/entities", "entities", {}), ("/api/v1/entities", "entities", {"label": "PER"}),
    ("/api/v1/entities", "entities", {"name": "conseil"}), ("/api/v1/places", "places", {}),
])
def test_a_list_gives_its_total_and_a_cursor_from_any_page(
        server: LiveServer, path: str, key: str, params: dict[str, str]) -> None:
    every = _all(server, path, key, **params)
    assert len(every) >= 4, every
    with httpx.Client(base_url=server.url, timeout=60) as http:
        first = http.get(path, params={**params, "limit": 2}).json()
        assert first["total"] == len(every)
        got, answer = [r["id"] for r in first[key]], first
        while answer["next_cursor"]:
            answer = http.get(path, params={**params, "limit": 2,
                                            "cursor": answer["next_cursor"]}).json()
            assert answer["total"] == len(every) and not answer["warnings"]
            got += [r["id"] for r in answer[key]]
        assert got == every
        by_offset = http.get(path, params={**params, "limit": 2, "offset": 1}).json()
        assert by_offset["next_cursor"], "a page read by offset gives the next one's cursor"
        after = http.get(path, params={**params, "limit": 2,
                                       "cursor": by_offset["next_cursor"]}).json()
        assert [r["id"] for r in by_offset[key] + after[key]] == every[1:5]
        last = http.get(path, params={**params, "limit": 2,
                                      "offset": len(every) - 1}).json()
        assert last["next_cursor"] is None and len(last[key]) == 1


@pytest.mark.parametrize(("path", "key", "row_id"), [
    ("/api/v1/stories", "stories", "id"), ("/api/v1/latest", "articles", "id"),
])
def test_a_page_read_by_offset_gives_the_next_pages_cursor(
        server: LiveServer, path: str, key: str, row_id: str) -> None:
    """``next_cursor`` was null on a page read by ``offset``: a client that jumped to a
    page could not go on by cursor."""
    with httpx.Client(base_url=server.url, timeout=60) as http:
        every = [r[row_id] for r in http.get(path, params={"limit": 100}).json()[key]]
        assert len(every) >= 5, every
        page = http.get(path, params={"limit": 2, "offset": 2}).json()
        assert page["next_cursor"], page
        got = [r[row_id] for r in page[key]]
        while page["next_cursor"]:
            page = http.get(path, params={"limit": 2, "cursor": page["next_cursor"]}).json()
            assert not page["warnings"], page["warnings"]
            got += [r[row_id] for r in page[key]]
    assert got == every[2:]
