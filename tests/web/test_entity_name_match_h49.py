"""``/api/v1/entities?name=`` and ``/entities?name=`` say when the name only matched
inside a word (the substring fallback of :func:`veille.enrich.entity_names.entities_named`),
as ``veille entities --name`` does on stderr: the API's ``match`` field ("words" or
"substring", documented in its OpenAPI model) and a FR/EN line on the page, the query
escaped. Before, both listed the names holding "arseil" exactly as if it had named them.
Real store, enrichment (spaCy), index, server on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from web_kit import serve

from dispatch_kit import enriched_outlet_store

PORT = ("Le trafic de l'aéroport de Marseille a repris mercredi, a indiqué la préfecture. "
        "Des renforts venus de Toulouse ont été déployés. Un vol vers la Côte d'Ivoire a "
        "été annulé.")
FR = "Aucun nom ne commence par « arseil » : noms qui contiennent « arseil »."
EN = "No name starts with “arseil”: names that contain “arseil”."


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return enriched_outlet_store(tmp_path_factory.mktemp("entity-match") / "data", [
        ("a.example", 5, PORT, "L'aéroport rouvre")])


def test_the_substring_fallback_is_said(data: Path) -> None:
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=60) as http:
        inside = http.get("/api/v1/entities", params={"name": "arseil"}).json()
        assert inside["match"] == "substring", inside
        assert any("Marseille" in e["name"] for e in inside["entities"]), inside
        word = http.get("/api/v1/entities", params={"name": "Toul"}).json()
        assert word["match"] == "words" and word["entities"], word
        assert http.get("/api/v1/entities").json()["match"] is None
        schema = http.get("/openapi.json").json()["components"]["schemas"]
        field = schema["EntitiesResponse"]["properties"]["match"]
        assert "substring" in field["description"], field
        assert FR in http.get("/entities", params={"name": "arseil", "lang": "fr"}).text
        assert EN in http.get("/entities", params={"name": "arseil", "lang": "en"}).text
        assert "Aucun nom ne commence" not in http.get(
            "/entities", params={"name": "Toul", "lang": "fr"}).text
        # The query is escaped in the line; no line when nothing matches at all.
        quoted = http.get("/entities", params={"name": "e d'Iv", "lang": "fr"}).text
        assert "« e d&#39;Iv »" in quoted, quoted
        assert "Aucun nom ne commence" not in http.get(
            "/entities", params={"name": "arseil<b>", "lang": "fr"}).text
