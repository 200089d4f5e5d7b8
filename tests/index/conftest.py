"""A real index holding the seed dispatch and a few hand-made articles."""

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
SEED = ROOT / "tests" / "fixtures" / "seed" / "000_b76170f1117bfb89.txt"


@pytest.fixture(scope="module")
def seed_index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TantivyIndex, str]]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("seed"))
    store = SQLiteStore.open(settings.store_path)
    index = TantivyIndex(settings.index_dir)
    summary = ingest_paths(store, [SEED], settings=settings)
    build(store, index)
    assert summary.new == 1
    yield index, summary.new_ids[0]
    index.close()
    store.close()
