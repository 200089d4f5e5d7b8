"""The enrichment API on a real server: entities, one entity, an article's enrichment."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from web_kit import LiveServer, serve

from veille.service import Veille
from veille.settings import Settings

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed" / "000_b76170f1117bfb89.txt"


@pytest.fixture(scope="module")
def enriched(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, str]]:
    data = tmp_path_factory.mktemp("enriched") / "data"
    with Veille(Settings(data_dir=data)) as service:
        summary = service.ingest_bytes([("seed.txt", SEED.read_bytes())], source="lemonde.fr")
        service.enrich()
    with serve(data) as server:
        yield server, summary.new_ids[0]


def test_entities_and_one_entity(enriched: tuple[LiveServer, str]) -> None:
    server, article_id = enriched
    with httpx.Client(base_url=server.url, timeout=30) as http:
        listed = http.get("/api/v1/entities", params={"label": "ORG"}).json()["entities"]
        assert "Q2429253" in {e["id"] for e in listed}
        assert {e["label"] for e in listed} == {"ORG"}
        one = http.get("/api/v1/entities/Q789915").json()
        assert one["name"] == "Département d'État des États-Unis"
        assert [a["article_id"] for a in one["articles_list"]] == [article_id]
        assert len(one["quotes"]) == 3
        assert "Q2429253" in {o["id"] for o in one["cooccurring"]}
        assert http.get("/api/v1/entities/Q1").status_code == 404
        assert http.get("/api/v1/entities", params={"label": "XX"}).status_code == 422


def test_an_articles_enrichment(enriched: tuple[LiveServer, str]) -> None:
    server, article_id = enriched
    with httpx.Client(base_url=server.url, timeout=30) as http:
        body = http.get(f"/api/v1/articles/{article_id}/enrichment").json()
        assert body["enriched"] is True
        assert {"Q2429253", "Q858"} <= {e["id"] for e in body["entities"]}
        assert len(body["quotes"]) == 4
        assert any(d["text"] == "6 février" for d in body["dates"])
        assert http.get("/api/v1/articles/nope/enrichment").status_code == 404


def test_article_and_entity_pages(enriched: tuple[LiveServer, str]) -> None:
    server, article_id = enriched
    with httpx.Client(base_url=server.url, timeout=30) as http:
        page = http.get(f"/articles/{article_id}", params={"lang": "fr"}).text
        assert "Personnes, organisations et lieux" in page
        assert 'href="/entities/Q789915"' in page and "Citations" in page
        assert "2019-" not in page or "Dates citées" in page
        english = http.get(f"/articles/{article_id}", params={"lang": "en"}).text
        assert "People, organisations and places" in english and "organisation" in english
        entity = http.get("/entities/Q2429253", params={"lang": "fr"})
        assert entity.status_code == 200
        assert "État islamique" in entity.text and "Cité avec" in entity.text
        assert http.get("/entities/nothing-such").status_code == 404
