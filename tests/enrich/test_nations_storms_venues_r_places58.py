"""A country's constituent parts, storms, venues named after persons, landforms (issue 16,
branch r-places58).

"l'Angleterre" was an alias of the United Kingdom (Q145), so England and the UK were one
place, and "Escocia", "Scozia", "Schottland" no place at all in texts without a model:
each nation of the UK is now its own division (ISO 3166-2:GB-ENG, -SCT, -WLS, -NIR),
country GB. A storm named after its noun in Spanish, Italian or German ("la borrasca
Aurora", "l'uragano Florence", "Sturmtief Emden") and an English span that opens with it
("Hurricane Austin") were persons or places; a venue named after a person in apposition
("el estadio Santiago Bernabéu") was a place in Chile, an English one ("Rosa Parks
Stadium") a person; "Sierra de Guadarrama" a person. Records written for this test,
ingested into a real store, enriched, exported."""

from __future__ import annotations

from typing import Any

import pytest
from tests.enrich.conftest import enrich_records

U = "https://www.example.test/rplaces58t/"


def _record(slug: str, language: str, title: str, text: str) -> dict[str, object]:
    return {"url": U + slug, "source": "example.test", "language": language,
            "published": "2026-12-03T08:30:00+01:00", "title": title, "text": text}


RECORDS = [
    _record("nations-fr", "fr", "Rugby",
            "L'Angleterre recevra l'Écosse samedi, puis le pays de Galles se rendra en "
            "Irlande du Nord, a annoncé la fédération."),
    _record("nations-es", "es", "Lluvias",
            "Las lluvias cortaron carreteras en Escocia y en Inglaterra el martes."),
    _record("nations-de", "de", "Regen",
            "Starker Regen hat in Schottland und in Nordirland Straßen überflutet."),
    _record("storms-es", "es", "Nieve",
            "La borrasca Aurora dejó nieve en Burgos, según la Agencia Estatal de "
            "Meteorología, y la tormenta tropical Victoria se disipa en el Pacífico."),
    _record("storms-it", "it", "Maltempo",
            "L'uragano Florence si è allontanato dalle Bahamas, mentre la tempesta Ginevra "
            "colpisce la Sardegna."),
    _record("storms-en", "en", "Weather",
            "Hurricane Austin weakened off the coast on Monday, and Typhoon Darwin hit "
            "Luzon, officials said."),
    _record("venue-es", "es", "Fútbol",
            "Los aficionados llegaron al estadio Santiago Bernabéu en metro, informó el "
            "Ayuntamiento de Madrid."),
    _record("venue-en", "en", "Football",
            "Fans will be turned away from the Rosa Parks Stadium in Leeds on Saturday, the "
            "club said."),
    _record("landform", "es", "Incendio",
            "El fuego avanza por la Sierra de Guadarrama y los Picos de Europa siguen "
            "cerrados, según los bomberos."),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """``url -> enrichment`` of ``RECORDS``, ingested into one real store."""
    return enrich_records(tmp_path_factory.mktemp("rplaces58"), RECORDS)


def _places(found: dict[str, dict[str, Any]], slug: str) -> dict[str, dict[str, Any]]:
    return {p["mentioned_as"]: p for p in found[U + slug].get("places", [])}


def _labels(found: dict[str, dict[str, Any]], slug: str, word: str) -> set[str]:
    return {e["label"] for e in found[U + slug].get("entities", [])
            for m in e["mentions"] if word in m[2]}


@pytest.mark.parametrize(("slug", "names"), [
    ("nations-fr", {"Angleterre": "GB-ENG", "Écosse": "GB-SCT", "Irlande du Nord": "GB-NIR"}),
    ("nations-es", {"Escocia": "GB-SCT", "Inglaterra": "GB-ENG"}),
    ("nations-de", {"Schottland": "GB-SCT", "Nordirland": "GB-NIR"}),
])
def test_each_nation_of_the_uk_is_its_own_division(found: dict[str, Any], slug: str,
                                                   names: dict[str, str]) -> None:
    places = _places(found, slug)
    for name, code in names.items():
        assert places[name]["id"] == f"iso3166-2:{code}", places
        assert places[name]["kind"] == "region" and places[name]["country"] == "GB"


@pytest.mark.parametrize(("slug", "word"), [
    ("storms-es", "Aurora"), ("storms-es", "Victoria"), ("storms-it", "Florence"),
    ("storms-it", "Ginevra"), ("storms-en", "Austin"), ("storms-en", "Darwin")])
def test_a_storm_is_no_person_nor_place(found: dict[str, Any], slug: str, word: str) -> None:
    assert not _labels(found, slug, word) & {"PER", "LOC"}, found[U + slug]["entities"]
    assert word not in _places(found, slug)


def test_a_venue_named_after_a_person_is_no_town(found: dict[str, Any]) -> None:
    places = _places(found, "venue-es")
    assert "Santiago" not in places and places["Madrid"]["country"] == "ES", places
    assert "PER" not in _labels(found, "venue-en", "Rosa Parks")
    assert _places(found, "venue-en")["Leeds"]["country"] == "GB"


def test_a_relief_is_no_person(found: dict[str, Any]) -> None:
    assert _labels(found, "landform", "Sierra de Guadarrama") <= {"LOC"}
    assert "Guadarrama" not in _places(found, "landform")
