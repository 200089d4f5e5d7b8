"""The index's file checks (``veille check``): tantivy's footer CRC-32 recomputed for the
segments ``meta.json`` lists; any flipped bit in a file's content is found (property)."""

from __future__ import annotations

import shutil
import struct
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veille.index.base import IndexDoc
from veille.index.lifecycle import IndexHome, verify_files
from veille.index.tantivy_index import TantivyIndex


@pytest.fixture(scope="module")
def sound(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("files") / "index"
    index = TantivyIndex(path)
    index.add_docs([IndexDoc(id=f"{n:016x}", title=f"Titre {n}", body="Un texte. " * (n + 3),
                             source="ex.org", language="fr",
                             date=datetime(2024, 1, 1 + n, tzinfo=UTC)) for n in range(20)])
    index.commit(applied_seq=20)
    index.delete([f"{3:016x}"])
    index.commit(applied_seq=21)
    index.close()
    return path


def test_a_sound_index_has_no_problem(sound: Path) -> None:
    assert verify_files(sound) == []
    assert TantivyIndex(sound).applied_seq() == 21
    assert TantivyIndex(sound).count() == 19  # the state document is not an article


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_flipped_bit_in_a_file_is_found(sound: Path, tmp_path: Path,
                                           data: st.DataObject) -> None:
    copy = tmp_path / f"copy-{data.draw(st.integers(0, 10**9))}"
    shutil.copytree(sound, copy)
    files = sorted(p for p in copy.iterdir() if p.suffix in (".store", ".idx", ".term",
                                                             ".pos", ".fast", ".fieldnorm",
                                                             ".del"))
    target = data.draw(st.sampled_from(files))
    raw = bytearray(target.read_bytes())
    length = struct.unpack("<I", raw[-8:-4])[0]
    body = len(raw) - 8 - length
    if body == 0:
        return
    position = data.draw(st.integers(0, body - 1))
    raw[position] ^= 1 << data.draw(st.integers(0, 7))
    target.write_bytes(bytes(raw))
    problems = verify_files(copy)
    assert any(target.name in p and "checksum" in p for p in problems), problems
    shutil.rmtree(copy)


def test_truncated_missing_and_unreadable(sound: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(sound, copy)
    store = sorted(copy.glob("*.store"))[0]
    store.write_bytes(store.read_bytes()[:-3])
    sorted(copy.glob("*.term"))[0].unlink()
    problems = verify_files(copy)
    assert any("footer" in p for p in problems) and any("missing" in p for p in problems)
    (copy / "meta.json").write_text("{")
    assert "unreadable" in verify_files(copy)[0]


def test_the_home_points_at_one_generation(tmp_path: Path) -> None:
    home = IndexHome(tmp_path / "index")
    assert home.current() is None and home.token() == ""
    first = home.new_generation()
    assert home.swap(first) is None and home.current() == first
    (home.root / "CURRENT.123.tmp").write_text("leftover")
    second = home.new_generation()
    assert home.swap(second) == first
    assert sorted(home.remove_stale()) == ["CURRENT.123.tmp", first.name]
    assert home.current() == second and not first.exists()
    (home.root / "CURRENT").write_text("../elsewhere\n")
    assert home.current() is None  # a pointer out of the directory is never followed
