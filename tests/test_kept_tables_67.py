"""The place tables kept on disk across runs (``veille.kept_tables``; issue #13, r-perf67):
a table read back equals the one built (its types and its dicts' order too), a damaged,
foreign or unwritable file is never fatal (the table is built again), and a second
``veille ingest`` of a data directory reads the tables instead of building them."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veille import kept_tables
from veille.cli.main import main
from veille.collector import BUILT_ONCE
from veille.kept_tables import (
    keep_tables_in,
    kept_once,
    read_table,
    table_path,
    write_table,
)

ROOT = Path(__file__).resolve().parents[1]
CAPTURES = ROOT / "tests" / "fixtures" / "captures"

_builds: list[int] = []


@kept_once
def _counted() -> dict[str, tuple[tuple[float, float, bool], ...]]:
    """A small table like ``stated_places._points``, counting its builds."""
    _builds.append(1)
    return {"saint denis": ((48.93, 2.35, False), (-20.88, 55.45, True)), "évry": ()}


@kept_once
def _unkept() -> object:
    """A table ``marshal`` cannot write."""
    _builds.append(1)
    return {"x": object()}


_NAME = f"{__name__}._counted"


def same(a: object, b: object) -> bool:
    """``a == b`` with the same types all the way down and dicts in the same order."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        assert isinstance(b, dict)
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, (tuple, list)):
        assert isinstance(b, (tuple, list))
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, (frozenset, set)):
        assert isinstance(b, (frozenset, set))
        return a == b and sorted(map(repr, a)) == sorted(map(repr, b))
    return a == b or a != a and b != b


@pytest.fixture
def kept(tmp_path: Path) -> Path:
    directory = tmp_path / "cache" / "tables"
    keep_tables_in(directory)
    _counted.cache_clear()
    _builds.clear()
    return directory


def test_built_once_then_read_back(kept: Path) -> None:
    first = _counted()
    assert len(_builds) == 1 and table_path(kept, _NAME).is_file()
    _counted.cache_clear()
    again = _counted()
    assert len(_builds) == 1, "read back, not built"
    assert again == first and list(again) == list(first)
    assert type(again["saint denis"]) is tuple and again["saint denis"][1][2] is True
    assert _counted in BUILT_ONCE  # still a built_once table (the collector paused)


def test_nothing_kept_without_a_directory(tmp_path: Path) -> None:
    keep_tables_in(None)
    _counted.cache_clear()
    _builds.clear()
    _counted()
    _counted.cache_clear()
    _counted()
    assert len(_builds) == 2 and not any(tmp_path.iterdir())


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty", "other package"])
def test_damaged_file_is_built_again(kept: Path, damage: str) -> None:
    expected = _counted()
    path = table_path(kept, _NAME)
    raw = bytearray(path.read_bytes())
    if damage == "truncate":
        raw = raw[: len(raw) - 7]
    elif damage == "flip":
        raw[-3] ^= 0x40
    elif damage == "garbage":
        raw = bytearray(b"\x00\xff" * 50)
    elif damage == "empty":
        raw = bytearray()
    else:  # the digest of another package's files
        start = raw.index(kept_tables.package_digest())
        raw[start] ^= 1
    path.write_bytes(bytes(raw))
    _counted.cache_clear()
    assert _counted() == expected
    assert len(_builds) == 2, "built again"
    assert read_table(path) == (True, expected), "and written again, whole"


def test_file_over_the_bound_is_not_read(kept: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _counted()
    monkeypatch.setattr(kept_tables, "MAX_BYTES", 40)
    _counted.cache_clear()
    assert _counted() == expected and len(_builds) == 2


def test_unwritable_directory_is_not_fatal(tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the directory would be")
    keep_tables_in(blocker / "tables")
    _counted.cache_clear()
    _builds.clear()
    assert _counted()["évry"] == ()
    assert len(_builds) == 1 and blocker.is_file()


def test_table_marshal_cannot_write_is_built_not_kept(kept: Path) -> None:
    _unkept.cache_clear()
    assert "x" in _unkept()  # type: ignore[operator]
    assert not table_path(kept, f"{__name__}._unkept").exists()


_KEYS = st.text(min_size=0, max_size=12)
_POINT = st.tuples(st.floats(allow_nan=False), st.floats(allow_nan=False), st.booleans())
_TABLES = st.one_of(
    st.dictionaries(_KEYS, st.frozensets(_KEYS, max_size=4), max_size=20),
    st.dictionaries(_KEYS, st.lists(_POINT, max_size=3).map(tuple), max_size=20),
    st.tuples(st.dictionaries(_KEYS, _KEYS, max_size=10), st.frozensets(_KEYS, max_size=10)),
    st.none(),
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(table=_TABLES, cut=st.integers(min_value=0, max_value=400),
       flip=st.integers(min_value=0, max_value=255))
def test_read_back_is_the_table_or_nothing(tmp_path: Path, table: object, cut: int,
                                           flip: int) -> None:
    """What is written reads back equal, with the same types and order; a file damaged
    anywhere reads back as the same table (a byte flipped back by chance) or as nothing,
    never as another table."""
    path = tmp_path / "t.table"
    assert write_table(path, table)
    found, back = read_table(path)
    assert found and same(back, table)
    raw = bytearray(path.read_bytes())
    at = cut % len(raw)
    raw[at] ^= flip
    path.write_bytes(bytes(raw))
    found, back = read_table(path)
    assert not found or (flip == 0 and back == table)


def test_every_kept_place_table_reads_back_equal(tmp_path: Path) -> None:
    """veille's own kept tables (the place gazetteer's), built then read back: equal, and
    written the same (the same types, the same dicts' order)."""
    kept = [b for b in kept_tables.KEPT if b.__module__.startswith("veille.")]
    assert len(kept) >= 10
    keep_tables_in(tmp_path)
    for builder in kept:
        builder.cache_clear()
        built = builder()
        builder.cache_clear()
        back = builder()
        assert same(back, built), builder


def test_second_ingest_reads_the_tables(tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The first ``veille ingest`` of a data directory writes its place tables; a later
    one (here: the same process, its tables forgotten, the shipped data made unreadable)
    reads them back and stores the same article as a run that builds them."""
    kept = [b for b in kept_tables.KEPT if b.__module__.startswith("veille.")]
    for builder in kept:
        builder.cache_clear()
    data = tmp_path / "data"
    first, second = sorted(CAPTURES.glob("*.txt"))[:2]
    assert main(["--data-dir", str(data), "ingest", str(first)]) == 0
    tables = data / "cache" / "tables"
    assert len(list(tables.glob("veille.*.table"))) >= 5
    for builder in kept:
        builder.cache_clear()

    def unread(name: str) -> list[list[str]]:
        raise AssertionError(f"{name} read: a kept table was built again")

    from veille.enrich import shipped_rows

    monkeypatch.setattr(shipped_rows, "rows", unread)
    for module in ("areas_abroad", "stated_places", "specifics", "namesakes", "areas",
                   "regions_abroad"):
        mod = __import__(f"veille.dedup.{module}", fromlist=["x"])
        if hasattr(mod, "rows"):
            monkeypatch.setattr(mod, "rows", unread)
    assert main(["--data-dir", str(data), "ingest", str(second)]) == 0
