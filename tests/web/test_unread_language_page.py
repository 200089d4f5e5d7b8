"""The article page of an Italian article (no enrichment rules for Italian) says that its
names were not extracted, in the page's language; a French article's page does not
(t-final36 B8). A real store, enriched, served on 127.0.0.1."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx
from web_kit import serve

from veille.cli.main import main

ITALIAN = {"title": "Lecco, la funivia ferma per il vento",
           "source": "Provincia Esempio", "url": "https://www.provincia-esempio.it/lecco/funivia",
           "published": "2026-12-04T09:30:00+01:00", "language": "it",
           "text": "La funivia dei Piani d'Erna resterà ferma fino a domenica per il vento "
                   "forte, ha spiegato il gestore."}
FRENCH = {"title": "Quimper : la piscine rouvre lundi",
          "source": "Ouest-Exemple", "url": "https://www.ouest-exemple.fr/quimper/piscine",
          "published": "2026-12-04T09:30:00+01:00", "language": "fr",
          "text": "La piscine municipale de Quimper rouvre lundi après des travaux, a "
                  "annoncé la mairie."}


def test_the_page_says_the_names_were_not_extracted(tmp_path: Path) -> None:
    source = tmp_path / "r.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n"
                              for r in (ITALIAN, FRENCH)), "utf-8")
    data = tmp_path / "data"
    for args in (["ingest", str(source)], ["enrich"], ["reindex"]):
        assert main(["--data-dir", str(data), *args]) == 0
    pages: dict[tuple[str, str], str] = {}
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        for found in http.get("/api/v1/latest").json()["articles"]:
            for lang in ("fr", "en"):
                page = http.get(f"/articles/{found['id']}", params={"lang": lang}).text
                pages[found["language"], lang] = re.sub(r"\s+", " ",
                                                        re.sub(r"<[^>]+>", "", page))
    # t-final49 A7: what was done (names from veille's tables), not "not extracted"
    assert "No language model for Italian" in pages["it", "en"]
    assert "found only by veille's tables and rules" in pages["it", "en"].replace("&#39;", "'")
    assert "Pas de modèle pour cette langue (italien)" in pages["it", "fr"].replace("&#39;", "'")
    assert "not extracted" not in pages["it", "en"]
    assert "No language model" not in pages["fr", "en"]
    assert "Pas de modèle" not in pages["fr", "fr"]
    assert "enrich_unread" not in " ".join(pages.values())
