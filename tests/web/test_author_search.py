"""``author:`` through the CLI, the JSON API and the search page (newuser7 P13 o).

Real store and index built by ``veille ingest``, real CLI, real server on 127.0.0.1. The
query language itself, on both backends: tests/search/test_author_filter.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from web_kit import records_data_dir, serve

from veille.cli.main import main

RECORDS = [
    {"url": "https://jour.example/dupont", "title": "Le budget de la ville voté",
     "language": "fr", "author": "Jean Dupont",
     "text": "Le conseil municipal a voté le budget de la ville pour l'année prochaine."},
    {"url": "https://jour.example/duo", "title": "La préfecture publie un arrêté",
     "language": "fr", "author": "Jean Martin et Paul Dupont",
     "text": "La préfecture a publié un arrêté sur la circulation en centre-ville."},
    {"url": "https://jour.example/afp", "title": "Le port en grève", "language": "fr",
     "author": "Le Monde avec AFP",
     "text": "Les dockers du port ont cessé le travail mardi pour la troisième fois."},
]


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return records_data_dir(tmp_path_factory.mktemp("author"), RECORDS)


@pytest.fixture(scope="module")
def http(data: Path) -> Iterator[httpx.Client]:
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        yield client


def titles(hits: list[dict[str, str]]) -> set[str]:
    return {hit["title"] for hit in hits}


@pytest.mark.parametrize(("query", "expected"), [
    ('author:"Jean Dupont"', {"Le budget de la ville voté"}),
    ("auteur:dupont", {"Le budget de la ville voté", "La préfecture publie un arrêté"}),
    ('author:"DUPONT paul"', {"La préfecture publie un arrêté"}),
    ("author:AFP", {"Le port en grève"}),
    ('author:"Martin Dupont"', set()),
])
def test_the_json_api(http: httpx.Client, query: str, expected: set[str]) -> None:
    response = http.get("/api/v1/search", params={"q": query})
    assert response.status_code == 200
    assert titles(response.json()["hits"]) == expected
    assert response.json()["warnings"] == []


def test_the_cli(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--data-dir", str(data), "search", "--json", 'author:"jean dupont"']) == 0
    assert titles(json.loads(capsys.readouterr().out)["hits"]) == {"Le budget de la ville voté"}
    assert main(["--data-dir", str(data), "search", "auteur:afp"]) == 0
    out = capsys.readouterr().out
    assert "Le port en grève" in out and "budget" not in out


@pytest.mark.parametrize(("lang", "field"), [("fr", "auteur:…"), ("en", "author:…")])
def test_the_search_page_and_its_help(http: httpx.Client, lang: str, field: str) -> None:
    page = http.get("/search", params={"q": 'auteur:"Jean Dupont"', "lang": lang}).text
    assert "Le budget de la ville voté" in page
    assert "La préfecture publie un arrêté" not in page
    assert field in page  # the search box's placeholder names the field
