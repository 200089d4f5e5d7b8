"""An untitled article shows the first words of its text in italics, marked as no headline
(t-final29 U4), in real Chromium: on the rows the server drew and on a row the live home
page adds when the article arrives (static/live.js builds it from the API's
``untitled_text``, as web/headline.py does). Skipped like the other browser tests without
Chromium/Playwright."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from test_web_browser import browser, page  # noqa: F401
from web_kit import TOKEN, LiveServer, serve

from veille.cli.main import main

FIRST = {"url": "https://www.lejsl.com/a/1", "source": "Le JSL", "language": "fr",
         "published": "2026-12-02T08:10:00+01:00",
         "text": "Un plaisancier de 67 ans a été secouru mardi soir à l'écluse de Chagny "
                 "après être tombé dans le canal du Centre, ont indiqué les pompiers."}
LATER = {"url": "https://www.lejsl.com/a/2", "source": "Le JSL", "language": "fr",
         "published": "2026-12-03T11:40:00+01:00",
         "text": "La fromagerie coopérative de Cuiseaux va embaucher douze salariés d'ici le "
                 "printemps, a annoncé son directeur lors de l'assemblée générale."}
HINTS = {"fr": "Pas de titre : les premiers mots du texte",
         "en": "No headline: the first words of the text"}


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    path = tmp_path / "first.jsonl"
    path.write_text(json.dumps(FIRST, ensure_ascii=False) + "\n", "utf-8")
    assert main(["--data-dir", str(tmp_path / "data"), "ingest", str(path)]) == 0
    with serve(tmp_path / "data", api_token=TOKEN) as live:
        yield live


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_untitled_rows_show_their_first_words_in_italics(page: Any,  # noqa: F811
                                                         server: LiveServer,
                                                         lang: str) -> None:
    page.goto(f"{server.url}/?lang={lang}")
    drawn = page.locator("#latest a.title em.untitled")
    assert drawn.inner_text().startswith("Un plaisancier de 67 ans a été secouru")
    assert drawn.inner_text().endswith("…")
    assert drawn.get_attribute("title") == HINTS[lang]
    assert drawn.evaluate("e => getComputedStyle(e).fontStyle") == "italic"
    with httpx.Client(base_url=server.url, timeout=60) as http:
        answer = http.post("/api/v1/articles", params={"source": "lejsl.com"},
                           content=json.dumps(LATER, ensure_ascii=False).encode(),
                           headers={"authorization": f"Bearer {TOKEN}",
                                    "content-type": "application/json"})
        assert answer.status_code in (200, 201), answer.text
    fresh = page.locator("#latest > li.fresh a.title em.untitled")
    fresh.wait_for(timeout=30_000)
    assert fresh.inner_text().startswith("La fromagerie coopérative de Cuiseaux")
    assert fresh.get_attribute("title") == HINTS[lang]
    assert fresh.evaluate("e => getComputedStyle(e).fontStyle") == "italic"
