"""A story is not titled after a live blog's rolling headline (newuser12b D15: "DIRECT -
Incendie mortel… : le bilan passe à quatre morts" named the story, then the next update's
banner renamed it). Real store, real server, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from web_kit import LANDSLIDE, serve

import veille
from veille.cli.main import main

DISPATCH = LANDSLIDE
AGENCY = "Savoie : un glissement de terrain coupe la route entre Moûtiers et Bozel"


def line(host: str, title: str, published: str) -> str:
    return json.dumps({"title": title, "url": f"https://{host}/savoie", "source": host,
                       "text": "\n\n".join(DISPATCH), "language": "fr",
                       "published": published}, ensure_ascii=False)


def test_a_live_headline_does_not_name_the_story(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    with veille.open(data) as v:
        v.ingest_bytes([("a.jsonl", "\n".join([
            line("radio.example", "DIRECT - Glissement de terrain en Savoie : dix maisons "
                 "évacuées", "2026-11-24T07:15:00+01:00"),
            line("agence.example", AGENCY, "2026-11-24T08:05:00+01:00")]).encode() + b"\n")])
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        (story,) = http.get("/api/v1/stories").json()["stories"]
        assert story["title"] == AGENCY
        assert story["first_source"] == "radio.example"  # it did publish first
    capsys.readouterr()
    assert main(["--data-dir", str(data), "stories"]) == 0
    assert AGENCY in capsys.readouterr().out
