"""``entity:``, ``place:`` and ``lang:`` values that match no article are warned, with the
closest names the store knows, as ``source:`` is (newuser15a W18: ``entity:Macronn``,
``place:Atlantide``, ``lang:xx`` gave an empty page and ``warnings: []``). Real store,
enrichment, index and HTTP server; both languages."""

from __future__ import annotations

import html
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from web_kit import LiveServer, serve

from veille.service import Veille
from veille.settings import Settings

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed" / "000_b76170f1117bfb89.txt"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    data = tmp_path_factory.mktemp("filters") / "data"
    with Veille(Settings(data_dir=data)) as service:
        service.ingest_bytes([("seed.txt", SEED.read_bytes())], source="lemonde.fr")
        service.enrich()
    with serve(data) as live:
        yield live


def search(server: LiveServer, query: str, lang: str = "fr") -> dict[str, object]:
    with httpx.Client(base_url=server.url, timeout=60) as http:
        return dict(http.get("/api/v1/search", params={"q": query, "lang": lang}).json())


@pytest.mark.parametrize(("query", "warning", "french"), [
    ("entity:Pompo", 'entity:Pompo: no entity of that name; did you mean entity:"Mike Pompeo"?',
     'entity:Pompo : aucune entité de ce nom ; vouliez-vous dire entity:"Mike Pompeo" ?'),
    ("place:Syrye", "place:Syrye: no place of that name; did you mean place:Syrie?",
     "place:Syrye : aucun lieu de ce nom ; vouliez-vous dire place:Syrie ?"),
    ("place:Xqzwv", "place:Xqzwv: no place of that name",
     "place:Xqzwv : aucun lieu de ce nom"),
    ("lang:xx", "lang:xx: not a language code (as lang:fr)",
     "lang:xx : pas un code de langue (comme lang:fr)"),
    ("lang:de", "lang:de: no article in that language",
     "lang:de : aucun article dans cette langue"),
])
def test_a_filter_value_matching_nothing_is_warned(server: LiveServer, query: str,
                                                   warning: str, french: str) -> None:
    body = search(server, query)
    assert body["total"] == 0
    assert body["warnings"] == [warning]
    assert body["localized_warnings"] == [french]
    with httpx.Client(base_url=server.url, timeout=60) as http:
        for lang, said in (("fr", french), ("en", warning)):
            page = http.get("/search", params={"q": query, "lang": lang}).text
            assert said in html.unescape(page)


def test_known_values_are_not_warned(server: LiveServer) -> None:
    for query in ('entity:"Mike Pompeo"', "place:Syrie", "lang:fr"):
        body = search(server, query)
        assert body["total"] and body["warnings"] == [], (query, body["warnings"])
