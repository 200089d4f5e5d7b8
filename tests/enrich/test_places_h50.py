"""Places in the wrong country (h-places50, issue 16; t-final50 A5, A6, A9), through the
CLI into a real store (SQLite + the index):

- A5: a name after "quartier de", "faubourg", "lieu-dit", "cité" followed by "à <French
  commune>" is a part of that commune, never a town abroad ("du quartier de Saint-Marc à
  Brest" was Saint-Marc, Haiti, and ``place:Haïti`` found the article);
- A6: a name whose gazetteer city is abroad, beside places of another country, is the
  village of that country near them ("Ipswich" beside Brisbane and Logan: Queensland's,
  not England's), and the capture's clock is the places' (Australia/Brisbane, no DST:
  06:45 is 20:45 UTC the day before), not UTC;
- A9: ``place:`` finds a place by its other names ("Turin" of a place stored as
  "Torino", "Italia"), and "Luxembourg-ville" is the city, not the country.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from veille.cli.main import cli
from veille.extract.place_zones import zone_by_places

from .test_places_r36 import enriched_captures, places_of

CAPTURES = {
    "brest.txt": """Le Finistérien
Incendie dans une usine de Brest : 80 salariés évacués

Par Marie Le Gall
Publié le 03/12/2026 à 11h30

Un incendie s'est déclaré jeudi matin dans une usine agroalimentaire du quartier de \
Saint-Marc à Brest, entraînant l'évacuation de 80 salariés.

Un autre départ de feu a été signalé au lieu-dit Kingston, à Plouguerneau.
""",
    "queensland.txt": """ABC News
Brisbane storms: 40,000 homes without power after hail lashes south-east Queensland
Residents in Ipswich and Logan are cleaning up after giant hailstones smashed windows.
By Lucy Murray
Posted Fri 4 Dec 2026 at 6:45am
Around 40,000 homes across south-east Queensland remained without power on Friday \
morning after a severe thunderstorm hit Brisbane's western suburbs.
Energex said crews were working to restore supply in Ipswich and Logan.
""",
    "torino.txt": """La Stampa
Torino, chiude la storica libreria di via Po dopo 90 anni
Di Marco Accossato
02/12/2026 18:40
Dopo novant'anni di attività chiuderà il 31 dicembre la libreria Druetto di via Po, \
una delle più antiche di Torino.
""",
    "luxembourg.txt": """L'essentiel
Le tram ira jusqu'à Esch-sur-Alzette en 2030

Par Paul Weber
Publié le 02/12/2026 à 09h00

Le tram reliera Esch-sur-Alzette à Luxembourg-ville en 2030, a annoncé la ministre. \
Les travaux commenceront à Differdange.
""",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict]]:
    root = tmp_path_factory.mktemp("h50")
    return root / "data", enriched_captures(root, CAPTURES)


def _search(data: Path, query: str) -> str:
    """The search's output (it exits 1 when nothing is found)."""
    return CliRunner().invoke(cli, ["--data-dir", str(data), "search", query]).output


def test_district_of_a_commune_is_no_town_abroad(store: tuple[Path, dict[str, dict]]) -> None:
    data, shown = store
    places = places_of(shown, "Incendie dans une usine de Brest")
    assert places["Brest"]["insee"] == "29019"
    assert "Saint-Marc" not in places  # Haiti's city before
    assert "Kingston" not in places  # Jamaica's capital before
    assert "Incendie" not in _search(data, "place:Haïti")


def test_shared_name_goes_to_the_country_of_the_other_places(
        store: tuple[Path, dict[str, dict]]) -> None:
    data, shown = store
    places = places_of(shown, "Brisbane storms")
    assert places["Ipswich"]["country"] == "AU"  # England's before
    assert places["Logan"]["country"] == "AU"
    article = next(a for t, a in shown.items() if t.startswith("Brisbane storms"))
    content = article["content"]
    assert "Australia/Brisbane" in content["evidence"]["timezone"]  # UTC before
    assert content["published"] == "2026-12-04T06:45:00+10:00"


def test_zone_vote_moves_a_shared_name_to_the_majority_clock() -> None:
    text = CAPTURES["queensland.txt"]
    zone, names = zone_by_places(text, "en")
    assert zone == "Australia/Brisbane"
    assert "Ipswich" in names
    # England's Ipswich beside English towns stays England's
    assert zone_by_places("Crowds in Ipswich and Norwich cheered as Colchester and "
                          "Cambridge lost.", "en")[0] == "Europe/London"


def test_place_query_reads_other_names(store: tuple[Path, dict[str, dict]]) -> None:
    data, _ = store
    for query in ("place:Turin", "place:Torino", "place:Italia", "place:Italie"):
        out = _search(data, query)
        assert "libreria" in out, query
        assert "no place of that name" not in out, query


def test_city_written_x_ville(store: tuple[Path, dict[str, dict]]) -> None:
    data, shown = store
    places = places_of(shown, "Le tram ira")
    assert places["Luxembourg"]["kind"] == "capital"  # the country before
    assert "tram" in _search(data, 'place:"Luxembourg-ville"')
    assert "no place of that name" in _search(data, "place:Zzyzxville")
