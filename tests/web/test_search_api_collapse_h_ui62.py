"""The JSON search says whether it is collapsed by story, and collapsed it is the search
page (t-final61, "missing or confusing"; issue #14).

The tester's API search gave 7 rows where the page gave 4 results for one query: the API
lists every article by default and the page collapses by story. ``collapse=true`` gives
the page's rows and count; the answer now says which it is (``collapse``), and the
parameter's description states the default. Real store, index and web app.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from veille.service import Veille
from veille.settings import Settings
from veille.web import create_app

BODY = ("Les agents du port autonome de Sète sont en grève depuis lundi. Quelque 60 "
        "cargos attendent au large, selon la capitainerie. Le syndicat réclame 120 euros "
        "de prime mensuelle.")


def _page(title: str, body: str, published: str, url: str) -> bytes:
    return (f"<html lang='fr'><head><title>{title}</title><link rel='canonical' href='{url}'>"
            f"<meta property='article:published_time' content='{published}'></head><body>"
            f"<article><h1>{title}</h1><p>{body}</p></article></body></html>").encode()


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("search-collapse") / "data"
    title = "Grève au port de Sète : 60 cargos bloqués au large"
    with Veille(Settings(data_dir=root)) as v:
        for n, host in enumerate(("agence-sud.example", "midi-soir.example",
                                  "herault-matin.example")):
            v.ingest_bytes([(f"r{n}.html", _page(title, BODY, f"2026-04-0{n + 1}T08:00:00+02:00",
                                                 f"https://{host}/sete-greve"))])
        v.ingest_bytes([("other.html", _page(
            "Sète : la grève des dockers inquiète les pêcheurs",
            "Au port de Sète, la grève des agents portuaires inquiète aussi les pêcheurs, qui "
            "ne peuvent plus décharger leurs prises à la criée depuis mardi.",
            "2026-04-05T09:00:00+02:00", "https://herault-matin.example/peche"))])
    return root


def test_collapsed_api_is_the_page_and_says_it(data: Path) -> None:
    with TestClient(create_app(Settings(data_dir=data)), base_url="http://127.0.0.1") as client:
        for q in ("grève Sète", "cargos"):
            page = client.get("/search", params={"q": q, "lang": "en"}).text
            ids = re.findall(r'<li class="[^"]*" data-id="([0-9a-f]{16})"', page)
            shown = re.search(r'role="status">(\d+) results?', page)
            collapsed = client.get("/api/v1/search", params={"q": q, "collapse": "true"}).json()
            flat = client.get("/api/v1/search", params={"q": q}).json()
            assert [h["id"] for h in collapsed["hits"]] == ids, (q, collapsed, ids)
            assert shown is not None and collapsed["total"] == int(shown.group(1)) == len(ids)
            assert collapsed["collapse"] is True
            assert flat["collapse"] is False
            assert flat["total"] == len(flat["hits"]) > collapsed["total"], (q, flat)
        schema = client.get("/openapi.json").json()
    params = schema["paths"]["/api/v1/search"]["get"]["parameters"]
    collapse = next(p for p in params if p["name"] == "collapse")
    assert "False by default" in collapse["description"]
    assert collapse["schema"]["default"] is False
