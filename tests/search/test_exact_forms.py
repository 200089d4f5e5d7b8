"""A word's own form outranks the other words of its stem, and a quoted word matches that
form alone (newuser9 R23).

``Solidaris`` (a mutual insurer's name) and ``solidarité`` share the French Snowball stem
``solidar``: a search for the name ranked an article about "revenu de solidarité active",
which says "solidarité" often, above the one titled "… la mutuelle Solidaris …", and the
quoted ``"Solidaris"`` did the same. Both backends now keep every article's words as
written beside their stems (tantivy's ``exact`` field, PostgreSQL's ``exact_tsv``): a
word's own form adds to its score, and a quoted word must be there as written. Real
tantivy index and real PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from veille.index.base import IndexDoc
from veille.index.query import parse_query

from .conftest import both_backends

T0 = datetime(2026, 11, 30, 9, tzinfo=UTC)
DOCS = {
    "solidarite": ("La crise touche les plus pauvres",
                   "Le revenu de solidarité active augmente. La solidarité nationale joue, "
                   "les associations de solidarité sont débordées et la solidarité familiale "
                   "ne suffit plus, selon le ministère des Solidarités."),
    "solidaris": ("Procès des dérives de la mutuelle Solidaris",
                  "Le parquet a requis trois ans de prison contre l'ancien directeur de la "
                  "mutuelle, jugé pour abus de biens sociaux depuis le 2 novembre."),
    "budget": ("Le budget voté", "Les députés ont voté le budget de la sécurité sociale."),
    "meteo": ("Tempête sur la Bretagne", "Des rafales de 130 km/h sont attendues jeudi."),
    "anti": ("Coalition anti-jihadiste", "Les frappes antijihadistes reprennent en Irak."),
}


@pytest.fixture(scope="module", params=["tantivy", "postgresql"])
def index(request: pytest.FixtureRequest,
          tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    yield from both_backends(request, tmp_path_factory, "exact_forms", [
        IndexDoc(id=key, title=title, body=body, source="ex.fr", language="fr", date=T0)
        for key, (title, body) in DOCS.items()])


def ranked(index: Any, query: str) -> list[str]:
    return [hit.doc.id for hit in index.search(parse_query(query).node, limit=50).hits]


@pytest.mark.parametrize("query", ["Solidaris", "solidaris", "SOLIDARIS"])
def test_the_name_as_written_ranks_first_and_the_stem_still_matches(
        index: Any, query: str) -> None:
    assert ranked(index, query) == ["solidaris", "solidarite"]


def test_the_common_word_as_written_ranks_its_own_article_first(index: Any) -> None:
    assert ranked(index, "solidarité") == ["solidarite", "solidaris"]


@pytest.mark.parametrize(("query", "expected"), [
    ('"Solidaris"', ["solidaris"]),
    ("«Solidaris»", ["solidaris"]),
    ('"solidarité"', ["solidarite"]),
    ('"solidarite"', ["solidarite"]),  # accents and case still folded
    ('"mutuelle Solidaris"', ["solidaris"]),
    ('"anti-jihadistes"', ["anti"]),  # a compound: its joined form, as written
    ('"antijihadiste"', ["anti"]),
])
def test_a_quoted_word_matches_its_own_form_only(index: Any, query: str,
                                                 expected: list[str]) -> None:
    assert ranked(index, query) == expected

