"""A read-only data directory (issue 11): reading commands read it, writing commands and
search say in one line why they cannot and what to do, and nothing prints a traceback.

Run as root, the tests run veille as ``nobody`` (root writes anywhere); otherwise they take
the write permission away from the directory."""

from __future__ import annotations

import json
import os
import shutil
import socket
import stat
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from capture_kit import VEILLE, json_record
from veille.cli.main import main

NOBODY = 65534
AS_NOBODY = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]


def _prefix() -> list[str]:
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: cannot make a directory read-only")
    return AS_NOBODY


def _set_writable(path: Path, writable: bool) -> None:
    for item in [path, *path.rglob("*")]:
        mode = item.stat().st_mode
        item.chmod(mode | stat.S_IWUSR if writable else mode & ~0o222)


@pytest.fixture(scope="module")
def read_only() -> Iterator[Path]:
    prefix = _prefix()
    root = Path(tempfile.mkdtemp(prefix="veille-ro-"))
    root.chmod(0o755)
    data = root / "data"
    records = root / "records.jsonl"
    records.write_text("\n".join(json.dumps(json_record(i)) for i in range(5)), "utf-8")
    assert main(["--data-dir", str(data), "ingest", str(records)]) == 0
    assert main(["--data-dir", str(data), "reindex"]) == 0
    if prefix:
        for item in [data, *data.rglob("*")]:
            os.chown(item, NOBODY, NOBODY)
    _set_writable(data, False)
    yield data
    _set_writable(data, True)
    shutil.rmtree(root)


def veille(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VEILLE_")}
    return subprocess.run([*_prefix(), str(VEILLE), "--data-dir", str(data), *args],
                          capture_output=True, text=True, env=env, timeout=120, check=False)


def _an_id(data: Path) -> str:
    result = veille(data, "latest", "-n", "1")
    assert result.returncode == 0, result.stderr
    return result.stdout.split()[0]


def test_reading_commands_read_a_read_only_directory(read_only: Path) -> None:
    article_id = _an_id(read_only)
    for args in (["latest"], ["latest", "--json"], ["show", article_id],
                 ["show", article_id, "--json"], ["export"], ["stats"], ["stories"],
                 ["duplicates", article_id], ["sources", "list"]):
        result = veille(read_only, *args)
        assert result.returncode == 0, (args, result.stderr)
        assert "Traceback" not in result.stderr
    assert len(veille(read_only, "export").stdout.splitlines()) == 5
    assert not any(p.name.endswith(("-wal", "-shm")) for p in read_only.iterdir())


def _shadows() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("veille-index-ro-*")}


def test_search_and_check_read_a_snapshot(read_only: Path) -> None:
    """A backup snapshot (a read-only mount) can be searched and compared with its index
    (newuser15c D4: both refused it, saying to chmod what cannot be written); nothing is
    written to it, and the index's shadow directory is removed."""
    before = _shadows()
    title = json.loads(veille(read_only, "export").stdout.splitlines()[0])["content"]["title"]
    word = max(title.split(), key=len).strip(".,:;!?«»\"'")
    found = veille(read_only, "search", "--json", word)
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout)["total"] >= 1, word
    checked = veille(read_only, "check", "--json")
    assert checked.returncode == 0, checked.stderr
    report = json.loads(checked.stdout)
    assert report["lag"] == 0 and not report["damaged"], report
    assert "agree" in veille(read_only, "check").stderr
    assert not any(p.name.endswith(("-wal", "-shm")) for p in read_only.iterdir())
    assert _shadows() <= before


def test_writing_commands_fail_in_one_line_saying_what_to_do(read_only: Path) -> None:
    records = read_only.parent / "records.jsonl"
    for args in (["ingest", str(records)], ["reextract"], ["reindex"], ["check", "--repair"],
                 ["sources", "add", "https://example.org/feed.xml"], ["watch", "--once"]):
        result = veille(read_only, *args)
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: "), (args, result.stderr)
        assert "read-only" in lines[0] and "writable copy" in lines[0], lines[0]


def test_the_web_app_serves_a_read_only_directory(read_only: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith("VEILLE_")}
    server = subprocess.Popen([*_prefix(), str(VEILLE), "--data-dir", str(read_only), "serve",
                               "--port", str(port)], env=env, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 180  # a guard against a hang, not a speed goal
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/v1/latest", timeout=5)
                break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline
                time.sleep(0.2)
        assert response.status_code == 200
        listed = response.json()
        assert len(listed["articles"]) + len(listed["undated"]) == 5
        assert httpx.get(f"http://127.0.0.1:{port}/", timeout=5).status_code == 200
    finally:
        server.terminate()
        server.wait(timeout=10)
