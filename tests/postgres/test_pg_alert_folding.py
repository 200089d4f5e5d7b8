"""The outbox rules of newuser11b U30/U32 on the PostgreSQL store (the same SQL): an update
waiting with its article's unsent "new" alert folds into it; alerts queued under a saved
search's old query are dropped when it changes."""

from __future__ import annotations

import json
from pathlib import Path

import veille
from alert_kit import smtp_server
from capture_kit import json_record
from veille.store.base import SavedSearch


def test_folding_and_stale_rows_on_postgres(tmp_path: Path, pg_url: str) -> None:
    with smtp_server() as (box, port), veille.open(
            tmp_path / "data", store_url=pg_url, smtp_host="127.0.0.1", smtp_port=port,
            smtp_starttls=False) as v:
        saved = v.save_search(SavedSearch(name="T", query="orages", email="a@example.org",
                                          collapse=False))
        first = json_record(2, title="Orages : vigilance orange")
        v.ingest_bytes([("a.jsonl", json.dumps(first).encode())])
        v.ingest_bytes([("b.jsonl", json.dumps(dict(
            first, title="Orages : vigilance rouge")).encode())])
        assert v.deliver_alerts().sent == 2
        assert len(box.messages) == 1 and "vigilance rouge" in box.messages[0]["Subject"]
        v.ingest_bytes([("c.jsonl", json.dumps(json_record(3, title="Orages : grêle"))
                         .encode())])
        assert len(v.store.deliveries(search_id=saved.id, pending=True)) == 1
        v.save_search(SavedSearch(name="T", query="orages OR grêle", email="a@example.org",
                                  collapse=False))
        assert v.store.deliveries(pending=True) == []
        assert v.deliver_alerts().sent == 0 and len(box.messages) == 1
