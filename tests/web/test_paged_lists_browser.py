"""The search page read page by page while the list changes (issue 14), in real Chromium:
page 1, then new articles, a correction of an article of page 2 and a story move, then the
"Page suivante" links to the end: no article twice, none missing (shown, or counted in its
story's row), and "Page précédente" gives the page before again. Skipped like the other
browser tests without Chromium/Playwright."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
from paging_kit import TOKEN, WORD, change_the_list, lone_article
from test_paged_lists import data, sqlite_move  # noqa: F401
from test_web_browser import browser, page  # noqa: F401
from web_kit import serve


def rows(page: Any) -> list[tuple[str, int]]:  # noqa: F811
    return [(str(li.get_attribute("data-id")), int(li.get_attribute("data-others") or 0))
            for li in page.locator("ol.hits > li").all()]


def test_the_next_page_links_hold_while_the_list_changes(page: Any,  # noqa: F811
                                                         data: Path) -> None:  # noqa: F811
    with serve(data, api_token=TOKEN) as live, httpx.Client(base_url=live.url,
                                                            timeout=60) as http:
        every = http.get("/api/v1/search", params={"q": WORD, "per_page": 50}).json()
        snapshot = {hit["id"] for hit in every["hits"]}
        titles = {hit["id"]: hit["title"] for hit in every["hits"]}
        page.goto(f"{live.url}/search?q={WORD}&per_page=3&lang=fr")
        shown = [rows(page)]
        first_count = page.locator("p.count").inner_text()
        page_two = [hit["id"] for hit in http.get("/api/v1/search", params={
            "q": WORD, "per_page": 3, "page": 2, "collapse": "true"}).json()["hits"]]
        lead = http.get("/api/v1/search", params={
            "q": WORD, "per_page": 3, "collapse": "true"}).json()["hits"][0]["story_id"]
        moved = lone_article(every["hits"], besides={*page_two, *(i for i, _o in shown[0])})
        change_the_list(http, page_two, titles, lambda: sqlite_move(data)(moved, lead))
        while page.locator("a[rel=next]").count():
            page.locator("a[rel=next]").click()
            page.wait_for_load_state()
            shown.append(rows(page))
            assert len(shown) < 20
        ids = [i for found in shown for i, _others in found]
        assert len(ids) == len(set(ids)), "an article shown twice"
        assert set(ids) <= snapshot
        assert sum(1 + others for found in shown for _i, others in found) == len(snapshot)
        assert "résultat" in first_count
        # the last page's count is the rows the pages held
        assert page.locator("p.count").inner_text().startswith(f"{len(ids)} ")
        page.locator("a[rel=prev]").click()
        page.wait_for_load_state()
        assert rows(page) == shown[-2]
