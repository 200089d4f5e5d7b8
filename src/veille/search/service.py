"""The one search function behind the CLI, the JSON API and the web UI.

It parses the query (never failing on a malformed one: the reading it made is reported in
``warnings``), asks the index for one page with the total count and the facets, and
renders each hit's title and snippets as HTML-safe text with the matches marked. Everything
a hit shows comes from the index, so the store is not read.
"""

from __future__ import annotations

import time
from typing import Any

from veille.errors import QueryError
from veille.index.base import Index, IndexSort
from veille.index.query import MatchAll, parse_query, positive_terms
from veille.search.highlight import Highlighter
from veille.search.types import Facet, Hit, SearchRequest, SearchResponse

MAX_PER_PAGE = 100
MAX_RESULTS_DEPTH = 10_000
"""Deep pages cost as much as all the pages before them; nobody reads result 10,001."""


def _page_bounds(request: SearchRequest, warnings: list[str]) -> tuple[int, int]:
    if request.page < 1:
        raise QueryError(f"page {request.page} does not exist", hint="pages start at 1")
    per_page = request.per_page
    if not 1 <= per_page <= MAX_PER_PAGE:
        per_page = min(max(per_page, 1), MAX_PER_PAGE)
        warnings.append(f"per_page must be between 1 and {MAX_PER_PAGE}; used {per_page}")
    offset = (request.page - 1) * per_page
    if offset + per_page > MAX_RESULTS_DEPTH:
        raise QueryError(f"page {request.page} is beyond the first {MAX_RESULTS_DEPTH} results",
                         hint="narrow the query with more words or a date: filter")
    return per_page, offset


def search(request: SearchRequest, *, index: Index, store: Any = None) -> SearchResponse:
    """Run one search request against ``index``; ``store`` is accepted for API symmetry."""
    started = time.perf_counter()
    parsed = parse_query(request.query)
    warnings = list(parsed.warnings)
    per_page, offset = _page_bounds(request, warnings)
    sort: IndexSort = request.sort
    if isinstance(parsed.node, MatchAll) and sort == "relevance":
        sort = "date"  # every article matches equally: show the latest first
    result = index.search(parsed.node, limit=per_page, offset=offset, sort=sort,
                          facets=request.facets)
    highlighter = Highlighter(positive_terms(parsed.node), index.analyze)
    hits = [
        Hit(
            id=hit.doc.id,
            title=hit.doc.title,
            source=hit.doc.source,
            url=hit.doc.url,
            published=hit.doc.published,
            language=hit.doc.language,
            score=hit.score,
            snippets=highlighter.snippets(hit.doc.body, hit.doc.language),
            title_html=highlighter.mark(hit.doc.title, hit.doc.language),
        )
        for hit in result.hits
    ]
    facets = {name: [Facet(value, count) for value, count in values]
              for name, values in result.facets.items()}
    return SearchResponse(
        query=request.query, total=result.total, page=request.page, per_page=per_page,
        hits=hits, facets=facets, took_ms=round((time.perf_counter() - started) * 1000, 3),
        warnings=warnings,
    )
