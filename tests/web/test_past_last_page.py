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


@pytest.mark.parametrize(("lang", "said", "link", "wrong", "count", "lie"), [
    ("fr", "Cette page est après la dernière", "Aller à la dernière page", "Aucun résultat",
     "la page {past} est après la dernière ({last})", "page {past} sur {last}"),
    ("en", "This page is past the last one", "Go to the last page", "No results",
     "page {past} is past the last one ({last})", "page {past} of {last}")])
def test_the_page_links_to_the_last_page(client: httpx.Client, search_available: bool,
                                         lang: str, said: str, link: str, wrong: str,
                                         count: str, lie: str) -> None:
    if not search_available:
        pytest.skip("no search index")
    last = pages_of(client, "France")
    page = client.get("/search", params={"q": "France", "page": last + 3, "lang": lang})
    assert page.status_code == 200
    text = html.unescape(page.text)
    assert said in text and wrong not in text
    # The count line says the truth too, not "page 7 of 4" (s-misc12).
    line = re.search(r'<p class="count" role="status">([^<]*)</p>', text)
    assert line, text
    assert count.format(past=last + 3, last=last) in line.group(1), line.group(1)
    assert lie.format(past=last + 3, last=last) not in text
    # "Previous" goes to the last page, not to another page past it.
    found = re.search(r'<a href="([^"]+)">' + link, text)
    assert found, text
    target = client.get(found.group(1))
    assert (f"page={last}" in found.group(1) or last == 1) and 'class="title"' in target.text
    previous = re.search(r'<a href="([^"]+)" rel="prev">', text)
    assert previous and previous.group(1) == found.group(1)


@pytest.mark.parametrize(("path", "lang", "said", "wrong"), [
    ("/", "fr", "Cette page est après la dernière.", "Aucun article pour l'instant"),
    ("/", "en", "This page is past the last one.", "No articles yet"),
    ("/stories", "fr", "Cette page est après la dernière.", "Aucune histoire pour l'instant"),
    ("/stories", "en", "This page is past the last one.", "No stories yet")])
def test_latest_and_stories_past_the_last_page(client: httpx.Client, path: str, lang: str,
                                               said: str, wrong: str) -> None:
    """Latest news and stories have no total: past their last page they say so and link
    to the first, not "no articles yet" on a store that has some (s-misc12)."""
    page = client.get(path, params={"page": 400, "lang": lang})
    assert page.status_code == 200
    text = html.unescape(page.text)
    assert said in text and wrong not in text, text
    found = re.search(r'class="empty past-last" role="alert">[^<]*<a href="([^"]+)">', text)
    assert found and 'class="title"' in client.get(found.group(1)).text
