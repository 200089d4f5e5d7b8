"""The latest list paged in real Chromium to its end, the undated articles included (t-reader19
R2: 390 undated articles of 518 could not be reached from the home page): the "older"
links of the dated list, then the first page's link to the undated articles and their own
"older" links, find every stored article once (shown, or counted in its story's "+N"),
collapsed and not. Skipped like the other browser tests without Chromium/Playwright."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_undated_reachable import data, stored  # noqa: F401
from test_web_browser import browser, page  # noqa: F401
from web_kit import serve


def rows(page: Any, list_id: str) -> list[tuple[str, int]]:  # noqa: F811
    return [(str(li.get_attribute("data-id")), int(li.get_attribute("data-others") or 0))
            for li in page.locator(f"ol#{list_id} > li").all()]


def follow(page: Any) -> list[tuple[str, int]]:  # noqa: F811
    """The rows of ``#latest`` on this page and on every "older" page after it."""
    shown = rows(page, "latest")
    while page.locator("a[rel=next]").count():
        page.locator("a[rel=next]").click()
        page.wait_for_load_state()
        shown += rows(page, "latest")
        assert len(shown) < 500
    return shown


@pytest.mark.parametrize("expand", [False, True])
def test_paging_the_latest_list_finds_every_article_once(page: Any, data: Path,  # noqa: F811
                                                         expand: bool) -> None:
    every, undated = stored(data)
    with serve(data) as live:
        home = f"{live.url}/?lang=fr" + ("&all=1" if expand else "")
        page.goto(home)
        section = rows(page, "latest-undated")
        said = page.locator("p.undated-more").inner_text()
        dated = follow(page)
        page.goto(home)
        page.locator("p.undated-more a").click()
        page.wait_for_load_state()
        assert page.locator("h1").inner_text() == "Articles sans date"
        apart = follow(page)
    assert apart[:len(section)] == section
    ids = [i for i, _others in [*dated, *apart]]
    assert len(ids) == len(set(ids)), "an article shown twice"
    assert sum(1 + others for _i, others in [*dated, *apart]) == len(every)
    total = sum(1 + others for _i, others in apart)
    assert said.startswith(f"{total} articles sans date en tout")
    if expand:
        assert set(ids) == every and {i for i, _o in apart} == undated
