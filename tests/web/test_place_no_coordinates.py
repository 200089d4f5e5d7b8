"""A place no shipped source locates says so (issue 16, f-places24): a commune merged since
2016 (Cloyes-les-Trois-Rivières, Eure-et-Loir) has no town-hall point in the DILA data
nor a GeoNames settlement; its page said nothing about where it is, its API record gave
null coordinates without saying why. Now the page writes the coordinates as unknown and
the API keeps null (never another place's point)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from web_kit import LiveServer, serve

from veille.enrich.places import shipped
from veille.service import Veille
from veille.settings import Settings

PAGE = ("<html lang=\"fr\"><head><title>Incendie à Cloyes-les-Trois-Rivières</title>"
        "<meta property=\"article:published_time\" content=\"2026-11-20T08:00:00+00:00\">"
        "</head><body><article><h1>Incendie d'une grange à Cloyes-les-Trois-Rivières</h1>"
        "<p>Un incendie a détruit une grange mardi à Cloyes-les-Trois-Rivières, en "
        "Eure-et-Loir, selon les pompiers de Châteaudun.</p></article></body></html>")


def test_the_commune_has_no_point_in_the_shipped_data() -> None:
    [commune] = [p for p in shipped().candidates("Cloyes-les-Trois-Rivières")
                 if p.insee == "28103"]
    assert commune.lat is None and commune.lon is None


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    data = tmp_path_factory.mktemp("nocoords") / "data"
    with Veille(Settings(data_dir=data)) as service:
        service.ingest_bytes([("a.html", PAGE.encode())], source="example.fr")
        service.enrich()
    with serve(data) as live:
        yield live


def test_page_says_the_coordinates_are_unknown(server: LiveServer) -> None:
    with httpx.Client(base_url=server.url, timeout=30) as http:
        places = {p["insee"]: p for p in http.get("/api/v1/places").json()["places"]}
        cloyes = places["28103"]
        assert cloyes["lat"] is None and cloyes["lon"] is None
        french = http.get(f"/places/{cloyes['id']}", params={"lang": "fr"}).text
        english = http.get(f"/places/{cloyes['id']}", params={"lang": "en"}).text
        known = places["28088"]  # Châteaudun: its town hall's point
        located = http.get(f"/places/{known['id']}", params={"lang": "en"}).text
    assert "no-coordinates" in french and "inconnues" in french
    assert "no-coordinates" in english and "unknown" in english
    assert "openstreetmap.org" not in english
    assert "no-coordinates" not in located and "openstreetmap.org" in located
