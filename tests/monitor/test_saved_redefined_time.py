"""A saved search given a new query starts again from now: its ``created_at`` moves with
its ``created_seq`` (newuser11 U21: the time stayed the first definition's). A change of
channels alone keeps both. Real SQLite file."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from veille.settings import Settings
from veille.store.base import SavedSearch
from veille.store.sqlite import SQLiteStore


def test_a_new_query_moves_the_creation_time(tmp_path: Path) -> None:
    store = SQLiteStore.open(Settings(data_dir=tmp_path / "data").store_path)
    try:
        first = store.save_search(SavedSearch(name="Volcans", query="volcan"))
        time.sleep(1.1)  # created_at is stored to the second
        kept = store.save_search(replace(first, email="moi@example.org"))
        assert kept.created_at == first.created_at
        moved = store.save_search(replace(kept, query="volcan OR lave"))
        assert moved.created_at is not None and first.created_at is not None
        assert moved.created_at > first.created_at
    finally:
        store.close()
