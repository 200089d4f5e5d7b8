"""The story page's "same event in other languages" section in real Chromium (r-coverage60):
shown in French and English with the linked stories and the coverage by language, under the
pages' CSP with no script error, and axe-core finds no serious violation in it. Skipped like
the other browser tests without Chromium/Playwright."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from test_web_browser import browser, page  # noqa: F401
from test_web_reader import AXE, SERIOUS
from web_kit import serve

from other_languages_kit import PAGES
from other_languages_kit import page_bytes as _page
from veille.service import Veille
from veille.settings import Settings


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("other-languages-browser") / "data"
    with Veille(Settings(data_dir=root)) as v:
        for lang, (title, body, published, url) in PAGES.items():
            v.ingest_bytes([(f"{lang}.html", _page(lang, title, body, published, url))])
        v.enrich()
    return root


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_linked_stories_shown_and_accessible(browser: Any, page: Any,  # noqa: F811
                                             data: Path, lang: str) -> None:
    with serve(data) as live:
        stories = httpx.get(f"{live.url}/api/v1/stories").json()["stories"]
        linked = next(s for s in stories if s["other_languages"])
        page.goto(f"{live.url}/stories/{linked['id']}?lang={lang}")
        section = page.locator("section.other-languages")
        title = {"fr": "Le même événement dans d'autres langues",
                 "en": "The same event in other languages"}[lang]
        assert section.locator("h2").inner_text() == title
        assert section.locator("ul").first.locator("li").count() == len(
            linked["other_languages"])
        section.locator("a").first.click()
        page.wait_for_url("**/stories/*")
        context = browser.new_context(bypass_csp=True, locale=f"{lang}-FR")
        checker = context.new_page()
        checker.goto(f"{live.url}/stories/{linked['id']}?lang={lang}")
        checker.add_script_tag(path=str(AXE))
        result = checker.evaluate("axe.run(document, {resultTypes: ['violations']})")
        context.close()
    serious = [f"{v['id']} ({v['impact']}): {v['help']}" for v in result["violations"]
               if v["impact"] in SERIOUS]
    assert serious == [], json.dumps(serious, indent=1, ensure_ascii=False)
