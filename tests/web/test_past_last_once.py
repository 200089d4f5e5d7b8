"""Past the last page: the search page does not repeat it among the query's warnings
(t-reader19 R15: "page 7 is past the last" three times, once under "Requête lue au
mieux", which is no reading of the query), and "previous" on the latest list, its undated
list and the stories leads to their last page, not to the page before, as empty. Real
store and server."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from test_undated_reachable import data  # noqa: F401
from web_kit import serve


@pytest.fixture(scope="module")
def http(data: Path) -> Iterator[httpx.Client]:  # noqa: F811
    with serve(data) as live, httpx.Client(base_url=live.url, timeout=60) as client:
        yield client


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_search_says_it_without_a_warning(http: httpx.Client, lang: str) -> None:
    page = html.unescape(http.get("/search", params={"q": "dossier", "page": 40,
                                                     "lang": lang}).text)
    assert 'class="empty past-last"' in page
    assert 'class="notice"' not in page
    api = http.get("/api/v1/search", params={"q": "dossier", "page": 40}).json()
    assert any("past the last page" in w for w in api["warnings"])


@pytest.mark.parametrize("path", ["/?page=99", "/?page=99&all=1", "/?undated=1&page=99",
                                  "/stories?page=99"])
def test_previous_leads_to_the_last_page(http: httpx.Client, path: str) -> None:
    page = http.get(path + "&lang=fr").text
    assert 'class="empty past-last"' in page
    found = re.search(r'<a href="([^"]+)" rel="prev">', page)
    assert found, page
    target = http.get(html.unescape(found.group(1))).text
    assert 'class="item"' in target and 'class="empty past-last"' not in target
    assert re.search(r'<a href="[^"]+" rel="next">', target) is None  # it is the last
