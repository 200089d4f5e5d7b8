"""``place:`` a region abroad beyond the countries ``region_codes.tsv`` pairs by hand
(issue 16, h-regions54's "still wrong"): the gazetteer's cities carry GeoNames'
first-level code (Kobe "13", Kraków "77", Guadalajara "14"), its region rows ISO's id and
no code, so ``place:Hyogo`` missed Kobe; and an island of ``islands_ports.tsv`` carries no
code at all, so ``place:Canarias`` missed Tenerife. On 2c5f3b9f every region query below
failed. Real SQLite store + tantivy index, and real PostgreSQL where installed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from backends_kit import keys_found, searched_store
from veille.search.region_join import joined_region_codes, nearest_admin1

RECORDS = [
    ("kobe", "Séisme au Japon", "Un séisme a secoué la ville de Kobe dans la nuit."),
    ("guadalajara", "Festival au Mexique",
     "La ville de Guadalajara accueille cette semaine un festival de musique."),
    ("cracovie", "Pollution en Pologne",
     "La municipalité de Cracovie a rendu les transports gratuits face au smog."),
    ("tenerife", "Incendie aux Canaries",
     "Un incendie ravage depuis lundi les pentes du Teide, à Tenerife."),
    ("majorque", "Tourisme en Espagne",
     "Le gouvernement de Majorque veut réduire le nombre de paquebots."),
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
    root = tmp_path_factory.mktemp(f"r_places55_{request.param}")
    with searched_store(request.param, root, _write(root / "in.jsonl"), "r_places55",
                        enrich=True) as v:
        yield v


@pytest.mark.parametrize(("query", "expected"), [
    ("place:Hyogo", {"kobe"}), ("place:Jalisco", {"guadalajara"}),
    ("place:Małopolskie", {"cracovie"}), ("place:Canarias", {"tenerife"}),
    ("place:Canaries", {"tenerife"}), ("place:Baléares", {"majorque"}),
    # controls: Tokyo's ISO number is Kobe's GeoNames number; another island group
    ("place:Tokyo", set()), ("place:Mazowieckie", set()),
])
def test_region_abroad_finds_its_cities_and_islands(store: Any, query: str,
                                                     expected: set[str]) -> None:
    assert keys_found(store, query, (key for key, *_ in RECORDS)) == expected


def _joined() -> dict[str, str]:
    return {pid: code for pid, _, code in joined_region_codes()}


@pytest.mark.parametrize(("region", "code"), [
    ("JP-28", "13"),  # Hyogo: in the alphabetical gap between two namesakes
    ("JP-13", "40"),  # Tokyo: a namesake, not its ISO number
    ("PL-12", "77"),  # Małopolskie: no namesake, 16 regions for 16 consecutive codes
    ("PL-10", "74"),  # Łódzkie sorts as "Lodzkie", before Lubelskie
    ("MX-JAL", "14"), ("PT-13", "17"), ("PT-10", "13"), ("TR-35", "35"),
])
def test_iso_regions_are_joined_to_geonames_numbers(region: str, code: str) -> None:
    assert _joined()["iso3166-2:" + region] == code


def test_a_namesake_out_of_order_is_no_join() -> None:
    """The State of México is named like Mexico City, whose code is 09: out of the
    alphabetical order, that namesake is dropped (the gap fill gives the state 15)."""
    assert _joined().get("iso3166-2:MX-MEX") != "09"


def test_hand_paired_countries_are_left_to_region_codes() -> None:
    assert not any(country in {"DE", "IT", "ES"} for _, country, _ in joined_region_codes())


def test_an_island_takes_its_nearest_city_s_region() -> None:
    assert nearest_admin1("ES", 28.29, -16.63) == "53"  # Tenerife: Canarias
    assert nearest_admin1("ES", 39.62, 2.98) == "07"  # Majorque: Baleares
    assert nearest_admin1("ES", 30.0, -25.0) == ""  # far out at sea: no region
    assert nearest_admin1("ES", None, None) == ""
