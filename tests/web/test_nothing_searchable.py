"""A query with nothing to search in it (symbols, an emoji, an operator alone) is read as
the empty query and says so (t-reader19 R7: ``🙂``, ``%``, ``*``, ``-``, ``:``, ``{}``,
``\\`` and ``AND`` listed the whole store as « Résultats pour « 🙂 » » with no warning,
where ``OR`` and ``NOT`` alone warned). The page is titled as the empty query's, "Tous
les articles", with its hint and the warning, in French and English; the API warns in
``warnings`` and ``localized_warnings``. Real store, index and server on 127.0.0.1."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_undated_reachable import data  # noqa: F401
from web_kit import serve

from veille.index.query import NOTHING_SEARCHABLE, nothing_searchable, parse_query

QUERIES = ["🙂", "%", "*", "-", ":", "{}", "\\", "AND", "OR", "NOT", "( )", "«»", "🙂 -- ?"]
FRENCH = ("rien à chercher dans cette requête : tous les articles sont listés, du plus "
          "récent au plus ancien")


@pytest.fixture(scope="module")
def http(data: Path) -> Iterator[httpx.Client]:  # noqa: F811
    with serve(data) as live, httpx.Client(base_url=live.url, timeout=60) as client:
        yield client


@given(st.text(st.characters(categories=("P", "S", "Zs")), min_size=1, max_size=12))
def test_symbols_alone_are_nothing_searchable(query: str) -> None:
    assert nothing_searchable(query, parse_query(query).node) == bool(query.strip())


@pytest.mark.parametrize("query", ["a", "séisme", "source:\"\"", "-séisme", "2026", "lang:fr"])
def test_a_word_or_a_filter_is_searchable(query: str) -> None:
    assert not nothing_searchable(query, parse_query(query).node)


@pytest.mark.parametrize("query", QUERIES)
def test_the_api_warns_and_lists_what_the_empty_query_lists(http: httpx.Client,
                                                            query: str) -> None:
    body = http.get("/api/v1/search", params={"q": query},
                    headers={"accept-language": "fr"}).json()
    assert NOTHING_SEARCHABLE in body["warnings"]
    assert FRENCH in body["localized_warnings"]
    empty = http.get("/api/v1/search", params={"q": "", "sort": "date"}).json()
    assert body["total"] == empty["total"]
    assert [h["id"] for h in body["hits"]] == [h["id"] for h in empty["hits"]]


def test_an_empty_query_does_not_warn(http: httpx.Client) -> None:
    assert http.get("/api/v1/search", params={"q": "  "}).json()["warnings"] == []


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize(("lang", "title", "warning"), [
    ("fr", "Tous les articles", FRENCH), ("en", "All articles", NOTHING_SEARCHABLE)])
def test_the_page_is_the_empty_querys_with_the_warning(http: httpx.Client, query: str,
                                                       lang: str, title: str,
                                                       warning: str) -> None:
    page = http.get("/search", params={"q": query, "lang": lang}).text
    heading = re.search(r"<h1>(.*?)</h1>", page, re.S)
    assert heading and html.unescape(heading.group(1)) == title
    assert 'class="hint empty-query"' in page
    assert warning[0].upper() + warning[1:] in html.unescape(page)  # a sentence (t-reader22 R11)
