"""A real index of the demo corpus, built once per test module in a temporary directory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from veille.index.sync import build
from veille.index.tantivy_index import TantivyIndex
from veille.ingest import ingest_paths
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

ROOT = Path(__file__).resolve().parents[2]
SEED_ID = "9ad39e45abce66d3"


@pytest.fixture(scope="module")
def demo_index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TantivyIndex]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("demo"))
    store = SQLiteStore.open(settings.store_path)
    index = TantivyIndex(settings.index_dir)
    summary = ingest_paths(store, [ROOT / "demo"], settings=settings)
    build(store, index)
    assert summary.new == index.count() > 100
    yield index
    index.close()
    store.close()
