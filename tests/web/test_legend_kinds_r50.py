"""The article page's legend explains the marks the page shows, no others (t-final49b B6):
an article whose dates are not read (``dates_unread``: Portuguese then, Dutch since
r-lang54 reads Portuguese), printed "date citée
(pointillés ; survol : sa valeur)" under a legend although no date was marked. A real store
(records ingested and enriched by the CLI), served on 127.0.0.1."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx
from web_kit import serve

from veille.cli.main import main

DUTCH = {"title": "Rotterdam: de gemeente sluit de markthal voor werkzaamheden",
         "source": "Maas Voorbeeld", "url": "https://www.maas-voorbeeld.nl/rotterdam/markthal",
         "published": "2026-12-03T10:00:00+01:00", "language": "nl",
         "text": "De gemeente Rotterdam sluit de markthal op maandag voor een renovatie die "
                 "drie maanden duurt. \"De handelaren krijgen een tijdelijke plek\", zei "
                 "wethouder Ricardo de Vries tegen journalisten in Rotterdam."}
FRENCH = {"title": "Lorient : le marché couvert ferme pour travaux",
          "source": "Ouest-Exemple", "url": "https://www.ouest-exemple.fr/lorient/marche",
          "published": "2026-12-03T10:00:00+01:00", "language": "fr",
          "text": "Le marché couvert de Lorient fermera lundi 7 décembre pour des travaux "
                  "de rénovation, a annoncé la mairie de Lorient."}


def _legend(page: str) -> str:
    found = re.search(r'<details class="legend">.*?</details>', page, re.DOTALL)
    return found.group(0) if found else ""


def test_the_legend_names_a_date_only_when_the_page_marks_one(tmp_path: Path) -> None:
    source = tmp_path / "r.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n"
                              for r in (DUTCH, FRENCH)), "utf-8")
    data = tmp_path / "data"
    for args in (["ingest", str(source)], ["enrich"]):
        assert main(["--data-dir", str(data), *args]) == 0
    pages: dict[str, str] = {}
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        for found in http.get("/api/v1/latest").json()["articles"]:
            pages[found["language"]] = http.get(f"/articles/{found['id']}",
                                                params={"lang": "fr"}).text
    dutch, french = _legend(pages["nl"]), _legend(pages["fr"])
    assert dutch and french  # both pages mark something (a place, a quote)
    assert '<time class="mention date"' not in pages["nl"]
    assert "date citée" not in dutch
    assert 'class="mention place' in pages["nl"] and "lieu" in dutch.lower()
    assert '<time class="mention date"' in pages["fr"]
    assert "date citée" in french
    # a kind of mark the page does not show is not explained either
    for kind, line in (('<span class="quote"', 'class="quote"'),
                       ('class="mention entity', 'class="mention entity"')):
        if kind not in pages["fr"].split("</details>", 1)[1]:
            assert line not in french
