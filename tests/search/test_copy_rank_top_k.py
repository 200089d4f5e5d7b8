"""Regression (issue 13, the reader's side): with every copy shown (``collapse=false``, the
API's default) a search page ranked the first 1,000 matches, asked which of them copy
another and ordered them all, whatever page it showed. The page is now a top-k: the
matches down to the page's end and a few more. The pages must be those of the copy rule
over every match (``copies_after_originals`` on the whole ranking: the oracle), by page
number and by cursor, by relevance and fresh; a paywall teaser still comes after the
dispatch it cuts. Real SQLite store and tantivy index; the head's property on its own."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import veille
from veille.index.base import IndexDoc, rank
from veille.index.query import parse_query
from veille.index.sync import build
from veille.index.tantivy_index import TantivyIndex
from veille.search.copy_rank import copies_after_originals
from veille.search.paging import page
from veille.search.service import search
from veille.search.types import SearchRequest, Sort
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

TEXTS: dict[str, Any] = json.loads(
    (Path(__file__).parents[1] / "fixtures" / "copies" / "commissariats.json").read_text())
NOW = datetime(2026, 11, 30, 12, tzinfo=UTC)


def _data(tmp: Path) -> tuple[SQLiteStore, TantivyIndex]:
    """The teaser, the dispatch, a cut copy and an own write-up (stored: the copies are the
    store's), then 1,200 other articles naming "commissariats" in the index only."""
    data = tmp / "data"
    with veille.open(data) as v:
        for name, hours in (("teaser", 4), ("dispatch", 3.5), ("cut", 2), ("own", 1)):
            text = TEXTS[name]
            record = {**{k: text[k] for k in ("url", "source", "title", "paragraphs")},
                      "published": (NOW - timedelta(hours=hours)).isoformat(),
                      "language": "fr"}
            v.ingest_bytes([(f"{name}.jsonl", json.dumps(record).encode())])
    store = SQLiteStore.open(Settings(data_dir=data).store_path)
    index = TantivyIndex(tmp / "index")
    build(store, index)
    filler = [IndexDoc(id=f"f{n:05d}", title=f"Conseil municipal {n}",
                       body=" ".join(["Les commissariats de la ville."] * (1 + n % 3)
                                     + ["Un paragraphe sans rapport."] * (n % 11)),
                       source=f"source{n % 7}.fr", language="fr",
                       date=NOW - timedelta(days=n % 90), published=NOW - timedelta(days=n % 90))
              for n in range(1200)]
    index.add_docs(filler)
    index.commit()
    return store, index


def _oracle(index: TantivyIndex, store: SQLiteStore, query: str, sort: Sort) -> list[str]:
    """Every match, in the copy rule's order over the whole ranking."""
    everything = rank(index, parse_query(query).node, limit=10_000, sort=sort)
    ids, _scores = copies_after_originals(everything.ids, everything.scores,
                                          store.copies_of(everything.ids))
    return ids


def test_an_uncollapsed_page_ranks_the_matches_it_needs_not_all(tmp_path: Path) -> None:
    store, index = _data(tmp_path)
    asked: list[int] = []
    ranked = index.ranked

    def spy(*args: Any, **kwargs: Any) -> Any:
        asked.append(kwargs["limit"])
        return ranked(*args, **kwargs)

    index.ranked = spy  # type: ignore[method-assign]
    try:
        for sort in ("relevance", "fresh"):
            expected = _oracle(index, store, "commissariats", sort)
            assert len(expected) == 1204
            asked.clear()
            first = search(SearchRequest(query="commissariats", per_page=10, sort=sort,
                                         collapse=False), index=index, store=store)
            assert [h.id for h in first.hits] == expected[:10], sort
            assert max(asked) < 100, asked  # the page and a margin, not 1,000 matches
            sources = [h.source for h in first.hits]
            assert sources.index("afp-test.fr") < sources.index("lyonmag-test.fr"), sort
            by_number = [h.id for n in range(1, 14) for h in search(
                SearchRequest(query="commissariats", page=n, per_page=100, sort=sort,
                              collapse=False), index=index, store=store).hits]
            assert by_number == expected, sort
            by_cursor: list[str] = []
            cursor = None
            while True:
                paged = page(store, lambda r: search(r, index=index, store=store),
                             query="commissariats", page=1, per_page=100, sort=sort,
                             collapse=False, cursor=cursor)
                by_cursor += [h.id for h in paged.response.hits]
                assert paged.response.total == 1204
                cursor = paged.next_cursor
                if cursor is None:
                    break
            # a cursor carries 1,000 ids at most, then the pages go on by number
            assert len(by_cursor) >= 1000 and by_cursor == expected[:len(by_cursor)], sort
    finally:
        index.close()
        store.close()


@given(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 15)), min_size=1, max_size=15,
                unique_by=lambda pair: pair[1]),
       st.dictionaries(st.integers(0, 15), st.integers(0, 15)), st.integers(0, 15))
def test_the_settled_head_is_the_head_of_the_order_of_every_match(
        rows: list[tuple[int, int]], links: dict[int, int], depth: int) -> None:
    """Ranked ``depth`` deep, the rows :func:`settled_head` keeps are the first rows of
    :func:`copies_after_originals` over every match (ties included: scores are few)."""
    from veille.search.copy_rank import settled_head

    ranked = sorted(rows, key=lambda pair: -pair[0])
    ids, scores = [str(i) for _, i in ranked], [float(s) for s, _ in ranked]
    original_of = {str(c): str(o) for c, o in links.items() if c != o and o not in links}
    whole, whole_scores = copies_after_originals(ids, scores, original_of)
    head, head_scores = settled_head(ids[:depth], scores[:depth], original_of,
                                     matches=lambda original: original in ids)
    assert head == whole[:len(head)]
    assert head_scores == whole_scores[:len(head)]
    # the head holds every row ranked above the depth that is no sinking copy
    sinking = {c for c in ids[:depth] if original_of.get(c) in ids[depth:]}
    assert set(head) == set(ids[:depth]) - sinking
