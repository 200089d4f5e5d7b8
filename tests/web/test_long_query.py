"""A query longer than the query language reads (1,000 characters) is cut there with a
warning by the API, the search page, the feeds and the exports, as by the CLI
(docs/search.md: "A query is never refused for its syntax"; newuser11b U33); the request
itself stays bounded. Real uvicorn server on 127.0.0.1, demo store and index."""

from __future__ import annotations

import html

import httpx
import pytest

from veille.index.query import MAX_QUERY_CHARS
from veille.web.api import MAX_QUERY_INPUT_CHARS

LONG = "France " * 300  # 2,100 characters, a pasted list of words
CUT = f"query cut to its first {MAX_QUERY_CHARS} characters"


def test_the_api_cuts_a_long_query_with_a_warning(client: httpx.Client,
                                                  search_available: bool) -> None:
    if not search_available:
        pytest.skip("no search index")
    long = client.get("/api/v1/search", params={"q": LONG}, headers={"Accept-Language": "fr"})
    assert long.status_code == 200, long.text
    body = long.json()
    assert CUT in body["warnings"]
    assert "requête coupée à ses 1000 premiers caractères" in body["localized_warnings"]
    short = client.get("/api/v1/search", params={"q": LONG[:MAX_QUERY_CHARS]}).json()
    assert body["total"] == short["total"] > 0


def test_the_search_page_cuts_it_in_the_user_s_language(client: httpx.Client,
                                                       search_available: bool) -> None:
    if not search_available:
        pytest.skip("no search index")
    for lang, said in (("fr", "requête coupée à ses 1000 premiers caractères"), ("en", CUT)):
        page = client.get("/search", params={"q": LONG, "lang": lang})
        assert page.status_code == 200, page.text
        assert said[0].upper() + said[1:] in html.unescape(page.text)  # a sentence (t-reader22 R11)
        assert 'maxlength="1000"' not in page.text  # a paste is not cut silently either


def test_feeds_and_exports_take_it_too(client: httpx.Client, search_available: bool) -> None:
    if not search_available:
        pytest.skip("no search index")
    assert client.get("/feeds/search.atom", params={"q": LONG}).status_code == 200
    exported = client.get("/export.csv", params={"q": LONG})
    assert exported.status_code == 200 and CUT in exported.headers["x-veille-warnings"]
    assert client.get("/api/v1/attention", params={"q": LONG}).status_code == 200


def test_the_request_stays_bounded(client: httpx.Client) -> None:
    over = "a" * (MAX_QUERY_INPUT_CHARS + 1)
    for path in ("/api/v1/search", "/search", "/export.csv"):
        assert client.get(path, params={"q": over}).status_code == 422, path
