"""A real index of the demo corpus, built once per test module in a temporary directory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from veille.index.pg_index import PgIndex
from veille.index.sync import build
from veille.index.tantivy_index import TantivyIndex
from veille.ingest import ingest_paths
from veille.settings import Settings
from veille.store.postgres import PostgresStore
from veille.store.sqlite import SQLiteStore

ROOT = Path(__file__).resolve().parents[2]
SEED_ID = "9ad39e45abce66d3"


@pytest.fixture(scope="module", params=["tantivy", "postgresql"])
def demo_index(request: pytest.FixtureRequest,
               tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """SQLite + tantivy, or PostgreSQL for both the store and the index."""
    settings = Settings(data_dir=tmp_path_factory.mktemp("demo"))
    store: Any
    index: Any
    if request.param == "tantivy":
        store = SQLiteStore.open(settings.store_path)
        index = TantivyIndex(settings.index_dir)
    else:
        cluster = request.getfixturevalue("pg_cluster")
        url = cluster.create_database(f"demo_{request.module.__name__.rsplit('.', 1)[-1]}")
        store, index = PostgresStore.open_url(url), PgIndex(url)
    summary = ingest_paths(store, [ROOT / "demo"], settings=settings)
    build(store, index)
    assert summary.new == index.count() > 100
    yield index
    index.close()
    store.close()


def backend_settings(request: pytest.FixtureRequest, name: str) -> dict[str, str]:
    """The settings of ``veille.open`` for ``request.param``: none for SQLite + tantivy,
    the store and the index in a new database ``name`` of the session's PostgreSQL cluster
    for ``postgresql``."""
    if request.param != "postgresql":
        return {}
    url = str(request.getfixturevalue("pg_cluster").create_database(name))
    return {"store_url": url, "index_url": url}


def both_backends(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
                  name: str, docs: list[Any]) -> Iterator[Any]:
    """``docs`` (IndexDocs) in a tantivy index or a PostgreSQL one, by ``request.param``
    (``tantivy`` or ``postgresql``): the body of a module fixture over both backends."""
    idx: Any
    if request.param == "tantivy":
        idx = TantivyIndex(tmp_path_factory.mktemp(name) / "index")
    else:
        idx = PgIndex(request.getfixturevalue("pg_cluster").create_database(name))
    idx.add_docs(docs)
    idx.commit()
    yield idx
    if request.param == "postgresql":
        idx.close()


@pytest.fixture(scope="module", params=["tantivy", "postgresql"])
def texts_service(request: pytest.FixtureRequest,
                  tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The test module's ``TEXTS`` (``{key: (language, title, text)}``) ingested into veille
    on SQLite + tantivy or on PostgreSQL (:func:`backend_settings`), each article at
    ``https://t.example/<key>``, enriched too when the module sets ``ENRICH = True``."""
    import veille
    from dispatch_kit import records_file

    name = request.module.__name__.rsplit(".", 1)[-1]
    root = tmp_path_factory.mktemp(f"texts-{request.param}")
    records = [{"url": f"https://t.example/{key}", "title": title, "text": text,
                "language": lang, "published": "2026-12-01T10:00:00Z"}
               for key, (lang, title, text) in request.module.TEXTS.items()]
    with veille.open(root / "data", **backend_settings(request, f"texts_{name}")) as v:
        v.ingest(records_file(root / "records.jsonl", records))
        if getattr(request.module, "ENRICH", False):
            v.enrich()
        v.sync()
        yield v
