"""``/stories``: the list of stories the refusal of an unknown story id points to
(newuser11b U31), most recently active first as ``/api/v1/stories``, paged, in French and
English, linked from every page's menu. Real uvicorn server on 127.0.0.1, demo store."""

from __future__ import annotations

import html
import re
from pathlib import Path

import httpx
import pytest

from veille.cli.main import main

LISTED = re.compile(r'<a class="title" href="/stories/([A-Za-z0-9_-]+)"[ >]')


def test_the_list_is_the_api_s_order_and_pages_on(client: httpx.Client) -> None:
    api = client.get("/api/v1/stories", params={"limit": 20}).json()
    page = client.get("/stories", params={"lang": "fr"})
    assert page.status_code == 200
    assert LISTED.findall(page.text) == [s["id"] for s in api["stories"]]
    assert '<h1 id="stories-title">Histoires</h1>' in page.text
    if api["next_cursor"]:
        older = re.search(r'<a href="([^"]+)" rel="next">', page.text)
        assert older
        second = client.get(html.unescape(older.group(1)))
        after = client.get("/api/v1/stories", params={"limit": 20,
                                                      "cursor": api["next_cursor"]}).json()
        assert LISTED.findall(second.text) == [s["id"] for s in after["stories"]]
        assert 'rel="prev"' in second.text


@pytest.mark.parametrize(("lang", "menu", "past"), [
    ("fr", ">Histoires</a>", "Cette page est après la dernière."),
    ("en", ">Stories</a>", "This page is past the last one.")])
def test_linked_from_the_menu_and_past_the_last_page(client: httpx.Client, lang: str,
                                                     menu: str, past: str) -> None:
    home = client.get("/", params={"lang": lang}).text
    assert f'<a href="/stories"{menu}' in home
    beyond = client.get("/stories", params={"page": 4000, "lang": lang})
    assert beyond.status_code == 200 and past in html.unescape(beyond.text)
    assert client.get("/stories", params={"page": 0}).status_code == 422


def test_the_unknown_story_refusal_points_to_a_page_that_exists(
        web_data: Path, client: httpx.Client, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--data-dir", str(web_data), "saved", "add", "S1", "", "--story", "nope"])
    assert code != 0 and "(/stories)" in capsys.readouterr().err
    assert client.get("/stories").status_code == 200
