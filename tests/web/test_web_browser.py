"""The web UI in real headless Chromium (Debian's ``chromium``, driven by Playwright).

Skipped cleanly when ``/usr/bin/chromium`` or Playwright is missing (``make test`` installs
chromium). Screenshots of each page, in French and English, go to ``docs/screenshots/``.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from web_kit import ROOT, SEED_ID, XSS_TITLE, LiveServer, serve

from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

CHROMIUM = os.environ.get("VEILLE_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = ROOT / "docs" / "screenshots"

if not Path(CHROMIUM).is_file():
    pytest.skip(f"{CHROMIUM} is absent (apt-get install chromium, or `make test`)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS,
                                              headless=True)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
    opened = context.new_page()
    opened.set_default_timeout(15_000)
    problems: list[str] = []
    opened.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    opened.on("pageerror", lambda e: problems.append(str(e)))
    opened.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    opened.problems = problems
    yield opened
    context.close()
    # No CSP violation, no script error and no dialog on any page a test opened.
    assert problems == []


def _needs_search(live: LiveServer) -> None:
    if not httpx.get(f"{live.url}/api/v1/stats").json()["search_available"]:
        pytest.skip("search is not available (no index: `veille reindex` failed or is missing)")


def test_search_then_read_an_article(page: Any, live: LiveServer) -> None:
    _needs_search(live)
    page.goto(f"{live.url}/")
    box = page.get_by_label("Rechercher")
    box.click()
    box.type("coalition antijihadiste")
    box.press("Enter")
    page.wait_for_url("**/search?q=coalition+antijihadiste*")
    first = page.locator("ol.hits li a.title").first
    assert "coalition" in first.inner_text()
    assert page.locator("ol.hits mark").count() >= 1
    first.click()
    page.wait_for_url(f"**/articles/{SEED_ID}")
    assert page.locator("h1").inner_text().startswith("Washington va réunir la coalition")
    paragraphs = page.locator("article .body p")
    assert paragraphs.count() >= 4
    assert "Mike Pompeo" in paragraphs.all_inner_texts()[2]


def test_latest_news_refresh_without_reload(page: Any, live: LiveServer,
                                            web_data: Path) -> None:
    page.goto(f"{live.url}/")
    page.evaluate("window.__sameDocument = 'yes'")
    title = f"Dépêche de dernière minute {time.time_ns()}"
    body = " ".join(["Une phrase d'article qui tient lieu de paragraphe pour le test."] * 4)
    store = SQLiteStore.open(web_data / "veille.sqlite3")
    try:
        # A dated dispatch ("il y a 5 minutes", read against the fetch time): undated
        # articles are listed apart, never as the latest news.
        text = f"{title}\n\nPublié il y a 5 minutes\n\n{body}\n\n{body}\n"
        summary = ingest_texts(store, [("live.txt", text.encode())])
    finally:
        store.close()
    assert summary.new == 1
    item = page.locator("#latest li").first
    item.get_by_text(title).wait_for(timeout=20_000)
    assert page.evaluate("window.__sameDocument") == "yes"  # no reload happened
    assert page.locator("#live-status").inner_text() != ""


def test_undated_and_day_only_articles_refresh_live(page: Any, tmp_path: Path) -> None:
    """The "date unknown" section is live like the list above it, and an article dated to
    the day only gets no time of day ("00:00" would be false). On a store of its own: in
    the session's shared store, the articles other tests post with today's time sort above
    a day-only article of today (its midnight), past the first page, on some days."""
    data = tmp_path / "data"
    old = {"url": "https://archive.example/1", "title": "Inauguration du pont de l'Europe",
           "language": "fr", "published": "2012-05-04",
           "text": " ".join(["Le pont a été inauguré vendredi par le maire et le préfet."] * 4)}
    store = SQLiteStore.open(data / "veille.sqlite3")
    try:
        ingest_texts(store, [("old.jsonl", json.dumps(old).encode())])
    finally:
        store.close()
    with serve(data) as live:
        page.goto(f"{live.url}/")
        page.evaluate("window.__sameDocument = 'yes'")
        stamp = time.time_ns()
        undated, day_only = f"Communiqué sans date numéro {stamp}", f"Avis municipal {stamp + 1}"
        body = " ".join([f"Le texte {stamp} d'un communiqué qui ne dit pas quand il parut."] * 4)
        record = {"url": f"https://jour.example/{stamp}", "title": day_only, "language": "fr",
                  "published": datetime.now(UTC).date().isoformat(),
                  "text": " ".join(["Un avis municipal daté du jour seulement, sans heure."] * 4)}
        store = SQLiteStore.open(data / "veille.sqlite3")
        try:
            summary = ingest_texts(store, [
                ("undated.txt", f"{undated}\n\n{body}\n\n{body}\n".encode()),
                ("day.jsonl", json.dumps(record).encode())])
        finally:
            store.close()
        assert summary.new == 2
        page.locator("#latest-undated li").get_by_text(undated).wait_for(timeout=20_000)
        assert page.locator("#undated-title").is_visible()
        item = page.locator("#latest li", has_text=day_only)
        item.wait_for(timeout=20_000)
        shown = item.locator("time").inner_text()
        assert shown and ":" not in shown, shown
        assert item.locator("time").get_attribute("datetime") == record["published"]
        assert page.evaluate("window.__sameDocument") == "yes"  # no reload happened


def test_xss_article_renders_as_text(page: Any, live: LiveServer) -> None:
    # Found through search: on the home page the undated XSS article can be pushed off its
    # "Date inconnue" list by the undated articles other tests of the session post.
    page.goto(f"{live.url}/search?q=script+ex%C3%A9cuter")
    page.get_by_role("link", name=XSS_TITLE).first.click()
    assert page.locator("h1").inner_text() == XSS_TITLE
    assert "<img src=x onerror=alert(2)>" in page.locator("article .body").inner_text()
    assert page.locator("article img, article b").count() == 0
    # the `page` fixture fails the test if any dialog opened


def test_keyboard_and_labels(page: Any, live: LiveServer) -> None:
    page.goto(f"{live.url}/?lang=en")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Tab")  # brand link
    for _tool in range(6):  # stories, entities, saved searches, attention, sources, log in
        page.keyboard.press("Tab")
    page.keyboard.press("Tab")  # language switch
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "q"
    assert page.get_by_label("Search").count() == 1
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"


def test_readable_on_a_phone(browser: Any, live: LiveServer) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="fr-FR")
    phone = context.new_page()
    for path in ("/", f"/articles/{SEED_ID}", "/search?q=syrie"):
        phone.goto(f"{live.url}{path}")
        overflow = phone.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, path
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    phone.goto(f"{live.url}/?lang=fr")
    phone.screenshot(path=str(SCREENSHOTS / "home-phone-fr.png"))
    context.close()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_screenshots(page: Any, live: LiveServer, lang: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shots = {"home": "/", "article": f"/articles/{SEED_ID}"}
    if httpx.get(f"{live.url}/api/v1/stats").json()["search_available"]:
        shots["search"] = "/search?q=syrie"
    for name, path in shots.items():
        page.goto(f"{live.url}{path}{'&' if '?' in path else '?'}lang={lang}")
        assert page.locator("html").get_attribute("lang") == lang
        page.screenshot(path=str(SCREENSHOTS / f"{name}-{lang}.png"), full_page=False)
