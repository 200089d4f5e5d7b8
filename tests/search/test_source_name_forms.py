"""t-final27 F11 a: ``source:"Le Monde"`` found nothing for a page declaring og:site_name
"Le Monde.fr". A source's name matches with or without its domain's suffix, in any case,
with or without accents; its domain still matches. Real store and index, both backends."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import veille
from veille.index.source_names import name_pattern

from .conftest import backend_settings
from .test_declared_site_name import page


@pytest.fixture(scope="module", params=["tantivy", "postgresql"])
def service(request: pytest.FixtureRequest,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    root = tmp_path_factory.mktemp(f"forms-{request.param}")
    settings = backend_settings(request, "source_forms")
    with veille.open(root / "data", **settings) as v:
        v.ingest_bytes([page("https://www.progres-exemple.example/apologie", "Le Progrès.fr",
                             "Un homme jugé pour apologie du terrorisme à Lyon",
                             "Un homme de 34 ans a été jugé lundi à Lyon pour apologie du "
                             "terrorisme après des messages publiés sur un réseau social.")])
        v.ingest_bytes([page("https://www.quotidien-exemple.example/crue", "Libération",
                             "La crue de la Saône inquiète Mâcon",
                             "Le niveau de la Saône a encore monté dimanche à Mâcon, où "
                             "des quais ont été fermés par précaution.")])
        v.sync()
        yield v


PROGRES = "https://www.progres-exemple.example/apologie"


@pytest.mark.parametrize(("query", "url"), [
    ('source:"Le Progrès"', PROGRES),  # the declared name without its ".fr"
    ('source:"le progres"', PROGRES),  # any case, no accent
    ('source:"LE PROGRÈS.FR"', PROGRES),
    ('source:"Le Progrès.com"', PROGRES),  # another suffix: the same outlet's name
    ("source:progres-exemple.example", PROGRES),  # the domain
    ("source:Liberation", "https://www.quotidien-exemple.example/crue"),
    ('source:"libération"', "https://www.quotidien-exemple.example/crue"),
])
def test_a_source_name_matches_whatever_its_suffix_case_and_accents(
        service: Any, query: str, url: str) -> None:
    response = service.search(query)
    assert [h.url for h in response.hits] == [url], query
    assert response.warnings == []


def test_another_name_still_finds_nothing(service: Any) -> None:
    assert service.search('source:"Le Progrès de Fécamp"').total == 0
    assert service.search("source:Liber").total == 0


@given(st.text(max_size=30))
def test_the_pattern_of_a_name_matches_its_own_forms(value: str) -> None:
    import re

    pattern = name_pattern(value)
    if pattern is None:
        return
    from veille.enrich.text import fold

    folded = fold(value)
    assert re.fullmatch(pattern, folded + ".fr") or re.fullmatch(pattern, folded), value
