"""t-enrich20 E13: an entity whose id holds a slash ("org:ac/dc", from "AC/DC") linked
``/entities/org%3Aac%2Fdc`` and ``/entities/org%3Aac/dc`` from its article's page, both
404, and so was its JSON twin: the routes took one path segment. Real store, index,
server, spaCy."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from web_kit import serve

import veille

TEXT = ("Le groupe AC/DC jouera le 15 juin au Stade de France, à Saint-Denis, a annoncé "
        "l'organisateur. Les billets du concert d'AC/DC seront en vente dès lundi.")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    record = {"title": "AC/DC en concert au Stade de France", "url": "https://j.example/acdc",
              "text": TEXT, "source": "j.example", "language": "fr",
              "published": "2026-11-20T10:00:00+01:00"}
    with veille.open(data) as v:
        v.ingest_bytes([("r.jsonl", (json.dumps(record, ensure_ascii=False) + "\n").encode())])
        v.enrich()
    return data


def test_an_entity_id_with_a_slash_is_reachable(data: Path) -> None:
    with veille.open(data) as v:
        band = next((e for e in v.store.entities(limit=50) if "/" in e.id), None)
        article = next(iter(v.store.iter_articles()))
    if band is None:
        pytest.skip("the recogniser gave AC/DC no entity here")
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        for path in (f"/entities/{quote(band.id, safe='')}", f"/entities/{band.id}",
                     f"/api/v1/entities/{quote(band.id, safe='')}",
                     f"/api/v1/entities/{band.id}"):
            answer = client.get(path)
            assert answer.status_code == 200, (path, answer.status_code)
        page = client.get(f"/articles/{article.id}").text
        links = {unescape(h) for h in re.findall(r'href="(/entities/[^"]+)"', page)}
        assert links
        for link in links:
            assert client.get(link).status_code == 200, link
