"""A quote's speaker on a place page is the entity it was resolved to, by that entity's
name, not the quote's surface form (t-final60 #21: "— Mme Darcourt" under a quote of
Hélène Darcourt). On a real server over a real store."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from web_kit import LiveServer, serve

from veille.service import Veille
from veille.settings import Settings

RECORD = {
    "title": "Valence : la ville restreint l'arrosage", "language": "fr",
    "url": "https://exemple.fr/eau", "published": "2026-12-06T10:00:00+01:00",
    "source": "exemple.fr",
    "paragraphs": ["La maire de Valence, Hélène Darcourt, a pris dimanche un arrêté de "
                   "restriction d'eau dans toute la commune.",
                   "« Nous devons protéger la nappe avant l'été », a déclaré Mme Darcourt "
                   "devant le conseil municipal."]}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    data = tmp_path_factory.mktemp("darcourt") / "data"
    with Veille(Settings(data_dir=data)) as service:
        service.ingest_bytes([("r.jsonl", (json.dumps(RECORD, ensure_ascii=False) + "\n")
                               .encode())])
        service.enrich()
    with serve(data) as live:
        yield live


def test_the_place_page_names_the_speaker_entity(server: LiveServer) -> None:
    with httpx.Client(base_url=server.url, timeout=60) as http:
        places = http.get("/api/v1/places", params={"limit": 50}).json()["places"]
        valence = next(p["id"] for p in places if p["name"].startswith("Valence"))
        detail = http.get(f"/api/v1/places/{valence}").json()
        page = http.get(f"/places/{valence}", params={"lang": "fr"}).text
    quote = detail["quotes"][0]
    assert (quote["speaker"], quote["speaker_id"], quote["speaker_name"]) == (
        "Mme Darcourt", "per:helene-darcourt", "Hélène Darcourt")
    assert ">Hélène Darcourt</a> ·" in page
    assert ">Mme Darcourt</a>" not in page
