"""An undated article is no news of the day it was first seen (newuser11 U3): an entity's
page, its JSON twin and ``veille entities --id`` list it after the dated articles, marked
"date inconnue" / "date unknown"; ``veille stories`` says an undated story's time is when
it was first seen. Real store, index, server, spaCy."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from web_kit import serve

import veille
from veille.cli.main import main

DATED = ("Le préfet de Normandie, Jean-Benoît Albertini, a inauguré mardi la nouvelle caserne "
         "des pompiers de Petit-Quevilly, près de Rouen, en présence des élus du département.")
UNDATED = ("Jean-Benoît Albertini, préfet de Normandie, a présidé une réunion sur la sécurité "
           "des sites industriels classés Seveso de l'agglomération de Rouen.")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    records = [
        {"title": "Une caserne inaugurée", "url": "https://journal.example/caserne",
         "text": DATED, "source": "journal.example", "language": "fr",
         "published": "2026-11-20T10:00:00+01:00"},
        {"title": "Réunion sur les sites Seveso", "url": "https://journal.example/seveso",
         "text": UNDATED, "source": "journal.example", "language": "fr"}]
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    with veille.open(data) as v:
        v.ingest_bytes([("records.jsonl", lines.encode())])
        v.enrich()
    return data


def test_an_undated_article_is_listed_after_the_dated_and_marked(
        data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with veille.open(data) as v:
        person = next(e for e in v.store.entities(limit=50) if "Albertini" in e.name)
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        detail = client.get(f"/api/v1/entities/{person.id}").json()
        listed = [(a["title"], a["precision"]) for a in detail["articles_list"]]
        assert listed == [("Une caserne inaugurée", "time"),
                          ("Réunion sur les sites Seveso", "seen")]
        fr = client.get(f"/entities/{person.id}", headers={"Accept-Language": "fr"}).text
        assert fr.index("Une caserne") < fr.index("Réunion sur les sites")
        assert 'class="undated"' in fr and "date inconnue" in fr
    assert main(["--data-dir", str(data), "entities", "--id", person.id]) == 0
    assert "date unknown, first seen" in capsys.readouterr().out
    assert main(["--data-dir", str(data), "stories"]) == 0
    assert "date unknown, first seen" in capsys.readouterr().out
