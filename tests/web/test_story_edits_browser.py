"""The article page's "Retirer de cette histoire" button in real Chromium (f-detach28): a
journalist logs in, opens an article wrongly grouped, presses the button in its story
box, and lands back on the article, now its own story, told so; the story it left says it
was edited by hand. Skipped like the other browser tests without Chromium/Playwright."""

from __future__ import annotations

from typing import Any

from test_story_edits_web import FAMILY, PASSWORD, site  # noqa: F401
from test_web_browser import browser, page  # noqa: F401
from web_kit import LiveServer


def test_remove_from_this_story(page: Any, site: tuple[LiveServer, dict[str, str]]  # noqa: F811
                                ) -> None:
    server, ids = site
    family = ids[FAMILY]
    page.goto(f"{server.url}/login?next=/articles/{family}")
    page.fill("#login-name", "ana")
    page.fill("#login-password", PASSWORD)
    page.locator("form[action='/login'] button[type=submit]").click()
    page.goto(f"{server.url}/articles/{family}?lang=fr")
    box = page.locator("section.story-of")
    left = box.locator("a").first.get_attribute("href")
    button = box.get_by_role("button", name="Retirer de cette histoire")
    assert button.is_visible()
    button.click()
    page.wait_for_url(f"**/articles/{family}?detached=1")
    assert page.locator(".story-edit.notice").inner_text() == "Retiré de son histoire à la main."
    assert page.locator("section.story-of").get_by_role("button").count() == 0
    page.goto(f"{server.url}{left}?lang=fr")
    assert "Histoire corrigée à la main" in page.locator("aside.story-edited").inner_text()
