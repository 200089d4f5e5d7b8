"""Regression (t-final21 F9, issue 14): the pages showed "Le Télégramme" where the API's
search hits and rows and ``veille export`` gave only ``"source": "letelegramme.fr"``: a
program reading them met another outlet label than the reader saw. Now every hit and row
of the API and every exported row carries ``outlet``, the name the pages show, beside
``source``, the store's key (what ``source:`` filters and facets use); the full export is
the stored record as it is (it round-trips), whose ``content.site_name`` is the declared
name. Real store,
real index, real server, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from web_kit import serve

import veille
from copies_kit import Copies
from veille.cli.main import main

TEXTS = Copies("ports.json")


def test_the_api_and_the_export_rows_give_the_outlet_the_pages_show(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    with veille.open(data) as v:
        v.ingest_bytes([("in.jsonl", TEXTS.record("credited", "2026-11-19T16:28:00+01:00")
                         + TEXTS.record("dispatch", "2026-11-19T16:30:00+01:00"))])
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        hits = http.get("/api/v1/search", params={"q": "ports", "collapse": "false"}
                        ).json()["hits"]
        paper = next(h for h in hits if h["source"] == "letelegramme.fr")
        assert paper["outlet"] == "Le Télégramme"
        assert "Le Télégramme" in http.get(f"/articles/{paper['id']}").text
        rows = http.get("/api/v1/latest", params={"collapse": "false"}).json()["articles"]
        assert {r["source"]: r["outlet"] for r in rows}["letelegramme.fr"] == "Le Télégramme"
    capsys.readouterr()
    assert main(["--data-dir", str(data), "export", "--query", "ports"]) == 0
    exported = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["source"]: r["outlet"] for r in exported}["letelegramme.fr"] == "Le Télégramme"
