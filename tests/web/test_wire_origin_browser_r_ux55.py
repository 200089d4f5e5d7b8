"""Browser test (r-ux55, issue 14): in Chromium, the article page of an outlet's own text
written with a dispatch says "Origine : d'après AFP" / "Origin: with AFP", a run of the
dispatch itself "dépêche AFP" / "AFP dispatch", and the dispatch's page names both
outlets of the same minute as first publishers. Writes ``docs/screenshots/article-origin-
{fr,en}.png``. Skipped like the other browser tests without Chromium/Playwright."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_web_browser import SCREENSHOTS, browser, page  # noqa: F401
from test_wire_origin_r_ux55 import store_dir  # noqa: F401
from web_kit import serve

WORDS = {"fr": ("Origine", "d’après AFP", "d'après AFP", "dépêche AFP",
                "Publié en premier par"),
         "en": ("Origin", "with AFP", "with AFP", "AFP dispatch", "First published by")}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_article_page_shows_the_wire_origin(page: Any, lang: str,  # noqa: F811
                                            store_dir: tuple[Path, dict[str, str]],  # noqa: F811
                                            ) -> None:
    data, ids = store_dir
    label, with_curly, with_plain, dispatch, first = WORDS[lang]
    with serve(data) as server:
        page.goto(f"{server.url}/articles/{ids['lefigaro.fr']}?lang={lang}")
        origin = page.locator("dl.facts dd.origin")
        assert origin.inner_text().strip() in (with_curly, with_plain)
        assert page.locator("dl.facts dt", has_text=label).count() == 1
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"article-origin-{lang}.png"), full_page=True)
        page.goto(f"{server.url}/articles/{ids['20minutes.fr']}?lang={lang}")
        assert page.locator("dl.facts dd.origin").inner_text().strip() == dispatch
        story = page.locator("section.story-of").inner_text()
        assert first in story and "20 Minutes" in story and "Ouest-France" in story
