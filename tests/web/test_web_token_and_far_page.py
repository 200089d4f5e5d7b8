"""t-final36 B1 and B2, on real servers on 127.0.0.1 (demo store and index).

B1: ``POST /api/v1/saved-searches`` on a server without the ``api_token`` setting answered
"405 method not allowed, see /docs": now 403 naming the setting and how to set it (the
route is still not mounted: no write endpoint in the schema). B2: the web ``/search`` with
a page past the API's bound (``page=99999``) showed a raw 422 page pointing to /docs; it is
now a page past the last, said in French and English as any other."""

from __future__ import annotations

import html

import httpx
import pytest
from web_kit import LiveServer


@pytest.mark.parametrize(("method", "path"), [("POST", "/api/v1/saved-searches"),
                                              ("DELETE", "/api/v1/saved-searches/1"),
                                              ("POST", "/api/v1/articles")])
def test_a_write_route_without_a_token_names_the_setting(
        live_readonly: LiveServer, method: str, path: str) -> None:
    response = httpx.request(method, f"{live_readonly.url}{path}", json={"name": "x"})
    assert response.status_code == 403
    error = response.json()["error"]
    assert "needs the api_token setting" in error["message"]
    assert "VEILLE_API_TOKEN" in error["hint"]
    # reading stays open, and an unknown path is still a 404
    assert httpx.get(f"{live_readonly.url}/api/v1/saved-searches").status_code == 200
    assert httpx.post(f"{live_readonly.url}/api/v1/nothing-here").status_code in (404, 405)


@pytest.mark.parametrize(("lang", "said", "link"), [
    ("fr", "Cette page est après la dernière", "Aller à la dernière page"),
    ("en", "This page is past the last one", "Go to the last page")])
def test_a_page_far_past_the_bound_is_past_the_last(
        client: httpx.Client, search_available: bool, lang: str, said: str,
        link: str) -> None:
    if not search_available:
        pytest.skip("no search index")
    page = client.get("/search", params={"q": "France", "page": 99999, "lang": lang})
    assert page.status_code == 200
    text = html.unescape(page.text)
    assert said in text and link in text
    assert "/docs" not in text.split("<main", 1)[-1].split("</main>", 1)[0]
