"""Article ids read from fast fields (index format 8, issue #13): the ids of the first
matches come from two integer columns instead of the stored documents, and must be exactly
the ids the stored documents hold, in the same order, for article ids (16 hex digits) and
for any other id (read from the stored document)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.index import fast_ids
from veille.index.base import IndexDoc, rank
from veille.index.query import parse_query
from veille.index.tantivy_index import TantivyIndex
from veille.record import article_id

HEX = "0123456789abcdef"


@given(st.text(alphabet=HEX, min_size=1, max_size=16))
def test_a_hex_id_comes_back_from_its_fast_fields(value: str) -> None:
    encoded = fast_ids.encode(value)
    assert all(-(1 << 63) <= part < 1 << 63 for part in encoded)  # fits tantivy's i64
    assert fast_ids.decode(*encoded) == value


@given(st.text(max_size=40))
def test_any_other_id_is_left_to_the_stored_document(value: str) -> None:
    decoded = fast_ids.decode(*fast_ids.encode(value))
    assert decoded == value or decoded is None
    if decoded is None:
        assert fast_ids.HEX_ID.fullmatch(value) is None


def _doc(doc_id: str, n: int) -> IndexDoc:
    return IndexDoc(id=doc_id, title=f"Grève numéro {n}", body=f"La grève continue, jour {n}.",
                    source=f"s{n % 3}.fr", language="fr",
                    date=datetime(2024, 1, 1 + n % 28, tzinfo=UTC))


IDS = ([article_id(url=f"https://example.org/{n}", raw_id="") for n in range(30)]
       + ["ffffffffffffffff", "0000000000000000", "8000000000000000", "00ab",
          "000000000042", "NotHex-id", "ABCDEF0123456789", "0123456789abcdef0"])


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TantivyIndex]:
    built = TantivyIndex(Path(tmp_path_factory.mktemp("fast-ids")) / "index")
    built.add_docs(_doc(i, n) for n, i in enumerate(IDS))
    built.commit(applied_seq=1)
    yield built
    built.close()


@pytest.mark.parametrize("sort", ["relevance", "date", "fresh"])
@pytest.mark.parametrize("query", ["grève", "", "jour 3", "source:s1.fr"])
def test_ranked_ids_are_the_stored_ids_in_order(index: TantivyIndex, query: str,
                                                sort: str) -> None:
    node = parse_query(query).node
    full = index.search(node, limit=100, sort=sort, facets=True)  # type: ignore[arg-type]
    ranked = rank(index, node, limit=100, sort=sort, facets=True)  # type: ignore[arg-type]
    assert ranked.ids == [hit.doc.id for hit in full.hits]
    assert ranked.scores == [hit.score for hit in full.hits]
    assert (ranked.total, ranked.facets) == (full.total, full.facets)
    positions = list(range(len(ranked.ids)))[::-3]
    assert [doc.id for doc in ranked.load(positions)] == [ranked.ids[p] for p in positions]


def test_every_id_is_there_once(index: TantivyIndex) -> None:
    assert sorted(rank(index, parse_query("").node, limit=1000).ids) == sorted(IDS)
    assert set(index.entries()) == set(IDS)  # `veille check` reads them the same way


def test_kept_first_matches_follow_each_commit(tmp_path: Path) -> None:
    """A first page by relevance comes from the first RANK_DEPTH matches kept per query;
    every page of them equals a fresh search, and a commit shows at once."""
    index = TantivyIndex(tmp_path / "index")
    index.add_docs(_doc(i, n) for n, i in enumerate(IDS))
    index.commit(applied_seq=1)
    node = parse_query("grève").node
    first = [h.doc.id for h in index.search(node, limit=30).hits]
    pages = [h.doc.id for offset in range(0, 30, 7)
             for h in index.search(node, limit=7, offset=offset).hits]
    assert pages[:30] == first and len(first) == 30
    index.delete([first[0]])
    index.add_docs([_doc("abcdef0123456789", 99)])
    index.commit(applied_seq=2)
    after = index.search(node, limit=100, facets=True)
    assert first[0] not in {h.doc.id for h in after.hits}
    assert "abcdef0123456789" in {h.doc.id for h in after.hits}
    assert after.total == len(IDS)
    index.close()
