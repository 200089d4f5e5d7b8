"""A saved search whose webhook the address guard refuses (127.0.0.1, a private network) is
saved, with a warning saying what to do (``VEILLE_FETCH_ALLOW=…``), and its alerts stay
undelivered until that network is opened (h-api66, t-final65 C4: ``saved add`` refused to
save it at all, and both searches had to be typed again). Real CLI, real store, real
receiver and server on 127.0.0.1."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))
from web_kit import serve  # noqa: E402

import veille  # noqa: E402
from alert_kit import webhook_server  # noqa: E402
from capture_kit import err, json_record, run_veille  # noqa: E402

TOKEN = "blocked-hook-token-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _records(word: str) -> bytes:
    record = json_record(1)
    record["title"] = f"{record['title']} {word}"
    return (json.dumps(record, ensure_ascii=False) + "\n").encode()


def test_cli_saves_a_blocked_webhook_warns_and_keeps_delivery_blocked(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with webhook_server() as (hooks, url):
        added = run_veille(["saved", "add", "Crues", "volcan", "--webhook", url],
                           data_dir=data)
        assert added.returncode == 0, err(added)
        assert b"saved Crues" in added.stdout
        said = err(added)
        assert "non-public address (127.0.0.1)" in said and \
            "VEILLE_FETCH_ALLOW=127.0.0.1" in said, said
        with veille.open(data) as v:
            assert [s.webhook for s in v.store.saved_searches()] == [url]
            v.ingest_bytes([("n.jsonl", _records("volcan"))])
            report = v.deliver_alerts()
            assert report.failed == 1 and hooks.attempts == 0  # still blocked
            pending = v.store.deliveries(pending=True)  # kept, to retry once opened
            assert pending and "non-public" in pending[0].last_error, pending


def test_api_saves_a_blocked_webhook_with_a_warning(tmp_path: Path) -> None:
    with serve(tmp_path / "data", api_token=TOKEN) as live, \
            httpx.Client(base_url=live.url, timeout=30) as http:
        answer = http.post("/api/v1/saved-searches", headers={**AUTH, "Accept-Language": "fr"},
                           json={"name": "Hook", "query": "volcan",
                                 "webhook": "http://10.1.2.3/hook"})
        assert answer.status_code == 201, answer.text
        body = answer.json()
        assert body["webhook"] == "http://10.1.2.3/hook" and body["webhook_secret"]
        assert any("VEILLE_FETCH_ALLOW=10.1.2.3" in w for w in body["warnings"]), body
        assert any("vise une adresse non publique" in w and "VEILLE_FETCH_ALLOW=10.1.2.3" in w
                   for w in body["localized_warnings"]), body
        listed = http.get("/api/v1/saved-searches").json()["saved_searches"]
        assert [s["name"] for s in listed] == ["Hook"]
