"""``veille search`` and ``veille reindex``, and the index kept in step by ``ingest``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.cli.main import main
from veille.index.lifecycle import IndexHome

from .conftest import ROOT, SEED_ID


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    status = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_ingest_search_reindex(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    status, _, err = run(capsys, data, "search", "coalition")
    assert status == 2 and "no veille store in" in err       # no store yet: a clear error
    status, _, err = run(capsys, data, "ingest", str(ROOT / "demo"))
    assert status == 0
    new = int(err.split("new ")[1].split(",")[0])
    status, out, err = run(capsys, data, "search", "coalition", "antijihadiste")
    assert status == 0 and SEED_ID in out and "1 result (" in err
    status, out, _ = run(capsys, data, "search", "--json", "-n", "2", "--page", "2",
                         "--sort", "date", "France")
    response = json.loads(out)
    assert response["page"] == 2 and len(response["hits"]) == 2 and response["total"] > 2
    assert response["facets"]["language"][0]["value"] == "fr"
    status, _, err = run(capsys, data, "reindex")
    assert status == 0 and f"indexed {new} articles" in err
    assert SEED_ID in run(capsys, data, "search", "anti-jihadistes")[1]
    assert run(capsys, data, "reextract")[0] == 0
    assert SEED_ID in run(capsys, data, "search", '"retrait américain"')[1]
    status, _, err = run(capsys, data, "search", '"unbalanced (')
    assert status == 0 and "warning: unbalanced" in err


def test_an_outdated_index_is_rebuilt_from_the_store(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """An index of an older format (an upgrade) is a derived view: it is rebuilt from the
    store on first use, never refused until `veille reindex` (every search failed, and
    ingest stored articles with an index error, after each format change)."""
    data = tmp_path / "data"
    assert run(capsys, data, "ingest", str(ROOT / "demo" / "captures"))[0] == 0
    live = IndexHome(data / "index").current()
    assert live is not None
    (live / "veille-index.json").write_text('{"format": 0}')
    status, out, _ = run(capsys, data, "search", "coalition")
    assert status == 0 and SEED_ID in out
    rebuilt = IndexHome(data / "index").current()
    assert rebuilt is not None and rebuilt != live and not live.exists()
    assert run(capsys, data, "reindex")[0] == 0
    assert SEED_ID in run(capsys, data, "search", "coalition")[1]


def test_a_result_line_shows_the_articles_own_day(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Regression (fresh user nu3, F-o): an article of 23:30 in Montréal was listed on the
    next (UTC) day, a day on which `date:` says it was not published."""
    data, feed = tmp_path / "data", tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({
        "url": "https://exemple.ca/monde/2", "title": "Montréal : grève dans les transports",
        "date": "2024-03-14T23:30:00-05:00",
        "text": "Les employés de la STM ont déclenché une grève de 48 heures à Montréal."}) + "\n",
        "utf-8")
    assert run(capsys, data, "ingest", str(feed))[0] == 0
    status, out, _ = run(capsys, data, "search", "date:2024-03-14", "grève")
    assert status == 0 and "2024-03-14" in out and "2024-03-15" not in out
    assert run(capsys, data, "search", "date:2024-03-15", "grève")[2].startswith("0 results")
