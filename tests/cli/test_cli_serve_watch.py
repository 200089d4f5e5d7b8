"""Small things of issue 14, run as a user would: ``veille serve`` on a busy port says so in
one line with what to do, and ``veille watch`` says when it polls next while it waits."""

from __future__ import annotations

import os
import socket
import subprocess
import time
from pathlib import Path

from capture_kit import VEILLE, err, run_veille


def test_serve_on_a_busy_port_is_one_clear_error(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run_veille(["serve", "--port", str(port)], data_dir=tmp_path / "data",
                            timeout=60)
    message = err(result)
    assert result.returncode != 0
    assert "serving" not in message and "Traceback" not in message
    assert f"cannot listen on 127.0.0.1:{port}" in message and "--port" in message
    # t-reader20 R13: `make demo` takes no --port; the setting it reads is named
    assert "VEILLE_PORT=" in message
    assert len(message.strip().splitlines()) == 1


def test_a_busy_port_suggests_one_that_is_free(tmp_path: Path) -> None:
    """t-final31 U5: the port suggested after a busy one was busy too."""
    with socket.socket() as busy, socket.socket() as next_busy:
        for _ in range(50):  # two ports in a row, both taken
            busy.bind(("127.0.0.1", 0))
            port = busy.getsockname()[1]
            try:
                next_busy.bind(("127.0.0.1", port + 1))
                break
            except OSError:
                busy.close()
                busy = socket.socket()
        busy.listen()
        next_busy.listen()
        result = run_veille(["serve", "--port", str(port)], data_dir=tmp_path / "data",
                            timeout=60)
        message = err(result)
        suggested = int(message.split("--port ")[1].split()[0])
        assert suggested > port + 1
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", suggested))  # free: raises OSError if not


def test_watch_says_when_it_polls_next(tmp_path: Path) -> None:
    data = tmp_path / "data"
    folder = tmp_path / "inbox"
    folder.mkdir()
    added = run_veille(["sources", "add", str(folder), "--name", "boite", "--every", "600"],
                       data_dir=data)
    assert added.returncode == 0, err(added)
    env = {k: v for k, v in os.environ.items() if not k.startswith("VEILLE_")}
    with subprocess.Popen([str(VEILLE), "--data-dir", str(data), "watch"], env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) as watching:
        assert watching.stderr is not None
        os.set_blocking(watching.stderr.fileno(), False)
        said = b""
        deadline = time.monotonic() + 60
        while b"waiting: next poll boite at" not in said and time.monotonic() < deadline:
            said += watching.stderr.read() or b""
            time.sleep(0.2)
        watching.terminate()
    assert b"waiting: next poll boite at" in said, said.decode()


def test_the_checked_port_is_held_until_served(tmp_path: Path) -> None:
    """t-reader22 R11: `make demo` with another session's veille starting on port 8000
    said "serving" then printed uvicorn's raw "[Errno 98] … address already in use": the port
    was checked by binding once and letting it go. It is held from the check on, so a
    second server on it gets the clear error at once, and a served socket answers."""
    from veille.cli.serve import listening_socket
    from veille.errors import ConfigError

    held = listening_socket("127.0.0.1", 0)
    port = held.getsockname()[1]
    try:
        try:
            listening_socket("127.0.0.1", port)
        except ConfigError as exc:
            assert f"cannot listen on 127.0.0.1:{port}" in str(exc) and "--port" in exc.hint
        else:
            raise AssertionError("a held port was bound twice")
    finally:
        held.close()
    # the real command serves on the socket it holds
    record = tmp_path / "one.jsonl"
    record.write_text('{"url": "https://a.example/1", "title": "Un titre", "text": "Un texte '
                      'de plusieurs mots pour la page.", "language": "fr"}\n')
    assert run_veille(["ingest", str(record)], data_dir=tmp_path / "data").returncode == 0
    server = subprocess.Popen([str(VEILLE), "--data-dir", str(tmp_path / "data"), "serve",
                               "--port", str(port)], stderr=subprocess.PIPE,
                              env={**os.environ})
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=2) as conn:
                    conn.sendall(b"GET /api/v1/latest HTTP/1.0\r\nHost: localhost\r\n\r\n")
                    if conn.recv(64).startswith(b"HTTP/1.1 200"):
                        break
            except OSError:
                time.sleep(0.5)
        else:
            raise AssertionError("the server never answered")
        second = run_veille(["serve", "--port", str(port)], data_dir=tmp_path / "data",
                            timeout=60)
        assert f"cannot listen on 127.0.0.1:{port}" in err(second)
        assert "Errno 98" not in err(second)
    finally:
        server.terminate()
        server.wait(timeout=30)
