"""Searches never go back to an older commit, and a long-lived reader sees another writer's
commits (the plural-search property test's flake, ci-95: a search right after a commit saw
none of its documents).

Cause: tantivy's "OnCommit" reader policy reloads from a file-watcher thread; a reload it
began before a commit could end after the commit's own reload and store the older searcher
(tantivy stores whatever searcher a reload built). The index now reloads only itself, under
a lock, when ``meta.json`` changed (``TantivyIndex._reload``). Real tantivy indexes, real
threads; the documents are committed one at a time so that tantivy merges segments (and
rewrites ``meta.json``) while the searches run.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

from veille.index.base import IndexDoc
from veille.index.query import parse_query
from veille.index.tantivy_index import TantivyIndex

T0 = datetime(2026, 12, 7, 9, tzinfo=UTC)
COMMITS = 40


def _doc(n: int) -> IndexDoc:
    return IndexDoc(id=f"d{n}", title="Dépêche", body=f"Le rapport évoque le marqueur{n:03d}.",
                    source="ex.fr", language="fr", date=T0)


def _seen(index: TantivyIndex, n: int) -> bool:
    hits = index.search(parse_query(f"marqueur{n:03d}").node, limit=5).hits
    return f"d{n}" in {hit.doc.id for hit in hits}


def test_a_reader_object_sees_each_commit_of_a_writer_object(tmp_path: Path) -> None:
    """The web app's index object reads what `ingest`'s object commits, at its next search."""
    writer = TantivyIndex(tmp_path / "index")
    reader = TantivyIndex(tmp_path / "index")
    try:
        for n in range(COMMITS):
            writer.add_docs([_doc(n)])
            writer.commit()
            assert _seen(reader, n), n
            assert _seen(writer, n), n
        assert reader.count() == writer.count() == COMMITS
    finally:
        writer.close()
        reader.close()


def test_concurrent_searches_never_go_back_to_an_older_commit(tmp_path: Path) -> None:
    """Each searching thread's count of documents never drops, and every search after the
    last commit sees all of them, while commits (and tantivy's merges) go on."""
    index = TantivyIndex(tmp_path / "index")
    done = threading.Event()
    drops: list[tuple[int, int]] = []

    def search_on() -> None:
        last = 0
        while not done.is_set():
            total = index.search(parse_query("rapport").node, limit=1).total
            if total < last:
                drops.append((last, total))
            last = total

    threads = [threading.Thread(target=search_on) for _ in range(3)]
    for thread in threads:
        thread.start()
    try:
        for n in range(COMMITS):
            index.add_docs([_doc(n)])
            index.commit()
            assert _seen(index, n), n
    finally:
        done.set()
        for thread in threads:
            thread.join()
    try:
        assert drops == []
        assert index.search(parse_query("rapport").node, limit=1).total == COMMITS
    finally:
        index.close()
