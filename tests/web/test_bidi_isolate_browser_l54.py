"""An outlet's name written right to left never reorders the sentence around it
(t-final54 B1: "Publié en premier par 3 ,الجزيرة نت déc. 2026"): the elements that hold
names are bidi-isolated (UAX #9). Real Chromium; skipped like the other browser tests."""

from __future__ import annotations

from typing import Any

from test_web_browser import browser  # noqa: F401
from web_kit import LiveServer

ISOLATED = """() => Array.from(document.querySelectorAll('.source, strong, dd'))
  .map(e => getComputedStyle(e).unicodeBidi)"""


def test_names_are_isolated(browser: Any, live: LiveServer) -> None:  # noqa: F811
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{live.url}/search?q=&lang=fr")
    found = page.evaluate(ISOLATED)
    context.close()
    assert found and set(found) == {"isolate"}
