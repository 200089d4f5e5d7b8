"""Issue #11 (index lifecycle): ``veille reindex`` builds beside the live index and swaps
it in atomically; a killed rebuild leaves the old index answering; a rebuild works whatever
state the old index is in (broken ``meta.json``, a missing segment, foreign files, a 0.1
index); long-lived readers (the web app) pick up the new index."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from capture_kit import err, out, run_veille
from veille.index.lifecycle import IndexHome
from veille.search.types import SearchRequest
from veille.settings import Settings
from veille.web.search import IndexSearch

from .index_kit import assert_index_equals_store, live_index, write_captures

WORD = "tramway"  # in several of the made-up captures


@pytest.fixture
def data(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    result = run_veille(["ingest", str(write_captures(tmp_path / "c", 0, 30))], data_dir=data)
    assert result.returncode == 0, err(result)
    return data


def total(data: Path, query: str = WORD) -> int:
    result = run_veille(["search", "--json", query], data_dir=data)
    assert result.returncode == 0, err(result)
    return int(json.loads(out(result))["total"])


def test_reindex_swaps_a_new_generation_in(data: Path) -> None:
    home = IndexHome(data / "index")
    before = home.current()
    expected = total(data)
    assert expected > 0
    result = run_veille(["reindex"], data_dir=data)
    assert result.returncode == 0 and "indexed 30 articles" in err(result)
    after = home.current()
    assert after is not None and after != before and before is not None
    assert not before.exists(), "the old generation is removed after the swap"
    assert total(data) == expected
    assert_index_equals_store(data)


def test_a_killed_reindex_leaves_the_live_index_answering(data: Path) -> None:
    home = IndexHome(data / "index")
    before = home.current()
    expected = total(data)
    killed = run_veille(["reindex"], data_dir=data,
                        env={"VEILLE_TEST_CRASH_AT": "reindex-before-swap"})
    assert killed.returncode == 137
    assert home.current() == before and total(data) == expected
    half_built = [p for p in home.root.iterdir() if p.is_dir() and p != before]
    assert half_built, "the killed rebuild's generation is left beside the live one"
    assert run_veille(["reindex"], data_dir=data).returncode == 0
    assert all(not p.exists() for p in half_built)
    assert_index_equals_store(data)


def test_a_reindex_killed_after_the_swap_is_caught_up(data: Path) -> None:
    killed = run_veille(["reindex"], data_dir=data,
                        env={"VEILLE_TEST_CRASH_AT": "reindex-after-swap"})
    assert killed.returncode == 137
    assert run_veille(["ingest", str(write_captures(data.parent / "d", 50, 52))],
                      data_dir=data).returncode == 0
    assert_index_equals_store(data)


@pytest.mark.parametrize("damage", ["meta", "segment", "foreign", "pointer"])
def test_reindex_works_whatever_state_the_old_index_is_in(data: Path, damage: str) -> None:
    live = live_index(data).path
    if damage == "meta":
        (live / "meta.json").write_text("{ not json")
    elif damage == "segment":
        for victim in live.glob("*.term"):
            victim.unlink()
    elif damage == "foreign":
        (data / "index" / "notes.txt").write_text("someone's file")
        (live / "stray.bin").write_bytes(b"\x00" * 10)
    else:
        (data / "index" / "CURRENT").write_text("../../etc\n")
    if damage in ("meta", "segment"):
        broken = run_veille(["search", WORD], data_dir=data)
        assert broken.returncode == 2 and "reindex" in err(broken)
    result = run_veille(["reindex"], data_dir=data)
    assert result.returncode == 0, err(result)
    assert total(data) > 0
    assert_index_equals_store(data)
    if damage == "foreign":
        assert (data / "index" / "notes.txt").read_text() == "someone's file"


def test_an_index_of_veille_0_1_is_replaced(data: Path) -> None:
    """0.1 kept its files directly in index/; they are read (another format), rebuilt
    from the store on first use, and removed."""
    home = IndexHome(data / "index")
    live = home.current()
    assert live is not None
    for entry in live.iterdir():
        shutil.move(str(entry), data / "index" / entry.name)
    (data / "index" / "veille-index.json").write_text('{"format": 3, "analysis": "language"}')
    (data / "index" / "CURRENT").unlink()
    live.rmdir()
    old = run_veille(["search", WORD], data_dir=data)
    assert old.returncode == 0, err(old)
    assert not (data / "index" / "meta.json").exists()
    assert not (data / "index" / "veille-index.json").exists()
    assert total(data) > 0


def test_a_long_lived_reader_picks_up_the_swapped_index(data: Path) -> None:
    search = IndexSearch(Settings(data_dir=data))
    request = SearchRequest(query=WORD)
    expected = search.search(request, store=None).total  # type: ignore[arg-type]
    first = live_index(data).path
    assert run_veille(["reindex"], data_dir=data).returncode == 0
    assert not first.exists()
    assert search.search(request, store=None).total == expected  # type: ignore[arg-type]
    assert search.applied_seq() > 0
