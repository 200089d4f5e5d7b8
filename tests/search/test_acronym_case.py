"""A short alias means its entity whatever the case it is typed in (newuser12b D10: ``ei``
found 1 article, ``EI`` and ``l'ei`` 2: only the capitals were read as the acronym, and
``l'ei`` by the length of its article). Own articles, enriched, on both backends.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import veille
from dispatch_kit import records_file
from veille.enrich.aliases import shipped_table
from veille.enrich.query import query_lookup

from .conftest import backend_settings

RECORDS = [
    {"url": "https://radio.example/syrie", "title": "Syrie : l'EI revendique une embuscade",
     "language": "fr", "published": "2026-10-02T10:00:00Z",
     "text": "Le groupe EI a revendiqué jeudi une embuscade contre un convoi militaire dans "
             "le désert syrien, selon un communiqué diffusé sur ses canaux."},
    {"url": "https://tele.example/syrie", "title": "Embuscade meurtrière dans le désert",
     "language": "fr", "published": "2026-10-02T11:00:00Z",
     "text": "Daech a revendiqué jeudi l'embuscade qui a visé un convoi militaire dans le "
             "désert syrien, a indiqué l'armée dans un communiqué."},
    {"url": "https://jour.example/meteo", "title": "Un été sec",
     "language": "fr", "published": "2026-10-02T12:00:00Z",
     "text": "Il y a eu très peu de pluie cet été dans le Sud, selon les prévisionnistes."},
]


@pytest.fixture(scope="module", params=["tantivy", "postgresql"])
def service(request: pytest.FixtureRequest,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    root = tmp_path_factory.mktemp(f"acronym-{request.param}")
    settings = backend_settings(request, "acronym_case")
    with veille.open(root / "data", **settings) as v:
        v.ingest(records_file(root / "records.jsonl", RECORDS))
        v.enrich()
        v.sync()
        yield v


@pytest.mark.parametrize("query", ["EI", "ei", "Ei", "l'ei", "l'EI", "Daech", "daech"])
def test_every_case_of_the_acronym_finds_both_accounts(service: Any, query: str) -> None:
    assert service.search(query, per_page=50).total == 2, query


def test_a_lower_case_word_of_the_language_is_no_acronym() -> None:
    """``eu`` (the participle) is not ``EU`` (the European Union), ``un`` not ``UN``."""
    table = shipped_table()
    assert query_lookup("eu", table) is None
    assert query_lookup("un", table) is None
    assert query_lookup("EU", table) is not None
    assert query_lookup("ue", table) is not None
