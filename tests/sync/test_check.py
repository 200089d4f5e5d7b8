"""``veille check`` finds drift a test makes on purpose (a document deleted from the index,
a stale one added, a stored article changed behind the log's back) and flipped bits in
the index's files; ``--repair`` ends it."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from capture_kit import err, out, run_veille
from veille.index.base import IndexDoc
from veille.index.lifecycle import IndexHome

from .index_kit import assert_index_equals_store, live_index, store_ids, write_captures


def _live_segments(index_path: Path) -> list[str]:
    """The segments the index's meta.json lists (files of merged-away segments may linger
    until tantivy collects them; those are not the index)."""
    meta = json.loads((index_path / "meta.json").read_text())
    return [str(seg["segment_id"]).replace("-", "") for seg in meta["segments"]]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    result = run_veille(["ingest", str(write_captures(tmp_path / "c", 0, 12))], data_dir=data)
    assert result.returncode == 0, err(result)
    assert run_veille(["check"], data_dir=data).returncode == 0
    return data


def test_drift_made_on_purpose_is_found_and_repaired(data: Path) -> None:
    removed, changed = sorted(store_ids(data))[:2]
    index = live_index(data)
    index.delete([removed])
    index.add_docs([IndexDoc(id="0123456789abcdef", title="Fantôme", body="Un article périmé",
                             source="nulle-part", language="fr",
                             date=datetime(2024, 1, 1, tzinfo=UTC))])
    index.commit()
    index.close()
    conn = sqlite3.connect(data / "veille.sqlite3")
    doc = json.loads(conn.execute("SELECT doc FROM articles WHERE id = ?",
                                  (changed,)).fetchone()[0])
    doc["content"]["title"] = "Un titre changé sans passer par le journal"
    conn.execute("UPDATE articles SET doc = ? WHERE id = ?", (json.dumps(doc), changed))
    conn.commit()
    conn.close()

    found = run_veille(["check", "--json"], data_dir=data)
    assert found.returncode == 1, err(found)
    report = json.loads(out(found))
    assert report["missing"] == [removed]
    assert report["stale"] == ["0123456789abcdef"]
    assert report["different"] == [changed]
    assert f"1 missing from the index: {removed}" in err(found)
    assert "veille check --repair" in err(found)

    repaired = run_veille(["check", "--repair"], data_dir=data)
    assert repaired.returncode == 0, err(repaired)
    assert "repaired: 3" in err(repaired)
    assert run_veille(["check"], data_dir=data).returncode == 0
    assert_index_equals_store(data)
    hits = run_veille(["search", "--json", "titre changé sans passer"], data_dir=data)
    assert [h["id"] for h in json.loads(out(hits))["hits"]] == [changed]
    assert json.loads(out(run_veille(["search", "--json", "Fantôme"],
                                     data_dir=data)))["total"] == 0


def test_flipped_bits_in_an_index_file_are_found(data: Path) -> None:
    live = IndexHome(data / "index").current()  # not opened here: no mapping of the file
    assert live is not None
    target = live / f"{_live_segments(live)[0]}.store"
    with open(target, "r+b") as handle:  # flip one bit in place, as a failing disk would
        handle.seek(target.stat().st_size // 3)
        byte = handle.read(1)[0]
        handle.seek(-1, 1)
        handle.write(bytes([byte ^ 0x10]))
    found = run_veille(["check"], data_dir=data)
    assert found.returncode == 1
    assert "checksum mismatch" in err(found) and target.name in err(found)
    for query in ("conseil", "tramway", "*"):  # reading it never prints a traceback
        searched = run_veille(["search", "-n", "50", query], data_dir=data)
        assert "Traceback" not in err(searched) and searched.returncode in (0, 2)
    repaired = run_veille(["check", "--repair"], data_dir=data)
    assert repaired.returncode == 0, err(repaired)
    assert run_veille(["check"], data_dir=data).returncode == 0
    assert_index_equals_store(data)


def test_a_missing_segment_file_is_found(data: Path) -> None:
    live = IndexHome(data / "index").current()
    assert live is not None
    victim = live / f"{_live_segments(live)[0]}.idx"
    victim.unlink()
    found = run_veille(["check"], data_dir=data)
    assert found.returncode == 1 and "missing" in err(found)
    assert run_veille(["check", "--repair"], data_dir=data).returncode == 0
    assert_index_equals_store(data)


def test_a_deleted_meta_json_is_damage_not_an_empty_index(data: Path) -> None:
    """Regression: tantivy silently started an empty index in place of the lost one, and
    `check` said it agreed with the store (every article counted as pending)."""
    live = IndexHome(data / "index").current()
    assert live is not None
    (live / "meta.json").unlink()
    searched = run_veille(["search", "conseil"], data_dir=data)
    assert searched.returncode == 2 and "meta.json is missing" in err(searched)
    assert not (live / "meta.json").exists()  # not replaced by an empty index
    found = run_veille(["check"], data_dir=data)
    assert found.returncode == 1, err(found)
    assert "store: 12 articles" in err(found) and "damaged:" in err(found)
    stats = run_veille(["stats"], data_dir=data)
    assert "index_error: " in out(stats) and "meta.json is missing" in out(stats)
    repaired = run_veille(["check", "--repair"], data_dir=data)
    assert repaired.returncode == 0, err(repaired)
    assert run_veille(["check"], data_dir=data).returncode == 0
    assert_index_equals_store(data)


def test_an_index_behind_the_store_is_reported_with_its_missing_ids(data: Path) -> None:
    """Regression: an index that applied nothing was said to agree with the store."""
    index = live_index(data)
    index.delete(store_ids(data))
    index.commit(applied_seq=0)
    index.close()
    found = run_veille(["check", "--json"], data_dir=data)
    assert found.returncode == 1, err(found)
    report = json.loads(out(found))
    assert report["lag"] > 0 and sorted(report["missing"]) == sorted(store_ids(data))
    assert "behind:" in err(found) and "12 missing from the index" in err(found)
    assert run_veille(["check", "--repair"], data_dir=data).returncode == 0
    assert run_veille(["check"], data_dir=data).returncode == 0
    assert_index_equals_store(data)


@pytest.mark.parametrize("command", [["check", "--repair"], ["reindex"], ["check"],
                                     ["search", "conseil"]])
def test_an_index_path_that_is_a_file_gets_one_line_not_a_traceback(
        data: Path, command: list[str]) -> None:
    """Regression: FileExistsError traceback. The file is left where it is (it may be
    someone's data): the error says to move it away."""
    index = data / "index"
    for entry in sorted(index.rglob("*"), reverse=True):
        entry.rmdir() if entry.is_dir() else entry.unlink()
    index.rmdir()
    index.write_text("x\n")
    result = run_veille(command, data_dir=data)
    assert result.returncode == 2, err(result)
    assert "Traceback" not in err(result)
    assert "is not a directory" in err(result) and "move it away" in err(result)
    assert index.read_text() == "x\n"


def test_ingest_with_an_index_path_that_is_a_file_stores_and_says_so(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "index").write_text("x\n")
    result = run_veille(["ingest", str(write_captures(tmp_path / "c", 0, 3))], data_dir=data)
    assert result.returncode == 2 and "Traceback" not in err(result)
    assert "new 3" in err(result) and "is not a directory" in err(result)
    assert len(store_ids(data)) == 3
