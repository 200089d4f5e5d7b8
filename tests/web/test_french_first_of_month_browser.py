"""The live "Dernières Infos" list writes the first of a month "1er" in French, as the server
does (t-final29 U8): a row the page's script adds for an article published on 1 December
read "1 déc. 2026 10:00" (and in English "Dec 1 2026, 10:00 AM", its comma misplaced).
Real store, real server on 127.0.0.1, real Chromium (skipped without it, like the other
browser tests)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from test_latest_story_date import line
from test_web_browser import browser, page  # noqa: F401
from web_kit import serve

import veille

FIRST = line("nievre-soir.example", "Clamecy : la halle du marché restaurée",
             "2026-11-27T08:00:00+01:00",
             ["La halle du marché de Clamecy a rouvert vendredi après un an de travaux de "
              "restauration, a annoncé la mairie."])
LATER = [
    line("yonne-matin.example", "Auxerre : un nouveau pont sur l'Yonne",
         "2026-12-01T10:00:00+01:00",
         ["Le département de l'Yonne a inauguré mardi un pont réservé aux piétons et aux "
          "cyclistes entre les deux rives d'Auxerre, selon la préfecture."]),
    line("sens-infos.example", "Sens : la cathédrale illuminée pour les fêtes",
         "2026-11-01", ["La cathédrale Saint-Étienne de Sens sera illuminée chaque soir "
                        "jusqu'au 6 janvier, a précisé la ville dans un communiqué."]),
]


def _ingest(data: Path, lines: list[str]) -> None:
    with veille.open(data) as v:
        v.ingest_bytes([(f"{len(lines)}-{lines[0][:8]}.jsonl",
                         "\n".join(lines).encode() + b"\n")])


@pytest.mark.parametrize(("lang", "shown"), [
    ("fr", ["1er déc. 2026 10:00", "27 nov. 2026 08:00 (UTC+1)", "1er nov. 2026"]),
    ("en", ["Dec 1, 2026 10:00 AM", "Nov 27, 2026 8:00 AM (UTC+1)", "Nov 1, 2026"])])
def test_a_live_row_says_1er(page: Any, tmp_path: Path,  # noqa: F811
                             lang: str, shown: list[str]) -> None:
    data = tmp_path / "data"
    _ingest(data, [FIRST])
    with serve(data) as server:
        page.goto(f"{server.url}/?lang={lang}")
        page.evaluate("window.__sameDocument = 'yes'")
        _ingest(data, LATER)
        page.wait_for_function("() => document.querySelectorAll('#latest > li').length === 3",
                               timeout=20_000)
        assert page.evaluate("window.__sameDocument") == "yes"  # added live, not reloaded
        times = page.eval_on_selector_all(
            "#latest > li time", "els => els.map(t => t.textContent.replace(/\\s+/g, ' '))")
    # as the server writes them (Translator.date: the date, a space, the time)
    assert [re.sub(r"\s", " ", t) for t in times] == shown, times
