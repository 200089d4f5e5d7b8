"""``/search?q=`` (the box submitted empty) lists every article, latest first, as
``/api/v1/search?q=`` does, with a hint, never a blank page (newuser15a W21). Real store,
index and HTTP server; both languages."""

from __future__ import annotations

import html
import re
from pathlib import Path

import httpx
import pytest
from test_latest_story_date import line
from web_kit import serve

import veille

ARTICLES = [
    line("un.example", "Crue de la Loue à Ornans", "2026-11-30T10:00:00+01:00",
         ["La Loue est sortie de son lit lundi matin à Ornans, selon la préfecture."]),
    line("deux.example", "Grève des contrôleurs à Marseille", "2026-11-29T12:00:00+01:00",
         ["Les contrôleurs aériens de Marseille-Provence ont cessé le travail mardi."]),
    line("trois.example", "Tramway prolongé à Dijon", "2026-12-01T08:00:00+01:00",
         ["La métropole de Dijon a voté jeudi le prolongement de la ligne de tramway."]),
]


@pytest.mark.parametrize(("lang", "title", "hint"), [
    ("fr", "Tous les articles", "Aucune requête : voici tous les articles, les plus récents"),
    ("en", "All articles", "No query: here are all the articles, latest first")])
def test_an_empty_query_lists_every_article_latest_first(tmp_path: Path, lang: str,
                                                         title: str, hint: str) -> None:
    data = tmp_path / "data"
    with veille.open(data) as v:
        v.ingest_bytes([("a.jsonl", "\n".join(ARTICLES).encode() + b"\n")])
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        api = http.get("/api/v1/search", params={"q": "", "collapse": "true"}).json()
        for params in ({"q": ""}, {"q": "  "}, {}):
            page = html.unescape(http.get("/search", params={**params, "lang": lang}).text)
            assert f"<h1>{title}</h1>" in page and hint in page
            shown = re.findall(r'<a class="title" href="/articles/([0-9a-f]+)"', page)
            assert shown == [h["id"] for h in api["hits"]]
    assert [h["title"][:5] for h in api["hits"]] == ["Tramw", "Crue ", "Grève"]


@pytest.mark.parametrize(("lang", "says"), [
    ("fr", "Rien à chercher dans « {q} »"), ("en", "Nothing to search for in “{q}”")])
def test_a_query_without_searchable_words_is_not_called_no_query(tmp_path: Path, lang: str,
                                                                 says: str) -> None:
    """t-reader21 R15: "/search?q=🚆" and "?q=AND" said "Aucune requête" (no query) when
    the reader typed one; the page says what was typed holds nothing to search for."""
    data = tmp_path / "data"
    with veille.open(data) as v:
        v.ingest_bytes([("a.jsonl", "\n".join(ARTICLES).encode() + b"\n")])
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        for q in ("🚆", "AND", "<>&"):
            raw = http.get("/search", params={"q": q, "lang": lang}).text
            page = html.unescape(raw)
            assert says.format(q=q) in page, page
            assert "Aucune requête" not in page and "No query" not in page
            assert "<>&" not in raw.split('class="hint empty-query">')[1].split("</p>")[0]
