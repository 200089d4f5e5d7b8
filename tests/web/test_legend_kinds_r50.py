"""The article page's legend explains the marks the page shows, no others (t-final49b B6):
a Portuguese article, whose dates are not read (``dates_unread``), printed "date citée
(pointillés ; survol : sa valeur)" under a legend although no date was marked. A real store
(records ingested and enriched by the CLI), served on 127.0.0.1."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx
from web_kit import serve

from veille.cli.main import main

PORTUGUESE = {"title": "Braga: a câmara fecha o mercado municipal para obras",
              "source": "Minho Exemplo", "url": "https://www.minho-exemplo.pt/braga/mercado",
              "published": "2026-12-03T10:00:00+00:00", "language": "pt",
              "text": "A Câmara Municipal de Braga vai fechar o mercado municipal na "
                      "próxima segunda-feira para obras de renovação que vão durar três "
                      "meses. \"Os comerciantes terão um espaço provisório\", disse o "
                      "vereador Ricardo Silva aos jornalistas em Braga."}
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
                              for r in (PORTUGUESE, FRENCH)), "utf-8")
    data = tmp_path / "data"
    for args in (["ingest", str(source)], ["enrich"]):
        assert main(["--data-dir", str(data), *args]) == 0
    pages: dict[str, str] = {}
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        for found in http.get("/api/v1/latest").json()["articles"]:
            pages[found["language"]] = http.get(f"/articles/{found['id']}",
                                                params={"lang": "fr"}).text
    portuguese, french = _legend(pages["pt"]), _legend(pages["fr"])
    assert portuguese and french  # both pages mark something (a place, a quote)
    assert '<time class="mention date"' not in pages["pt"]
    assert "date citée" not in portuguese
    assert 'class="mention place' in pages["pt"] and "lieu" in portuguese.lower()
    assert '<time class="mention date"' in pages["fr"]
    assert "date citée" in french
    # a kind of mark the page does not show is not explained either
    for kind, line in (('<span class="quote"', 'class="quote"'),
                       ('class="mention entity', 'class="mention entity"')):
        if kind not in pages["fr"].split("</details>", 1)[1]:
            assert line not in french
