"""``veille reextract`` and enrichment (newuser6 M22): re-extraction does not wipe what the
enrichment view found. An article extracted the same is not written back (not counted,
not logged); a changed one keeps its entities and places in search until the enrichment
view follows its ``reextract`` change. Real store, real index, through the CLI."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from tests.enrich.conftest import SEED

from veille.cli.main import main
from veille.service import Veille
from veille.settings import Settings

QUERIES = ("entity:Q2429253", "entity:Daech", "place:Q858")


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    status = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return status, out, err


def found(capsys: pytest.CaptureFixture[str], data: Path) -> list[str]:
    """The count ("N result(s)") of each entity/place search."""
    lines = []
    for query in QUERIES:
        status, out, err = run(capsys, data, "search", query)
        assert status == 0, err
        lines.append(next(line.split(" (")[0] for line in (out + err).splitlines()
                          if " result" in line))
    return lines


@pytest.fixture
def data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    data = tmp_path / "data"
    assert run(capsys, data, "ingest", "--source", "lemonde.fr", str(SEED))[0] == 0
    assert run(capsys, data, "enrich")[0] == 0
    assert found(capsys, data) == ["1 result"] * 3
    return data


def test_an_unchanged_article_keeps_its_enrichment(
        data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, data, "reextract")
    assert status == 0 and "changed 0" in err and "veille enrich" not in err
    assert found(capsys, data) == ["1 result"] * 3  # was "0 results" until `veille enrich`
    with Veille(Settings(data_dir=data)) as veille:
        assert veille.stats()["enrich_lag"] == 0


def test_a_changed_article_is_searchable_until_enrichment_follows(
        data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(data / "veille.sqlite3") as conn:  # as an older extractor had it
        conn.execute("UPDATE articles SET doc = json_set(doc, '$.content.title', 'old')")
    status, _, err = run(capsys, data, "reextract")
    assert status == 0 and "changed 1" in err
    assert "1 change of this run awaits `veille enrich`" in err  # newuser11b U26
    assert found(capsys, data) == ["1 result"] * 3  # the known entities, meanwhile
    assert run(capsys, data, "enrich")[0] == 0
    assert found(capsys, data) == ["1 result"] * 3
    with Veille(Settings(data_dir=data)) as veille:
        assert veille.stats()["enrich_lag"] == 0


def test_enrich_on_write_re_enriches_after_reextract(data: Path) -> None:
    with sqlite3.connect(data / "veille.sqlite3") as conn:
        conn.execute("UPDATE articles SET doc = json_set(doc, '$.content.title', 'old')")
    with Veille(Settings(data_dir=data, enrich_on_write=True)) as veille:
        result = veille.reextract()
        assert (result.changed, result.enrich_pending) == (1, 0)  # as after an ingest
        assert veille.search("entity:Q2429253").total == 1
