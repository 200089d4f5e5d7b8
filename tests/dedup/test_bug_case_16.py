"""Bugs case 16 (tests/fixtures/bugs/16-reprint-with-boilerplate), through the real CLI:
an agency dispatch republished with another headline, its last paragraph cut, curly
apostrophes, other quotes, an "(Avec AFP)" credit and a block of prose teasers after the
article is a reprint of the dispatch, and its body keeps neither teasers nor credit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.cli.main import main

CASE = Path(__file__).resolve().parents[1] / "fixtures" / "bugs" / "16-reprint-with-boilerplate"


def veille(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> str:
    capsys.readouterr()
    assert main(["--data-dir", str(data), *args]) == 0
    return capsys.readouterr().out


def test_the_reprint_with_boilerplate_is_a_reprint_of_the_dispatch(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    veille(capsys, data, "ingest", "--source", "agence-regionale.example",
           str(CASE / "agence.html"))
    veille(capsys, data, "ingest", "--source", "journal-du-soir.example",
           str(CASE / "reprise.html"))
    records = {r["source"]: r for r in map(json.loads, veille(capsys, data, "export")
                                           .splitlines())}
    dispatch, reprint = records["agence-regionale.example"], records["journal-du-soir.example"]
    assert dispatch["id"] == "46c0ed713f695b35" and reprint["id"] == "777d62672bd91027"
    assert reprint["dedup"]["relation"] == "reprint"
    assert reprint["dedup"]["duplicate_of"] == dispatch["id"]
    assert dispatch["dedup"]["relation"] == "" and len(dispatch["content"]["paragraphs"]) == 5
    paragraphs = reprint["content"]["paragraphs"]
    assert len(paragraphs) == 4
    body = "\n".join(paragraphs)
    assert "Avec AFP" not in body and "tramway" not in body and "À la une" not in body
