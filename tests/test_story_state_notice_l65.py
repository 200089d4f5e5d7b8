"""A writer that finds the saved story state older than another writer's changes (a
``veille ingest`` beside ``veille serve --watch``) rebuilds it from the store and says so
plainly, not as a warning (h-api65, t-final64 #8).

Regression: the line "warning: the saved story state cannot follow the store's log from
its position: replaying the store's latest articles instead" read as data loss, while the
state is a cache of the store (the source of truth): the stories are the same, the start
only takes longer. Real SQLite store, real ingests by three writers.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from test_ingest_story_state import CUTS, LINES, assignments, ingest, items
from veille.ingest import Ingestor, StoryFollower
from veille.store.sqlite import SQLiteStore


def test_a_state_another_writer_outran_is_rebuilt_quietly(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    store = SQLiteStore.open(tmp_path / "s.sqlite3")
    ingest(store, 0, snapshots=True)  # the watch: saves its state
    ingest(store, 1, snapshots=False)  # an ingest beside it: 5 articles the state lacks
    with caplog.at_level(logging.INFO, logger="veille.ingest"):
        follower = StoryFollower(store, recent=2)  # more than its warm-up reads
        lo, hi = CUTS[2]
        Ingestor(store, batch_size=4, stories=follower).run(items("p2.jsonl", LINES[lo:hi]))
    assert (follower.loads, follower.warm_ups) == (1, 1)
    said = [r for r in caplog.records if r.name == "veille.ingest"
            and "saved working state" in r.getMessage()]
    assert [r.levelno for r in said] == [logging.INFO]
    message = said[0].getMessage()
    assert "nothing is lost" in message and "rebuilt from the stored articles" in message
    assert "cannot follow" not in message
    assert all(story for story in assignments(store).values())
