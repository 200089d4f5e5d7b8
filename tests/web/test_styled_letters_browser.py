"""t-reader20 R13 in real Chromium, French and English: a search typed in mathematical
letters (a styled post's ``𝐌𝐚𝐜𝐫𝐨𝐧``, ``𝕏``) found nothing, while fullwidth letters were
folded; an article written in them was not found by its plain words. Both are found now
(index format 19). Skipped like the other browser tests without Chromium."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
from test_web_browser import browser, page  # noqa: F401
from web_kit import LiveServer, serve

import veille

RECORDS = [
    {"url": "https://styled.example/1", "source": "styled.example", "language": "fr",
     "title": "𝐌𝐚𝐜𝐫𝐨𝐧 𝐬𝐞 𝐫𝐞𝐧𝐝 𝐚̀ 𝐁𝐫𝐮𝐱𝐞𝐥𝐥𝐞𝐬", "published": "2026-12-01T10:00:00+01:00",
     "text": "Le message publié sur 𝕏 annonce le sommet des ministres de l'agriculture."},
    {"url": "https://plain.example/2", "source": "plain.example", "language": "fr",
     "title": "Macron reçoit les pêcheurs à l'Élysée", "published": "2026-12-01T11:00:00+01:00",
     "text": "Le président a reçu les pêcheurs bretons ; la rencontre a été annoncée sur X."},
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    data = tmp_path_factory.mktemp("styled") / "data"
    with veille.open(data) as v:
        v.ingest_bytes([("r.jsonl", "\n".join(json.dumps(r) for r in RECORDS).encode())])
        v.sync()
    with serve(data) as live:
        yield live


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(("query", "sources"), [
    ("𝐌𝐚𝐜𝐫𝐨𝐧", {"styled.example", "plain.example"}),
    ("Macron", {"styled.example", "plain.example"}),
    ("𝕏 sommet", {"styled.example"}), ("Bruxelles", {"styled.example"})])
def test_styled_letters_are_searched_as_their_letters(page: Any,  # noqa: F811
                                                      server: LiveServer, lang: str,
                                                      query: str, sources: set[str]) -> None:
    page.goto(f"{server.url}/search?lang={lang}&all=1&q={quote(query)}")
    text = page.locator("main").inner_text()
    assert {s for s in ("styled.example", "plain.example") if s in text} == sources, text
