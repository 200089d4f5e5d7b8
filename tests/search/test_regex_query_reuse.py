"""A ``source:`` filter's regex query is built once per pattern and shared by every query
that names it (r-search50: tantivy builds the automaton when the query is
made, ~4.5 ms for a source name, 10 times the rest of such a query's compiling). The shared
query must find what a fresh one finds, in later index generations too."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import tantivy

from veille.index.base import IndexDoc
from veille.index.query import parse_query
from veille.index.tantivy_index import TantivyIndex

T0 = datetime(2026, 12, 1, 9, tzinfo=UTC)


def doc(key: str, body: str, source: str) -> IndexDoc:
    return IndexDoc(id=key, title=body.split(".")[0], body=body, source=source,
                    language="fr", date=T0)


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The patterns tantivy was asked to build a regex query of (tantivy's own
    ``Query.regex_query``, counted, not replaced)."""
    made: list[str] = []
    original = tantivy.Query.regex_query

    def counted(schema: tantivy.Schema, field: str, pattern: str) -> tantivy.Query:
        made.append(pattern)
        return original(schema, field, pattern)

    monkeypatch.setattr(tantivy.Query, "regex_query", staticmethod(counted))
    return made


def found(index: TantivyIndex, query: str) -> set[str]:
    return {hit.doc.id for hit in index.search(parse_query(query).node, limit=50).hits}


def test_one_regex_per_source_shared_by_queries_and_generations(tmp_path: Path,
                                                                built: list[str]) -> None:
    index = TantivyIndex(tmp_path / "index")
    index.add_docs([doc("a", "Le tramway de Besançon reprend.", "www.lemonde.fr"),
                    doc("b", "Le tramway de Besançon en panne.", "Le Progrès"),
                    doc("c", "Grève au dépôt de tramway à Besançon.", "abonnes.lemonde.fr"),
                    doc("d", "Tramway : une grève sans fin.", "leprogres.fr")])
    index.commit()
    assert found(index, "tramway source:lemonde.fr") == {"a", "c"}
    first = len(built)
    assert first >= 1
    assert found(index, "grève source:lemonde.fr") == {"c"}
    assert found(index, "Besançon source:lemonde.fr") == {"a", "c"}
    assert len(built) == first  # two other queries, the same source: no new automaton
    assert found(index, 'tramway source:"le progrès"') == {"b"}
    assert len(built) == first + 1
    # a new generation: the kept query still finds the articles added since
    index.add_docs([doc("e", "Le tramway de Besançon rouvre samedi.", "lemonde.fr")])
    index.commit()
    assert found(index, "tramway source:lemonde.fr") == {"a", "c", "e"}
    assert found(index, "Besançon source:LeMonde.fr") == {"a", "c", "e"}
    assert len(built) == first + 1


def test_kept_automata_are_bounded(tmp_path: Path, built: list[str]) -> None:
    """An automaton is ~0.2-0.5 MB (a prefix word's, one per field, ~0.7 MB a word): the
    compiler keeps at most REGEX_CACHE_SIZE of them, and no kept word or filter holds one
    (a prefix word is compiled again each time, as before)."""
    from veille.index.tantivy_query import REGEX_CACHE_SIZE

    index = TantivyIndex(tmp_path / "index")
    index.add_docs([doc("a", "Les éboueurs en grève à Grenoble.", "x.fr")])
    index.commit()
    for n in range(REGEX_CACHE_SIZE + 8):
        found(index, f"grève source:journal{n}.example.fr")
        found(index, f"grève source:\"Journal numéro {n}\"")
    assert len(index.compiler._regexes._entries) == REGEX_CACHE_SIZE
    kept = list(index.compiler._leaves._entries)
    assert kept and not [k for k in kept if getattr(k, "prefix", False)
                         or getattr(k, "field", None) == "source"]
    assert found(index, "ébou*") == {"a"}
    first = len(built)
    assert found(index, "ébou* Grenoble") == {"a"}
    assert len(built) > first  # a prefix is not kept
    assert not [k for k in index.compiler._leaves._entries if getattr(k, "prefix", False)]
