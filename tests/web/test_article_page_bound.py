"""The page of an article stored before the article bound (extract.article_bound: 1 M
characters; an old store can hold a 48 M-character record) renders at most the bound, cut
where a paragraph or word ends, with a note that says how much is shown and links to the
whole text; an article within the bound is shown whole, with no note."""

from __future__ import annotations

from pathlib import Path

import httpx
import reader_kit
from web_kit import serve

from veille.web.pages import PAGE_MAX_CHARS


def test_a_huge_old_article_is_cut_on_its_page(tmp_path: Path) -> None:
    data = reader_kit.build(tmp_path, enrich=False)
    huge = reader_kit.article_id(data, reader_kit.HUGE_URL)
    small = reader_kit.article_id(data, reader_kit.URL)
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=60) as http:
        page = http.get(f"/articles/{huge}", params={"lang": "fr"}).text
        body = page.split('<div class="body', 1)[1].split("</div>", 1)[0]
        assert body.count("<p>") < reader_kit.HUGE_PARAGRAPHS
        assert len(body) < PAGE_MAX_CHARS * 1.01
        note = page.split('class="notice page-cut">', 1)[1].split("</p>", 1)[0]
        assert "Texte trop long pour la page" in note and "1\u202f800\u202f" in note
        assert f'href="/api/v1/articles/{huge}"' in note
        assert f'href="/articles/{huge}/raw"' in note
        whole = http.get(f"/api/v1/articles/{huge}").json()
        assert len(whole["paragraphs"]) == reader_kit.HUGE_PARAGRAPHS  # the API: all of it
        english = http.get(f"/articles/{huge}", params={"lang": "en"}).text
        assert "Text too long for the page" in english and "1,800," in english
        assert "page-cut" not in http.get(f"/articles/{small}").text
