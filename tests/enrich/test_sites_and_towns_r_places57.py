"""Places put in the wrong country or missed (issue 16, branch r-places57; t-final56 A5,
B4; t-final56b A9, A11).

A quarter, zone, depot, square, market or bridge named after a town, in a text set in
another town, was read as that far namesake ("la zone Saint-Charles" of Perpignan →
Marseille, "el puente de Santiago" of Zaragoza → Chile, "Praça São Salvador" of Rio → El
Salvador). Towns of languages without a model were missed: after an Italian preposition
("a Siracusa"), a name with a link ("Juiz de Fora"), a town with its state's code
("Crato (CE)", whose state was no place either), small towns beside a city ("Pirna",
"Meißen" near Dresden), an Arabic name with a shadda ("عمّان"). Controls: the town
itself, and a site near its own namesake. Records written for this test, ingested into a
real store, enriched, exported."""

from __future__ import annotations

import json
from typing import Any

import pytest

from veille.cli.main import main

U = "https://www.example.test/rplaces57/"


def _record(slug: str, language: str, title: str, text: str) -> dict[str, object]:
    return {"url": U + slug, "source": "example.test", "language": language,
            "published": "2026-12-03T08:30:00+01:00", "title": title, "text": text}


RECORDS = [
    _record("zone", "fr", "Incendie à Perpignan",
            "Un entrepôt a brûlé dans la zone Saint-Charles, au nord de la ville, à Perpignan."
            "\n\nLes habitants du quartier du Vernet ont été confinés."),
    _record("bridge", "es", "Obras en Zaragoza",
            "El tráfico se desviará por el puente de Santiago durante las obras, informó el "
            "Ayuntamiento de Zaragoza."),
    _record("square", "pt", "Feira no Rio",
            "A feira da Praça São Salvador, no Flamengo, foi mantida, informou a prefeitura "
            "do Rio de Janeiro."),
    _record("market", "it", "Firenze",
            "Il mercato di San Lorenzo resterà chiuso lunedì, ha annunciato il Comune di "
            "Firenze."),
    _record("near", "fr", "Marché",
            "Le marché de Saint-Cyprien, près de Perpignan, ouvrira dimanche."),
    _record("towns-it", "it", "Maltempo in Sicilia",
            "Il maltempo ha allagato strade a Catania e a Siracusa nella notte."),
    _record("towns-br", "pt", "Chuva no Ceará",
            "Uma chuva forte alagou ruas de Crato (CE) e de Juiz de Fora (MG) na sexta-feira."),
    _record("towns-de", "de", "Hochwasser in Dresden",
            "Die Elbe steigt in Dresden. Auch in Pirna und in Meißen wurden Sandsäcke "
            "verteilt."),
    _record("arabic", "ar", "أمطار في عمّان",
            "أغلقت الأمطار الغزيرة طرقاً في العاصمة عمّان يوم الخميس."),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """``url -> enrichment`` of ``RECORDS``, ingested into one real store."""
    tmp = tmp_path_factory.mktemp("rplaces57")
    source, data, out = tmp / "a.jsonl", str(tmp / "data"), tmp / "out.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS),
                      encoding="utf-8")
    assert main(["--data-dir", data, "ingest", str(source)]) == 0
    assert main(["--data-dir", data, "enrich"]) == 0
    assert main(["--data-dir", data, "export", "--format", "jsonl", "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines() if line]
    return {r["content"]["url"]: r.get("enrichment") or {} for r in records}


def _places(found: dict[str, dict[str, Any]], slug: str) -> dict[str, dict[str, Any]]:
    return {p["mentioned_as"]: p for p in found[U + slug].get("places", [])}


def test_a_zone_and_a_quarter_named_after_far_towns_are_no_place(found: dict[str, Any]
                                                                ) -> None:
    places = _places(found, "zone")
    assert "Saint-Charles" not in places and "Vernet" not in places, places
    assert places["Perpignan"]["country"] == "FR"


def test_a_bridge_named_after_a_capital_abroad_is_no_place(found: dict[str, Any]) -> None:
    places = _places(found, "bridge")
    assert "Santiago" not in places, places
    assert places["Zaragoza"]["country"] == "ES"


def test_a_square_named_after_a_country_is_no_place(found: dict[str, Any]) -> None:
    places = _places(found, "square")
    assert not any(p["country"] == "SV" for p in places.values()), places


def test_a_market_named_after_a_town_is_no_place(found: dict[str, Any]) -> None:
    places = _places(found, "market")
    assert "San Lorenzo" not in places, places
    assert places["Firenze"]["country"] == "IT"


def test_control_a_market_near_its_commune_stays_the_commune(found: dict[str, Any]) -> None:
    places = _places(found, "near")
    assert places["Saint-Cyprien"]["department"] == "66", places


def test_a_town_after_an_italian_preposition_is_found(found: dict[str, Any]) -> None:
    assert _places(found, "towns-it")["Siracusa"]["country"] == "IT"


def test_a_town_with_its_state_code_and_the_state_are_places(found: dict[str, Any]) -> None:
    places = _places(found, "towns-br")
    assert places["Crato"]["country"] == "BR", places
    assert places["Juiz de Fora"]["country"] == "BR", places
    states = {p["id"] for p in places.values() if p["kind"] == "region"}
    assert {"iso3166-2:BR-CE", "iso3166-2:BR-MG"} <= states, places


def test_small_towns_beside_a_city_are_found(found: dict[str, Any]) -> None:
    places = _places(found, "towns-de")
    assert places["Pirna"]["country"] == "DE" and places["Meißen"]["country"] == "DE", places


def test_an_arabic_name_with_a_shadda_is_found(found: dict[str, Any]) -> None:
    places = _places(found, "arabic")
    assert places["عمّان"]["country"] == "JO", places
