"""Issue #10: a ``kill -9`` anywhere in an ingest (between the store's commit and the
index's, inside the index's, after it) loses nothing: after the next command that writes,
the index holds exactly the store's articles. Real processes, a real SQLite file and a real
tantivy index; ``VEILLE_TEST_CRASH_AT`` makes the process die (``os._exit``) at a named
point, and a second test kills it with SIGKILL at moments the clock picks."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from capture_kit import VEILLE, err, run_veille

from .index_kit import assert_index_equals_store, index_ids, store_ids, write_captures

BATCH = "20"
FILES = 300
"""More than the ingest's reorder buffer holds (veille.pipeline.reorder.HOLD, 200): the
first batches store nothing, the last five store 20 articles each before the rest."""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_captures(tmp_path_factory.mktemp("crash") / "corpus", 0, FILES)


@pytest.mark.parametrize("point", [
    "store-after-commit:1",      # the batch is in the store, the index never saw it
    "store-after-commit:4",
    "index-before-commit:1",     # documents added to the index writer, not committed
    "index-before-commit:3",
    "index-after-commit:2",      # the index committed, the ingest goes no further
])
def test_a_crash_at_each_point_is_caught_up_by_the_next_command(
        corpus: Path, tmp_path: Path, point: str) -> None:
    data = tmp_path / "data"
    env = {"VEILLE_BATCH_SIZE": BATCH}
    crashed = run_veille(["ingest", str(corpus)], data_dir=data,
                         env={**env, "VEILLE_TEST_CRASH_AT": point})
    assert crashed.returncode == 137, err(crashed)
    stored = store_ids(data)
    assert 0 < len(stored) < FILES
    if point.startswith("store-after-commit"):
        assert index_ids(data) < stored, "the index should lag behind after this crash"
    # The next command that writes catches up first, then does its own work.
    more = write_captures(tmp_path / "more", FILES, FILES + 5)
    again = run_veille(["ingest", str(more)], data_dir=data, env=env)
    assert again.returncode == 0, err(again)
    assert len(store_ids(data)) == len(stored) + 5
    assert_index_equals_store(data)
    # And the interrupted ingest resumes, as before.
    resumed = run_veille(["ingest", str(corpus)], data_dir=data, env=env)
    assert resumed.returncode == 0, err(resumed)
    assert len(store_ids(data)) == FILES + 5
    assert_index_equals_store(data)


def _committed(data: Path) -> int:
    try:
        return len(store_ids(data))
    except Exception:  # noqa: BLE001 - the file may not exist yet
        return 0


def test_sigkill_at_random_moments_loses_nothing(corpus: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("VEILLE_")}
    env["VEILLE_BATCH_SIZE"] = "10"
    rng = random.Random(10)
    kills = 0
    for _round in range(4):
        process = subprocess.Popen([str(VEILLE), "--data-dir", str(data), "ingest",
                                    str(corpus)], env=env, stdin=subprocess.DEVNULL,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        target = _committed(data) + rng.randint(1, 25)
        deadline = time.monotonic() + 60
        while process.poll() is None and time.monotonic() < deadline:
            if _committed(data) >= target:
                time.sleep(rng.random() * 0.05)  # anywhere in the next batch's work
                os.kill(process.pid, signal.SIGKILL)
                kills += 1
                break
            time.sleep(0.002)
        process.wait(timeout=60)
    assert kills >= 2, "the ingest could not be killed mid-way"
    final = run_veille(["ingest", str(corpus)], data_dir=data, env={"VEILLE_BATCH_SIZE": "10"})
    assert final.returncode == 0, err(final)
    assert len(store_ids(data)) == FILES
    assert_index_equals_store(data)
