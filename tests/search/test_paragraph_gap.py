"""A phrase never runs across two paragraphs (newuser7 P13 m).

``"Dufresne Jean-Luc Mélenchon"`` matched a body whose paragraph ends "…Amélie Dufresne."
and whose next one begins "Jean-Luc Mélenchon a…": both backends numbered the words of a
body straight through. Now a gap of positions separates its lines (tantivy: one value per
line; PostgreSQL: a deleted filler word), as Elasticsearch's ``position_increment_gap``.
Real tantivy index and real PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.index.base import IndexDoc
from veille.index.query import parse_query
from veille.index.tantivy_index import line_values

from .conftest import both_backends

T0 = datetime(2026, 11, 30, 9, tzinfo=UTC)
BODIES = {
    "fr": "La ministre a répondu à Amélie Dufresne.\n\nJean-Luc Mélenchon a dénoncé le budget.",
    "en": "The minister answered Amelia Duff.\nJohn Smith said the budget was late.",
    "any": "Der Minister antwortete Amelie Dufresne.\nJean Luc sprach vom Haushalt.",
}


@pytest.fixture(scope="module", params=["tantivy", "postgresql"])
def index(request: pytest.FixtureRequest,
          tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    yield from both_backends(request, tmp_path_factory, "paragraph_gap", [
        IndexDoc(id=lang, title="Dépêche", body=body, source="ex.fr",
                 language="de" if lang == "any" else lang, date=T0)
        for lang, body in BODIES.items()])


def ids(index: Any, query: str) -> set[str]:
    return {hit.doc.id for hit in index.search(parse_query(query).node, limit=50).hits}


@pytest.mark.parametrize("phrase", ['"Dufresne Jean-Luc Mélenchon"', '"Dufresne Jean Luc"',
                                    '"Duff John Smith"', '"Dufresne Jean"'])
def test_a_phrase_does_not_run_across_paragraphs(index: Any, phrase: str) -> None:
    assert ids(index, phrase) == set(), phrase


@pytest.mark.parametrize(("phrase", "expected"), [
    ('"Jean-Luc Mélenchon a dénoncé"', {"fr"}), ('"Amélie Dufresne"', {"fr", "any"}),
    ('"John Smith said"', {"en"}), ("Dufresne Mélenchon", {"fr"}),
])
def test_phrases_inside_a_paragraph_and_words_across_still_match(
        index: Any, phrase: str, expected: set[str]) -> None:
    assert ids(index, phrase) == expected, phrase


def test_the_body_comes_back_whole(index: Any) -> None:
    hits = index.search(parse_query("budget").node, limit=10).hits
    assert {hit.doc.id: hit.doc.body for hit in hits} == {
        "fr": BODIES["fr"], "en": BODIES["en"]}


@given(st.text(st.sampled_from("ab \n\r"), max_size=30))
def test_line_values_give_the_body_back(body: str) -> None:
    values = line_values(body)
    assert "".join(values) == body and all(values) == bool(body)
