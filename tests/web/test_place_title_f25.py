"""A place's page is titled in the page's language (issue 16, f-places25): the French
page of València, named "Valence" by a French article and "Valencia" by an English one,
said "Valencia" (the largest of the labels the articles gave, not the French one). A
homonym read by default ("Saint-Denis" alone) is flagged in the API and marked on the
article page, in French and English. On a real server over a real store."""

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
    {"title": "Inondations en Espagne", "language": "fr", "url": "https://exemple.fr/a",
     "published": "2026-11-20T10:00:00+01:00", "source": "exemple.fr",
     "paragraphs": ["Les pompiers de Valence, en Espagne, ont secouru des automobilistes "
                    "mardi."]},
    {"title": "Floods in Spain", "language": "en", "url": "https://example.com/b",
     "published": "2026-11-20T11:00:00+01:00", "source": "example.com",
     "paragraphs": ["Firefighters in Valencia, Spain, rescued drivers on Tuesday."]},
    {"title": "Budget municipal", "language": "fr", "url": "https://exemple.fr/c",
     "published": "2026-11-20T12:00:00+01:00", "source": "exemple.fr",
     "paragraphs": ["Le maire de Saint-Denis a présenté son budget mardi soir."]},
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    data = tmp_path_factory.mktemp("valencia") / "data"
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS)
    with Veille(Settings(data_dir=data)) as service:
        service.ingest_bytes([("records.jsonl", lines.encode())])
        service.enrich()
    with serve(data) as live:
        yield live


def _title(page: str) -> str:
    found = re.search(r'<h1 id="entity-title">([^<]*)</h1>', page)
    assert found is not None
    return html.unescape(found.group(1)).strip()


def test_the_place_page_is_titled_in_its_language(server: LiveServer) -> None:
    with httpx.Client(base_url=server.url, timeout=60) as http:
        places = http.get("/api/v1/places", params={"limit": 50}).json()["places"]
        spain = [p for p in places if p["country"] == "ES" and p["kind"] != "country"]
        assert len(spain) == 1, places
        pid = spain[0]["id"]
        french = _title(http.get(f"/places/{pid}", params={"lang": "fr"}).text)
        english = _title(http.get(f"/places/{pid}", params={"lang": "en"}).text)
    assert french.startswith("Valence"), french
    assert english.startswith("Valencia"), english


def test_a_homonym_read_by_default_is_flagged_and_marked(server: LiveServer) -> None:
    with httpx.Client(base_url=server.url, timeout=60) as http:
        found = http.get("/api/v1/search", params={"q": "budget Saint-Denis"}).json()
        article = next(a for a in found["hits"] if "Saint-Denis" in str(a))
        aid = article["id"]
        places = http.get(f"/api/v1/articles/{aid}/enrichment").json()["places"]
        french = html.unescape(http.get(f"/articles/{aid}", params={"lang": "fr"}).text)
        english = html.unescape(http.get(f"/articles/{aid}", params={"lang": "en"}).text)
    denis = next(p for p in places if p["mentioned_as"] == "Saint-Denis")
    assert denis["ambiguous"] is True and denis["alternatives"] >= 1
    assert "(homonyme ?)" in french and "Lieu choisi par défaut" in french
    assert "(homonym?)" in english and "Place chosen by default" in english
