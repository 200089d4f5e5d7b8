"""`veille search --page N` past the last page says so, as the API and the web page do
(verify12 X4: it printed only the count, and `--json` had no warning). Real store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import veille
from dispatch_kit import body_paragraphs, capture
from veille.cli.main import main


def test_the_cli_warns_past_the_last_page(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    with veille.open(data) as v:
        v.ingest_bytes([("a.txt", capture("Coalition : réunion", body_paragraphs(),
                                          top=["Site"], bottom=[]))], source="a.example")
    assert main(["--data-dir", str(data), "search", "coalition", "--page", "3"]) == 0
    said = "page 3 is past the last page (1) of these results"
    assert said in capsys.readouterr().err
    assert main(["--data-dir", str(data), "search", "coalition", "--page", "3",
                 "--json"]) == 0
    assert said in json.loads(capsys.readouterr().out)["warnings"]
    assert main(["--data-dir", str(data), "search", "coalition"]) == 0
    assert "past the last" not in capsys.readouterr().err
