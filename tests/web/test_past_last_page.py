"""A page past the last of a query that found something says so, with a link to the last
page, instead of "no result, try fewer words" (newuser11b U27); the API adds a warning to
its empty list. Real uvicorn server on 127.0.0.1, demo store and index."""

from __future__ import annotations

import html
import re

import httpx
import pytest


def pages_of(client: httpx.Client, q: str) -> int:
    first = client.get("/api/v1/search", params={"q": q, "collapse": True}).json()
    assert first["total"] > 0
    return int(first["pages"])


def test_the_api_warns_past_the_last_page(client: httpx.Client,
                                          search_available: bool) -> None:
    if not search_available:
        pytest.skip("no search index")
    last = pages_of(client, "France")
    past = client.get("/api/v1/search", params={"q": "France", "collapse": True,
                                                "page": last + 1},
                      headers={"Accept-Language": "fr"}).json()
    assert past["hits"] == []
    said = f"page {last + 1} is past the last page ({last}) of these results"
    assert said in past["warnings"]
    assert f"la page {last + 1} est après la dernière ({last}) de ces résultats" in \
        past["localized_warnings"]
    on_last = client.get("/api/v1/search", params={"q": "France", "collapse": True,
                                                   "page": last}).json()
    assert on_last["hits"] and not any("past the last" in w for w in on_last["warnings"])
    nothing = client.get("/api/v1/search", params={"q": "zzqxjvw"}).json()
    assert nothing["total"] == 0 and nothing["warnings"] == []


@pytest.mark.parametrize(("lang", "said", "link", "wrong"), [
    ("fr", "Cette page est après la dernière", "Aller à la dernière page", "Aucun résultat"),
    ("en", "This page is past the last one", "Go to the last page", "No results")])
def test_the_page_links_to_the_last_page(client: httpx.Client, search_available: bool,
                                         lang: str, said: str, link: str, wrong: str) -> None:
    if not search_available:
        pytest.skip("no search index")
    last = pages_of(client, "France")
    page = client.get("/search", params={"q": "France", "page": last + 3, "lang": lang})
    assert page.status_code == 200
    text = html.unescape(page.text)
    assert said in text and wrong not in text
    found = re.search(r'<a href="([^"]+)">' + link, text)
    assert found, text
    target = client.get(found.group(1))
    assert (f"page={last}" in found.group(1) or last == 1) and 'class="title"' in target.text
