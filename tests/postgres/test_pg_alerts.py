"""Saved searches and alerts on the PostgreSQL store (``store_url``): the same monitoring
tables and exactly-once outbox as on SQLite, delivered to real receivers on 127.0.0.1."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import veille
from alert_kit import outlet, smtp_server, webhook_server
from capture_kit import json_record
from veille.record import utcnow
from veille.store.base import SavedSearch


def records(start: int, stop: int, word: str) -> bytes:
    lines = []
    for i in range(start, stop):
        record = json_record(i, date=f"2026-11-{1 + i % 28:02d}T08:00:00Z")
        record["title"] = f"{record['title']} {word}"
        lines.append(json.dumps(record, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode()


def test_alerts_on_postgres_exactly_once(tmp_path: Path, pg_url: str) -> None:
    with smtp_server() as (box, port), webhook_server() as (hooks, url):
        options = {"store_url": pg_url, "smtp_host": "127.0.0.1", "smtp_port": port,
                   "smtp_starttls": False, "fetch_allow": "127.0.0.1"}
        with veille.open(tmp_path / "data", **options) as v:
            v.ingest_bytes([("old.jsonl", records(0, 2, "volcan"))])
            saved = v.save_search(SavedSearch(name="Volcans", query="volcan", collapse=False,
                                              email="moi@example.org", webhook=url))
            v.ingest_bytes([("new.jsonl", records(2, 5, "volcan") + records(5, 7, "plage"))])
            assert v.deliver_alerts().sent == 6
            assert v.deliver_alerts().sent == 0
            assert v.store.count_matches(saved.id) == 3
            v.store.visit_saved_search(saved.id, v.store.change_seq())
            assert v.store.count_matches(saved.id, after_seq=saved.visited_seq) == 3
            [again] = [s for s in v.store.saved_searches() if s.name == "Volcans"]
            assert v.store.count_matches(again.id, after_seq=again.visited_seq) == 0
        with veille.open(tmp_path / "data", **options) as v:  # a restart sends nothing again
            assert v.deliver_alerts().sent == 0
            assert v.store.deliveries(pending=True) == []
            assert v.store.remove_saved_search("Volcans")
            assert v.store.saved_searches() == []
            # The rest of the monitoring tables: the UI's account and sessions, attention.
            v.store.set_password_hash("ana", "hash-1")
            assert v.store.has_accounts() and v.store.password_hash("ana") == "hash-1"
            v.store.add_session("t1", "ana", utcnow() + timedelta(hours=1))
            assert v.store.session_account("t1") == "ana"
            v.store.set_password_hash("ana", "hash-2")  # its sessions end
            assert v.store.session_account("t1") is None
            counts = v.store.daily_counts(since=datetime(2026, 11, 3, tzinfo=UTC))
            assert sorted((day, n) for day, _, n in counts) == [
                (f"2026-11-{d:02d}", 1) for d in range(3, 8)]
    assert len(box.messages) == 3 and len(hooks.posts) == 3
    assert len({json.loads(body)["key"] for _, body in hooks.posts}) == 3


def test_story_alert_and_follow_on_postgres(tmp_path: Path, pg_url: str) -> None:
    with webhook_server() as (hooks, url), \
            veille.open(tmp_path / "data", store_url=pg_url, index_url=pg_url,
                        fetch_allow="127.0.0.1") as v:  # matched on a scratch index
        v.save_search(SavedSearch(name="monte", query="", breaking=2, webhook=url))
        first = v.ingest_bytes([outlet(0)])
        story = v.get(first.new_ids[0]).dedup.story_id  # type: ignore[union-attr]
        v.save_search(SavedSearch(name="suivi", query="", stories=[story], webhook=url))
        v.ingest_bytes([outlet(1)])
        assert v.deliver_alerts().sent == 2  # the crossing, and the followed story's article
        v.ingest_bytes([outlet(2)])
        assert v.deliver_alerts().sent == 1  # one more source: followed, not a crossing yet
    kinds = sorted(json.loads(body)["kind"] for _, body in hooks.posts)
    assert kinds == ["breaking", "new", "new"]


def test_one_alert_sender_at_a_time_across_connections(pg_url: str) -> None:
    """newuser8 Q25: senders on several machines share the PostgreSQL store; its session
    lock lets one send at a time, and a closed connection (a dead sender) frees it."""
    from veille.store.postgres import PostgresStore

    first, second = PostgresStore.open_url(pg_url), PostgresStore.open_url(pg_url)
    try:
        assert first.try_sender_lock()
        assert not second.try_sender_lock()
        first.release_sender_lock()
        assert second.try_sender_lock()
        second.close()  # the server frees the lock when that backend has ended: soon
        deadline = time.monotonic() + 10
        while not first.try_sender_lock():
            assert time.monotonic() < deadline, "a closed connection kept the sender lock"
            time.sleep(0.05)
        first.release_sender_lock()
    finally:
        first.close()
