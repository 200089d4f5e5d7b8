"""Regression (t-reader22 R6): the latest list showed an update's headline ("le bilan
s'alourdit à quatre morts") at the first version's time (06:40, when the dispatch said three
dead), and the versions list dated version 1 by the time veille saw it only. A list entry
whose content is a later version now says "mis à jour le …" with the update's time, and
version 1 gives the page's own publication time. Real store, index and server."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
from web_kit import serve

from veille.cli.main import main

URL = "https://www.afp.example/roubaix-incendie"


def _record(title: str, toll: str, updated: str | None) -> bytes:
    record = {"url": URL, "source": "afp.example", "language": "fr", "title": title,
              "published": "2026-11-15T06:40:00+01:00",
              "text": f"ROUBAIX (AFP) - Un incendie a fait {toll} morts dans la nuit dans un "
                      "immeuble de la rue de Lannoy à Roubaix, selon les pompiers du Nord.\n\n"
                      "Le feu s'est déclaré vers deux heures du matin au rez-de-chaussée."}
    if updated:
        record["updated"] = updated
    return (json.dumps(record, ensure_ascii=False) + "\n").encode()


def test_an_updated_headline_is_said_updated_in_the_list(tmp_path: Path) -> None:
    data = tmp_path / "data"
    one, two = tmp_path / "v1.jsonl", tmp_path / "v2.jsonl"
    one.write_bytes(_record("Incendie à Roubaix : trois morts", "trois", None))
    two.write_bytes(_record("Incendie à Roubaix : le bilan s'alourdit à quatre morts",
                            "quatre", "2026-11-15T10:05:00+01:00"))
    assert main(["--data-dir", str(data), "ingest", str(one)]) == 0
    assert main(["--data-dir", str(data), "ingest", str(two)]) == 0
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        home = client.get("/", params={"lang": "fr"}).text
        item = home.split("alourdit à quatre morts", 1)[1].split("</li>", 1)[0]
        assert "15 nov. 2026 06:40" in item
        assert "mis à jour le" in item and "10:05" in item
        en = client.get("/", params={"lang": "en"}).text
        assert "updated" in en.split("alourdit à quatre morts", 1)[1].split("</li>", 1)[0]
        [article] = client.get("/api/v1/latest").json()["articles"]
        page = client.get(f"/articles/{article['id']}", params={"lang": "fr"}).text
        first = page.split('class="related versions"', 1)[1].split("</summary>", 1)[0]
        assert "publiée selon la page le" in first and "06:40" in first
