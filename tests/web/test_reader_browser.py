"""The reader's faults of f-reader20, in real Chromium, French and English: a version's diff
reads the headline whole before and after (R13: a headline marked word by word read as
confetti); names with an English name show it on the English pages, dates and counts are
written the language's way (R14); a huge article stored before the article bound is cut
on its page, with a note and a link to the whole text; every list pages with one pager.
Skipped like the other browser tests without Chromium/Playwright."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import reader_kit
from test_web_browser import browser, page  # noqa: F401
from web_kit import LiveServer, serve

from veille.web.pages import PAGE_MAX_CHARS

WORDS = {
    "fr": {"before": "Titre avant", "after": "Titre après", "next": "Page suivante",
           "prev": "Page précédente", "older": "Articles plus anciens",
           "names": ["Allemagne", "OTAN", "Pékin", "Londres"], "day": "30 novembre 2026",
           "cut": "caractères montrés sur"},
    "en": {"before": "Headline before", "after": "Headline after", "next": "Next page",
           "prev": "Previous page", "older": "Older articles",
           "names": ["Germany", "NATO", "Beijing", "London"], "day": "November 30, 2026",
           "cut": "characters shown"},
}
ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
LANGS = pytest.mark.parametrize("lang", ["fr", "en"])


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, Path]]:
    data = reader_kit.build(tmp_path_factory.mktemp("reader"))
    with serve(data) as server:
        yield server, data


@LANGS
def test_a_changed_headline_reads_whole_before_and_after(page: Any,  # noqa: F811
                                                         reader: tuple[LiveServer, Path],
                                                         lang: str) -> None:
    server, data = reader
    page.goto(f"{server.url}/articles/{reader_kit.article_id(data, reader_kit.URL)}"
              f"?lang={lang}")
    page.locator("section.versions summary").first.click()
    headline = page.locator("dl.headline-diff")
    assert headline.locator("dt").all_inner_texts() == [WORDS[lang]["before"],
                                                       WORDS[lang]["after"]]
    assert headline.locator("del").inner_text() == reader_kit.OLD_TITLE
    assert headline.locator("ins").inner_text() == reader_kit.NEW_TITLE
    # the words that changed are marked inside each whole headline, a phrase at a time
    assert headline.locator("del mark").all_inner_texts() == ["12"]
    assert headline.locator("ins mark").all_inner_texts() == ["15", "et Munich"]
    # the body: the changed sentence whole before and after, the unchanged one as it is
    changed = page.locator("p.changed")
    assert changed.locator("del").inner_text().startswith("La grève des conducteurs")
    assert changed.locator("ins").inner_text().startswith("La grève des conducteurs")
    assert changed.locator("del mark").all_inner_texts() == ["12"]
    assert "Le ministre a appelé" in changed.inner_text()
    assert "Le ministre" not in changed.locator("del").inner_text()


@LANGS
def test_names_dates_and_counts_in_the_pages_language(page: Any,  # noqa: F811
                                                      reader: tuple[LiveServer, Path],
                                                      lang: str) -> None:
    server, data = reader
    words = WORDS[lang]
    page.goto(f"{server.url}/articles/{reader_kit.article_id(data, reader_kit.URL)}"
              f"?lang={lang}")
    names = page.locator("ul.entities a").all_inner_texts()
    assert set(words["names"]) <= set(names), names
    # the canonical id stays the link: "Germany" is still /places/Q183
    assert page.locator("ul.entities a", has_text=words["names"][0]).get_attribute(
        "href") == "/places/Q183"
    # tooltips: the place's and the organisation's name, the date written out
    assert words["names"][1] in str(page.locator('a.mention[href="/entities/Q7184"]')
                                    .get_attribute("title"))
    tips = [str(t.get_attribute("title")) for t in page.locator("time.mention").all()]
    assert tips and all(words["day"] in tip and not ISO.search(tip) for tip in tips), tips
    page.goto(f"{server.url}/places/Q183?lang={lang}")
    assert page.locator("h1").inner_text() == words["names"][0]
    page.goto(f"{server.url}/entities/Q7184?lang={lang}")
    assert page.locator("h1").inner_text() == words["names"][1]
    dates = page.locator("ol.articles time").all_inner_texts()
    assert dates and not any(ISO.search(d) for d in dates), dates
    # a count past a thousand has the language's separator
    page.goto(f"{server.url}/articles/"
              f"{reader_kit.article_id(data, reader_kit.HUGE_URL)}?lang={lang}")
    note = page.locator("p.page-cut").inner_text()
    total = "1\u202f8\\d\\d\u202f\\d{3}" if lang == "fr" else "1,8\\d\\d,\\d{3}"
    assert re.search(total, note), note


@LANGS
def test_a_huge_old_article_is_cut_on_its_page(page: Any,  # noqa: F811
                                               reader: tuple[LiveServer, Path],
                                               lang: str) -> None:
    server, data = reader
    huge = reader_kit.article_id(data, reader_kit.HUGE_URL)
    page.goto(f"{server.url}/articles/{huge}?lang={lang}")
    shown = page.locator("div.body").inner_text()
    assert 0.9 * PAGE_MAX_CHARS < len(shown) <= PAGE_MAX_CHARS + reader_kit.HUGE_PARAGRAPHS
    note = page.locator("p.page-cut")
    assert WORDS[lang]["cut"] in note.inner_text()
    whole = note.locator("a").first.get_attribute("href")
    detail = httpx.get(f"{server.url}{whole}", timeout=60).json()
    assert len(detail["paragraphs"]) == reader_kit.HUGE_PARAGRAPHS


@LANGS
def test_the_lists_page_with_one_pager(page: Any, live: LiveServer,  # noqa: F811
                                       lang: str) -> None:
    words = WORDS[lang]
    for path, label in (("/stories", words["next"]), ("/", words["older"])):
        page.goto(f"{live.url}{path}?lang={lang}")
        pager = page.locator("nav.pager")
        assert pager.count() == 1
        link = pager.locator("a[rel=next]")
        assert link.inner_text() == f"{label} →"
        link.click()
        page.wait_for_load_state()
        assert page.locator("nav.pager a[rel=prev]").count() == 1
    page.goto(f"{live.url}/stories?lang={lang}")
    page.locator("nav.pager a[rel=next]").click()
    page.wait_for_load_state()
    assert page.locator("nav.pager a[rel=prev]").inner_text() == f"← {words['prev']}"


@LANGS
def test_a_versions_diff_is_headed_by_the_versions_it_joins(
        page: Any, reader: tuple[LiveServer, Path], lang: str) -> None:  # noqa: F811
    """t-final24 S7: version 2's changes were folded under "Version 1, vue le …", as if
    version 1 held them; and "Vu pour la première fois" was a minute after version 1's
    "vue le"."""
    server, data = reader
    page.goto(f"{server.url}/articles/{reader_kit.article_id(data, reader_kit.URL)}"
              f"?lang={lang}")
    versions = page.locator("section.versions")
    assert versions.locator("summary").first.inner_text() == {
        "fr": "Ce qui change de la version 1 à la version 2",
        "en": "What changed from version 1 to version 2"}[lang]
    label = {"fr": "Vu pour la première fois", "en": "First seen"}[lang]
    first_seen = page.locator(f"dl.facts dt:has-text('{label}') + dd time").inner_text()
    # version 1's line says when it was seen, the same time the facts give as first seen
    assert first_seen in versions.locator("p.version").first.inner_text()
