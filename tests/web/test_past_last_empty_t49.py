"""t-final49 B3: a search with no hit asked for page 2 says the page is past the last one,
not "0 results, page 2 of 1" (as a search with hits already did). Real uvicorn server on
127.0.0.1, demo store and index."""

from __future__ import annotations

import html
import re

import httpx
import pytest


@pytest.mark.parametrize(("lang", "said", "lie"), [
    ("fr", "0 résultat ({ms} ms) : la page 2 est après la dernière (1)", "page 2 sur 1"),
    ("en", "0 results ({ms} ms): page 2 is past the last one (1)", "page 2 of 1")])
def test_no_hit_past_the_last_page(client: httpx.Client, search_available: bool, lang: str,
                                   said: str, lie: str) -> None:
    if not search_available:
        pytest.skip("no search index")
    page = client.get("/search", params={"q": "zzqxjvwk", "page": 2, "lang": lang})
    assert page.status_code == 200
    text = html.unescape(page.text)
    line = re.search(r'<p class="count" role="status">([^<]*)</p>', text)
    assert line, text
    ms = re.search(r"\((\d+) ms\)", line.group(1))
    assert ms, line.group(1)
    assert said.format(ms=ms.group(1)) in line.group(1).replace("\u202f", " ")
    assert lie not in text
    first = client.get("/search", params={"q": "zzqxjvwk", "lang": lang}).text
    assert "après la dernière" not in first and "past the last" not in first
