"""The home page's source list links a source named by its declared site name, words and
spaces ("Le Courrier des Causses", newuser9 R5), to a search that finds its articles: the
name is quoted in the ``source:`` filter, so its words are not read as separate terms."""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
from web_kit import serve

from veille.cli.main import main

PAGE = ('<html lang="fr"><head><title>La Lozère rénove ses routes communales</title>'
        '<meta property="og:site_name" content="Le Courrier des Causses">'
        '<meta property="article:published_time" content="2026-03-10T09:00:00+01:00">'
        "</head><body><article><h1>La Lozère rénove ses routes communales</h1>"
        "<p>Le conseil départemental de la Lozère a voté mardi un plan de rénovation de "
        "quarante kilomètres de routes communales abîmées par les crues d'octobre.</p>"
        "<p>Les travaux commenceront au printemps et dureront deux ans.</p>"
        "</article></body></html>")


def test_the_home_page_links_a_named_source_to_its_articles(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, "utf-8")
    data = tmp_path / "data"
    for args in (["ingest", str(page)], ["reindex"]):
        main(["--data-dir", str(data), *args])
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        home = http.get("/", params={"lang": "fr"}).text
        [link] = [html.unescape(h) for h in re.findall(r'href="(/search\?q=source[^"]*)"', home)]
        query = parse_qs(urlsplit(link).query)["q"][0]
        assert query == 'source:"Le Courrier des Causses"'
        found = http.get("/api/v1/search", params={"q": query}).json()
        assert [h["title"] for h in found["hits"]] == ["La Lozère rénove ses routes communales"]
