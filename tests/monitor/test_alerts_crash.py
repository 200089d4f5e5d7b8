"""``kill -9`` of the watcher between a match and its sending, and a restart: the local SMTP
server still gets exactly one message per matching article (the ``veille`` command, real
processes; the crash points are test-only, see ``veille.index.sync.crash_point``)."""

from __future__ import annotations

import json
from pathlib import Path

from alert_kit import smtp_server
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
