"""``place:`` a first-level region abroad finds the articles placed in its cities, by each
name the gazetteer has for it (issue 16, t-final54 A2): the gazetteer's cities carry
GeoNames' first-level code (München "02", Rome "07", Naples "04"), its region rows ISO's
id (iso3166-2:DE-BY) and no code, so the index gave München no region name: ``place:Bayern``
missed it, ``place:Lazio`` found nothing and warned "no stored article names this place"
while two articles were placed in Rome, ``place:Bavaria`` said "no place of that name".
On 167b92aa every region query below failed. Real SQLite store + tantivy index, and real
PostgreSQL store + index where its server binaries are installed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from backends_kit import keys_found, searched_store
from veille.index.query import NO_PLACE, NO_PLACE_STORED
from veille.search.place_names import area_terms, shipped_place_terms

RECORDS = [
    ("munich", "À Munich, la grève du métro se prolonge",
     "Les conducteurs du métro de Munich ont reconduit leur grève mardi."),
    ("rome", "À Rome, le Colisée ferme ses portes une journée",
     "Le monument de Rome sera fermé jeudi pour des travaux d'entretien."),
    ("naples", "À Naples, le port accueille un nouveau ferry",
     "Le port de Naples a inauguré mercredi une liaison vers les îles."),
    ("madrid", "À Madrid, la mairie interdit les vieilles voitures",
     "La mairie de Madrid a voté l'interdiction des voitures diesel anciennes."),
    ("toronto", "À Toronto, le tramway sera prolongé",
     "La ville de Toronto prolongera sa ligne de tramway vers l'est."),
]


def _write(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for key, title, text in RECORDS:
            f.write(json.dumps({"title": title, "text": f"{text} Dépêche {key} du jour.",
                                "language": "fr", "published": "2026-12-04T10:00:00+01:00",
                                "url": None}, ensure_ascii=False) + "\n")
    return path


@pytest.fixture(scope="module", params=["tantivy", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
          ) -> Iterator[Any]:
    root = tmp_path_factory.mktemp(f"h_regions54_{request.param}")
    with searched_store(request.param, root, _write(root / "in.jsonl"), "h_regions54",
                        enrich=True) as v:
        yield v


def found(v: Any, query: str) -> set[str]:
    return keys_found(v, query, (key for key, *_ in RECORDS))


@pytest.mark.parametrize(("query", "expected"), [
    ("place:Bayern", {"munich"}), ("place:Bavaria", {"munich"}), ("place:Bavière", {"munich"}),
    ("place:Lazio", {"rome"}), ("place:Latium", {"rome"}),
    ("place:Campania", {"naples"}), ("place:Campanie", {"naples"}),
    ('place:"Comunidad de Madrid"', {"madrid"}), ("place:Ontario", {"toronto"}),
    # controls: a country, and a region of another country finds none of them
    ("place:Italie", {"rome", "naples"}), ("place:Sachsen", set()),
])
def test_region_abroad_finds_its_cities(store: Any, query: str, expected: set[str]) -> None:
    assert found(store, query) == expected


@pytest.mark.parametrize("query", ["place:Lazio", "place:Bavaria", "place:Campania"])
def test_no_warning_when_articles_are_placed_inside(store: Any, query: str) -> None:
    warnings = store.search(query, per_page=5).warnings
    assert not any(NO_PLACE_STORED in w or NO_PLACE in w for w in warnings), warnings


def test_region_without_articles_is_a_known_place(store: Any) -> None:
    """Tuscany, by its English name: a place the shipped tables know, no article placed
    there: "no stored article names this place", not "no place of that name"."""
    warnings = store.search("place:Tuscany", per_page=5).warnings
    assert any(NO_PLACE_STORED in w for w in warnings), warnings


@pytest.mark.parametrize(("place", "names"), [
    ({"country": "DE", "admin1": "02", "kind": "city"}, {"bayern", "baviere", "bavaria"}),
    ({"country": "IT", "admin1": "07", "kind": "capital"}, {"lazio", "latium"}),
    ({"country": "ES", "admin1": "53", "kind": "city"}, {"canarias", "canary islands"}),
    ({"country": "CA", "admin1": "08", "kind": "city"}, {"ontario"}),
    ({"country": "FR", "admin1": "53", "kind": "commune", "department": "29"},
     {"bretagne", "brittany", "finistere"}),
])
def test_area_terms_hold_the_region_names(place: dict[str, str], names: set[str]) -> None:
    assert names <= area_terms(place)


def test_a_region_english_name_that_is_a_city_is_not_the_region() -> None:
    """GeoNames calls the Comunidad de Madrid "Madrid": Getafe is not ``place:Madrid``."""
    assert "madrid" not in area_terms({"country": "ES", "admin1": "29", "kind": "city"})
    assert shipped_place_terms("Bavaria") == ["iso3166-2:DE-BY"]


@pytest.mark.parametrize(("country", "admin1", "wrong"), [
    ("JP", "13", "tokyo"),  # GeoNames' "13" is Hyōgo (Kobe); ISO's JP-13 is Tokyo
    ("PT", "13", "porto"),  # GeoNames' "13" is Leiria; ISO's PT-13 is Porto
])
def test_an_iso_number_is_not_read_as_geonames_number(country: str, admin1: str,
                                                      wrong: str) -> None:
    assert wrong not in area_terms({"country": country, "admin1": admin1, "kind": "city"})
