"""Removing a channel cancels its alerts not sent yet (newuser16c N11: a failing webhook,
removed, left its queued alert retried forever to the URL '', and ``veille alerts send``
exited 1 at every run). Real webhook receiver on 127.0.0.1 answering 500, real SQLite
store, the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import veille
from alert_kit import webhook_server
from capture_kit import err, json_record, run_veille
from veille.store.base import SavedSearch


def test_removing_a_failing_webhook_cancels_its_queued_alerts(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with webhook_server(fail=1000) as (_hooks, hook):
        with veille.open(data, fetch_allow="127.0.0.1", alert_retry_s=0) as v:
            v.save_search(SavedSearch(name="W500", query="Zorglub", webhook=hook))
            v.ingest_bytes([("z.jsonl", json.dumps(
                json_record(1, title="Zorglub revient"), ensure_ascii=False).encode())])
            assert v.deliver_alerts().failed == 1
        cleared = run_veille(["saved", "add", "W500", "Zorglub", "--webhook", ""],
                             data_dir=data)
        assert cleared.returncode == 0, err(cleared)
        assert "cancelled" in err(cleared)
        for _ in range(2):
            sent = run_veille(["alerts", "send"], data_dir=data,
                              env={"VEILLE_FETCH_ALLOW": "127.0.0.1"})
            assert sent.returncode == 0, err(sent)
        with veille.open(data) as v:
            assert v.store.deliveries(pending=True) == []


def test_the_sender_cancels_an_alert_whose_channel_is_gone(tmp_path: Path) -> None:
    """The outbox row of a channel removed while it was queued (another process saved the
    search without it) is cancelled by the sender, not retried."""
    with webhook_server(fail=1000) as (_hooks, hook), \
            veille.open(tmp_path / "data", fetch_allow="127.0.0.1", alert_retry_s=0) as v:
        saved = v.save_search(SavedSearch(name="W500", query="Zorglub", webhook=hook))
        v.ingest_bytes([("z.jsonl", json.dumps(
            json_record(1, title="Zorglub revient"), ensure_ascii=False).encode())])
        assert v.deliver_alerts().failed == 1
        v.store.conn.execute("UPDATE saved_searches SET channels = json_set(channels, "
                             "'$.webhook', '') WHERE id = ?", (saved.id,))
        report = v.deliver_alerts()
        assert (report.failed, report.errors) == (0, [])
        assert v.store.deliveries(pending=True) == []
