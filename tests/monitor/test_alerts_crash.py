"""``kill -9`` of the watcher between a match and its sending, and a restart: the local SMTP
server still gets exactly one message per matching article (the ``veille`` command, real
processes; the crash points are test-only, see ``veille.index.sync.crash_point``)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

from alert_kit import smtp_server, webhook_server
from capture_kit import err, json_record, run_veille


def corpus(path: Path, start: int, stop: int) -> Path:
    lines = [json.dumps(json_record(i, title=f"Éruption du volcan numéro {i}"),
                        ensure_ascii=False) for i in range(start, stop)]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def env_for(port: int, crash: str = "") -> dict[str, str]:
    env = {"VEILLE_SMTP_HOST": "127.0.0.1", "VEILLE_SMTP_PORT": str(port),
           "VEILLE_SMTP_STARTTLS": "false"}
    if crash:
        env["VEILLE_TEST_CRASH_AT"] = crash
    return env


def test_kill_between_match_and_send_then_restart(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with smtp_server() as (box, port):
        added = run_veille(["saved", "add", "Volcans", "volcan", "--reprints",
                            "--email", "moi@example.org"], data_dir=data)
        assert added.returncode == 0, err(added)
        ingest = run_veille(["ingest", str(corpus(tmp_path / "a.jsonl", 0, 4))],
                            data_dir=data, env=env_for(port))
        assert ingest.returncode == 0, err(ingest)
        killed = run_veille(["watch", "--once"], data_dir=data,
                            env=env_for(port, "alert-before-send"))
        assert killed.returncode == 137 and box.messages == []
        sent = run_veille(["watch", "--once"], data_dir=data, env=env_for(port))
        assert sent.returncode == 0, err(sent)
        assert len(box.messages) == 4
        again = run_veille(["alerts", "send"], data_dir=data, env=env_for(port))
        assert again.returncode == 0 and len(box.messages) == 4
        subjects = sorted(str(m["Subject"]) for m in box.messages)
        assert len(set(subjects)) == 4


def test_kill_before_the_outbox_commit_matches_again(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with smtp_server() as (box, port):
        run_veille(["saved", "add", "Volcans", "volcan", "--reprints", "--email",
                    "moi@example.org"], data_dir=data)
        killed = run_veille(["ingest", str(corpus(tmp_path / "a.jsonl", 0, 3))],
                            data_dir=data, env=env_for(port, "alerts-before-commit"))
        assert killed.returncode == 137
        sent = run_veille(["alerts", "send"], data_dir=data, env=env_for(port))
        assert sent.returncode == 0, err(sent)
        assert len(box.messages) == 3
        run_veille(["ingest", str(corpus(tmp_path / "b.jsonl", 3, 5))], data_dir=data,
                   env=env_for(port))
        run_veille(["alerts", "send"], data_dir=data, env=env_for(port))
        assert len(box.messages) == 5


def test_kill_after_send_before_marking_resends_with_the_same_key(tmp_path: Path) -> None:
    """The one window no sender can close (the receiver accepted, the outbox row is not
    marked yet): the message goes again with the same Message-ID, for the receiver to
    deduplicate; every other message goes once."""
    data = tmp_path / "data"
    with smtp_server() as (box, port):
        run_veille(["saved", "add", "Volcans", "volcan", "--reprints", "--email",
                    "moi@example.org"], data_dir=data)
        run_veille(["ingest", str(corpus(tmp_path / "a.jsonl", 0, 3))], data_dir=data,
                   env=env_for(port))
        killed = run_veille(["alerts", "send"], data_dir=data,
                            env=env_for(port, "alert-after-send:2"))
        assert killed.returncode == 137 and len(box.messages) == 2
        run_veille(["alerts", "send"], data_dir=data, env=env_for(port))
        ids = [m["Message-ID"] for m in box.messages]
        assert len(ids) == 4 and len(set(ids)) == 3
        status = run_veille(["alerts", "status", "--pending"], data_dir=data)
        assert status.stdout == b""


def test_webhook_kill_after_accept_before_marking_resends_the_same_key(tmp_path: Path) -> None:
    """The same window for webhooks: the receiver answered 2xx, the sender dies before the
    outbox row is marked; the re-sent POST carries the same ``Idempotency-Key`` (and
    ``X-Veille-Key``, the body's ``key``, the same signed body), so the receiver drops it."""
    data = tmp_path / "data"
    with webhook_server() as (hooks, url):
        env = {"VEILLE_FETCH_ALLOW": "127.0.0.1"}
        added = run_veille(["saved", "add", "Volcans", "volcan", "--reprints", "--webhook",
                            url], data_dir=data, env=env)
        assert added.returncode == 0, err(added)
        run_veille(["ingest", str(corpus(tmp_path / "a.jsonl", 0, 3))], data_dir=data, env=env)
        killed = run_veille(["alerts", "send"], data_dir=data,
                            env={**env, "VEILLE_TEST_CRASH_AT": "alert-after-send:1"})
        assert killed.returncode == 137 and len(hooks.posts) >= 1
        accepted_before = len(hooks.posts)
        sent = run_veille(["alerts", "send"], data_dir=data, env=env)
        assert sent.returncode == 0, err(sent)
        keys = [headers["Idempotency-Key"] for headers, _ in hooks.posts]
        # Every key arrived; the killed pass's unmarked ones (at least the one it died
        # after) arrived twice.
        assert len(set(keys)) == 3 and len(keys) > 3 and accepted_before >= 1
        for headers, body in hooks.posts:
            assert headers["X-Veille-Key"] == headers["Idempotency-Key"] == json.loads(body)["key"]
        by_key: dict[str, set[bytes]] = {}
        for headers, body in hooks.posts:
            by_key.setdefault(headers["Idempotency-Key"], set()).add(
                body + headers["X-Veille-Signature"].encode())
        assert all(len(bodies) == 1 for bodies in by_key.values())  # the same signed body
        assert run_veille(["alerts", "status", "--pending"], data_dir=data).stdout == b""
        again = run_veille(["alerts", "send"], data_dir=data, env=env)
        assert again.returncode == 0 and len(hooks.posts) == len(keys)


DIGEST_SEND = """
import sys
from datetime import timedelta
import veille
from veille.monitor.deliver import deliver_due
from veille.record import utcnow
with veille.open(sys.argv[1]) as v:
    print(deliver_due(v.store, v.settings, now=utcnow() + timedelta(hours=3)).sent)
"""


def test_digest_kill_after_accept_before_marking_resends_the_same_message_id(
        tmp_path: Path) -> None:
    """A digest sent again after that window holds the same rows, so it has the same
    Message-ID (a digest is the rows of one search due at one time)."""
    data = tmp_path / "data"
    with smtp_server() as (box, port):
        run_veille(["saved", "add", "Volcans", "volcan", "--reprints", "--email",
                    "moi@example.org", "--digest", "hourly"], data_dir=data)
        run_veille(["ingest", str(corpus(tmp_path / "a.jsonl", 0, 3))], data_dir=data,
                   env=env_for(port))
        script = [sys.executable, "-c", DIGEST_SEND, str(data)]
        clean = {k: v for k, v in os.environ.items() if not k.startswith("VEILLE_")}
        killed = subprocess.run(script, env={**clean, **env_for(port, "alert-after-send")},
                                capture_output=True, check=False, timeout=120)
        assert killed.returncode == 137 and len(box.messages) == 1
        run_veille(["ingest", str(corpus(tmp_path / "b.jsonl", 3, 5))], data_dir=data,
                   env=env_for(port))
        # Matched after the digest was sent, these are due at the hour after: another one.
        with sqlite3.connect(data / "veille.sqlite3") as conn:
            due = datetime.fromisoformat(conn.execute(
                "SELECT due_at FROM alert_outbox WHERE id = 1").fetchone()[0])
            conn.execute("UPDATE alert_outbox SET due_at = ? WHERE id > 3",
                         ((due + timedelta(hours=1)).isoformat(),))
        sent = subprocess.run(script, env={**clean, **env_for(port)}, capture_output=True,
                              check=False, timeout=120)
        assert sent.returncode == 0, sent.stderr.decode()
        assert len(box.messages) == 3
        first, resent, other = box.messages
        assert first["Message-ID"] == resent["Message-ID"] != other["Message-ID"]
