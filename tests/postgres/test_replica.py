"""Read replicas (``read_url``): a streaming replica made with ``pg_basebackup -R`` serves
searches and pages while the primary takes the writes."""

from __future__ import annotations

import time
from pathlib import Path

import psycopg
import pytest

import veille
from capture_kit import make_capture

REPLICA_DEADLINE_S = 10.0


def test_a_new_article_is_searchable_on_the_replica_within_seconds(
        tmp_path: Path, pg_replica) -> None:  # type: ignore[no-untyped-def]
    pg_url, start_replica = pg_replica
    primary = dict(store_url=pg_url, index_url=pg_url)
    with veille.open(tmp_path / "data", **primary) as writer:
        writer.ingest_bytes([("first.txt", make_capture(1).bytes())])
    read_url = start_replica()
    with psycopg.connect(read_url) as conn:
        assert conn.execute("SELECT pg_is_in_recovery()").fetchone() == (True,)
    with veille.open(tmp_path / "data", **primary) as writer, \
            veille.open(tmp_path / "data", read_url=read_url, **primary) as reader:
        assert len(reader.latest(10)) == 1
        capture = make_capture(2)
        summary = writer.ingest_bytes([("second.txt", capture.bytes())])
        [new_id] = summary.new_ids
        word = writer.get(new_id).content.title.split()[-2]  # type: ignore[union-attr]
        started = time.monotonic()
        while not any(h.id == new_id for h in reader.search(word, per_page=50).hits):
            assert time.monotonic() - started < REPLICA_DEADLINE_S, \
                "the replica did not show the new article in time"
            time.sleep(0.05)
        assert reader.get(new_id).id == new_id  # pages too
        assert len(reader.latest(10)) == 2
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            reader.read_store.learn_site_blocks("x.example", ["menu"])
