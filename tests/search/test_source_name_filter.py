"""``source:`` on a source named with spaces, an ampersand or a slash matches that exact
name, on tantivy and PostgreSQL alike; a host still matches its subdomains (newuser10 S10:
the value was stripped to ``varmatinini`` and matched nothing)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from veille.index.base import IndexDoc
from veille.index.query import field_clause, parse_query

from .conftest import both_backends

T0 = datetime(2026, 11, 30, 9, tzinfo=UTC)
SOURCES = {"var": "Var Matin & <i>Nice</i>", "hebdo": "20/20 Hebdo", "monde": "www.lemonde.fr",
           "abonnes": "abonnes.lemonde.fr", "varmatin": "varmatin.com",
           "petit": 'Le "Petit" Journal', "slash": 'C:\\Actu "Sud\\"'}


@pytest.fixture(scope="module", params=["tantivy", "postgresql"])
def index(request: pytest.FixtureRequest,
          tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    yield from both_backends(request, tmp_path_factory, "sourcenames", [
        IndexDoc(id=key, title="Hyères", body="La plage de Hyères rouvre.", source=source,
                 language="fr", date=T0) for key, source in SOURCES.items()])


@pytest.mark.parametrize(("query", "expected"), [
    (field_clause("source", "Var Matin & <i>Nice</i>"), {"var"}),
    ('source:"var matin & <i>nice</i>"', {"var"}),
    (field_clause("source", "20/20 Hebdo"), {"hebdo"}),
    ("source:lemonde.fr", {"monde", "abonnes"}),
    ("source:https://www.lemonde.fr/politique/", {"monde", "abonnes"}),
    ("source:varmatin.com", {"varmatin"}),
    ('source:"Var Matin"', set()),  # a name is matched whole
    # verify10: a double quote in a name is written \" (and a backslash \\)
    (field_clause("source", 'Le "Petit" Journal'), {"petit"}),
    (r'source:"le \"petit\" journal"', {"petit"}),
    (field_clause("source", 'C:\\Actu "Sud\\"'), {"slash"}),
    ('source:"Le "', set()),
])
def test_source_names(index: Any, query: str, expected: set[str]) -> None:
    found = {hit.doc.id for hit in index.search(parse_query(f"Hyères {query}").node,
                                                limit=50).hits}
    assert found == expected, query


def test_a_saved_search_source_filter_keeps_its_double_quotes(index: Any) -> None:
    """A saved search's source filter is written in the query language too."""
    from veille.monitor.matching import full_query
    from veille.store.base import SavedSearch

    query = full_query(SavedSearch(name="petit", query="Hyères",
                                   sources=['Le "Petit" Journal', "varmatin.com"]))
    found = {hit.doc.id for hit in index.search(parse_query(query).node, limit=50).hits}
    assert found == {"petit", "varmatin"}, query
