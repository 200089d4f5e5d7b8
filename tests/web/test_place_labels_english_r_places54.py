"""The English pages name a place in English from the shipped data (t-final53b A13):
/places?lang=en listed "Mossoul", "Genova", "München" and "Краснодар" as the articles wrote
them; the gazetteer's own name (GeoNames': "Mosul", "Genoa", "Munich", "Krasnodar") is
the English one. A GeoNames name in other letters than ASCII is a local spelling ("Köln"):
the stored name stays. A real store, served."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from web_kit import serve

from dispatch_kit import enriched_outlet_store, entity_index_names
from veille.web.i18n import load_locales

IRAQ = ("L'organisation État islamique a revendiqué une attaque près de Mossoul, dans le "
        "nord de l'Irak. Des renforts ont été envoyés depuis Bagdad.")
GENOA = ("L'alluvione ha colpito Genova nella notte. Il sindaco di Genova ha chiuso le "
         "scuole.")


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return enriched_outlet_store(tmp_path_factory.mktemp("labels") / "data", [
        ("a.example", 5, IRAQ, "Attaque près de Mossoul"),
        ("b.example", 4, GENOA, "Alluvione a Genova")])


def test_the_english_places_page_names_cities_in_english(data: Path) -> None:
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        english = entity_index_names(http.get("/places?lang=en").text)
        french = entity_index_names(http.get("/places?lang=fr").text)
    assert "Mosul" in english and "Mossoul" not in english, english
    assert "Baghdad" in english, english
    assert "Mossoul" in french, french  # the French page keeps the article's name


def test_the_gazetteer_s_ascii_name_is_the_english_one() -> None:
    en, fr = load_locales()["en"], load_locales()["fr"]
    assert en.name("geonames:99072", "Mossoul") == "Mosul"
    assert en.name("geonames:2867714", "München") == "Munich"
    assert en.name("geonames:542420", "Краснодаре") == "Krasnodar"
    assert en.name("geonames:498817", "Санкт-Петербург") == "Saint Petersburg"
    assert en.name("geonames:2886242", "Cologne") == "Cologne"  # GeoNames' "Köln": kept
    assert en.name("geonames:2990363", "Nîmes") == "Nîmes"  # a French commune: as filed
    assert fr.name("geonames:99072", "Mossoul") == "Mossoul"
