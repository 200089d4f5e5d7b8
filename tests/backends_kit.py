"""One set of records searched on each backend: the embedded store and index (SQLite and
tantivy), and PostgreSQL as store and search on a throwaway cluster (skipped where its
server binaries are not installed; CI installs them)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

import veille
from veille.store import pgcluster


@contextmanager
def searched_store(backend: str, root: Path, records: Path, database: str, *,
                   enrich: bool = False) -> Iterator[Any]:
    """The veille API on ``root/data`` with ``records`` ingested (and enriched when
    ``enrich``) and the index caught up; ``backend`` is "tantivy" or "postgresql" (a
    database named ``database`` on a fresh cluster)."""
    def filled(v: Any) -> Any:
        v.ingest(records)
        if enrich:
            v.enrich()
        v.sync()
        return v

    if backend == "tantivy":
        with veille.open(root / "data") as v:
            yield filled(v)
        return
    reason = pgcluster.unavailable_reason()
    if reason:
        pytest.skip(f"PostgreSQL: {reason}")
    with pgcluster.running() as cluster:
        url = cluster.create_database(database)
        with veille.open(root / "data", store_url=url, index_url=url) as v:
            yield filled(v)


def keys_found(v: Any, query: str, keys: Iterable[str]) -> set[str]:
    """The ``keys`` whose article ``query`` finds on ``v``'s backend (first 50 hits): each
    test article's text holds "Dépêche KEY " so a hit names its case whatever its id."""
    names = tuple(keys)  # read once per hit: a generator would be spent by the first
    out = set()
    for hit in v.search(query, per_page=50).hits:
        text = " ".join(v.get(hit.id).content.paragraphs)
        out |= {key for key in names if f"Dépêche {key} " in text}
    return out
