"""The count and facets of a search equal a brute-force count over every match, on the
demo corpus (real articles of several sources, languages and days), whether they come
from tantivy's aggregation or from the cache kept per index generation."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veille.index.base import IndexDoc, doc_from_article
from veille.index.query import And, Node, Not, Or, match_form, parse_query
from veille.index.sync import build
from veille.index.tantivy_index import FACET_SIZES, TantivyIndex
from veille.ingest import ingest_paths
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

ROOT = Path(__file__).resolve().parents[2]
QUERIES = ["", "de", "France", "syrie", "élection présidentielle", '"retrait américain"',
           "santé -cancer", "lang:fr économie", "Obama OR Romney", "date:2012",
           "lang:en", "zzzunknownword"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TantivyIndex,
                                                                     dict[str, IndexDoc]]]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("facets"))
    store = SQLiteStore.open(settings.store_path)
    index = TantivyIndex(settings.index_dir)
    ingest_paths(store, [ROOT / "demo"], settings=settings)
    build(store, index)
    docs = {a.id: doc_from_article(a) for a in store.iter_articles()}
    yield index, docs
    index.close()
    store.close()


def brute_force(index: TantivyIndex, docs: dict[str, IndexDoc],
                query: str) -> tuple[int, dict[str, Counter[str]]]:
    """Every match, counted in Python from the store's articles (not the index's fields)."""
    every = index.search(parse_query(query).node, limit=len(docs) + 10).hits
    matched = [docs[h.doc.id] for h in every]
    return len(matched), {
        "source": Counter(d.source for d in matched),
        "language": Counter((d.language or "fr").lower()[:2] for d in matched),
        # An undated article has no day (it is not "published" the day it was seen).
        "day": Counter(d.published.date().isoformat() for d in matched if d.published),
    }


def assert_facets_exact(facets: dict[str, list[tuple[str, int]]],
                        expected: dict[str, Counter[str]]) -> None:
    for name in ("source", "language"):
        shown = dict(facets[name])
        assert len(shown) == min(FACET_SIZES[name], len(expected[name]))
        assert all(expected[name][value] == count for value, count in shown.items()), name
        left_out = [c for v, c in expected[name].items() if v not in shown]
        assert not left_out or max(left_out) <= min(shown.values()), name
    latest = sorted(expected["day"], reverse=True)[:FACET_SIZES["day"]]
    assert facets["day"] == [(day, expected["day"][day]) for day in latest]


@pytest.mark.parametrize("query", QUERIES)
def test_count_and_facets_equal_a_brute_force_count(
        demo: tuple[TantivyIndex, dict[str, IndexDoc]], query: str) -> None:
    index, docs = demo
    total, expected = brute_force(index, docs, query)
    node = parse_query(query).node
    for sort in ("relevance", "date", "fresh", "relevance"):  # the last one from the cache
        result = index.search(node, limit=5, sort=sort, facets=True)  # type: ignore[arg-type]
        assert result.total == total == index.search(node, limit=5, sort=sort).total  # type: ignore[arg-type]
        assert_facets_exact(result.facets, expected)
    assert total == 0 or sum(c for _v, c in result.facets["language"]) == total


def test_french_function_words_are_searched_in_other_languages_only(
        demo: tuple[TantivyIndex, dict[str, IndexDoc]]) -> None:
    """A function word of French is a word of other languages (Spanish "sur", English
    "son": newuser12c W22): searched in their articles, never in French ones, and the
    count and facets agree with the matches."""
    index, docs = demo
    for query in ("de", '"de la"', "le"):
        result = index.search(parse_query(query).node, limit=len(docs), facets=True)
        assert all(docs[hit.doc.id].language[:2] != "fr" for hit in result.hits)
        assert sum(c for _v, c in result.facets["language"]) == result.total


def test_a_commit_by_another_index_object_renews_counts_and_facets(tmp_path: Path,
        demo: tuple[TantivyIndex, dict[str, IndexDoc]]) -> None:
    _index, docs = demo
    first = list(docs.values())[:20]
    writer, reader = TantivyIndex(tmp_path / "index"), None
    try:
        writer.add_docs(first[:10])
        writer.commit()
        reader = TantivyIndex(tmp_path / "index")
        node = parse_query("").node
        before = reader.search(node, facets=True)
        assert before.total == 10
        assert reader.search(node, facets=True).facets == before.facets  # cached
        writer.add_docs(first[10:])
        writer.delete([first[0].id])
        writer.commit()
        after = reader.search(node, facets=True)  # at once, not when tantivy's thread reloads
        assert after.total == 19
        expected = Counter(d.source for d in first[1:])
        assert dict(after.facets["source"]) == dict(expected.most_common(FACET_SIZES["source"]))
    finally:
        writer.close()
        if reader is not None:
            reader.close()


def test_the_count_holds_past_the_languages_shown(tmp_path: Path) -> None:
    """More languages than the facet shows, and an article without one: the count still
    counts every match (it adds the languages left out)."""
    from datetime import UTC, datetime

    when = datetime(2020, 5, 1, tzinfo=UTC)
    codes = [f"{a}{b}" for a in "abcd" for b in "xyz"]  # 12 > FACET_SIZES["language"]
    docs = [IndexDoc(id=f"d{n}", title="bonjour", body="", source=f"s{n % 3}",
                     language=code, date=when) for n, code in enumerate(codes)]
    docs.append(IndexDoc(id="none", title="bonjour", body="", source="s0", language="",
                         date=when))
    index = TantivyIndex(tmp_path / "index", default_language="")
    try:
        index.add_docs(docs)
        index.commit()
        result = index.search(parse_query("bonjour").node, facets=True)
        assert len(result.facets["language"]) == FACET_SIZES["language"] < len(docs)
        assert result.total == len(docs) == index.search(parse_query("bonjour").node).total
    finally:
        index.close()


def _trees() -> st.SearchStrategy[Node]:
    """Queries of a few demo words and filters, nested in ANDs, ORs and NOTs."""
    leaves = st.sampled_from(["syrie", "France", "élection", '"retrait américain"', "lang:fr",
                              "date:2012", "obama", "santé", "de"]).map(
        lambda q: parse_query(q).node)
    return st.recursive(leaves, lambda inner: st.one_of(
        st.lists(inner, min_size=1, max_size=4).map(lambda items: And(tuple(items))),
        st.lists(inner, min_size=1, max_size=4).map(lambda items: Or(tuple(items))),
        inner.map(Not)), max_leaves=8)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(node=_trees())
def test_the_match_form_of_a_query_has_its_matches(
        demo: tuple[TantivyIndex, dict[str, IndexDoc]], node: Node) -> None:
    """:func:`~veille.index.query.match_form` (the key of the count and facets kept per
    index generation) finds exactly what the query finds, with the same count and facets."""
    index, docs = demo
    found = index.search(node, limit=len(docs) + 10)
    form = match_form(node)
    again = index.search(form, limit=len(docs) + 10)
    assert (again.total, {h.doc.id for h in again.hits}) == (found.total,
                                                              {h.doc.id for h in found.hits})
    assert match_form(form) == form
