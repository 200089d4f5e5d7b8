"""The reader's polish of t-reader20 as a reader sees it, in real Chromium, French and
English: an undated story's list line and page (R9), an entity's chart and its heading
(R11: French spacing before ":" and ";", no elision to get wrong), a reprint's original
under its own heading and the CSV links (R13). Skipped like the other browser tests
without Chromium/Playwright."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import polish_kit
import pytest
import reader_kit
from test_web_browser import browser, page  # noqa: F401
from web_kit import LiveServer, serve

LANGS = pytest.mark.parametrize("lang", ["fr", "en"])
WORDS = {
    "fr": {"last_seen": "dernier article vu le ", "seen": "vu pour la première fois le ",
           "total": "3 histoires en tout", "original": "Article d’origine",
           "chart": "Mentions dans le temps\u202f: OTAN",
           "desc": "articles\u202f: max 1\u202f; articles indépendants\u202f: max 1\u202f; "
                   "mentions\u202f: max ",
           "sheet": "CSV pour tableur (Excel, LibreOffice)"},
    "en": {"last_seen": "last article seen ", "seen": "first seen ", "total": "3 stories in all",
           "original": "Original article", "chart": "Mentions over time: NATO",
           "desc": "articles: max 1; independent articles: max 1; mentions: max ",
           "sheet": "CSV for spreadsheets (Excel, LibreOffice)"},
}


@pytest.fixture(scope="module")
def polished(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    with serve(polish_kit.build(tmp_path_factory.mktemp("polish"))) as server:
        yield server


@pytest.fixture(scope="module")
def enriched(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    with serve(reader_kit.build(tmp_path_factory.mktemp("reader"))) as server:
        yield server


@LANGS
def test_an_undated_story_reads_as_sentences(page: Any,  # noqa: F811
                                             polished: LiveServer, lang: str) -> None:
    words = WORDS[lang]
    page.goto(f"{polished.url}/stories?lang={lang}")
    assert page.locator("p.stories-count").inner_text() == words["total"]
    line = page.locator("ol.story-list li", has_text="piscine Castéra").locator(
        ".meta").inner_text()
    assert words["last_seen"] in line and "Vu pour" not in line and "First seen" not in line
    page.locator("ol.story-list a.title", has_text="piscine Castéra").click()
    meta = page.locator("article.story p.meta").inner_text()
    assert words["seen"] in meta and " – " not in meta, meta
    first = page.locator("article.story p.first").inner_text()
    assert f", {words['seen']}" in first, first  # no capital after the comma


@LANGS
def test_a_reprint_names_its_original_and_the_csv_links_say_which_is_which(
        page: Any, polished: LiveServer, lang: str) -> None:  # noqa: F811
    words = WORDS[lang]
    hits = httpx.get(f"{polished.url}/api/v1/search",
                     params={"q": "brebis", "collapse": "false"}, timeout=120).json()["hits"]
    reprint = next(h["id"] for h in hits if h["url"] == polish_kit.REPRINT_URL)
    page.goto(f"{polished.url}/articles/{reprint}?lang={lang}")
    section = page.get_by_role("region", name=words["original"])
    assert section.locator("li").count() == 1
    assert page.locator("section.copies").count() == 0
    page.goto(f"{polished.url}/search?q=usine&lang={lang}")
    assert page.get_by_role("link", name=words["sheet"]).get_attribute(
        "href") == "/export.csv?q=usine&excel=true"


@LANGS
def test_an_entity_chart_is_written_the_language_s_way(page: Any,  # noqa: F811
                                                       enriched: LiveServer,
                                                       lang: str) -> None:
    words = WORDS[lang]
    page.goto(f"{enriched.url}/entities/Q7184?lang={lang}")
    chart = page.locator("svg.chart")
    assert chart.locator("title#chart-title").text_content() == words["chart"]
    assert str(chart.locator("desc#chart-desc").text_content()).startswith(words["desc"])
    assert page.get_by_role("img", name=words["chart"]).count() == 1
