"""Regression (t-reader22 R11): the web's 404 pages sent a reader to the CLI ("les
identifiants se trouvent avec « veille latest » ou « veille search »", "(les histoires se
trouvent avec /api/v1/stories ou « veille stories »)"). They now link to the pages that list
them; the JSON answer keeps its hint for programs. Real server."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from web_kit import serve

import veille


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_missing_article_or_story_page_links_to_the_lists(tmp_path: Path, lang: str) -> None:
    data = tmp_path / "data"
    with veille.open(data):
        pass
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        for path, links in (("/articles/zzz", ('href="/"', 'href="/search"')),
                            ("/articles/0000000000000000", ('href="/"', 'href="/search"')),
                            ("/stories/0000000000000000", ('href="/stories"',)),
                            ("/stories/zzz", ('href="/stories"',))):
            page = http.get(path, params={"lang": lang})
            assert page.status_code == 404, path
            assert "veille latest" not in page.text and "veille stories" not in page.text
            assert "veille search" not in page.text, path
            where = page.text.split('class="where"', 1)[1].split("</p>", 1)[0]
            assert all(link in where for link in links), (path, where)
        api = http.get("/api/v1/articles/0000000000000000").json()
        assert "veille latest" in api["error"]["hint"]
