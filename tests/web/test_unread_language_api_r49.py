"""An article whose names (or dates) were not read says so in the JSON API too (r-dates49,
t-final36 B8): ``unread_language`` in ``/api/v1/articles/{id}`` and its enrichment,
``dates_unread`` for a language no date rules read (Dutch; Portuguese is read since
r-lang54), and the article page's
notice. Real store, real server on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from web_kit import LiveServer, serve

from veille.service import Veille
from veille.settings import Settings

RECORDS = [
    {"url": "https://example.org/r49/es", "title": "Huelga en el metro de Bilbao",
     "text": "Los maquinistas pararán el próximo viernes, según el sindicato.",
     "language": "es", "date": "2026-12-09T10:00:00+01:00"},
    {"url": "https://example.org/r49/nl", "title": "Staking bij de metro van Rotterdam",
     "text": "De machinisten staken op vrijdag, zei de vakbond.",
     "language": "nl", "date": "2026-12-09T10:00:00+01:00"},
    {"url": "https://example.org/r49/fr", "title": "Grève du métro à Rennes",
     "text": "Les conducteurs feront grève vendredi, selon le syndicat.",
     "language": "fr", "date": "2026-12-09T10:00:00+01:00"},
]


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, dict[str, str]]]:
    data = tmp_path_factory.mktemp("r49") / "data"
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS).encode()
    with Veille(Settings(data_dir=data)) as service:
        summary = service.ingest_bytes([("in.jsonl", lines)])
        service.enrich()
        ids = {service.store.get(i).url[-2:]: i for i in summary.new_ids}
    with serve(data) as server:
        yield server, ids


def test_the_api_says_what_was_not_read(served: tuple[LiveServer, dict[str, str]]) -> None:
    server, ids = served
    with httpx.Client(base_url=server.url, timeout=30) as http:
        spanish = http.get(f"/api/v1/articles/{ids['es']}/enrichment").json()
        assert spanish["unread_language"] == "es" and spanish["dates_unread"] is False
        assert [(d["value"], d["tense"]) for d in spanish["dates"]] == [
            ("2026-12-11", "future")]
        dutch = http.get(f"/api/v1/articles/{ids['nl']}/enrichment").json()
        assert dutch["unread_language"] == "nl" and dutch["dates_unread"] is True
        assert dutch["dates"] == []
        french = http.get(f"/api/v1/articles/{ids['fr']}/enrichment").json()
        assert french["unread_language"] == "" and french["dates_unread"] is False
        assert http.get(f"/api/v1/articles/{ids['nl']}").json()["unread_language"] == "nl"
        assert http.get(f"/api/v1/articles/{ids['fr']}").json()["unread_language"] == ""


def test_the_page_says_dates_were_not_read(served: tuple[LiveServer, dict[str, str]]) -> None:
    server, ids = served
    with httpx.Client(base_url=server.url, timeout=30) as http:
        page = http.get(f"/articles/{ids['nl']}", params={"lang": "fr"}).text
        assert "Les dates citées n&#39;ont pas été lues" in page or \
            "Les dates citées n'ont pas été lues" in page
        english = http.get(f"/articles/{ids['es']}", params={"lang": "en"}).text
        assert "No language model for" in english and "Dates mentioned were not read" not in english
