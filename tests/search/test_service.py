"""The search service: the response a CLI, API or UI gets, and its bad-input behaviour."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from veille.errors import QueryError
from veille.index.base import IndexDoc
from veille.index.tantivy_index import TantivyIndex
from veille.search.service import MAX_PER_PAGE, search
from veille.search.types import SearchRequest

from .conftest import SEED_ID


def test_seed_hit_has_everything_a_result_line_needs(demo_index: TantivyIndex) -> None:
    response = search(SearchRequest("coalition antijihadiste"), index=demo_index)
    assert response.total == 1 and response.page == 1 and response.per_page == 10
    hit = response.hits[0]
    assert hit.id == SEED_ID and hit.language == "fr" and hit.score > 0
    assert hit.title.startswith("Washington va réunir la coalition antijihadistes")
    assert "<mark>coalition</mark> <mark>antijihadistes</mark>" in hit.title_html
    assert hit.snippets and all("<mark>" in s for s in hit.snippets)
    assert "&#x27;" in hit.title_html or "'" not in hit.title  # escaped apostrophes
    assert set(response.facets) == {"source", "language", "day"}
    assert response.took_ms > 0


def test_highlighting_follows_the_analysis(demo_index: TantivyIndex) -> None:
    hit = search(SearchRequest("anti-jihadistes réunira"), index=demo_index).hits[0]
    assert "<mark>réunir</mark>" in hit.title_html          # stem of réunira
    assert "<mark>antijihadistes</mark>" in hit.title_html  # joined form of the query
    hit = search(SearchRequest("Iran antiaméricaine"), index=demo_index).hits[0]
    assert "<mark>anti-américaine</mark>" in hit.title_html


def test_snippets_are_html_safe(tmp_path: Path) -> None:
    index = TantivyIndex(tmp_path / "index")
    when = datetime(2020, 1, 1, tzinfo=UTC)
    index.add_docs([IndexDoc(id="x", title="<script>alert('coalition')</script>",
                             body="Le mot <b>coalition</b> & d'autres " * 20, source="s",
                             language="fr", date=when)])
    index.commit()
    hit = search(SearchRequest("coalition"), index=index).hits[0]
    for html in [hit.title_html, *hit.snippets]:
        assert "<script>" not in html and "<b>" not in html
        assert re.sub(r"</?mark>", "", html).count("<") == 0
    assert hit.title_html == ("&lt;script&gt;alert(&#x27;<mark>coalition</mark>&#x27;)"
                              "&lt;/script&gt;")


def test_pagination_and_facets(demo_index: TantivyIndex) -> None:
    first = search(SearchRequest("France", per_page=5), index=demo_index)
    second = search(SearchRequest("France", per_page=5, page=2), index=demo_index)
    assert first.total == second.total > 10
    assert not {h.id for h in first.hits} & {h.id for h in second.hits}
    assert sum(f.count for f in first.facets["language"]) == first.total
    assert first.facets["source"][0].value == "fr.wikinews.org"
    days = [f.value for f in first.facets["day"]]
    assert days == sorted(days, reverse=True)
    assert not search(SearchRequest("France", facets=False), index=demo_index).facets


def test_sorting(demo_index: TantivyIndex) -> None:
    by_date = search(SearchRequest("Québec", sort="date", per_page=20), index=demo_index)
    dates = [h.published for h in by_date.hits if h.published]
    assert dates == sorted(dates, reverse=True)
    fresh = search(SearchRequest("Québec", sort="fresh", per_page=20), index=demo_index)
    assert {h.id for h in fresh.hits} == {h.id for h in by_date.hits}
    latest = search(SearchRequest(""), index=demo_index)  # the empty query: latest news
    assert latest.total == demo_index.count()


@pytest.mark.parametrize("query", [
    '"unbalanced', "((a", "a))", "foo:bar", "x" * 10_000, "a\x00\x07b", "NOT", "OR OR OR",
    "*", "-", '""', "title:", "date:", "source:", "()", "é" * 10_000, "a " * 5_000,
])
def test_bad_queries_never_crash(demo_index: TantivyIndex, query: str) -> None:
    response = search(SearchRequest(query), index=demo_index)
    assert response.total >= 0


def test_bad_paging() -> None:
    with pytest.raises(QueryError):
        search(SearchRequest("a", page=0), index=None)  # type: ignore[arg-type]
    with pytest.raises(QueryError, match="beyond"):
        search(SearchRequest("a", page=10_000, per_page=100), index=None)  # type: ignore[arg-type]


def test_per_page_is_bounded(demo_index: TantivyIndex) -> None:
    response = search(SearchRequest("France", per_page=5000), index=demo_index)
    assert response.per_page == MAX_PER_PAGE and response.warnings


@pytest.mark.parametrize("query", ["jusqu'à", '"jusqu\'à"', "le", "de la", "le OR des"])
def test_common_words_only_match_nothing_and_say_so(demo_index: TantivyIndex,
                                                    query: str) -> None:
    """Regression (fresh-user report): "jusqu'à" listed all 101 demo articles as matches
    (27 contain it): its words are not indexed, so the query matched everything. It now
    finds nothing and says why; a filter or a word that matters makes it a query again.
    (Since newuser12c W22 they are searched in the languages where they are words: none
    in the French demo, and the warning says they are common in French.)"""
    response = search(SearchRequest(query), index=demo_index)
    assert response.total == 0 and response.hits == []
    assert any("a common word in" in w for w in response.warnings), response.warnings
    assert search(SearchRequest("jusqu'à Washington"), index=demo_index).total > 0
    dated = search(SearchRequest("le date:2012"), index=demo_index)
    assert dated.total > 0 and not dated.warnings
