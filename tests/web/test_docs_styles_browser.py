"""veille's stylesheet leaves Swagger UI alone on /docs (t-reader19 R12: its ``button`` rule
made the schema names dark grey on navy, and axe counted 108 contrast violations inside
``#swagger-ui``). Swagger UI's own markup is checked as it is drawn with and without
veille's sheet: the sheet adds no contrast violation there and changes no style of its
buttons, headings or links. Real Chromium; skipped like the other browser tests."""

from __future__ import annotations

from typing import Any

import pytest
from test_web_browser import browser  # noqa: F401
from test_web_reader import AXE
from web_kit import LiveServer

STYLES = """() => Array.from(document.querySelectorAll(
  '#swagger-ui button, #swagger-ui a, #swagger-ui h2, #swagger-ui h3, #swagger-ui h4'))
  .slice(0, 400).map(e => { const s = getComputedStyle(e);
    return [e.tagName, s.color, s.backgroundColor, s.fontSize, s.padding, s.borderTopWidth]
      .join(' '); })"""
CONTRAST = ("axe.run({include: [['#swagger-ui']]}, {runOnly: ['color-contrast'], "
            "resultTypes: ['violations']}).then(r => r.violations.reduce("
            "(n, v) => n + v.nodes.length, 0))")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_veilles_sheet_leaves_swagger_ui_alone(browser: Any, live: LiveServer,  # noqa: F811
                                               scheme: str) -> None:
    context = browser.new_context(bypass_csp=True, color_scheme=scheme,
                                  viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{live.url}/docs?lang=fr")
    page.locator(".opblock").first.wait_for(timeout=20_000)
    page.locator("section.models button").first.wait_for(timeout=20_000)
    page.add_script_tag(path=str(AXE))
    styled = page.evaluate(STYLES)
    violations = page.evaluate(CONTRAST)
    page.evaluate("document.querySelector('link[href=\"/static/style.css\"]').disabled = true")
    bare = page.evaluate(STYLES)
    alone = page.evaluate(CONTRAST)
    context.close()
    assert len(styled) > 20
    assert [s for s, b in zip(styled, bare, strict=True) if s != b] == []
    assert violations <= alone


def test_the_sheet_is_still_veilles_outside_swagger_ui(browser: Any,  # noqa: F811
                                                       live: LiveServer) -> None:
    context = browser.new_context(color_scheme="light")
    page = context.new_page()
    page.goto(f"{live.url}/search?q=&lang=fr")
    button = page.evaluate("getComputedStyle(document.querySelector('form.search button'))"
                           ".backgroundColor")
    context.close()
    assert button == "rgb(11, 79, 138)"




@pytest.mark.parametrize(("lang", "intro"), [("fr", "L'API JSON de veille"),
                                             ("en", "veille's JSON API")])
def test_the_api_docs_intro_is_in_the_pages_language(browser: Any,  # noqa: F811
                                                     live: LiveServer, lang: str,
                                                     intro: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{live.url}/docs?lang={lang}")
    page.locator(".opblock").first.wait_for(timeout=20_000)
    text = page.locator("#swagger-ui .info").inner_text()
    context.close()
    assert intro in text


def test_the_schema_without_lang_is_the_english_one(live: LiveServer) -> None:
    """Programs read /openapi.json: its Accept-Language changes nothing."""
    import httpx

    plain = httpx.get(f"{live.url}/openapi.json", headers={"accept-language": "fr"}).json()
    assert plain["info"]["description"].startswith("veille's JSON API")
    french = httpx.get(f"{live.url}/openapi.json", params={"lang": "fr"}).json()
    assert french["info"]["description"].startswith("L'API JSON de veille")
    assert {**french, "info": plain["info"]} == plain
