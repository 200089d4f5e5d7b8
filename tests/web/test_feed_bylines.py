"""Feeds out name each article's authors and its last change (newuser8 Q21, Q22): every Atom
entry inherited the feed's author "veille" (RFC 4287 4.2.1) and JSON Feed items had no
``authors``; the search feeds gave a corrected article's publication as its last change.
Real store, index and server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from lxml import etree
from web_kit import records_data_dir, serve

ATOM = "{http://www.w3.org/2005/Atom}"
TEXT = ("Le conseil départemental a voté jeudi le budget des collèges, en hausse de huit "
        "pour cent, après une séance de plus de six heures consacrée aux transports.")
SIGNED = {"url": "https://a.example/budget", "title": "Budget des collèges voté",
          "authors": ["Claire Morel", "Paul Vidal"], "published": "2026-11-24T08:15:00+01:00",
          "updated": "2026-11-24T13:20:00+01:00", "language": "fr", "text": TEXT}
UNSIGNED = {"url": "https://b.example/collèges", "title": "Les collèges rénovés",
            "published": "2026-11-23T09:00:00+01:00", "language": "fr",
            "text": TEXT.replace("jeudi", "mercredi") + " Les travaux commencent en mars."}


@pytest.fixture(scope="module")
def http(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    data = records_data_dir(Path(tmp_path_factory.mktemp("bylines")), [SIGNED, UNSIGNED])
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        yield client


@pytest.mark.parametrize("path", ["/feeds/latest", "/feeds/search?q=coll%C3%A8ges"])
def test_atom_and_json_feed_entries_name_their_authors_and_last_change(
        http: httpx.Client, path: str) -> None:
    base, _, query = path.partition("?")
    atom = etree.fromstring(http.get(f"{base}.atom?{query}").content)
    entries = {e.findtext(f"{ATOM}title"): e for e in atom.findall(f"{ATOM}entry")}
    signed, unsigned = entries[SIGNED["title"]], entries[UNSIGNED["title"]]
    assert [a.findtext(f"{ATOM}name") for a in signed.findall(f"{ATOM}author")] == \
        ["Claire Morel", "Paul Vidal"]
    assert [a.findtext(f"{ATOM}name") for a in unsigned.findall(f"{ATOM}author")] == \
        ["b.example"]  # the outlet signs an unsigned article, never "veille"
    assert signed.findtext(f"{ATOM}updated") == "2026-11-24T13:20:00+01:00"
    assert signed.findtext(f"{ATOM}published") == "2026-11-24T08:15:00+01:00"
    items = {i["title"]: i for i in http.get(f"{base}.json?{query}").json()["items"]}
    assert items[SIGNED["title"]]["authors"] == [{"name": "Claire Morel"},
                                                 {"name": "Paul Vidal"}]
    assert items[SIGNED["title"]]["date_modified"] == "2026-11-24T13:20:00+01:00"
    assert items[UNSIGNED["title"]]["authors"] == [{"name": "b.example"}]
