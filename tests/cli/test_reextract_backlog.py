"""``veille reextract`` tells its own enrichment changes from an older backlog, in plural
forms (newuser11b U26: "changed 0" then "1 changes await `veille enrich`", the 1 being an
article stored earlier). Real store and index, through the CLI."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.cli.ingest import enrich_backlog
from veille.cli.main import main

TEXT = ("Un article de test assez long pour être lu comme un article ordinaire, avec "
        "plusieurs phrases en français sur la crue de la Loire à Orléans. ") * 4


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str]:
    status = main(["--data-dir", str(data), *args])
    return status, capsys.readouterr().err


@pytest.fixture
def data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    records = tmp_path / "records.jsonl"
    records.write_text("".join(json.dumps({"title": f"Crue numéro {i}", "text": TEXT + str(i),
                                           "url": f"https://exemple.fr/{i}"},
                                          ensure_ascii=False) + "\n" for i in range(2)),
                       encoding="utf-8")
    assert run(capsys, tmp_path / "data", "ingest", str(records))[0] == 0
    return tmp_path / "data"  # not enriched: 2 changes await `veille enrich`


def test_an_older_backlog_is_not_the_run_s(data: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    status, err = run(capsys, data, "reextract")
    assert status == 0 and "changed 0" in err
    assert ("note: enrichment: 2 changes from before this run or from another process (none "
            "of its own) still await `veille enrich`") in err


def test_own_and_earlier_changes_are_told_apart(data: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, data, "enrich")[0] == 0
    with sqlite3.connect(data / "veille.sqlite3") as conn:  # as an older extractor had it
        conn.execute("UPDATE articles SET doc = json_set(doc, '$.content.title', 'old')")
    status, err = run(capsys, data, "reextract")
    assert status == 0 and "changed 2" in err
    assert "note: enrichment: 2 changes of this run await `veille enrich`" in err


@given(st.integers(0, 50), st.integers(0, 50))
def test_the_line_adds_up_and_never_says_1_changes(pending: int, before: int) -> None:
    line = enrich_backlog(pending, before)
    assert (line == "") == (pending == 0)
    assert not re.search(r"(?<!\d)1 changes", line) and not re.search(r"(?<!\d)1 await", line)
    numbers = [int(w) for w in line.split() if w.isdigit()]
    assert sum(numbers) == pending


def test_ingest_says_what_awaits_enrichment(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """t-final34 B1: after `ingest`, entities, places and quotes stayed empty with nothing
    said; the ingest now names the changes awaiting `veille enrich`, and stops once they
    are enriched."""
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps({"title": "Crue de la Loire", "text": TEXT,
                                   "url": "https://exemple.fr/crue"}, ensure_ascii=False)
                       + "\n", encoding="utf-8")
    status, err = run(capsys, tmp_path / "data", "ingest", str(records))
    assert status == 0
    assert "note: enrichment: 1 change of this run awaits `veille enrich`" in err
    assert run(capsys, tmp_path / "data", "enrich")[0] == 0
    status, err = run(capsys, tmp_path / "data", "ingest", str(records))  # a duplicate
    assert status == 0 and "enrichment" not in err


def test_a_run_that_stored_nothing_claims_no_change() -> None:
    """t-final62: a second ingest of an unchanged folder (new 0, duplicate 300), while
    another ingest of the same store ran, said "285 changes of this run … await": the
    backlog grew meanwhile, but not by this run, which stored nothing."""
    from veille.cli.ingest import enrich_backlog

    said = enrich_backlog(285, 0, stored=0)
    assert "of this run" not in said and "none of its own" in said
    assert "285 changes" in said
    assert "2 changes of this run" in enrich_backlog(2, 0, stored=2)
