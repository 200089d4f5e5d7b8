"""An Arabic article in the French UI, in real Chromium: its title, body and search hit
read right to left, the page's own labels left to right and in the page's language
(newuser12c W16: no ``dir`` at all, French labels inside ``lang="ar"``); so do its headline
in the latest list (also when the page adds it live), on its story's page, in the stories
list and on the page of an entity it names, and its quotes there (they had no ``dir``);
and the Atom feeds say each entry's language (``xml:lang``). Skipped like the other
browser tests without Chromium/Playwright."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import httpx
import pytest
from test_web_browser import browser, page  # noqa: F401
from web_kit import TOKEN, LiveServer, records_data_dir, serve

from veille.cli.main import main

RECORDS = [
    {"url": "https://ar.example/budget", "language": "ar",
     "published": "2026-12-01T09:00:00+03:00",
     "title": "البرلمان يقر الموازنة العامة لعام 2027",
     "text": "أقر البرلمان يوم الثلاثاء الموازنة العامة للدولة لعام 2027 بأغلبية 120 صوتا.\n\n"
             "ورحب الرئيس الفرنسي Emmanuel Macron بالتصويت.\n\n"
             "وقال وزير المالية إن الموازنة تهدف إلى خفض العجز إلى 3.5 في المئة من الناتج "
             "المحلي الإجمالي خلال العام المقبل."},
    {"url": "https://fr.example/budget", "language": "fr",
     "published": "2026-12-01T09:00:00+01:00",
     "title": "Le Parlement adopte le budget 2027",
     "text": "Le Parlement a adopté mardi le budget de l'État pour 2027 par 120 voix.\n\n"
             "Le président Emmanuel Macron a salué le vote.\n\n"
             "Le ministre des finances veut réduire le déficit à 3,5 % du produit intérieur "
             "brut l'an prochain."},
]
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    data: Path = records_data_dir(tmp_path_factory.mktemp("rtl"), RECORDS)
    assert main(["--data-dir", str(data), "reindex"]) == 0
    assert main(["--data-dir", str(data), "enrich"]) == 0
    with serve(data, api_token=TOKEN) as server:
        yield server


def direction(page: Any, selector: str) -> str:  # noqa: F811
    return str(page.eval_on_selector(selector, "e => getComputedStyle(e).direction"))


def test_an_arabic_article_reads_right_to_left_in_a_french_page(
        page: Any, live: LiveServer) -> None:  # noqa: F811
    page.goto(f"{live.url}/search?q=2027&lang=fr")
    arabic = page.locator("ol.hits li", has_text="البرلمان")
    title = arabic.locator("a.title span[lang=ar]")
    assert title.get_attribute("dir") == "rtl"
    assert title.evaluate("e => getComputedStyle(e).direction") == "rtl"
    french = page.locator("ol.hits li", has_text="Parlement").locator("a.title span")
    assert french.first.evaluate("e => getComputedStyle(e).direction") == "ltr"
    snippet = arabic.locator("p.snippet").first
    assert snippet.evaluate("e => getComputedStyle(e).direction") == "rtl"
    arabic.locator("a.title").click()
    page.wait_for_load_state()
    assert direction(page, "article h1") == "rtl"
    assert direction(page, "article .body") == "rtl"
    assert page.eval_on_selector("article h1", "e => e.lang") == "ar"
    # The page's labels (Source, Publié...) are French, left to right, outside lang="ar".
    assert direction(page, "article dl.facts") == "ltr"
    assert page.eval_on_selector("article dl.facts dt", "e => e.closest('[lang]').lang") == "fr"
    # Its story's title is isolated too: " · 1 source" stays after it (newuser15a W8: the
    # count jumped before the title).
    rtl(page, "section.story-of a", "البرلمان")
    assert direction(page, "section.story-of p") == "ltr"


def rtl(page: Any, selector: str, has_text: str) -> Any:  # noqa: F811
    """The element ``selector`` holding ``has_text``, checked to read right to left."""
    found = page.locator(selector, has_text=has_text).first
    assert found.get_attribute("dir") == "rtl"
    assert found.get_attribute("lang") == "ar"
    assert found.evaluate("e => getComputedStyle(e).direction") == "rtl"
    return found


def ltr(page: Any, selector: str, has_text: str) -> None:  # noqa: F811
    found = page.locator(selector, has_text=has_text).first
    assert found.evaluate("e => getComputedStyle(e).direction") == "ltr"


def test_the_latest_list_story_and_entity_pages_mark_arabic_headlines(
        page: Any, live: LiveServer) -> None:  # noqa: F811
    page.goto(f"{live.url}/?lang=fr")
    rtl(page, "#latest a.title", "البرلمان")
    ltr(page, "#latest a.title", "Parlement")
    stories = httpx.get(f"{live.url}/api/v1/stories", params={"limit": 50}).json()["stories"]
    story = next(s for s in stories if "البرلمان" in s["title"])
    assert story["language"] == "ar"
    page.goto(f"{live.url}/stories?lang=fr")
    rtl(page, "a.title", "البرلمان")
    ltr(page, "a.title", "Parlement")
    page.goto(f"{live.url}/stories/{story['id']}?lang=fr")
    rtl(page, "h1#story-title", "البرلمان")
    rtl(page, "ol.timeline a.title", "البرلمان")
    assert direction(page, "p.meta") == "ltr"  # the page's own labels
    page.goto(f"{live.url}/entities/Q3052772?lang=fr")
    rtl(page, "ol.articles a.title", "البرلمان")
    ltr(page, "ol.articles a.title", "Parlement")
    rtl(page, "ul.stories a", "البرلمان")
    assert direction(page, "h1") == "ltr"


def test_a_headline_the_latest_page_adds_live_reads_right_to_left(
        page: Any, live: LiveServer) -> None:  # noqa: F811
    page.goto(f"{live.url}/?lang=fr")
    record = {"url": "https://ar.example/flood", "language": "ar",
              "published": "2026-12-01T12:00:00+03:00",
              "title": "فيضانات في جنوب البلاد", "text": "غمرت الفيضانات عدة قرى في الجنوب."}
    answer = httpx.post(f"{live.url}/api/v1/articles", params={"source": "ar.example"},
                        content=json.dumps(record, ensure_ascii=False).encode(),
                        headers={"authorization": f"Bearer {TOKEN}",
                                 "content-type": "application/json"}, timeout=60)
    assert answer.status_code in (200, 201), answer.text
    page.locator("#latest > li.fresh", has_text="فيضانات").wait_for(timeout=20_000)
    rtl(page, "#latest > li.fresh a.title", "فيضانات")
    rtl(page, "#latest > li.fresh p.summary", "الفيضانات")


@pytest.mark.parametrize("path", ["/feeds/latest.atom", "/feeds/search.atom?q=2027"])
def test_the_atom_feeds_say_each_entry_language(live: LiveServer, path: str) -> None:
    feed = ET.fromstring(httpx.get(f"{live.url}{path}", params={"lang": "fr"}).content)
    assert feed.get(XML_LANG) == "fr"
    titles = {RECORDS[0]["title"], RECORDS[1]["title"]}  # the live test may add one
    langs = {entry.findtext(f"{ATOM}title"): entry.get(XML_LANG)
             for entry in feed.iter(f"{ATOM}entry") if entry.findtext(f"{ATOM}title") in titles}
    assert langs == {RECORDS[0]["title"]: "ar", RECORDS[1]["title"]: "fr"}
