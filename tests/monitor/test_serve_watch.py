"""Regression: ``veille serve --watch`` on a new data directory opened the store twice at
once (the app and the watcher thread) and both migrated it: "table raw_inputs already
exists". A migration is now re-checked inside its transaction."""

from __future__ import annotations

import threading
from pathlib import Path

from veille.store.migrations import SCHEMA_VERSION
from veille.store.sqlite import SQLiteStore


def test_two_openers_of_a_new_store_at_once(tmp_path: Path) -> None:
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def open_it() -> None:
        barrier.wait()
        try:
            SQLiteStore.open(tmp_path / "veille.sqlite3").close()
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    store = SQLiteStore.open(tmp_path / "veille.sqlite3")
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    store.close()
