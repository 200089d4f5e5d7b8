"""Prefix queries (``word*``) on stemmed fields: a whole word typed as a prefix finds what the
word finds, and more (fresh user nu3, F-k: ``gouvernement*`` found 3 of 19, ``Obama*`` and
``élection*`` nothing, because the prefix was matched against stems shorter than itself).
Real tantivy and PostgreSQL indexes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veille.index.base import IndexDoc
from veille.index.pg_index import PgIndex
from veille.index.query import parse_query
from veille.index.tantivy_index import TantivyIndex

T0 = datetime(2026, 11, 20, 9, tzinfo=UTC)
TEXTS = {
    "gouv": "Le gouvernement a présenté son plan aux syndicats.",
    "gouvs": "Les gouvernements européens se réunissent à Bruxelles.",
    "gouvtal": "Une source gouvernementale confirme la réunion.",
    "obama": "Barack Obama a reçu le prix Nobel de la paix.",
    "election": "Les élections municipales auront lieu en mars.",
    "presid": "La campagne présidentielle commence, l'abstention inquiète.",
    "jihad": "La coalition anti-jihadiste a frappé en Syrie.",
    "other": "Un match de football sans histoire au stade.",
}


def docs() -> list[IndexDoc]:
    return [IndexDoc(id=key, title="Dépêche", body=text, source="ex.fr", language="fr",
                     date=T0) for key, text in TEXTS.items()]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> TantivyIndex:
    idx = TantivyIndex(tmp_path_factory.mktemp("prefix") / "index")
    idx.add_docs(docs())
    idx.commit()
    return idx


@pytest.fixture(scope="module")
def pg_index(pg_cluster: Any) -> Iterator[PgIndex]:
    idx = PgIndex(pg_cluster.create_database("prefix_queries"))
    idx.add_docs(docs())
    idx.commit()
    yield idx
    idx.close()


def ids(index: Any, query: str) -> set[str]:
    return {hit.doc.id for hit in index.search(parse_query(query).node, limit=50).hits}


CASES = [
    ("gouvernement*", {"gouv", "gouvs", "gouvtal"}), ("Obama*", {"obama"}),
    ("élection*", {"election"}), ("election*", {"election"}),
    ("présidentielle*", {"presid"}), ("abstention*", {"presid"}),
    ("municipales*", {"election"}), ("coalition*", {"jihad"}), ("jihad*", {"jihad"}),
    ("gouv*", {"gouv", "gouvs", "gouvtal"}),
]


@pytest.mark.parametrize(("query", "expected"), CASES)
def test_a_whole_word_as_a_prefix(index: TantivyIndex, query: str, expected: set[str]) -> None:
    assert ids(index, query) == expected, query


@pytest.mark.parametrize(("query", "expected"), CASES)
def test_a_whole_word_as_a_prefix_postgresql(pg_index: PgIndex, query: str,
                                             expected: set[str]) -> None:
    assert expected <= ids(pg_index, query), query
    assert "other" not in ids(pg_index, query)


WORDS = sorted({w for text in TEXTS.values() for w in re.findall(r"[^\W\d_]{4,}", text)})


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(word=st.sampled_from(WORDS), capitals=st.booleans())
def test_a_word_as_a_prefix_finds_whatever_the_word_finds(index: TantivyIndex, word: str,
                                                          capitals: bool) -> None:
    """Property: for any word of the texts, ``w*`` finds every article that ``w`` finds
    (a function word, which ``w`` does not search, is left out)."""
    assert parse_query(word + "*").node is not None
    word = word.upper() if capitals else word
    found = ids(index, word)
    if found == set(TEXTS):
        return  # a function word ("sans"): not searched, the query matches everything
    assert found <= ids(index, word + "*"), word
