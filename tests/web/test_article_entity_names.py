"""The article page lists each entity by its name, not by the form one mention shouted
("PAU place · 1" for the commune Pau: t-final21 F4), and the English pages give a curated
body its English name whatever its id (t-final21 F10: "Commission européenne"), through
a real server."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest
from web_kit import LiveServer, serve

from veille.service import Veille
from veille.settings import Settings

PAGE = ("<html lang=\"fr\"><head><title>Grève à Pau</title>"
        "<meta property=\"article:published_time\" content=\"2026-11-20T08:00:00+00:00\">"
        "</head><body><article><h1>Grève : la ville appelle au dialogue</h1>"
        "<p>Le maire de PAU, François Bayrou, a appelé au dialogue mardi avec les "
        "cheminots en grève.</p><p>La Commission européenne suit le dossier, selon un "
        "communiqué publié mercredi.</p></article></body></html>")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    data = tmp_path_factory.mktemp("names") / "data"
    with Veille(Settings(data_dir=data)) as service:
        service.ingest_bytes([("a.html", PAGE.encode())], source="example.fr")
        service.enrich()
    with serve(data) as live:
        yield live


def _entity_list(html: str) -> str:
    found = re.search(r'<ul class="entities">(.*?)</ul>', html, re.S)
    assert found is not None
    return found.group(1)


def test_the_article_page_lists_the_entitys_name_and_marks_the_texts_form(
        server: LiveServer) -> None:
    with httpx.Client(base_url=server.url, timeout=30) as http:
        article_id = http.get("/api/v1/search", params={"q": "dialogue"}).json()["hits"][0]["id"]
        french = http.get(f"/articles/{article_id}", params={"lang": "fr"}).text
        english = http.get(f"/articles/{article_id}", params={"lang": "en"}).text
    listed = _entity_list(french)
    assert ">Pau</a>" in listed and ">PAU</a>" not in listed
    assert "PAU" in french.split('<ul class="entities">')[0]  # the text keeps its form
    assert ">European Commission</a>" in _entity_list(english)
