"""A new article reaching an open "Dernières Infos" page goes where a reload would put it
(newuser15a W16): on the collapsed page, a new reprint of a story already listed updates
that story's row (+N, its last article) instead of being a row of its own on top, and a new
story's row goes in at its date order; on the expanded page (?all=1), each new article at
its date order. Real store, real server on 127.0.0.1, real Chromium (skipped without it,
like the other browser tests)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from test_latest_story_date import DISPATCH, line
from test_web_browser import browser, page  # noqa: F401
from web_kit import serve

import veille

FIRST = [
    line("regional.example", "Besançon inaugure sa piscine olympique",
         "2026-11-28T17:00:00+01:00",
         DISPATCH + ["Le maire a salué un équipement qui fera rayonner la ville."]),
    line("autre.example", "Une crue de la Loue inquiète les riverains",
         "2026-11-30T10:00:00+01:00",
         ["La Loue est sortie de son lit lundi matin à Ornans, où plusieurs rues ont été "
          "fermées à la circulation par précaution, selon la préfecture du Doubs."]),
    line("social.example", "Grève des contrôleurs aériens à Marseille",
         "2026-11-29T12:00:00+01:00",
         ["Les contrôleurs aériens de l'aéroport de Marseille-Provence ont cessé le travail "
          "mardi, entraînant l'annulation d'une centaine de vols, selon la direction."]),
]
LATER = [
    line("reprise.example", "Piscine olympique de Besançon : la ministre inaugure",
         "2026-11-28T19:00:00+01:00", DISPATCH),
    line("transport.example", "Le tramway de Dijon prolongé jusqu'à Quetigny",
         "2026-11-29T18:00:00+01:00",
         ["La métropole de Dijon a voté jeudi le prolongement de la ligne de tramway "
          "jusqu'à Quetigny, pour une mise en service prévue à l'automne 2029."]),
]


def ingest(data: Path, lines: list[str]) -> None:
    with veille.open(data) as v:
        v.ingest_bytes([(f"{len(lines)}-{lines[0][:8]}.jsonl",
                         "\n".join(lines).encode() + b"\n")])


def rows(page: Any) -> list[dict[str, str]]:  # noqa: F811
    return list(page.eval_on_selector_all("#latest > li", """els => els.map(li => ({
        id: li.dataset.id, story: li.dataset.story, others: li.dataset.others,
        title: li.querySelector('a.title').textContent,
        text: li.textContent.replace(/\\s+/g, ' ')}))"""))


@pytest.mark.parametrize(("lang", "more", "latest"), [
    ("fr", "+1 autre article de cette histoire", "dernier article de l'histoire"),
    ("en", "+1 other article in this story", "latest in this story")])
def test_a_new_reprint_updates_its_story_row(page: Any, tmp_path: Path,  # noqa: F811
                                             lang: str, more: str, latest: str) -> None:
    data = tmp_path / "data"
    ingest(data, FIRST)
    with serve(data) as server:
        page.goto(f"{server.url}/?lang={lang}")
        page.evaluate("window.__sameDocument = 'yes'")
        before = rows(page)
        assert [r["title"][:8] for r in before] == ["Une crue", "Grève de", "Besançon"]
        ingest(data, LATER)
        page.wait_for_function("() => document.querySelectorAll('#latest > li').length === 4",
                               timeout=20_000)
        page.locator("#latest > li", has_text=more).wait_for(timeout=20_000)
        after = rows(page)
        with httpx.Client(base_url=server.url, timeout=30) as http:
            reloaded = http.get("/api/v1/latest", params={"collapse": "true"}).json()
    # the page as a reload shows it: one row per story, in the server's date order
    assert [r["id"] for r in after] == [a["id"] for a in reloaded["articles"]]
    assert [r["title"][:8] for r in after] == ["Une crue", "Le tramw", "Grève de", "Besançon"]
    besancon = after[3]
    assert besancon["id"] == before[2]["id"] and besancon["others"] == "1"
    assert more in besancon["text"] and latest in besancon["text"]
    assert "Piscine olympique de Besançon : la ministre" not in " ".join(
        r["title"] for r in after)
    assert page.evaluate("window.__sameDocument") == "yes"  # no reload happened


def test_the_expanded_page_puts_a_new_article_at_its_date(page: Any,  # noqa: F811
                                                          tmp_path: Path) -> None:
    data = tmp_path / "data"
    ingest(data, FIRST)
    with serve(data) as server:
        page.goto(f"{server.url}/?all=1")
        ingest(data, LATER)
        page.wait_for_function("() => document.querySelectorAll('#latest > li').length === 5",
                               timeout=20_000)
        after = [r["title"][:8] for r in rows(page)]
        with httpx.Client(base_url=server.url, timeout=30) as http:
            reloaded = http.get("/api/v1/latest").json()
    assert after == [a["title"][:8] for a in reloaded["articles"]]
    assert after == ["Une crue", "Le tramw", "Grève de", "Piscine ", "Besançon"]


def test_rows_say_their_story_and_sort_time(tmp_path: Path) -> None:
    """What live.js reads from the server's rows: the story and the time sorted by."""
    data = tmp_path / "data"
    ingest(data, FIRST)
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        page = http.get("/").text
        first = http.get("/api/v1/latest", params={"collapse": "true"}).json()["articles"][0]
    assert f'data-story="{first["story_id"]}"' in page
    assert json.loads(json.dumps(first))["published"].startswith("2026-11-30T")
    # milliseconds since 1970, never an ISO time a day-only date would print as midnight
    when = datetime.fromisoformat(first["story_latest"] or first["published"])
    assert f'data-sort="{round(when.timestamp() * 1000)}"' in page
