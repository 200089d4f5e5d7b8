"""Every page's title reads "TITLE · veille" (t-final67 R6: article and entity pages put
their title first, the lists and story pages "veille · TITLE"), and ``/api/v1/latest``
gives a ``total`` of the list it pages through, as search and stories do. Real store, real
server on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from lxml import html
from web_kit import LiveServer, serve

from veille.cli.main import main

RECORDS = [
    {"url": f"https://www.example-{n}.fr/article-{n}", "source": f"example-{n}.fr",
     "language": "fr", "published": f"2026-12-0{n}T09:00:00+01:00",
     "title": title, "text": text}
    for n, (title, text) in enumerate([
        ("Grêle sur le vignoble du Beaujolais",
         "Un orage de grêle a frappé mardi soir les vignes du Beaujolais, détruisant une "
         "partie de la récolte à venir selon la chambre d'agriculture du Rhône."),
        ("La piscine municipale de Vierzon rouvre après travaux",
         "Fermée depuis un an, la piscine municipale de Vierzon a rouvert samedi ses "
         "bassins rénovés, avec un toit ouvrant et une pataugeoire pour les enfants."),
        ("Un festival de contes à Quimperlé",
         "Le festival de contes de Quimperlé accueille cette semaine une trentaine de "
         "conteurs venus de Bretagne, d'Irlande et du Québec."),
    ], start=1)]
PAGES = ["/", "/stories", "/entities", "/places", "/search?q=grêle", "/saved", "/attention"]


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    root: Path = tmp_path_factory.mktemp("titles67")
    path = root / "records.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS),
                    encoding="utf-8")
    data = root / "data"
    for args in (["ingest", str(path)], ["reindex"]):
        assert main(["--data-dir", str(data), *args]) == 0
    with serve(data) as server:
        yield server


def _title(live: LiveServer, path: str) -> str:
    answer = httpx.get(f"{live.url}{path}", params={"lang": "fr"}, timeout=30,
                       follow_redirects=True)
    return str(html.fromstring(answer.text).findtext(".//title"))


def test_every_page_title_ends_with_the_site_name(live: LiveServer) -> None:
    stories = httpx.get(f"{live.url}/api/v1/stories", timeout=30).json()["stories"]
    story, article = stories[0]["id"], stories[0]["items"][0]["id"]
    for path in [*PAGES, f"/stories/{story}", f"/articles/{article}"]:
        title = _title(live, path)
        assert title.endswith(" · veille") and not title.startswith("veille"), (path, title)
    assert _title(live, f"/articles/{article}") == f"{stories[0]['title']} · veille"
    assert _title(live, f"/stories/{story}").startswith(stories[0]["title"])


def test_latest_gives_the_total_of_its_list(live: LiveServer) -> None:
    first = httpx.get(f"{live.url}/api/v1/latest", params={"limit": 2}, timeout=30).json()
    assert (first["total"], first["total_articles"], len(first["articles"])) == (3, 3, 2)
    rest = httpx.get(f"{live.url}/api/v1/latest",
                     params={"limit": 2, "cursor": first["next_cursor"]}, timeout=30).json()
    assert rest["total"] == 3 and len(rest["articles"]) == 1
    undated = httpx.get(f"{live.url}/api/v1/latest", params={"undated": "true"},
                        timeout=30).json()
    assert undated["total"] == 0
