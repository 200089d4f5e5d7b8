"""The French query suite (queries.yaml) on the demo corpus, through the search service."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from veille.index.tantivy_index import TantivyIndex
from veille.search.service import search
from veille.search.types import Hit, SearchRequest

from .conftest import SEED_ID

CASES: list[dict[str, Any]] = yaml.safe_load((Path(__file__).parent / "queries.yaml").read_text())


def _key(hit: Hit) -> int | str:
    if hit.url and "curid=" in hit.url:
        return int(hit.url.split("curid=")[1])
    return "seed" if hit.id == SEED_ID else hit.id


def test_the_suite_is_large_enough() -> None:
    assert len(CASES) >= 30


@pytest.mark.parametrize("case", CASES, ids=[c["query"] for c in CASES])
def test_query(demo_index: TantivyIndex, case: dict[str, Any]) -> None:
    response = search(SearchRequest(case["query"], per_page=50), index=demo_index)
    keys = [_key(hit) for hit in response.hits]
    within = case.get("within", 3)
    for expected in case["expect"]:
        assert expected in keys[:within], (case, keys[:5])
    for excluded in case.get("exclude", []):
        assert excluded not in keys, (case, keys)
    assert response.warnings == []
