"""A read replica (``read_url``) that lags is visible (newuser15c D2: ``/api/v1/stats``
gave the replica's counts as the store's with ``index_lag: 0``, ``veille check`` said all
agreed, ``veille search`` silently missed the newest articles). A real PostgreSQL primary
and a streaming replica (``pg_basebackup -R``) whose replay is paused, a real uvicorn
server on 127.0.0.1; catching up clears it."""

from __future__ import annotations

import json
import time
from pathlib import Path

import httpx
import psycopg
import pytest
from web_kit import serve

import veille
from capture_kit import make_capture
from veille.cli.main import main

DEADLINE_S = 20.0


def test_a_lagging_replica_shows_in_stats_check_search_and_the_api(  # type: ignore[no-untyped-def]
        tmp_path: Path, pg_replica, capsys: pytest.CaptureFixture[str]) -> None:
    pg_url, start_replica = pg_replica
    data = tmp_path / "data"
    primary = {"store_url": pg_url, "index_url": pg_url}
    with veille.open(data, **primary) as writer:
        writer.ingest_bytes([("first.txt", make_capture(1).bytes())])
    read_url = start_replica()
    (data / "veille.toml").write_text(
        f'store_url = "{pg_url}"\nindex_url = "{pg_url}"\nread_url = "{read_url}"\n',
        encoding="utf-8")
    replay = psycopg.connect(read_url, autocommit=True)
    try:
        replay.execute("SELECT pg_wal_replay_pause()")
        with veille.open(data) as writer:
            [new_id] = writer.ingest_bytes([("second.txt", make_capture(2).bytes())]).new_ids
            word = writer.store.get(new_id).content.title.split()[-2]  # type: ignore[union-attr]
            stats = writer.stats()
            assert stats["replica_lag"] > 0, stats
            assert stats["replica_seq"] + stats["replica_lag"] == stats["store_seq"]
            assert stats["articles"] == 2  # the primary's, not the replica's
            drift = writer.check()
            assert drift.replica is not None and drift.replica.lag == stats["replica_lag"]
            assert any("behind the primary" in line for line in drift.lines())

        capsys.readouterr()
        assert main(["--data-dir", str(data), "search", "--json", word]) == 0
        out, err = capsys.readouterr()
        assert "read replica" in err and "behind the primary" in err, err
        assert json.loads(out)["replica_lag"] == stats["replica_lag"]
        main(["--data-dir", str(data), "check"])
        assert "behind the primary" in capsys.readouterr().err

        with serve(data, store_url=pg_url, index_url=pg_url, read_url=read_url) as server:
            api = httpx.get(f"{server.url}/api/v1/stats", timeout=10).json()
            assert api["counts"]["articles"] == 2, api
            assert api["store_seq"] == stats["store_seq"]
            assert api["replica_lag"] == stats["replica_lag"] > 0
            assert api["index_lag"] >= api["replica_lag"]  # what searches miss
            replay.execute("SELECT pg_wal_replay_resume()")
            started = time.monotonic()
            # Both catch up: the replica replays, then the index follows the store's log
            # in the background (it may be a moment behind the replica).
            while (api := httpx.get(f"{server.url}/api/v1/stats", timeout=10).json()
                   )["replica_lag"] or api["index_lag"]:
                assert time.monotonic() - started < DEADLINE_S, api
                time.sleep(0.1)
            assert api["index_lag"] == 0 and api["replica_seq"] == api["store_seq"]
    finally:
        replay.close()
