"""A correction reaches an open "Dernières Infos" page (newuser10 S18), in real Chromium: a
new version of a listed dispatch, posted through the write API, redraws that row in place
(same position, new headline, no reload), its headline as text even when it looks like
markup. Skipped like the other browser tests without Chromium/Playwright."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from test_latest_changes import dispatch, ingested, post
from test_web_browser import browser, page  # noqa: F401
from web_kit import TOKEN, LiveServer, serve

from veille.store.sqlite import SQLiteStore

HOSTILE = "<img src=x onerror=alert(1)>"


def version_page() -> bytes:
    """The dispatch's page (same URL) with the reopening moved to Tuesday, and a headline
    carrying :data:`HOSTILE` as text."""
    escaped = HOSTILE.replace("<", "&lt;").replace(">", "&gt;")
    record = dispatch("mardi")
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Foix : le pont rouvrira mardi {escaped}</title>
<link rel="canonical" href="{record['url']}">
<meta property="article:published_time" content="{record['published']}"></head>
<body><article><h1>Foix : le pont rouvrira mardi {escaped}</h1>
<p>{record['text']}</p>
<p>La circulation alternée restera en place sur le pont vieux jusqu'à la fin du mois.</p>
</article></body></html>
""".encode()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    with serve(ingested(tmp_path), api_token=TOKEN) as live:
        yield live


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_new_version_replaces_its_row_in_place(page: Any, server: LiveServer,  # noqa: F811
                                                 lang: str) -> None:
    page.goto(f"{server.url}/?lang={lang}")
    page.evaluate("window.__sameDocument = 'yes'")
    rows = page.locator("#latest > li")
    before = [li.get_attribute("data-id") for li in rows.all()]
    old = page.locator("#latest > li", has_text="Foix : le pont rouvrira lundi")
    foix = old.get_attribute("data-id")
    # the new version is a page whose headline is markup as TEXT (entity-escaped, as a
    # hostile headline reaches a real page): it must stay text in the redrawn row
    with httpx.Client(base_url=server.url, timeout=60) as http:
        answer = http.post("/api/v1/articles", params={"source": "foix.example"},
                           content=version_page(), headers={
                               "authorization": f"Bearer {TOKEN}",
                               "content-type": "text/html; charset=utf-8"})
        assert answer.status_code in (200, 201), answer.text
        title = http.get(f"/api/v1/articles/{foix}").json()["title"]
    assert title == f"Foix : le pont rouvrira mardi {HOSTILE}"
    row = page.locator("#latest > li.changed")
    row.wait_for(timeout=20_000)
    assert row.get_attribute("data-id") == foix
    assert row.locator("a.title").inner_text() == title
    assert row.locator("img").count() == 0
    assert [li.get_attribute("data-id") for li in rows.all()] == before  # same place
    assert page.locator("#latest", has_text="rouvrira lundi").count() == 0
    status = page.locator("#live-status").inner_text()
    assert status == ("1 article mis à jour" if lang == "fr" else "1 article updated")
    assert page.evaluate("window.__sameDocument") == "yes"  # no reload happened


def test_a_position_compacted_away_reloads_the_page(page: Any, server: LiveServer,  # noqa: F811
                                                    tmp_path: Path) -> None:
    """When the change log was compacted past the page's position, the server cannot say
    what changed: the page reloads (once) and shows the article as it is now."""
    page.goto(f"{server.url}/")
    # the page's polls answer nothing meanwhile (as if the network were down), so that its
    # position stays the one compaction removes
    pattern = "**/api/v1/latest?*"
    page.route(pattern, lambda route: route.fulfill(status=200, body="null",
                                                    content_type="application/json"))
    with httpx.Client(base_url=server.url, timeout=60) as http:
        post(http, dispatch("mardi"))
        post(http, dispatch("mercredi"))
    store = SQLiteStore.open(tmp_path / "data" / "veille.sqlite3")
    try:
        store.compact_log(keep_age=timedelta(0), follower_age=timedelta(0))
    finally:
        store.close()
    page.evaluate("window.__sameDocument = 'yes'")
    with page.expect_navigation(timeout=20_000):
        page.unroute(pattern)
    assert page.evaluate("window.__sameDocument") is None  # reloaded
    assert page.locator("#latest", has_text="Foix : le pont rouvrira mercredi").count() == 1
    page.evaluate("window.__sameDocument = 'yes'")
    with page.expect_response(lambda r: "/api/v1/latest?" in r.url, timeout=20_000) as polled:
        pass
    assert polled.value.json()["reload"] is False  # its new position: no reload loop
    page.wait_for_timeout(300)
    assert page.evaluate("window.__sameDocument") == "yes"
