"""t-final27 F11 e: /places labelled the Seine-Saint-Denis namesake "Saint-Denis ·
commune · France" beside "Saint-Denis · commune · La Réunion"; each is named as search
names it, "Saint-Denis (Seine-Saint-Denis)", "Saint-Denis (La Réunion)". Real store, real
server."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator

import httpx
import pytest
from web_kit import LiveServer, serve

from veille.service import Veille
from veille.settings import Settings

RECORDS = [
    {"title": "Incendie d'un entrepôt à Saint-Denis", "language": "fr",
     "url": "https://exemple.fr/a", "published": "2026-12-02T10:00:00+01:00",
     "source": "exemple.fr",
     "paragraphs": ["Un entrepôt a brûlé mardi à Saint-Denis (Seine-Saint-Denis), près du "
                    "Stade de France, a indiqué la préfecture de la Seine-Saint-Denis."]},
    {"title": "Feu de broussailles à Saint-Denis", "language": "fr",
     "url": "https://exemple.re/b", "published": "2026-12-02T11:00:00+04:00",
     "source": "clicanoo.re",
     "paragraphs": ["Un feu de broussailles s'est déclaré mardi à Saint-Denis de La "
                    "Réunion, au-dessus du quartier de la Providence, ont indiqué les "
                    "pompiers de La Réunion."]},
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    data = tmp_path_factory.mktemp("namesakes") / "data"
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS)
    with Veille(Settings(data_dir=data)) as service:
        service.ingest_bytes([("records.jsonl", lines.encode())])
        service.enrich()
    with serve(data) as live:
        yield live


def test_namesakes_on_the_places_page_name_their_area(server: LiveServer) -> None:
    with httpx.Client(base_url=server.url, timeout=60) as http:
        places = http.get("/api/v1/places", params={"limit": 50}).json()["places"]
        page = html.unescape(http.get("/places", params={"lang": "fr"}).text)
    denis = {p["id"] for p in places if p["name"] == "Saint-Denis"}
    assert len(denis) == 2, places
    titles = re.findall(r'class="title" href="/places/[^"]*">([^<]*)</a>', page)
    assert "Saint-Denis (Seine-Saint-Denis)" in titles, titles
    assert "Saint-Denis (La Réunion)" in titles, titles
    assert "Saint-Denis" not in titles
    assert "Seine-Saint-Denis" in titles or not any(  # a département is no namesake
        t.startswith("Seine-Saint-Denis (") for t in titles)
