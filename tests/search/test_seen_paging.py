"""The search service's paging by what was given (``SearchRequest.seen``/``hidden``, the
web's cursors: docs/web.md), on the demo corpus in tantivy and in PostgreSQL: the pages
partition the matches whatever was given before, and the total counts the rows given
plus the matches left, the deep ones counted by the index (``count_among``)."""

from __future__ import annotations

from typing import Any

from veille.search.service import search
from veille.search.types import SearchRequest

QUERY = "France"


def test_pages_by_what_was_given_partition_the_matches(demo_index: Any) -> None:
    whole = search(SearchRequest(query=QUERY, per_page=100, facets=False, snippets=False),
                   index=demo_index)
    ranked = [hit.id for hit in whole.hits]
    assert whole.total == len(ranked) > 12
    given: list[str] = []
    while True:
        page = search(SearchRequest(query=QUERY, per_page=5, facets=False, snippets=False,
                                    seen=frozenset(given), seen_rows=len(given)),
                      index=demo_index)
        assert page.total == len(ranked)
        if not page.hits:
            break
        assert page.accounted == [hit.id for hit in page.hits]
        given += page.accounted
    assert sorted(given) == sorted(ranked) and len(given) == len(set(given))


def test_the_deep_ones_given_or_hidden_are_counted_out(demo_index: Any) -> None:
    """Rows given from the bottom of the ranking (as a correction or a re-ranking can put
    them there) and hidden ones: neither shown again, and counted out by the index."""
    whole = search(SearchRequest(query=QUERY, per_page=100, facets=False, snippets=False),
                   index=demo_index)
    ranked = [hit.id for hit in whole.hits]
    seen, hidden = frozenset(ranked[-3:]), frozenset(ranked[-5:-3])
    page = search(SearchRequest(query=QUERY, per_page=2, facets=False, snippets=False,
                                seen=seen, hidden=hidden, seen_rows=3), index=demo_index)
    assert [hit.id for hit in page.hits] == ranked[:2]
    assert page.total == 3 + len(ranked) - 5
    assert demo_index.count_among(parse(QUERY), sorted(seen | {"not-an-article"})) == 3


def parse(query: str) -> Any:
    from veille.index.query import parse_query

    return parse_query(query).node
