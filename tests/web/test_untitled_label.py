"""An article stored without a headline is listed as "(untitled)" / "(sans titre)", never
with an empty title (t-final28 F13: a 13 MB text with no headline, cut short, was listed
"date unknown … -" and nothing after it)."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from web_kit import serve

from veille.cli.main import main

TEXT = ("Le conseil municipal de Millau a voté jeudi soir la rénovation de la piscine "
        "municipale, fermée depuis deux ans, pour un coût de quatre millions d'euros. Les "
        "travaux doivent commencer au printemps, a précisé le maire devant les élus.")


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("untitled")
    record = root / "r.jsonl"
    record.write_text(json.dumps({"text": TEXT, "url": "https://exemple.fr/a/1",
                                  "source": "Midi Libre"}, ensure_ascii=False) + "\n", "utf-8")
    assert main(["--data-dir", str(root / "data"), "ingest", str(record)]) == 0
    return root / "data"


def test_the_cli_lists_it_as_untitled(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--data-dir", str(data), "latest"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert line.endswith("Midi Libre            (untitled)")
    assert main(["--data-dir", str(data), "search", "piscine"]) == 0
    assert "(untitled)" in capsys.readouterr().out
    assert main(["--data-dir", str(data), "stories"]) == 0
    assert capsys.readouterr().out.splitlines()[0].endswith("  (untitled)")


def test_the_pages_list_it_as_untitled(data: Path) -> None:
    with serve(data) as live:
        home = httpx.get(f"{live.url}/?lang=fr", timeout=30)
        assert home.status_code == 200
        assert ">(sans titre)</a>" in home.text
        english = httpx.get(f"{live.url}/?lang=en", timeout=30).text
        assert ">(untitled)</a>" in english
