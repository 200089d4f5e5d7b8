"""A saved search on a place name that several stored places bear warns (t-final25 S14):
``veille saved add SaintDenis93 'place:"Saint-Denis" AND incendie'`` was saved silently and
alerted on La Réunion's news. Now the CLI and the API say how many places the name
matches and offer the forms that name one each, which search reads back as that place."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from capture_kit import err, run_veille
from veille.enrich.place_labels import labelled_place
from veille.enrich.places import shipped
from veille.service import Veille
from veille.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))
from web_kit import serve  # noqa: E402

DROME = ("Crue du Rhône à Valence\n\nLes quais de Valence, dans la Drôme, sont fermés "
         "depuis lundi.\n")
SPAIN = ("Orages à Valence\n\nLes pompiers de Valence, en Espagne, ont secouru des "
         "automobilistes mardi.\n")
TOKEN = "homonym-token-0123456789"


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    data = tmp_path_factory.mktemp("saved-homonyms") / "data"
    with Veille(Settings(data_dir=data)) as service:
        service.ingest_bytes([("drome.txt", DROME.encode())], source="ledauphine.com")
        service.ingest_bytes([("spain.txt", SPAIN.encode())], source="lemonde.fr")
        service.enrich()
    yield data


def _choices(warning: str) -> list[str]:
    return warning.split("for one, write ", 1)[1].split(" or ")


def test_saved_add_warns_and_offers_one_place_each(data: Path) -> None:
    saved = run_veille(["saved", "add", "Crue", 'place:"Valence" AND crue'], data_dir=data)
    assert saved.returncode == 0, err(saved)
    warnings = [line for line in err(saved).splitlines() if line.startswith("warning: ")]
    assert len(warnings) == 1, err(saved)
    assert 'place:"Valence" names 2 places' in warnings[0], warnings
    choices = _choices(warnings[0])
    assert 'place:"Valence (Drôme)"' in choices and 'place:"Valence (Espagne)"' in choices
    ids = {labelled_place(shipped(), c.removeprefix('place:"').removesuffix('"'))
           for c in choices}
    assert len(ids) == 2 and None not in ids  # each names one place, search reads it so


def test_an_unambiguous_form_or_another_place_is_saved_without_warning(data: Path) -> None:
    for query in ('place:"Valence (Drôme)" AND crue', "place:Espagne", "crue"):
        saved = run_veille(["saved", "add", "Calme", query], data_dir=data)
        assert saved.returncode == 0, err(saved)
        assert "warning:" not in err(saved), (query, err(saved))


def test_the_api_warns_in_the_asked_language(data: Path) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with serve(data, api_token=TOKEN) as live, httpx.Client(base_url=live.url,
                                                             timeout=60) as http:
        made = http.post("/api/v1/saved-searches?lang=fr", headers=auth,
                         json={"name": "Orages", "query": "place:Valence"})
        assert made.status_code == 201, made.text
        body = made.json()
        assert len(body["warnings"]) == 1 and "names 2 places" in body["warnings"][0]
        french = body["localized_warnings"][0]
        assert 'place:"Valence" désigne 2 lieux' in french, french
        assert " ou " in french and " or " not in french, french
