"""What the change-log tests share: the store's ids and the live index's ids, read from the
files as another process would, and corpora of distinct captures."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from capture_kit import make_capture
from veille.index.check import compare
from veille.index.lifecycle import IndexHome
from veille.index.tantivy_index import TantivyIndex
from veille.store.sqlite import SQLiteStore


def write_captures(root: Path, start: int, stop: int) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(start, stop):
        (root / f"{i:05d}.txt").write_text(make_capture(i, paragraphs=2).text, "utf-8")
    return root


def store_ids(data: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{data / 'veille.sqlite3'}?mode=ro", uri=True)
    try:
        return {row[0] for row in conn.execute("SELECT id FROM articles")}
    finally:
        conn.close()


def live_index(data: Path) -> TantivyIndex:
    path = IndexHome(data / "index").current()
    assert path is not None, "no live index"
    return TantivyIndex(path)


def index_ids(data: Path) -> set[str]:
    return set(live_index(data).entries())


def assert_index_equals_store(data: Path) -> None:
    """Same ids, same content hashes, nothing pending, files sound."""
    store = SQLiteStore.open(data / "veille.sqlite3")
    try:
        index = live_index(data)
        drift = compare(store, index)
        assert drift.lag == 0, drift.lines()
        assert not drift.found, drift.lines()
        assert set(index.entries()) == store_ids(data)
    finally:
        store.close()
