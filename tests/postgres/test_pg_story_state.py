"""The saved story state (r-perf36, ``veille.store.sqlite_state``) on PostgreSQL
(``store_url``): each writer saves its state with the log's position, the next loads it and
follows the log, and the stories are those of writers that replay the store, as on SQLite
(tests/test_ingest_story_state.py); a damaged row is not used. Fixture: own text
(``tests/fixtures/stories/order-independence.jsonl``)."""

from __future__ import annotations

from pathlib import Path

from test_ingest_story_state import CUTS, assignments, corrupt_row, ingest, replayed
from veille.dedup.story_state import digest_of, state_version
from veille.ingest import STATE_NAME
from veille.store.postgres import PostgresStore


def test_story_state_saved_and_loaded_on_postgresql(tmp_path: Path, pg_url: str) -> None:
    expected = replayed(tmp_path)  # SQLite, every writer replaying the store
    store = PostgresStore.open_url(pg_url)
    try:
        first = ingest(store, 0, snapshots=True)
        assert (first.loads, first.warm_ups) == (0, 1)
        row = store.story_state(STATE_NAME)
        assert row is not None and row[0] == state_version() and row[2] == digest_of(row[3])
        second = ingest(store, 1, snapshots=True)
        assert (second.loads, second.warm_ups, second.said) == (1, 0, [])
        corrupt_row(store, "torn")
        third = ingest(store, 2, snapshots=True)
        assert (third.loads, third.warm_ups, len(third.said)) == (0, 1, 1)
        last = ingest(store, len(CUTS) - 1, snapshots=True)
        assert (last.loads, last.warm_ups) == (1, 0)
        assert assignments(store) == expected
    finally:
        store.close()
