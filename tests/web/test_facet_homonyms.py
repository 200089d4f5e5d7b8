"""Homonymous places in a search's facets say where they are (newuser8 Q19): on a real
server over a real store, two articles on two towns named Valence."""

from __future__ import annotations

import html
from collections.abc import Iterator

import httpx
import pytest
from web_kit import LiveServer, serve

from veille.service import Veille
from veille.settings import Settings
from veille.web.models import EntityFacetModel
from veille.web.queries import qualify_homonyms

DROME = ("Crue du Rhône à Valence\n\nLes quais de Valence, dans la Drôme, sont fermés "
         "depuis lundi.\n")
SPAIN = ("Orages à Valence\n\nLes pompiers de Valence, en Espagne, ont secouru des "
         "automobilistes mardi.\n")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    data = tmp_path_factory.mktemp("homonyms") / "data"
    with Veille(Settings(data_dir=data)) as service:
        service.ingest_bytes([("drome.txt", DROME.encode())], source="ledauphine.com")
        service.ingest_bytes([("spain.txt", SPAIN.encode())], source="lemonde.fr")
        service.enrich()
    with serve(data) as live:
        yield live


def test_homonymous_places_in_the_facets_say_where_they_are(server: LiveServer) -> None:
    with httpx.Client(base_url=server.url, timeout=60) as http:
        places = http.get("/api/v1/search", params={"q": "Valence"}).json()["places"]
        valences = [p for p in places if p["name"] == "Valence"]
        assert len(valences) == 2 and all(p["homonym"] for p in valences)
        assert {(p["country"], p["area"]) for p in valences} == {("FR", "Drôme"), ("ES", "")}
        french = html.unescape(http.get("/search", params={"q": "Valence", "lang": "fr"}).text)
        assert "Valence (Drôme)" in french and "Valence (Espagne)" in french
        assert 'title="Filtrer sur Valence (Espagne)"' in french
        english = html.unescape(http.get("/search", params={"q": "Valence", "lang": "en"}).text)
        # the English page names the Spanish city in English (r-places54: the gazetteer's
        # GeoNames name), the French one as it is filed
        assert "Valence (Drôme)" in english and "Valencia (Spain)" in english


def test_a_name_borne_once_is_left_alone() -> None:
    def facet(pid: str, name: str) -> EntityFacetModel:
        return EntityFacetModel(id=pid, label="LOC", name=name, count=1,
                                filter=f'place:"{pid}"', page=f"/places/{pid}")

    out = qualify_homonyms([facet("Q90", "Paris"), facet("geonames:2971053", "Valence")],
                           {"Q90": "FR", "geonames:2971053": "FR"})
    assert not any(f.homonym for f in out)


def test_the_other_of_a_name_says_where_it_is_when_alone(server: LiveServer) -> None:
    """newuser12 E25: València alone in a facet (the Drôme's town is stored but not in
    this search) is "Valence (Espagne)"; the Drôme's alone stays bare."""
    with httpx.Client(base_url=server.url, timeout=60) as http:
        places = http.get("/api/v1/search", params={"q": "pompiers"}).json()["places"]
        valence = next(p for p in places if p["name"] == "Valence")
        assert (valence["homonym"], valence["country"]) == (True, "ES")
        french = html.unescape(http.get("/search", params={"q": "pompiers", "lang": "fr"}).text)
        assert "Valence (Espagne)" in french
        places = http.get("/api/v1/search", params={"q": "quais"}).json()["places"]
        assert not next(p for p in places if p["name"] == "Valence")["homonym"]


def test_a_homonymous_place_s_page_title_says_where_it_is(server: LiveServer) -> None:
    with httpx.Client(base_url=server.url, timeout=60) as http:
        places = http.get("/api/v1/search", params={"q": "Valence"}).json()["places"]
        spain = next(p for p in places if p["country"] == "ES")
        page = html.unescape(http.get(spain["page"], params={"lang": "fr"}).text)
        assert "<title>Valence (Espagne) · veille</title>" in page
        assert '<h1 id="entity-title">Valence (Espagne)</h1>' in page
        page = html.unescape(http.get(spain["page"], params={"lang": "en"}).text)
        assert '<h1 id="entity-title">Valencia (Spain)</h1>' in page
