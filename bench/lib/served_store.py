"""A store served by ``veille serve`` on a free 127.0.0.1 port, for held-out scorers that ask
the web pages and the API (r-who49, h-names49): one copy of the start, wait and stop."""
from __future__ import annotations

import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager


def free_port() -> int:
    """A TCP port free on 127.0.0.1 now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def served_store(cli: str, data_dir: str, ready: str = "/api/v1/entities?limit=1",
                 tries: int = 100) -> Iterator[str]:
    """Serve ``data_dir`` with the ``cli`` command; yield its base URL once ``ready``
    answers (at most ``tries`` × 0.3 s); stop the server on exit."""
    port = free_port()
    server = subprocess.Popen([cli, "--data-dir", data_dir, "serve", "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(tries):
            try:
                urllib.request.urlopen(base + ready, timeout=5)
                break
            except OSError:
                time.sleep(0.3)
        yield base
    finally:
        server.terminate()
        server.wait(10)
