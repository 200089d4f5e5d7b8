"""The part of a month ("fin février", "Ende Februar") in the export, the CLI's ``show``
(French and English, a German article's dates shown though its names are not read by a
model) and the article page, from a real store, enriched, served on 127.0.0.1 (t-final52b
B3; branch r-when53)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx
import pytest
from web_kit import serve

from enriched_kit import enriched_by_url
from veille.cli.main import main

RECORDS = [
    {"url": "https://www.quercy.example/pont", "source": "quercy.example",
     "title": "Cahors : le pont fermé", "published": "2026-01-12T09:00:00+01:00",
     "language": "fr",
     "text": "Le pont Valentré restera fermé jusqu'à fin février, annonce la mairie de "
             "Cahors.\n\nLes travaux de l'écluse reprendront mi-mars."},
    {"url": "https://www.frankenpost.example/halle", "source": "frankenpost.example",
     "title": "Halle in Hof", "published": "2026-01-12T09:00:00+01:00", "language": "de",
     "text": "Die Freiheitshalle in Hof soll Ende Februar wieder öffnen.\n\n"
             "Die Stadt hat die Arbeiten vergeben."},
]


def test_export_cli_and_page_say_the_part(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    found = enriched_by_url(tmp_path, capsys, *RECORDS)
    dates = found[RECORDS[0]["url"]]["dates"]
    assert [(d["text"], d["value"], d["until"], d["part"]) for d in dates] == [
        ("fin février", "2026-02-21", "2026-02-28", "end"),
        ("mi-mars", "2026-03-11", "2026-03-20", "mid")]
    [german] = found[RECORDS[1]["url"]]["dates"]
    assert (german["value"], german["until"], german["part"]) == \
        ("2026-02-21", "2026-02-28", "end")
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "reindex"]) == 0
    with serve(Path(data)) as server, \
            httpx.Client(base_url=server.url, timeout=30) as http:
        listed = http.get("/api/v1/latest").json()["articles"]
        ids = {a["url"]: a["id"] for a in listed}
        pages = {lang: http.get(f"/articles/{ids[RECORDS[0]['url']]}",
                                params={"lang": lang}).text for lang in ("fr", "en")}
    text = {lang: re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", page))
            for lang, page in pages.items()}
    assert "fin février 2026" in text["fr"] and "mi-mars 2026" in text["fr"]
    assert "late February 2026" in text["en"] and "mid-March 2026" in text["en"]
    assert "février 2026 – février 2026" not in text["fr"]
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANGUAGE", "fr")
    capsys.readouterr()
    assert main(["--data-dir", data, "show", ids[RECORDS[0]["url"]]]) == 0
    shown = capsys.readouterr().out
    assert "- 2026-02-21 – 2026-02-28 (fin de mois, à venir) « fin février »" in shown
    monkeypatch.setenv("LANGUAGE", "en")
    assert main(["--data-dir", data, "show", ids[RECORDS[1]["url"]]]) == 0
    shown = capsys.readouterr().out
    # a German article's dates are shown, though its names are not read by a model
    assert "- 2026-02-21 – 2026-02-28 (late in the month, ahead) “Ende Februar”" in shown
    assert json.loads(json.dumps(dates))  # the export is plain JSON
