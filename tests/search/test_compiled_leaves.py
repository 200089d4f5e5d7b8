"""A word's, a phrase's and a filter's compiled query is kept by the compiler and shared by
the later queries that hold it (r-search50: compiling a word reads it with every language's
analyzer and builds each field's query, ~0.1 ms; a phrase ~0.5 ms): a query made of words
compiled before builds no new term query, and finds what a fresh compiler's query finds,
in later index generations too."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import tantivy

from veille.index.base import IndexDoc
from veille.index.query import parse_query
from veille.index.tantivy_index import TantivyIndex

T0 = datetime(2026, 12, 2, 9, tzinfo=UTC)
BODIES = {"a": "Le tramway de Besançon à l'arrêt après une panne de caténaire.",
          "b": "Grève des éboueurs à Grenoble : les poubelles s'entassent.",
          "c": "Tramway de Grenoble : grève des conducteurs lundi.",
          "d": "Storm Ingrid cuts power to homes in Cornwall."}


def doc(key: str, body: str) -> IndexDoc:
    return IndexDoc(id=key, title=body.split(":")[0], body=body, source="x.fr",
                    language="en" if key == "d" else "fr", date=T0)


@pytest.fixture
def term_queries(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, object]]:
    """The term queries tantivy is asked to build (its own ``Query.term_query``, counted)."""
    made: list[tuple[str, object]] = []
    original = tantivy.Query.term_query

    def counted(schema: tantivy.Schema, field: str, value: object, *args: object,
                **kwargs: object) -> tantivy.Query:
        made.append((field, value))
        return original(schema, field, value, *args, **kwargs)

    monkeypatch.setattr(tantivy.Query, "term_query", staticmethod(counted))
    return made


def found(index: TantivyIndex, query: str) -> list[str]:
    return [hit.doc.id for hit in index.search(parse_query(query).node, limit=50).hits]


def test_words_compiled_once_then_shared(tmp_path: Path,
                                         term_queries: list[tuple[str, object]]) -> None:
    index = TantivyIndex(tmp_path / "kept")
    index.add_docs([doc(k, b) for k, b in BODIES.items()])
    index.commit()
    for single in ("tramway", "grève", "Grenoble", '"panne de caténaire"', "lang:fr"):
        assert found(index, single)
    words = lambda: [t for t in term_queries if t[0] != "id"]  # noqa: E731 (not the state doc's)
    before = len(words())
    combined = ['tramway grève', 'grève OR "panne de caténaire"', 'Grenoble -tramway',
                'tramway lang:fr', '(tramway OR grève) Grenoble']
    kept = {q: found(index, q) for q in combined}
    assert len(words()) == before, words()[before:]
    # the same answers as a compiler that never saw a word of them, in a new generation
    index.add_docs([doc("e", "Grenoble : le tramway en grève samedi.")])
    index.commit()
    fresh = TantivyIndex(tmp_path / "kept")
    for q in combined:
        assert found(index, q) == found(fresh, q), q
        assert set(found(index, q)) >= set(kept[q]), q
    assert "e" in found(index, "tramway grève")


def test_prefix_queries_are_not_kept_compiled(tmp_path: Path) -> None:
    """r-search50 found the index keeping 256 compiled queries with their automata: 200
    prefix words held 148 MB. A prefix query is answered alike, but not kept; a plain
    query still is."""
    index = TantivyIndex(tmp_path / "ix")
    index.add_docs([doc(key, body) for key, body in BODIES.items()])
    index.commit()
    assert found(index, "ébou*") == ["b"] and found(index, "tramway ébou*") == []
    assert found(index, "grève OR -ébou*") and len(index._compiled) == 0
    assert found(index, "tramway grève") == ["c"] and len(index._compiled) == 1
