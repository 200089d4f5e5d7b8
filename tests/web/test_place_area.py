"""A country's or territory's page says what it counts, and links to its whole area
(t-enrich20 E16): La Réunion's page (``/api/v1/places/iso3166:RE``) listed the one
article writing "La Réunion", not the one naming Saint-Pierre (a commune of La Réunion),
while the search ``place:RE`` finds both. The page's counts stay those of the articles
naming the place itself (true as labelled); the page now says so and gives the area's
count and search (``area_query``, ``area_articles``), in French and English, equal to
what that search finds. Real store, index, server, enrichment."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from web_kit import LiveServer, serve

import veille

RECORDS = [
    {"url": "https://example.org/re/1", "title": "La Réunion : alerte cyclone",
     "text": "Une alerte orange cyclonique a été déclenchée mardi sur La Réunion, a annoncé "
             "la préfecture. Les écoles de l'île resteront fermées mercredi.",
     "published": "2026-02-03T10:00:00+04:00", "source": "Le Quotidien de La Réunion"},
    {"url": "https://example.org/re/2", "title": "Saint-Pierre : le marché forain déménage",
     "text": "Le marché forain de Saint-Pierre déménagera en mars sur le front de mer, a "
             "annoncé la mairie. Les commerçants de Saint-Paul suivront le projet avec intérêt.",
     "published": "2026-02-04T10:00:00+04:00", "source": "Le Journal de l'Île"},
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    data = tmp_path_factory.mktemp("area") / "data"
    lines = "".join(json.dumps({**r, "language": "fr"}, ensure_ascii=False) + "\n"
                    for r in RECORDS)
    with veille.open(data) as v:
        v.ingest_bytes([("re.jsonl", lines.encode())])
        v.enrich()
        v.sync(wait=60)
        assert len(v.search("place:RE").hits) == 2  # the area: both articles
    with serve(data) as live:
        yield live


def test_the_api_gives_the_area_search_and_its_count(server: LiveServer) -> None:
    with httpx.Client(base_url=server.url, timeout=60) as http:
        place = http.get("/api/v1/places/iso3166:RE").json()
        assert place["articles"] == 1  # the articles naming La Réunion itself
        assert (place["area_query"], place["area_articles"]) == ("place:RE", 2)
        found = http.get("/api/v1/search", params={"q": place["area_query"]}).json()
        assert found["total"] == place["area_articles"]
        town = next(p for p in http.get("/api/v1/places", params={"name": "Saint-Pierre"})
                    .json()["places"])
        other = http.get(f"/api/v1/places/{town['id']}").json()
        assert (other["area_query"], other["area_articles"]) == ("", None)


@pytest.mark.parametrize(("lang", "note", "link"), [
    ("fr", "Cette page ne compte que les articles qui citent La Réunion par son nom ; "
           "2 articles citent un lieu de ce pays ou territoire", "chercher place:RE"),
    ("en", "This page counts only the articles naming Réunion itself; 2 articles name a "
           "place in this country or territory", "search place:RE")])
def test_the_page_says_what_it_counts(server: LiveServer, lang: str, note: str,
                                      link: str) -> None:
    with httpx.Client(base_url=server.url, timeout=60) as http:
        page = http.get("/places/iso3166:RE", headers={"Accept-Language": lang}).text
    assert note in page
    assert f'<a href="/search?q=place%3ARE">{link}</a>' in page
