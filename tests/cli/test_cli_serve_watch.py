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
    assert f"VEILLE_PORT={port + 1}" in message
    assert len(message.strip().splitlines()) == 1


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
