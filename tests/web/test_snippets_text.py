"""A search hit gives its snippets as plain text too (``snippets_text``, one for one with the
HTML ``snippets``), in ``veille search --json`` and ``/api/v1/search`` alike (t-final63: the
snippets were HTML only, "&#x27;" and "<mark>" beside a plain ``title``). French and English
texts. Real store, real index, CLI and server on 127.0.0.1. Own text, written for this test."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from web_kit import serve

import veille
from veille.cli.main import main

ROWS = [
    {"title": "Brennilis : l'incendie des monts d'Arrée est fixé", "language": "fr",
     "url": "https://phare.example/arree", "source": "phare.example",
     "published": "2026-08-05T11:30:00+02:00",
     "text": "L'incendie des monts d'Arrée, près de Brennilis, est fixé depuis mercredi "
             "matin, ont indiqué les pompiers du Finistère.\n\nQuatre cents hectares de "
             "lande ont brûlé « en trois jours », selon la préfecture."},
    {"title": "Harlow Quay fire put out after three days", "language": "en",
     "url": "https://gazette.example/quay", "source": "gazette.example",
     "published": "2026-09-14T16:45:00+01:00",
     "text": "The fire at the Harlow Quay grain store in Port Ashby was put out on Monday, "
             "the fire service's chief said.\n\n\"We'll start the inquiry tomorrow,\" she "
             "added; the quay's road has reopened."},
]


@pytest.mark.parametrize(("query", "plain"), [("Arrée", "monts d'Arrée"),
                                              ("Harlow", "the Harlow Quay grain store")])
def test_snippets_come_as_plain_text_too(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         query: str, plain: str) -> None:
    data = tmp_path / "data"
    with veille.open(data) as v:
        v.ingest_bytes([("a.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n"
                                            for r in ROWS).encode())])
    capsys.readouterr()
    assert main(["--data-dir", str(data), "search", query, "--json"]) == 0
    (cli,) = json.loads(capsys.readouterr().out)["hits"]
    with serve(data) as live:
        (api,) = httpx.get(f"{live.url}/api/v1/search", params={"q": query},
                           timeout=60).json()["hits"]
    for hit in (cli, api):
        assert len(hit["snippets_text"]) == len(hit["snippets"]) >= 1
        assert "<mark>" in hit["snippets"][0] and "&#x27;" in hit["snippets"][0]
        text = hit["snippets_text"][0]
        assert plain in text and "<" not in text and "&#" not in text
    assert cli["snippets_text"] == api["snippets_text"]
