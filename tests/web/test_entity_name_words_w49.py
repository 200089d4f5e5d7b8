"""``/entities?name=`` and ``/api/v1/entities?name=`` take the CLI's one query path
(:func:`veille.enrich.entity_names.entities_named`): entities named by a word, a word's
start, an alias or an article's written form first; a bare substring only when nothing
else matches (t-final36 B9: the CLI had been fixed, but the web and the API still listed
Marseille and Seine-Saint-Denis for "EI", losing État islamique among them). Real store,
enrichment (spaCy), index, server on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from web_kit import serve

from dispatch_kit import enriched_outlet_store, entity_index_names

WAR = ("Le groupe jihadiste Etat islamique (EI) a revendiqué l'attaque, a indiqué mardi le "
       "parquet de Marseille. « L'EI reste une menace », a déclaré le préfet de police des "
       "Bouches-du-Rhône.")
PORT = ("Le trafic de l'aéroport de Marseille-Provence a repris mercredi, selon la Direction "
        "générale de l'aviation civile (DGAC). Des renforts venus de Seine-Saint-Denis et de "
        "Marseille ont été déployés, a précisé la DGAC.")
MORE = ("Le conseil départemental de Seine-Saint-Denis a voté son budget jeudi à Bobigny. "
        "La métropole de Marseille a fait de même, a rapporté le quotidien La Marseillaise.")


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return enriched_outlet_store(tmp_path_factory.mktemp("entity-names") / "data", [
        ("a.example", 5, WAR, "L'EI revendique l'attaque"),
        ("b.example", 4, PORT, "L'aéroport rouvre"),
        ("c.example", 3, MORE, "Budgets votés")])


def _names(page: str) -> list[str]:
    return entity_index_names(page)


def test_a_short_alias_lists_its_entity_not_the_names_holding_it(data: Path) -> None:
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=60) as http:
        everyone = [e["name"] for e in http.get("/api/v1/entities").json()["entities"]]
        assert any("Marseille" in n for n in everyone), everyone  # "ei" inside a word
        api = http.get("/api/v1/entities", params={"name": "EI"}).json()["entities"]
        assert [e["id"] for e in api] == ["Q2429253"], api
        page = _names(http.get("/entities", params={"name": "EI", "lang": "fr"}).text)
        assert len(page) == 1 and "islamique" in page[0], page
        # A written form (the article's acronym) names its entity too, as in the CLI.
        dgac = http.get("/api/v1/entities", params={"name": "DGAC"}).json()["entities"]
        assert dgac and "aviation civile" in dgac[0]["name"].lower(), dgac
        # A word's start names an entity: "seine" is a word of Seine-Saint-Denis.
        seine = _names(http.get("/entities", params={"name": "seine", "lang": "fr"}).text)
        assert any("Seine-Saint-Denis" in n for n in seine), seine
        # Nothing named by a word: the names holding it inside a word, as a fallback.
        inside = http.get("/api/v1/entities", params={"name": "arseil"}).json()["entities"]
        assert any("Marseille" in e["name"] for e in inside), inside
