"""Past the last page of a search, in real Chromium (s-misc12): the count line says the
page is past the last one, never "page 7 sur 4", and "Page précédente" opens the last
page, which lists results. Skipped like the other browser tests without
Chromium/Playwright."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
from paging_kit import TOKEN, WORD
from test_paged_lists import data  # noqa: F401
from test_web_browser import browser, page  # noqa: F401
from web_kit import serve


def test_past_the_last_page_the_count_line_and_previous_link_say_the_truth(
        page: Any, data: Path) -> None:  # noqa: F811
    with serve(data, api_token=TOKEN) as live, httpx.Client(base_url=live.url,
                                                            timeout=60) as http:
        last = http.get("/api/v1/search", params={"q": WORD, "per_page": 3,
                                                  "collapse": "true"}).json()["pages"]
        page.goto(f"{live.url}/search?q={WORD}&per_page=3&page={last + 3}&lang=fr")
        count = page.locator("p.count").inner_text()
        assert f"la page {last + 3} est après la dernière ({last})" in count, count
        assert f"sur {last}" not in count
        page.locator("a[rel=prev]").click()
        page.wait_for_load_state()
        assert page.locator("ol.hits > li").count() > 0
        assert f"page {last} sur {last}" in page.locator("p.count").inner_text()
