"""Feeds out give no invented midnight for an article known to the day (t-final67 R4:
``date_published: 2026-12-03T00:00:00+03:00`` for a capture dated "3/12/2026"): Atom gives
no ``published``, JSON Feed no ``date_published`` and the day in its ``_veille`` extension;
a timed article keeps both. Real store, real index, real server on 127.0.0.1."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import httpx
import pytest
from web_kit import records_data_dir, serve

ATOM = "{http://www.w3.org/2005/Atom}"
DAY_ONLY = {"url": "https://quotidien.example/a", "title": "Le port de Sète rouvre ses quais",
            "language": "fr", "published": "2026-12-03",
            "text": "Le port de Sète a rouvert ses quais aux pêcheurs après la tempête."}
TIMED = {"url": "https://quotidien.example/b", "title": "Le port de Sète accueille un ferry",
         "language": "fr", "published": "2026-12-02T14:05:00+01:00",
         "text": "Un nouveau ferry a accosté au port de Sète en début d'après-midi."}


@pytest.fixture(scope="module")
def http(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    data: Path = records_data_dir(tmp_path_factory.mktemp("feedday"), (DAY_ONLY, TIMED))
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        yield client


@pytest.mark.parametrize("path", ["/feeds/latest.json", "/feeds/search.json?q=port"])
def test_json_feed_gives_the_day_alone(http: httpx.Client, path: str) -> None:
    items = {i["title"]: i for i in http.get(path).json()["items"]}
    day = items[DAY_ONLY["title"]]
    assert "date_published" not in day
    assert day["_veille"] == {"published_date": "2026-12-03", "published_precision": "day"}
    timed = items[TIMED["title"]]
    assert datetime.fromisoformat(timed["date_published"]).isoformat() == \
        "2026-12-02T14:05:00+01:00"
    assert "_veille" not in timed


@pytest.mark.parametrize("path", ["/feeds/latest.atom", "/feeds/search.atom?q=port"])
def test_atom_gives_no_midnight(http: httpx.Client, path: str) -> None:
    root = ET.fromstring(http.get(path).content)
    entries = {e.findtext(f"{ATOM}title"): e for e in root.iter(f"{ATOM}entry")}
    assert entries[DAY_ONLY["title"]].find(f"{ATOM}published") is None
    assert entries[TIMED["title"]].find(f"{ATOM}published") is not None
