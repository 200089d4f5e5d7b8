"""A writer's story state is read and written with the cyclic collector paused, its plain
words and counts taken as they are (issue #13, r-perf51: small writers spent a fifth of
their CPU in collections set off by decoding the state, and a tenth in calls on plain
values).

The state must read back to the same bytes it was written as (a real store's state, after
real ingests by successive writers), the collector must be as it was after a read or a
write, a failed read included, and a state holding a plain value where a pair is expected
is still refused. Fixture: ``tests/fixtures/stories/order-independence.jsonl`` (own text).
"""

from __future__ import annotations

import gc
import json
import sys
import zlib
from pathlib import Path

import pytest

from veille.collector import paused
from veille.dedup.story_state import StateError, decode, encode, loads
from veille.ingest import STATE_NAME
from veille.store.sqlite import SQLiteStore

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_ingest_story_state import CUTS, ingest  # noqa: E402


def test_paused_restores_the_collector_as_it_was() -> None:
    assert gc.isenabled()
    with paused():
        assert not gc.isenabled()
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner pause leaves the outer one's
    assert gc.isenabled()
    gc.disable()
    try:
        with paused():
            pass
        assert not gc.isenabled()  # disabled by someone else: left so
    finally:
        gc.enable()
    with pytest.raises(RuntimeError), paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_a_stored_state_reads_back_to_its_bytes(tmp_path: Path) -> None:
    store = SQLiteStore.open(tmp_path / "store.sqlite3")
    try:
        for part in range(len(CUTS)):
            ingest(store, part, snapshots=True)
        row = store.story_state(STATE_NAME)
    finally:
        store.close()
    assert row is not None
    data = row[3]
    stories = decode(data)
    assert gc.isenabled()
    assert stories.active  # a real state, with stories
    assert encode(stories) == data
    assert gc.isenabled()


def test_a_plain_value_for_a_pair_is_refused_and_the_collector_restored() -> None:
    bad = zlib.compress(json.dumps({"t": "C", "v": ["word", 3]}).encode(), 1)
    with pytest.raises(StateError):
        loads(bad)
    assert gc.isenabled()
    good = zlib.compress(json.dumps({"t": "C", "v": [["word", 3], [{"t": "u", "v": [1, 2]},
                                                                     2]]}).encode(), 1)
    assert loads(good) == {"word": 3, (1, 2): 2}
