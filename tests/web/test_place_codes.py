"""A commune's INSEE code and département on the place page and in the places API (the
export had them, the pages and `/api/v1/places` hid them: t-enrich19 E15)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from web_kit import LiveServer, serve

from veille.enrich.places import shipped
from veille.service import Veille
from veille.settings import Settings

PAGE = ("<html lang=\"fr\"><head><title>Crue à Quimper</title>"
        "<meta property=\"article:published_time\" content=\"2026-11-20T08:00:00+00:00\">"
        "</head><body><article><h1>Crue : Quimper sous les eaux</h1>"
        "<p>La préfecture du Finistère a déclenché l'alerte rouge mardi à Quimper, où "
        "l'Odet est sorti de son lit dans la nuit.</p><p>Les pompiers venus de Brest ont "
        "évacué deux cents habitants des quais, selon la mairie.</p></article></body></html>")


def test_the_gazetteer_gives_a_communes_codes_whatever_row_by_id_keeps() -> None:
    gazetteer = shipped()
    assert gazetteer.codes("Q90") == ("75056", "75")  # by_id keeps a row without codes
    assert gazetteer.codes("Q142") == ("", "")  # a country has none


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    data = tmp_path_factory.mktemp("codes") / "data"
    with Veille(Settings(data_dir=data)) as service:
        service.ingest_bytes([("a.html", PAGE.encode())], source="example.fr")
        service.enrich()
    with serve(data) as live:
        yield live


def test_places_api_and_page_show_insee_and_department(server: LiveServer) -> None:
    with httpx.Client(base_url=server.url, timeout=30) as http:
        places = {p["name"]: p for p in http.get("/api/v1/places").json()["places"]}
        quimper = places["Quimper"]
        assert (quimper["insee"], quimper["department"]) == ("29232", "29")
        one = http.get(f"/api/v1/places/{quimper['id']}").json()
        assert (one["insee"], one["department"]) == ("29232", "29")
        french = http.get(f"/places/{quimper['id']}", params={"lang": "fr"}).text
        english = http.get(f"/places/{quimper['id']}", params={"lang": "en"}).text
    assert "Code INSEE" in french and "<code>29232</code>" in french
    assert "Département" in french and "<code>29</code>" in french
    assert "INSEE code" in english and "<code>29232</code>" in english
